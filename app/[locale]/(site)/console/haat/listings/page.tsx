import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass } from '@/components/forms/text-field';
import { HaatConsoleTabs } from '@/components/livestock/haat-console-tabs';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { areasInScope } from '@/lib/console/contacts';
import { areaName } from '@/lib/geo/queries';
import { formatDate, formatNumber, formatPhone, formatTaka, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { listingHiddenAction } from '@/lib/livestock/haat-actions';
import { OVERSIGHT_STATUSES } from '@/lib/livestock/haat-schemas';
import { ANIMALS } from '@/lib/livestock/kinds';
import { listOversight, oversightFilters } from '@/lib/livestock/oversight';
import { listingPath } from '@/lib/livestock/paths';

const STATUS_COLOURS = { DRAFT: 'bg-stone-100 text-stone-800', ACTIVE: 'bg-green-100 text-green-900', HIDDEN: 'bg-amber-100 text-amber-900', SUSPENDED: 'bg-red-100 text-red-900' } as const;

// Livestock listings in her scope, filtered by union, animal and status (a plain GET form). Each
// live one can be hidden with a reason the seller is shown; a hidden one can be brought back.
export default async function HaatListingsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/haat/listings');
  const filters = oversightFilters(await searchParams);
  const [t, animals, areas, { total, rows }] = await Promise.all([getTranslations('ConsoleHaat'), getTranslations('Livestock'), areasInScope(scope), listOversight(scope, filters)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <HaatConsoleTabs current="/console/haat/listings" />
      <form method="get" action={localizeHref('/console/haat/listings', locale)} className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
        <label className="block font-semibold">
          {t('filterArea')}
          <select name="area" defaultValue={filters.areaId ? String(filters.areaId) : ''} className={inputClass}>
            <option value="">{t('filterAll')}</option>
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.level === 'UNION' ? `— ${areaName(a, locale)}` : areaName(a, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="block font-semibold">
          {t('filterAnimal')}
          <select name="animal" defaultValue={filters.animal ?? ''} className={inputClass}>
            <option value="">{t('filterAll')}</option>
            {ANIMALS.map((a) => (
              <option key={a} value={a}>
                {animals(`animal_${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block font-semibold">
          {t('filterStatus')}
          <select name="status" defaultValue={filters.status ?? ''} className={inputClass}>
            <option value="">{t('filterAll')}</option>
            {OVERSIGHT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white">{t('filterShow')}</button>
      </form>
      <p className="text-stone-700">{t('listingsCount', { count: formatNumber(total, locale) })}</p>
      <ul className="space-y-3">
        {rows.map((l) => (
          <li key={l.id} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="oversight-item" data-id={l.id}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={listingPath(l.id)} className="inline-flex min-h-12 items-center font-bold text-brand-800 underline">
                {animals(`animal_${l.animal}`)} · {formatNumber(l.weightKg, locale)} {t('kg')} · {formatTaka(l.pricePoisha, locale)}
              </Link>
              <span className={`rounded-full px-3 py-1 text-sm font-semibold ${STATUS_COLOURS[l.status]}`} data-testid="oversight-status">
                {t(`status_${l.status}`)}
              </span>
            </div>
            <p className="text-sm text-stone-700">
              {areaName(l.area, locale)}
              {l.haat && ` · ${areaName({ nameBn: l.haat.nameBn, nameEn: l.haat.nameEn ?? l.haat.nameBn }, locale)}`} · {l.seller.name} · {formatPhone(l.phone, locale)} · {animals(`sale_${l.sale}`)} ·{' '}
              {formatDate(l.createdAt, locale, 'short')}
            </p>
            {l.statusReason && <p className="text-sm text-amber-900">{t('reasonShown', { reason: l.statusReason })}</p>}
            {l.status !== 'SUSPENDED' && (
              <FormShell action={listingHiddenAction.bind(null, l.id)} className="space-y-2">
                <label className="block text-sm font-semibold">
                  {t(l.status === 'HIDDEN' ? 'unhideReason' : 'hideReason')}
                  <input name="reason" maxLength={500} className={inputClass} required={l.status !== 'HIDDEN'} />
                </label>
                <FieldError name="reason" />
                <button
                  type="submit"
                  name="command"
                  value={l.status === 'HIDDEN' ? 'unhide' : 'hide'}
                  className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-4 font-semibold text-brand-800"
                >
                  {t(l.status === 'HIDDEN' ? 'unhide' : 'hide')}
                </button>
              </FormShell>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
