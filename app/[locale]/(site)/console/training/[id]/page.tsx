import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TrainingTabs } from '@/components/console/training-tabs';
import { PhotoUploader } from '@/components/directory/photo-uploader';
import { FormShell } from '@/components/forms/form-shell';
import { ProgrammeForm } from '@/components/training/programme-form';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { areaName } from '@/lib/geo/queries';
import { formatClock, formatDate, formatDateTime, formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { getProgramme, programmeFormOptions, statusCommands } from '@/lib/training/programmes';
import { dhakaParts } from '@/lib/training/schemas';
import { attachProgrammePhotoAction, programmeStatusAction, removeProgrammePhotoAction, updateProgrammeAction } from '@/lib/training/programmes-actions';
import { uploadErrors } from '../../../dashboard/upload-errors';

const card = 'space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';
const summary = 'flex min-h-12 cursor-pointer items-center font-semibold text-brand-800';
const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 font-semibold';

// One programme in the officer's scope: what it is, its status buttons (each says what it does
// before it is done), its photo and its form. Outside her scope (also by a typed id) it does not exist.
export default async function ProgrammePage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { created } = await searchParams;
  const scope = await pageScope(locale, `/console/training/${id}`);
  const programme = await getProgramme(scope, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const [t, options] = await Promise.all([getTranslations('Training'), programmeFormOptions(scope)]);
  const commands = statusCommands(programme);
  const title = locale === 'en' && programme.titleEn ? programme.titleEn : programme.titleBn;
  const status = programmeStatusAction.bind(null, programme.id);

  return (
    <div className="space-y-4">
      <Link href="/console/training" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
      <h1 className="text-2xl font-bold text-brand-900" data-testid="programme-title">
        {title}
      </h1>
      <TrainingTabs programmeId={programme.id} locale={locale} />
      {created && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t('created')}
        </p>
      )}

      <section className={card} aria-labelledby="overview">
        <h2 id="overview" className="text-lg font-bold">
          {t('overview')}
        </h2>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('statusLabel')}</dt>
          <dd data-testid="programme-status">{t(`status_${programme.status}`)}</dd>
          <dt className="font-semibold">{t('office')}</dt>
          <dd>
            {programme.office} · {areaName(programme.area, locale)}
          </dd>
          <dt className="font-semibold">{t('seatsLabel')}</dt>
          <dd>{t('heldOf', { held: formatNumber(programme.held, locale), seats: formatNumber(programme.seats, locale) })}</dd>
          <dt className="font-semibold">{t('tradesLabel')}</dt>
          <dd>{programme.categories.map((c) => areaName(c.category, locale)).join(', ')}</dd>
          <dt className="font-semibold">{t('placesLabel')}</dt>
          <dd>{programme.areas.map((a) => areaName(a.area, locale)).join(', ')}</dd>
          <dt className="font-semibold">{t('sessionsLabel')}</dt>
          <dd>
            <ol className="space-y-1">
              {programme.sessions.map((s) => (
                <li key={s.id}>
                  {formatDateTime(s.startsAt, locale)} – {formatClock(dhakaParts(s.endsAt).time, locale)}
                </li>
              ))}
            </ol>
          </dd>
          <dt className="font-semibold">{programme.mode === 'ONLINE' ? t('onlineLink') : t('venue')}</dt>
          <dd className="break-words">{programme.mode === 'ONLINE' ? programme.onlineLink : programme.venue}</dd>
          <dt className="font-semibold">{t('costLabel')}</dt>
          <dd>
            {programme.costPoisha ? formatTaka(programme.costPoisha, locale) : t('free')}
            {programme.allowancePoisha > 0 && ` · ${t('allowanceLabel')}: ${formatTaka(programme.allowancePoisha, locale)}`}
          </dd>
        </dl>
        {programme.status === 'DRAFT' && <p className="text-sm text-stone-700">{t('draftNote')}</p>}
        {programme.status !== 'DRAFT' && (
          <Link href={`/training/${programme.id}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
            {t('publicLink')}
          </Link>
        )}
        <p className="text-sm text-stone-600">{t('starts', { date: formatDate(programme.startsAt, locale) })}</p>
      </section>

      {commands.length > 0 && (
        <section className={card} aria-labelledby="commands">
          <h2 id="commands" className="text-lg font-bold">
            {t('commands')}
          </h2>
          <FormShell action={status} className="space-y-2">
            {commands.map((command) => (
              <details key={command} className="rounded-xl border border-stone-200 p-3" data-testid={`command-${command}`}>
                <summary className={summary}>{t(`cmd_${command}`)}</summary>
                <p className="text-stone-700">{t(`confirm_${command}`)}</p>
                <button name="command" value={command} className={`${button} mt-2 ${command === 'close' ? 'border border-amber-700 bg-white text-amber-900' : 'bg-brand-700 text-white'}`}>
                  {t(`yes_${command}`)}
                </button>
              </details>
            ))}
          </FormShell>
        </section>
      )}

      <section className={card} aria-labelledby="photo">
        <h2 id="photo" className="text-lg font-bold">
          {t('photo')}
        </h2>
        {programme.photo && (
          <div className="space-y-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail */}
            <img src={mediaUrl(programme.photo, true)} alt="" width={320} height={240} className="aspect-[4/3] w-full max-w-xs rounded-lg object-cover" />
            <FormShell action={removeProgrammePhotoAction.bind(null, programme.id)}>
              <button className={`${button} border border-red-700 bg-white text-red-800`}>{t('removePhoto')}</button>
            </FormShell>
          </div>
        )}
        {programme.status !== 'COMPLETED' && (
          <PhotoUploader
            attach={attachProgrammePhotoAction.bind(null, programme.id)}
            purpose="TRAINING_PHOTO"
            labels={{ file: t('addPhoto'), upload: t('upload'), uploading: t('uploading') }}
            errors={await uploadErrors()}
          />
        )}
      </section>

      {programme.status === 'COMPLETED' ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4">{t('completedNote')}</p>
      ) : (
        <details className={card}>
          <summary className={summary}>{t('edit')}</summary>
          <ProgrammeForm action={updateProgrammeAction.bind(null, programme.id)} options={options} locale={locale} programme={programme} />
        </details>
      )}
    </div>
  );
}
