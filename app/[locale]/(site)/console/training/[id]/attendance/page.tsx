import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TrainingTabs } from '@/components/console/training-tabs';
import { FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { ScrollBox } from '@/components/ui/scroll-box';
import { pageScope } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { formatDate, formatDateTime, formatNumber, type Locale } from '@/lib/i18n/format';
import { attendanceGrid, type AttendanceRow } from '@/lib/training/attendance';
import { certificatePath } from '@/lib/training/certificate';
import { completeTraineesAction, saveAttendanceAction } from '@/lib/training/completion-actions';
import { completionOpensAt } from '@/lib/training/completion';

// Attendance and completion of one programme: a grid of the trainees with a place × the sessions,
// one form per session (its boxes and button share the session's form id, so each column saves on
// its own, with or without JavaScript), then completion with each trainee's attendance beside her.
// Outside the officer's scope the programme does not exist.

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'TrainingCompletion' }))('metaTitle') };
}

const box = 'flex min-h-12 min-w-12 cursor-pointer items-center justify-center rounded-lg has-[:checked]:bg-green-50';
const check = 'size-6 accent-brand-700';

export default async function AttendancePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, `/console/training/${id}/attendance`);
  const now = new Date();
  const { programme, rows, started } = await attendanceGrid(scope, id, now).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const t = await getTranslations('TrainingCompletion');
  const n = (value: number) => formatNumber(value, locale);
  const title = locale === 'en' && programme.titleEn ? programme.titleEn : programme.titleBn;
  const rate = (row: AttendanceRow) =>
    row.rate === null ? t('rateNone') : t('rateValue', { attended: n(row.attended), total: n(started), percent: `${n(Math.round(row.rate * 100))}%` });
  const opensAt = completionOpensAt(programme);
  const canComplete = opensAt <= now;
  const accepted = rows.filter((r) => r.status === 'ACCEPTED');
  const completed = rows.filter((r) => r.status === 'COMPLETED');
  const formId = (sessionId: string) => `attendance-${sessionId}`;

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t('title', { programme: title })}</h1>
      <TrainingTabs programmeId={programme.id} locale={locale} />

      <section className="space-y-3" aria-labelledby="attendance">
        <h2 id="attendance" className="text-xl font-bold">
          {t('attendanceTitle')}
        </h2>
        {programme.sessions.length === 0 ? (
          <p>{t('noSessions')}</p>
        ) : rows.length === 0 ? (
          <p data-testid="no-trainees">{t('noTrainees')}</p>
        ) : (
          <>
            <p className="text-stone-700">{t('attendanceHint')}</p>
            <ScrollBox label={t('gridLabel')}>
              <table className="min-w-full border-collapse text-left" data-testid="attendance-grid">
                <thead>
                  <tr className="align-bottom">
                    <th scope="col" className="sticky left-0 z-10 bg-white p-2">
                      {t('trainee')}
                    </th>
                    {programme.sessions.map((s, i) => (
                      <th key={s.id} scope="col" className="min-w-28 p-2 text-center text-sm">
                        <span className="block font-bold">{t('session', { n: n(i + 1) })}</span>
                        <span className="block font-normal">{formatDateTime(s.startsAt, locale)}</span>
                        {s.startsAt > now && <span className="block font-normal text-stone-600">{t('sessionNotYet')}</span>}
                      </th>
                    ))}
                    <th scope="col" className="p-2 text-right">
                      {t('rate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id} className="border-t border-stone-200" data-testid={`attendance-row-${row.id}`}>
                      <th scope="row" className="sticky left-0 z-10 bg-white p-2 font-semibold">
                        <Link href={`/p/${row.provider.slug}`} className="underline">
                          {row.provider.nameBn}
                        </Link>
                        <span className="block text-sm font-normal text-stone-600">{locale === 'en' ? row.provider.area.nameEn : row.provider.area.nameBn}</span>
                      </th>
                      {programme.sessions.map((s) => (
                        <td key={s.id} className="p-1 text-center">
                          {s.startsAt > now ? (
                            <span aria-hidden="true">—</span>
                          ) : (
                            <label className={box}>
                              <input type="hidden" name="trainee" value={row.id} form={formId(s.id)} />
                              <input
                                type="checkbox"
                                name="present"
                                value={row.id}
                                form={formId(s.id)}
                                defaultChecked={row.marks[s.id] === true}
                                aria-label={t('present', { name: row.provider.nameBn, n: n(programme.sessions.indexOf(s) + 1) })}
                                className={check}
                              />
                            </label>
                          )}
                        </td>
                      ))}
                      <td className="p-2 text-right text-sm whitespace-nowrap">{rate(row)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr className="border-t border-stone-300 align-top">
                    <td className="sticky left-0 z-10 bg-white p-2" />
                    {programme.sessions.map((s, i) => (
                      <td key={s.id} className="p-1 text-center">
                        {s.startsAt <= now && (
                          <FormShell formId={formId(s.id)} action={saveAttendanceAction.bind(null, programme.id)} className="space-y-2 text-sm" submitLabel={t('saveSession', { n: n(i + 1) })}>
                            <input type="hidden" name="sessionId" value={s.id} />
                          </FormShell>
                        )}
                      </td>
                    ))}
                    <td />
                  </tr>
                </tfoot>
              </table>
            </ScrollBox>
          </>
        )}
      </section>

      <section className="space-y-3" aria-labelledby="completion">
        <h2 id="completion" className="text-xl font-bold">
          {t('completionTitle')}
        </h2>
        {completed.length > 0 && (
          <ul className="divide-y rounded-xl border border-stone-200 bg-white" data-testid="completed-list">
            {completed.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <span>
                  <span className="font-semibold">{row.provider.nameBn}</span> · {t('completedOn', { date: formatDate(row.completedAt!, locale) })} · {rate(row)}
                </span>
                {row.certificateCode && (
                  <Link href={certificatePath(row.certificateCode)} className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline">
                    {t('certificate')} {row.certificateCode}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        )}
        {accepted.length > 0 &&
          (canComplete ? (
            <FormShell action={completeTraineesAction.bind(null, programme.id)} submitLabel={t('completeSubmit')}>
              <p className="text-stone-700">{t('completionHint')}</p>
              <ul className="divide-y rounded-xl border border-stone-200 bg-white">
                {accepted.map((row) => (
                  <li key={row.id}>
                    <label className="flex min-h-14 cursor-pointer items-center gap-3 p-3 has-[:checked]:bg-green-50">
                      <input type="checkbox" name="trainee" value={row.id} className={check} aria-label={t('complete', { name: row.provider.nameBn })} />
                      <span className="font-semibold">{row.provider.nameBn}</span>
                      <span className={`ml-auto text-sm ${row.rate !== null && row.rate < 0.75 ? 'font-semibold text-amber-800' : 'text-stone-700'}`}>{rate(row)}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </FormShell>
          ) : (
            <p className="rounded-lg bg-stone-100 p-3" data-testid="completion-later">
              {t('completionOpensAt', { date: formatDateTime(opensAt, locale) })}
            </p>
          ))}
        {rows.length === 0 && <p>{t('noTrainees')}</p>}
      </section>
    </div>
  );
}
