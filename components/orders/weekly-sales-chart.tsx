// Revenue by week as a few SVG bars drawn on the server: no chart library, no JavaScript. The
// figures themselves are in the table the page shows beside it, so the chart is decoration for
// screen readers and says where to look.
import { formatTaka, type Locale } from '@/lib/i18n/format';
import { dayToDate } from '@/lib/shops/calendar';

export interface ChartWeek {
  start: string;
  revenuePoisha: number;
}

const WIDTH = 320;
const TOP = 22;
const BASE = 150;
const HEIGHT = 172;

export function WeeklySalesChart({ weeks, locale, label }: { weeks: readonly ChartWeek[]; locale: Locale; label: string }) {
  const max = Math.max(...weeks.map((w) => w.revenuePoisha), 0);
  const slot = WIDTH / Math.max(weeks.length, 1);
  const shortDay = new Intl.DateTimeFormat(locale === 'bn' ? 'bn-BD' : 'en-IN', { day: 'numeric', month: 'numeric', timeZone: 'Asia/Dhaka' });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} className="h-auto w-full" data-testid="weekly-sales-chart">
      <line x1={0} x2={WIDTH} y1={BASE} y2={BASE} stroke="#a8a29e" strokeWidth={1} />
      {max > 0 && (
        <>
          <line x1={0} x2={WIDTH} y1={TOP} y2={TOP} stroke="#e7e5e4" strokeWidth={1} strokeDasharray="4 3" />
          <text x={2} y={TOP - 6} fontSize={11} fill="#57534e">
            {formatTaka(max, locale)}
          </text>
        </>
      )}
      {weeks.map((week, i) => {
        const height = max > 0 ? Math.round(((BASE - TOP) * week.revenuePoisha) / max) : 0;
        const current = i === weeks.length - 1;
        return (
          <g key={week.start}>
            <title>{`${shortDay.format(dayToDate(week.start))}: ${formatTaka(week.revenuePoisha, locale)}`}</title>
            <rect x={i * slot + slot * 0.15} y={BASE - height} width={slot * 0.7} height={height} rx={3} fill={current ? '#0f766e' : '#5eead4'} />
            <text x={i * slot + slot / 2} y={BASE + 15} fontSize={11} textAnchor="middle" fill="#44403c">
              {shortDay.format(dayToDate(week.start))}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
