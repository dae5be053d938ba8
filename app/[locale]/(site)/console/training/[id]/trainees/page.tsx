import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TrainingTabs } from '@/components/console/training-tabs';
import { FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { formatDate, formatPhone, type Locale } from '@/lib/i18n/format';
import { programmeTrainees, TRAINEE_TABS, type TraineeTab } from '@/lib/training/invitations';
import { traineeDecisionAction } from '@/lib/training/invitations-actions';

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-3 text-sm font-semibold';

// Everyone with a place in the programme, by status: counts on the tabs, applications to take or
// refuse, invitations to withdraw. Each button is its own small form (works without JavaScript).
export default async function TraineesPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ status?: string | string[] }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const path = `/console/training/${id}/trainees`;
  const scope = await pageScope(locale, path);
  const asked = (await searchParams).status;
  const tab: TraineeTab = TRAINEE_TABS.find((s) => s === asked) ?? 'all';
  const found = await programmeTrainees(scope, id, tab).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const t = await getTranslations('TrainingInvites');
  const { programme, counts, trainees } = found;
  const name = (a: { nameBn: string; nameEn: string }) => (locale === 'en' ? a.nameEn : a.nameBn);
  const total = Object.values(counts).reduce<number>((n, c) => n + (c ?? 0), 0);
  const waiting = trainees.filter((r) => r.status === 'WAITLISTED');
  const decide = traineeDecisionAction.bind(null, programme.id);

  return (
    <div className="space-y-4">
      <TrainingTabs programmeId={programme.id} locale={locale} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{t('traineesTitle')}</h1>
        <p className="font-semibold">{locale === 'en' && programme.titleEn ? programme.titleEn : programme.titleBn}</p>
        <p className="text-sm text-stone-700" data-testid="seats-line">
          {t('seatsLine', { seats: programme.seats, held: found.held })}
        </p>
      </header>
      <nav aria-label={t('tabsLabel')} className="flex flex-wrap gap-2 text-sm" data-testid="trainee-tabs">
        {TRAINEE_TABS.map((s) => (
          <Link
            key={s}
            href={{ pathname: path, query: { status: s === 'all' ? undefined : s } }}
            aria-current={s === tab ? 'page' : undefined}
            className={`inline-flex min-h-12 items-center rounded-lg border px-3 font-semibold ${s === tab ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white'}`}
          >
            {t('tabCount', { label: t(s === 'all' ? 'tab_all' : `status_${s}`), count: s === 'all' ? total : (counts[s] ?? 0) })}
          </Link>
        ))}
      </nav>
      {trainees.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4">{t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {trainees.map((r) => (
            <li key={r.id} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4" data-testid="trainee-row">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <Link href={`/console/records/provider/${r.provider.id}`} className="font-semibold text-brand-900 underline">
                  {r.provider.nameBn}
                </Link>
                <span className="rounded-full bg-stone-100 px-2 text-sm font-semibold" data-testid="trainee-status">
                  {t(`status_${r.status}`)}
                </span>
              </div>
              <p className="text-sm text-stone-700">
                {name(r.provider.area)} · {formatPhone(r.provider.phone, locale)} · {t(`source_${r.source}`)} ·{' '}
                {r.source === 'APPLIED' ? t('appliedOn', { date: formatDate(r.createdAt, locale, 'short') }) : t('invitedOn', { date: formatDate(r.invitedAt ?? r.createdAt, locale, 'short') })}
                {r.respondedAt && ` · ${t('answeredOn', { date: formatDate(r.respondedAt, locale, 'short') })}`}
                {r.status === 'WAITLISTED' && ` · ${t('waitPosition', { n: waiting.indexOf(r) + 1 })}`}
              </p>
              {r.source === 'APPLIED' && (r.status === 'APPLIED' || r.status === 'WAITLISTED' || r.status === 'ACCEPTED') && (
                <FormShell action={decide} className="flex flex-wrap gap-2">
                  <input type="hidden" name="trainee" value={r.id} />
                  {r.status === 'APPLIED' && (
                    <button name="command" value="accept" className={`${button} bg-green-700 text-white`}>
                      {t('acceptApplication')}
                    </button>
                  )}
                  <button name="command" value="refuse" className={`${button} border border-red-700 text-red-800`}>
                    {t('refuseApplication')}
                  </button>
                </FormShell>
              )}
              {r.source === 'INVITED' && (r.status === 'INVITED' || r.status === 'WAITLISTED' || r.status === 'ACCEPTED') && (
                <FormShell action={decide} className="flex flex-wrap gap-2">
                  <input type="hidden" name="trainee" value={r.id} />
                  <button name="command" value="withdraw" className={`${button} border border-red-700 text-red-800`}>
                    {t('withdraw')}
                  </button>
                </FormShell>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
