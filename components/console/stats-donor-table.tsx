// Blood donors by group (rows) and place (columns), red where a place has no donor of a group.
import { getTranslations } from 'next-intl/server';
import type { DonorCounts } from '@/lib/console/numbers/donors';
import type { StatsView } from '@/lib/console/numbers/view';
import { bloodGroupLabel } from '@/lib/directory/blood';
import type { Locale } from '@/lib/i18n/format';
import { StatsGapGrid } from './stats-gap-grid';

export async function StatsDonorTable({ view, counts, locale }: { view: StatsView; counts: DonorCounts; locale: Locale }) {
  const t = await getTranslations('ConsoleNumbers');
  return (
    <StatsGapGrid
      view={view}
      locale={locale}
      label={t('donorsTitle')}
      name="donor"
      firstColumn={t('bloodGroup')}
      rows={counts.rows.map((row) => ({ key: row.group, label: bloodGroupLabel[row.group], cells: row.cells, whole: row.whole, total: row.total }))}
      showWhole={counts.showWhole}
      gaps={counts.gaps}
      legend={[{ gap: 'none', label: t('legendNoDonor') }]}
      count={(n) => n}
      gapOf={(n) => (n === 0 ? 'none' : null)}
      gapWords={{ none: t('donorGap'), unverified: t('donorGap') }}
    />
  );
}
