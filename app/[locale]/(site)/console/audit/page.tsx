import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuditEntry } from '@/components/console/audit-entry';
import { DateField } from '@/components/forms/date-field';
import { Link } from '@/components/ui/link';
import { AUDIT_EXPORT_MAX, auditOptions, auditPage, filterQuery, parseAuditFilters } from '@/lib/console/audit-queries';
import { pageScope } from '@/lib/auth/page-guards';
import { auditWords } from '@/lib/console/audit-words';
import { formatNumber, formatPhone, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';

// The audit log, read-only: newest first, 50 to a page, filtered by a plain GET form (works
// without JavaScript), and the same filters as a CSV download. Officers see their area's entries.

type Params = Promise<{ locale: Locale }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'ConsoleAudit' }))('title') };
}

const field = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';
const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 font-semibold';

export default async function AuditPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ConsoleAudit');
  const scope = await pageScope(locale, '/console/audit');
  const { page: asked, unreadable, ...filters } = parseAuditFilters(await searchParams);
  const [{ rows, total, page, pages }, options] = await Promise.all([auditPage(scope, filters, asked), auditOptions(scope)]);
  const n = (value: number) => formatNumber(value, locale);
  const words = auditWords(locale);
  const query = filterQuery(filters);
  const pageHref = (to: number) => ({ pathname: '/console/audit', query: { ...query, page: to > 1 ? String(to) : undefined } });

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-stone-700">{t('hint')}</p>
      </header>

      <form method="get" action={localizeHref('/console/audit', locale)} className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm sm:grid-cols-3 sm:items-end print:hidden" aria-label={t('filters')}>
        <label className="font-semibold">
          {t('actor')}
          <select name="actor" defaultValue={filters.actor ?? ''} className={field}>
            <option value="">{t('anyActor')}</option>
            {options.actors.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name} ({formatPhone(actor.phone, locale)})
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          {t('action')}
          <select name="action" defaultValue={filters.action ?? ''} className={field}>
            <option value="">{t('anyAction')}</option>
            {options.actions.map((action) => (
              <option key={action} value={action}>
                {words.action(action)}
              </option>
            ))}
          </select>
        </label>
        <label className="font-semibold">
          {t('subject')}
          <select name="subject" defaultValue={filters.subject ?? ''} className={field}>
            <option value="">{t('anySubject')}</option>
            {options.subjects.map((subject) => (
              <option key={subject} value={subject}>
                {t('subjectName', { subject })}
              </option>
            ))}
          </select>
        </label>
        <DateField name="from" label={t('from')} day={filters.from} invalid={unreadable.includes('from')} />
        <DateField name="to" label={t('to')} day={filters.to} invalid={unreadable.includes('to')} />
        <div className="flex gap-2">
          <button className={`${button} flex-1 bg-brand-700 text-white`}>{t('apply')}</button>
          <Link href="/console/audit" className={`${button} border border-stone-300 text-brand-800`}>
            {t('clear')}
          </Link>
        </div>
      </form>

      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold" data-testid="audit-count">
          {t('count', { count: total, n: n(total) })}
        </p>
        {total > 0 && (
          <a href={localizeHref({ pathname: '/console/audit/export', query }, locale)} download className={`${button} border border-stone-300 text-brand-800 print:hidden`} title={t('exportHint', { max: n(AUDIT_EXPORT_MAX) })}>
            {t('export')}
          </a>
        )}
      </div>
      {total > AUDIT_EXPORT_MAX && <p className="text-sm text-stone-600">{t('exportHint', { max: n(AUDIT_EXPORT_MAX) })}</p>}

      {rows.length === 0 ? (
        <p>{t('noEntries')}</p>
      ) : (
        <ol className="space-y-2" data-testid="audit-list">
          {rows.map((row) => (
            <li key={row.id}>
              <AuditEntry row={row} locale={locale} />
            </li>
          ))}
        </ol>
      )}

      {pages > 1 && (
        <nav aria-label={t('pages')} className="flex items-center justify-between gap-2 print:hidden">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} rel="prev" className={`${button} border border-stone-300 bg-white text-brand-800`}>
              {t('newer')}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-stone-700">{t('page', { page: n(page), pages: n(pages) })}</span>
          {page < pages ? (
            <Link href={pageHref(page + 1)} rel="next" className={`${button} border border-stone-300 bg-white text-brand-800`}>
              {t('older')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
