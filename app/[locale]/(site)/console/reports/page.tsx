import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { listOpenReports, REPORTS_SHOWN } from '@/lib/console/reports';
import { decideReportsAction, hideReviewAction } from '@/lib/console/reports-actions';
import { pageScope } from '@/lib/auth/page-guards';
import { areaName } from '@/lib/geo/queries';
import { formatDateTime, formatNumber, formatPhone, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { rootOrigin } from '@/lib/tenancy/urls';
import { localizeHref } from '@/lib/i18n/href';

// What the decide action came back to say (its message key and counts are in the query).
const DONE = ['reportsResolved', 'reportsDismissed', 'reportsResolvedSome', 'reportsDismissedSome', 'reviewHidden'] as const;
const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 text-sm font-semibold';

// Open reports in the officer's area, oldest first, one card per reported record: read what
// people said, open the record to act on it, then resolve (saying what was done) or dismiss.
export default async function ReportsQueue({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { locale } = await params;
  const { done, count, already } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations('ConsoleCases');
  const scope = await pageScope(locale, '/console/reports');
  const { total, groups } = await listOpenReports(scope);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('reportsTitle')}</h1>
      {done && (DONE as readonly string[]).includes(done) && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t(done as (typeof DONE)[number], { count: Number(count) || 0, already: Number(already) || 0 })}
        </p>
      )}
      <p className="text-stone-700" data-testid="reports-total">
        {t('reportsOpen', { count: total })}
        {total > REPORTS_SHOWN && ` ${t('reportsOldestShown', { shown: REPORTS_SHOWN })}`}
      </p>
      {groups.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('reportsEmpty')}</p>}
      <ol className="space-y-4">
        {groups.map((group) => (
          <li key={`${group.subject}-${group.subjectId}`} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="report-group">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 className="text-lg font-bold">
                {group.href ? (
                  <Link href={group.href} className="text-brand-900 underline">
                    {group.info?.name ?? t('subjectGone')}
                  </Link>
                ) : (
                  (group.info?.name ?? t('subjectGone'))
                )}
              </h2>
              <span className="text-sm text-stone-600">
                {t(`subject_${group.subject}`)}
                {group.info?.place && ` · ${areaName(group.info.place, locale)}`}
                {group.info?.status === 'SUSPENDED' && ` · ${t('statusSuspended')}`}
                {group.info?.status === 'HIDDEN' && ` · ${t('statusHidden')}`}
              </span>
            </div>
            {group.context && (
              <div className="flex gap-3 rounded-lg border border-stone-200 p-3 text-sm" data-testid="report-context">
                {group.context.photo && (
                  // eslint-disable-next-line @next/next/no-img-element -- a sized WebP thumbnail
                  <img src={mediaUrl(group.context.photo, true)} alt="" width={96} height={72} loading="lazy" className="h-18 w-24 shrink-0 rounded object-cover" />
                )}
                <div className="min-w-0 space-y-1">
                  {group.context.about && (
                    <p className="font-semibold">
                      {t('reviewOf', { name: group.context.about })} · {formatNumber(group.context.rating ?? 0, locale)}★
                    </p>
                  )}
                  {group.context.snippet && <p className="whitespace-pre-line break-words text-stone-800">{group.context.snippet}</p>}
                  {group.context.owner && (
                    <p className="text-stone-600">
                      {group.subject === 'REVIEW' ? t('writtenBy') : t('ownedBy')} {group.context.owner.name} · {formatPhone(group.context.owner.phone, locale)}
                    </p>
                  )}
                  {group.context.publicHref && (
                    <a href={`${rootOrigin()}${localizeHref(group.context.publicHref, locale)}`} className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline" target="_blank" rel="noopener">
                      {t('openPublic')}
                    </a>
                  )}
                </div>
              </div>
            )}
            <ul className="space-y-2">
              {group.reports.map((report) => (
                <li key={report.id} className="rounded-lg bg-stone-50 p-3 text-sm">
                  <p className="font-semibold">
                    {t(`reason_${report.reason}` as 'reason_OTHER')} · <span className="font-normal text-stone-600">{formatDateTime(report.createdAt, locale)}</span>
                    <span className="font-normal text-stone-600"> · {report.fromAccount ? t('fromAccount') : t('fromGuest')}</span>
                  </p>
                  {report.details && <p className="mt-1 whitespace-pre-line break-words">{report.details}</p>}
                </li>
              ))}
            </ul>
            {group.subject === 'REVIEW' && group.info?.status === 'VISIBLE' && (
              <details className="rounded-lg border border-red-200 p-3" data-testid="hide-review">
                <summary className="inline-flex min-h-12 cursor-pointer items-center font-semibold text-red-800">{t('hideReview')}</summary>
                <FormShell action={hideReviewAction} className="space-y-2">
                  <input type="hidden" name="reviewId" value={group.subjectId} />
                  <label className="block text-sm font-semibold">
                    {t('hideReason')}
                    <textarea name="reason" rows={2} maxLength={300} className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2 text-base" />
                  </label>
                  <FieldError name="reason" />
                  <button className={`${button} bg-red-700 text-white`}>{t('hideReviewSubmit')}</button>
                </FormShell>
              </details>
            )}
            <FormShell action={decideReportsAction} className="space-y-2">
              {group.reports.map((report) => (
                <input key={report.id} type="hidden" name="reportId" value={report.id} />
              ))}
              <label className="block text-sm font-semibold">
                {t('resolution')}
                <textarea name="resolution" rows={2} maxLength={500} className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2 text-base" />
              </label>
              <FieldError name="resolution" />
              <div className="flex flex-wrap gap-2">
                <button name="command" value="RESOLVED" className={`${button} bg-brand-700 text-white`}>
                  {group.reports.length > 1 ? t('resolveAll', { count: group.reports.length }) : t('resolve')}
                </button>
                <button name="command" value="DISMISSED" className={`${button} border border-stone-400 bg-white`}>
                  {group.reports.length > 1 ? t('dismissAll', { count: group.reports.length }) : t('dismiss')}
                </button>
              </div>
            </FormShell>
          </li>
        ))}
      </ol>
    </div>
  );
}
