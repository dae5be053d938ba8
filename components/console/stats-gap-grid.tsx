// A count per row (a service, a blood group) and place (the parts of the view), with the gaps
// marked: red where there is nobody, amber where there are only unverified providers. The colour
// is never the only sign: each gap also carries a symbol (printed) and words (for screen readers).
// Upazila columns link to the same page for that upazila.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { ScrollBox } from '@/components/ui/scroll-box';
import type { Gap } from '@/lib/console/numbers/coverage';
import { localName, type StatsView } from '@/lib/console/numbers/view';
import { formatNumber, type Locale } from '@/lib/i18n/format';

const GAP_STYLE = {
  none: 'bg-red-100 text-red-900',
  unverified: 'bg-amber-100 text-amber-950',
} as const;

export interface GridRow<C> {
  key: string | number;
  label: string;
  /** One per part of the view, in the order of `view.parts`. */
  cells: C[];
  whole: C;
  total: C;
}

export async function StatsGapGrid<C>({
  view,
  locale,
  label,
  name,
  firstColumn,
  rows,
  showWhole,
  gaps,
  legend,
  count,
  gapOf,
  gapWords,
}: {
  view: StatsView;
  locale: Locale;
  /** Names the scrolling box the table sits in. */
  label: string;
  /** Test ids: `<name>-table`, `<name>-gaps`. */
  name: string;
  firstColumn: string;
  rows: GridRow<C>[];
  showWhole: boolean;
  gaps: number;
  legend: { gap: Exclude<Gap, null>; label: string }[];
  count: (cell: C) => number;
  gapOf: (cell: C) => Gap;
  gapWords: Record<Exclude<Gap, null>, string>;
}) {
  const t = await getTranslations('ConsoleNumbers');
  const n = (value: number) => formatNumber(value, locale);
  const drillable = view.parts.filter((part) => part.id !== view.area.id && part.level !== 'UNION');

  const cell = (value: C, key: string | number, checkGap: boolean) => {
    const gap = checkGap ? gapOf(value) : null;
    return (
      <td key={key} className={`border border-stone-200 px-2 py-2 text-right whitespace-nowrap ${gap ? GAP_STYLE[gap] : ''}`} data-gap={gap ?? undefined}>
        {n(count(value))}
        {gap && (
          <>
            <span aria-hidden="true" className="ml-1 font-bold">
              {gap === 'none' ? '✕' : '!'}
            </span>
            <span className="sr-only">{` — ${gapWords[gap]}`}</span>
          </>
        )}
      </td>
    );
  };

  return (
    <div className="space-y-2">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold" data-testid={`${name}-gaps`}>
          {t('coverageGaps', { count: gaps, n: n(gaps) })}
        </span>
        {legend.map((item) => (
          <span key={item.gap} className={`rounded px-1 ${GAP_STYLE[item.gap]}`}>
            {item.label}
          </span>
        ))}
      </p>
      <ScrollBox label={label}>
        <table className="border-collapse" data-testid={`${name}-table`}>
          <thead>
            <tr className="align-bottom text-sm">
              <th scope="col" className="sticky left-0 bg-white px-2 pb-1 text-left">
                {firstColumn}
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
              {showWhole && (
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
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="sticky left-0 border border-stone-200 bg-white px-2 py-2 text-left font-semibold">
                  {row.label}
                </th>
                {row.cells.map((value, i) => cell(value, i, true))}
                {showWhole && cell(row.whole, 'whole', false)}
                {cell(row.total, 'total', false)}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </div>
  );
}
