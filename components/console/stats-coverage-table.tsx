// Providers by service (rows) and place (columns) with the gaps marked: red where nobody offers
// the service, amber where only unverified providers do. The colour is never the only sign: each
// gap also carries a symbol (printed) and words (for screen readers).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { gapOf, localName, type Coverage, type CoverageCell, type StatsView } from '@/lib/console/stats';
import { formatNumber, type Locale } from '@/lib/i18n/format';

const GAP_STYLE = {
  none: 'bg-red-100 text-red-900',
  unverified: 'bg-amber-100 text-amber-950',
} as const;

export async function StatsCoverageTable({ view, coverage, locale }: { view: StatsView; coverage: Coverage; locale: Locale }) {
  const t = await getTranslations('ConsoleNumbers');
  const n = (value: number) => formatNumber(value, locale);
  const drillable = view.parts.filter((part) => part.id !== view.area.id && part.level !== 'UNION');

  const cell = (value: CoverageCell, key: string | number, checkGap: boolean) => {
    const gap = checkGap ? gapOf(value) : null;
    return (
      <td key={key} className={`border border-stone-200 px-2 py-2 text-right whitespace-nowrap ${gap ? GAP_STYLE[gap] : ''}`} data-gap={gap ?? undefined}>
        {n(value.active)}
        {gap && (
          <>
            <span aria-hidden="true" className="ml-1 font-bold">
              {gap === 'none' ? '✕' : '!'}
            </span>
            <span className="sr-only">{` — ${t(gap === 'none' ? 'gapNone' : 'gapUnverified')}`}</span>
          </>
        )}
      </td>
    );
  };

  return (
    <div className="space-y-2">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold" data-testid="coverage-gaps">
          {t('coverageGaps', { count: coverage.gaps, n: n(coverage.gaps) })}
        </span>
        <span className={`rounded px-1 ${GAP_STYLE.none}`}>{t('legendNone')}</span>
        <span className={`rounded px-1 ${GAP_STYLE.unverified}`}>{t('legendUnverified')}</span>
      </p>
      <div className="overflow-x-auto">
        <table className="border-collapse" data-testid="coverage-table">
          <thead>
            <tr className="align-bottom text-sm">
              <th scope="col" className="sticky left-0 bg-white px-2 pb-1 text-left">
                {t('category')}
              </th>
              {view.parts.map((part) => (
                <th key={part.id} scope="col" className="px-2 pb-1 text-right font-semibold">
                  {drillable.includes(part) ? (
                    <Link href={{ pathname: '/console/numbers', query: { area: String(part.id) } }} className="inline-flex min-h-12 items-end text-brand-800 underline" aria-label={t('drill', { area: localName(part, locale) })}>
                      {localName(part, locale)}
                    </Link>
                  ) : (
                    localName(part, locale)
                  )}
                </th>
              ))}
              {coverage.showWhole && (
                <th scope="col" className="px-2 pb-1 text-right font-semibold">
                  {t('whole', { area: localName(view.area, locale) })}
                </th>
              )}
              <th scope="col" className="px-2 pb-1 text-right">
                {t('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={row.category.id}>
                <th scope="row" className="sticky left-0 border border-stone-200 bg-white px-2 py-2 text-left font-semibold">
                  {localName(row.category, locale)}
                </th>
                {row.cells.map((value, i) => cell(value, i, true))}
                {coverage.showWhole && cell(row.whole, 'whole', false)}
                {cell(row.total, 'total', false)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
