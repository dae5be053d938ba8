import { getTranslations, setRequestLocale } from 'next-intl/server';
import { telHref } from '@/components/directory/call-link';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { listDecidedAppeals, listOpenAppeals, type AppealItem } from '@/lib/console/appeals';
import { decideAppealAction } from '@/lib/console/appeals-actions';
import { pageScope } from '@/lib/auth/page-guards';
import { areaName } from '@/lib/geo/queries';
import { formatDateTime, formatPhone, type Locale } from '@/lib/i18n/format';

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 text-sm font-semibold';

async function Subject({ appeal, locale }: { appeal: AppealItem; locale: Locale }) {
  const t = await getTranslations('ConsoleCases');
  const name = appeal.info?.name ?? t('subjectGone');
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 className="text-lg font-bold">
        {appeal.href ? (
          <Link href={appeal.href} className="text-brand-900 underline">
            {name}
          </Link>
        ) : (
          name
        )}
      </h2>
      <span className="text-sm text-stone-600">
        {t(`subject_${appeal.subject}`)}
        {appeal.info?.place && ` · ${areaName(appeal.info.place, locale)}`}
      </span>
    </div>
  );
}

// Owners' appeals against a suspension in the officer's area, oldest first: the reason the record
// was suspended, what the owner says, and the two answers (each with a decision the owner reads).
export default async function AppealsQueue({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ done?: string }> }) {
  const { locale } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations('ConsoleCases');
  const scope = await pageScope(locale, '/console/appeals');
  const [open, decided] = await Promise.all([listOpenAppeals(scope), listDecidedAppeals(scope)]);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('appealsTitle')}</h1>
      {(done === 'appealResolved' || done === 'appealDismissed') && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t(done)}
        </p>
      )}
      {open.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('appealsEmpty')}</p>}
      <ol className="space-y-4">
        {open.map((appeal) => (
          <li key={appeal.id} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="appeal-item">
            <Subject appeal={appeal} locale={locale} />
            <p className="rounded-lg bg-red-50 p-3 text-sm text-red-900">
              <span className="font-semibold">{t('suspendedBecause')}</span> <span className="whitespace-pre-line break-words">{appeal.info?.statusReason ?? '—'}</span>
            </p>
            {appeal.info && appeal.info.status !== 'SUSPENDED' && <p className="text-sm font-semibold text-green-800">{t('alreadyActive')}</p>}
            <div className="text-sm">
              <p className="font-semibold">
                {t('appellantSays', { name: appeal.appellant.name })}{' '}
                <a href={telHref(appeal.appellant.phone)} className="font-normal text-brand-800 underline">
                  {formatPhone(appeal.appellant.phone, locale)}
                </a>{' '}
                <span className="font-normal text-stone-600">· {formatDateTime(appeal.createdAt, locale)}</span>
              </p>
              <p className="mt-1 whitespace-pre-line break-words rounded-lg bg-stone-50 p-3">{appeal.text}</p>
            </div>
            <FormShell action={decideAppealAction} className="space-y-2">
              <input type="hidden" name="appealId" value={appeal.id} />
              <label className="block text-sm font-semibold">
                {t('decision')}
                <textarea name="decision" rows={2} maxLength={500} required className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2 text-base" />
              </label>
              <FieldError name="decision" />
              <div className="flex flex-wrap gap-2">
                <button name="command" value="RESOLVED" className={`${button} bg-green-700 text-white`}>
                  {t('reinstate')}
                </button>
                <button name="command" value="DISMISSED" className={`${button} border border-red-700 bg-white text-red-800`}>
                  {t('keepSuspended')}
                </button>
              </div>
            </FormShell>
          </li>
        ))}
      </ol>

      {decided.length > 0 && (
        <section className="space-y-2">
          <h2 className="text-lg font-bold">{t('recentlyDecided')}</h2>
          <ul className="space-y-2">
            {decided.map((appeal) => (
              <li key={appeal.id} className="space-y-1 rounded-xl border border-stone-200 bg-white p-3 text-sm">
                <Subject appeal={appeal} locale={locale} />
                <p>
                  <span className={`font-semibold ${appeal.status === 'RESOLVED' ? 'text-green-800' : 'text-red-800'}`}>{t(`outcome_${appeal.status === 'RESOLVED' ? 'RESOLVED' : 'DISMISSED'}`)}</span>
                  {appeal.decidedAt && ` · ${formatDateTime(appeal.decidedAt, locale)}`}
                  {appeal.decidedBy && ` · ${appeal.decidedBy}`}
                </p>
                {appeal.decision && <p className="whitespace-pre-line break-words text-stone-700">{appeal.decision}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
