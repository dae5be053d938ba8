import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SelectAllBox } from '@/components/console/select-all-box';
import { TrainingTabs } from '@/components/console/training-tabs';
import { FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { VerifiedBadge } from '@/components/ui/verified-badge';
import { pageScope } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { findCandidates } from '@/lib/training/candidates';
import { candidateFiltersSchema, CANDIDATE_SORTS, type CandidateFilters } from '@/lib/training/invite-schemas';
import { inviteCandidatesAction } from '@/lib/training/invitations-actions';
import { singleParams } from '@/lib/security/url';

const field = 'min-h-12 rounded-lg border border-stone-300 bg-white px-3';

/** The page's query with some filters changed (empty values left out), for links. */
function queryWith(filters: CandidateFilters, over: Partial<Record<keyof CandidateFilters, string | number | null>>): Record<string, string | undefined> {
  const merged: Record<string, string | number | null | undefined> = { ...filters, ...over };
  return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, v === null || v === undefined || v === '' ? undefined : String(v)]));
}

// Picking trainees: the filters as a plain GET form, where the candidates are (per place), and one
// page of them with a tick box each; "invite" sends the ticked ones (or the whole page). Works
// without JavaScript; every id is checked again on the server.
export default async function CandidatesPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const path = `/console/training/${id}/candidates`;
  const scope = await pageScope(locale, path);
  const found = await findCandidates(scope, id, candidateFiltersSchema.parse(singleParams(await searchParams))).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const { filters } = found;
  const t = await getTranslations('TrainingInvites');
  const { programme } = found;
  const name = (a: { nameBn: string; nameEn: string }) => (locale === 'en' ? a.nameEn : a.nameBn);
  const title = locale === 'en' && programme.titleEn ? programme.titleEn : programme.titleBn;
  const selectable = found.rows.filter((r) => !r.here);

  return (
    <div className="space-y-4">
      <TrainingTabs programmeId={programme.id} locale={locale} />
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <p className="font-semibold">{title}</p>
        <p className="text-sm text-stone-700" data-testid="seats-line">
          {t('seatsLine', { seats: programme.seats, held: found.held })} · {programme.categories.map((c) => name(c.category)).join(', ')}
        </p>
      </header>
      {programme.status !== 'OPEN' && <p className="rounded-xl bg-amber-50 p-4 text-amber-900">{t('notOpenNote')}</p>}
      {programme.requiredSex && <p className="rounded-xl bg-stone-100 p-3 text-sm">{t(`only${programme.requiredSex}`)}</p>}

      <form method="get" className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-2" aria-label={t('filters')}>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          {t('filterVerified')}
          <select name="verified" defaultValue={filters.verified} className={field}>
            <option value="1">{t('verifiedOnly')}</option>
            <option value="0">{t('everyone')}</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          {t('filterMinYears')}
          <input name="minYears" inputMode="numeric" defaultValue={filters.minYears ?? ''} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          {t('filterTrained')}
          <select name="trained" defaultValue={filters.trained} className={field}>
            {(['any', 'no', 'yes'] as const).map((v) => (
              <option key={v} value={v}>
                {t(`trained_${v}`)}
              </option>
            ))}
          </select>
        </label>
        {!programme.requiredSex && (
          <label className="flex flex-col gap-1 text-sm font-semibold">
            {t('filterSex')}
            <select name="sex" defaultValue={filters.sex} className={field}>
              {(['any', 'FEMALE', 'MALE'] as const).map((v) => (
                <option key={v} value={v}>
                  {t(`sex_${v}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="flex flex-col gap-1 text-sm font-semibold">
          {t('sort')}
          <select name="sort" defaultValue={filters.sort} className={field}>
            {CANDIDATE_SORTS.map((v) => (
              <option key={v} value={v}>
                {t(`sort_${v}`)}
              </option>
            ))}
          </select>
        </label>
        {found.union && <input type="hidden" name="union" value={found.union} />}
        <button className="min-h-12 self-end rounded-lg bg-brand-700 px-4 font-semibold text-white">{t('apply')}</button>
      </form>

      <section aria-labelledby="by-place" className="space-y-2">
        <h2 id="by-place" className="font-bold">
          {t('byPlace')}
        </h2>
        <ul className="flex flex-wrap gap-2 text-sm" data-testid="union-counts">
          <li>
            <Link
              href={{ pathname: path, query: queryWith(filters, { union: null, page: null }) }}
              aria-current={found.union ? undefined : 'true'}
              className={`inline-flex min-h-12 items-center rounded-lg border px-3 font-semibold ${found.union ? 'border-stone-300 bg-white' : 'border-brand-700 bg-brand-700 text-white'}`}
            >
              {t('allPlaces')}
            </Link>
          </li>
          {found.unions.map((u) => (
            <li key={u.id}>
              <Link
                href={{ pathname: path, query: queryWith(filters, { union: u.id, page: null }) }}
                aria-current={found.union === u.id ? 'true' : undefined}
                className={`inline-flex min-h-12 items-center rounded-lg border px-3 font-semibold ${found.union === u.id ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white'}`}
              >
                {t('placeCount', { place: name(u), count: u.count })}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <p className="font-semibold" data-testid="candidate-total">
        {t('found', { count: found.total })}
      </p>
      {found.rows.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4">{t('none')}</p>
      ) : (
        <FormShell action={inviteCandidatesAction.bind(null, programme.id)} className="space-y-3">
          {selectable.map((r) => (
            <input key={`page-${r.id}`} type="hidden" name="onPage" value={r.id} />
          ))}
          {selectable.length > 0 && <SelectAllBox name="allOnPage" value="1" boxes="provider" label={t('selectAll')} />}
          <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
            {found.rows.map((r) => (
              <li key={r.id} data-testid="candidate-row">
                <label className={`flex min-h-16 items-start gap-3 px-3 py-3 ${r.here ? 'opacity-70' : 'cursor-pointer hover:bg-stone-50'}`}>
                  <input type="checkbox" name="provider" value={r.id} disabled={Boolean(r.here)} aria-label={t('choose', { name: r.name })} className="mt-1 size-6 shrink-0 accent-brand-700" />
                  <span className="min-w-0 flex-1 space-y-1">
                    <span className="flex flex-wrap items-center gap-2">
                      <span className="font-semibold">{r.name}</span>
                      {r.verified && <VerifiedBadge label={t('verified')} />}
                      {r.here && <span className="rounded-full bg-amber-100 px-2 text-sm font-semibold text-amber-900">{t(`status_${r.here}`)}</span>}
                    </span>
                    <span className="block text-sm text-stone-700">
                      {name(r.area)}
                      {r.experienceYears !== null && ` · ${t('years', { years: r.experienceYears })}`}
                      {r.trainedBefore && ` · ${t('trainedBefore')}`}
                      {` · ${t('activeOn', { date: formatDate(r.lastActiveAt, locale, 'short') })}`}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {selectable.length > 0 && (
            <button type="submit" className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white">
              {t('inviteButton')}
            </button>
          )}
        </FormShell>
      )}
      {found.pages > 1 && (
        <nav className="flex flex-wrap items-center justify-between gap-2" aria-label={t('page', { page: found.page, pages: found.pages })}>
          {found.page > 1 ? (
            <Link href={{ pathname: path, query: queryWith(filters, { page: found.page - 1 }) }} className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold">
              {t('prev')}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm">{t('page', { page: found.page, pages: found.pages })}</span>
          {found.page < found.pages ? (
            <Link href={{ pathname: path, query: queryWith(filters, { page: found.page + 1 }) }} className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold">
              {t('next')}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </div>
  );
}
