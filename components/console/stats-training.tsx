// The training block of the console's numbers page: programmes by office and trade (seats, seats
// filled, attendance and completion rates) and trained providers by place × trade, each table with
// its CSV (lib/training/numbers.ts reads both).
import { getTranslations } from 'next-intl/server';
import { StatsSection, statsTable as css } from '@/components/console/stats-section';
import { ScrollBox } from '@/components/ui/scroll-box';
import { localName, type StatsView } from '@/lib/console/numbers/view';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { TrainingNumbers } from '@/lib/training/numbers';

export async function StatsTraining({ view, data, locale, download }: { view: StatsView; data: TrainingNumbers; locale: Locale; download: (table: 'training' | 'trained') => { href: string; label: string } }) {
  const t = await getTranslations('TrainingCompletion');
  const n = (value: number) => formatNumber(value, locale);
  const pct = (value: number | null) => (value === null ? t('none') : `${n(Math.round(value * 100))}%`);
  const whole = t('whole', { area: localName(view.area, locale) });
  const columns = [...view.parts.map((part) => localName(part, locale)), ...(data.showWhole ? [whole] : []), t('total')];

  return (
    <StatsSection id="training" title={t('numbersTitle')} hint={t('numbersHint')} download={download('training')}>
      {data.programmes.length === 0 ? (
        <p>{t('noProgrammes')}</p>
      ) : (
        <ScrollBox label={t('numbersTitle')}>
          <table className={css.table} data-testid="training-table">
            <thead>
              <tr className="align-bottom">
                <th scope="col" className={`${css.head} text-left`}>
                  {t('office')}
                </th>
                <th scope="col" className={`${css.head} text-left`}>
                  {t('trade')}
                </th>
                {(['programmes', 'seats', 'filled', 'attendanceRate', 'completionRate'] as const).map((key) => (
                  <th key={key} scope="col" className={`${css.head} text-right`}>
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.programmes.map((row) => (
                <tr key={`${row.office}-${row.category.id}`} className={css.row}>
                  <th scope="row" className={css.rowHead}>
                    {row.office}
                  </th>
                  <td className="px-2 py-2">{localName(row.category, locale)}</td>
                  <td className={css.cell}>{n(row.programmes)}</td>
                  <td className={css.cell}>{n(row.seats)}</td>
                  <td className={`${css.cell} font-semibold`}>{n(row.filled)}</td>
                  <td className={css.cell}>{pct(row.attendanceRate)}</td>
                  <td className={css.cell}>{pct(row.completionRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-bold">{t('trainedTitle')}</h3>
        <a href={download('trained').href} download className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 px-3 font-semibold text-brand-800 print:hidden" data-testid="download-trained">
          {t('download')}
        </a>
      </div>
      {data.trained.length === 0 ? (
        <p>{t('noTrained')}</p>
      ) : (
        <ScrollBox label={t('trainedTitle')}>
          <table className={css.table} data-testid="trained-table">
            <thead>
              <tr className="align-bottom">
                <th scope="col" className={`${css.head} text-left`}>
                  {t('trade')}
                </th>
                {columns.map((column) => (
                  <th key={column} scope="col" className={`${css.head} text-right`}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.trained.map((row) => (
                <tr key={row.category.id} className={css.row}>
                  <th scope="row" className={css.rowHead}>
                    {localName(row.category, locale)}
                  </th>
                  {[...row.cells, ...(data.showWhole ? [row.whole] : [])].map((cell, i) => (
                    <td key={i} className={`${css.cell} ${cell === 0 ? 'text-stone-400' : ''}`}>
                      {n(cell)}
                    </td>
                  ))}
                  <td className={`${css.cell} font-bold`}>{n(row.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </StatsSection>
  );
}
