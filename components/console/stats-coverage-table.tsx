// Providers by service (rows) and place (columns): red where nobody offers the service, amber
// where only unverified providers do.
import { getTranslations } from 'next-intl/server';
import { type Coverage, gapOf } from '@/lib/console/numbers/coverage';
import { localName, type StatsView } from '@/lib/console/numbers/view';
import type { Locale } from '@/lib/i18n/format';
import { StatsGapGrid } from './stats-gap-grid';

export async function StatsCoverageTable({ view, coverage, locale }: { view: StatsView; coverage: Coverage; locale: Locale }) {
  const t = await getTranslations('ConsoleNumbers');
  return (
    <StatsGapGrid
      view={view}
      locale={locale}
      label={t('coverageTitle')}
      name="coverage"
      firstColumn={t('category')}
      rows={coverage.rows.map((row) => ({ key: row.category.id, label: localName(row.category, locale), cells: row.cells, whole: row.whole, total: row.total }))}
      showWhole={coverage.showWhole}
      gaps={coverage.gaps}
      legend={[
        { gap: 'none', label: t('legendNone') },
        { gap: 'unverified', label: t('legendUnverified') },
      ]}
      count={(cell) => cell.active}
      gapOf={gapOf}
      gapWords={{ none: t('gapNone'), unverified: t('gapUnverified') }}
    />
  );
}
