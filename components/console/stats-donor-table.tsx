// Blood donors by group (rows) and place (columns), red where a place has no donor of a group.
// As in the coverage table, the colour is never the only sign: a symbol and words mark each gap.
import { getTranslations } from 'next-intl/server';
import { localName, type DonorCounts, type StatsView } from '@/lib/console/stats';
import { bloodGroupLabel } from '@/lib/directory/blood';
import { formatNumber, type Locale } from '@/lib/i18n/format';

const GAP = 'bg-red-100 text-red-900';

export async function StatsDonorTable({ view, counts, locale }: { view: StatsView; counts: DonorCounts; locale: Locale }) {
  const t = await getTranslations('ConsoleNumbers');
  const n = (value: number) => formatNumber(value, locale);
  const cell = (value: number, key: string | number, checkGap: boolean) => {
    const gap = checkGap && value === 0;
    return (
      <td key={key} className={`border border-stone-200 px-2 py-2 text-right whitespace-nowrap ${gap ? GAP : ''}`} data-gap={gap ? 'none' : undefined}>
        {n(value)}
        {gap && (
          <>
            <span aria-hidden="true" className="ml-1 font-bold">
              ✕
            </span>
            <span className="sr-only">{` — ${t('donorGap')}`}</span>
          </>
        )}
      </td>
    );
  };
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="font-semibold" data-testid="donor-gaps">
          {t('coverageGaps', { count: counts.gaps, n: n(counts.gaps) })}
        </span>
        <span className={`rounded px-1 ${GAP}`}>{t('legendNoDonor')}</span>
      </p>
      <div className="overflow-x-auto">
        <table className="border-collapse" data-testid="donor-table">
          <thead>
            <tr className="align-bottom text-sm">
              <th scope="col" className="sticky left-0 bg-white px-2 pb-1 text-left">
                {t('bloodGroup')}
              </th>
              {view.parts.map((part) => (
                <th key={part.id} scope="col" className="px-2 pb-1 text-right font-semibold">
                  {localName(part, locale)}
                </th>
              ))}
              {counts.showWhole && (
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
            {counts.rows.map((row) => (
              <tr key={row.group}>
                <th scope="row" className="sticky left-0 border border-stone-200 bg-white px-2 py-2 text-left font-bold">
                  {bloodGroupLabel[row.group]}
                </th>
                {row.cells.map((value, i) => cell(value, i, true))}
                {counts.showWhole && cell(row.whole, 'whole', false)}
                {cell(row.total, 'total', false)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
