// Bars drawn as SVG on the server: no chart library, no JavaScript. One or more series side by
// side per label, as columns (weeks along the bottom) or as rows (place names, which are long, on
// the left). The figures themselves are always in the table the page shows beside the chart, so
// the chart is one image to screen readers, labelled with where to look.

export interface BarSeries {
  label: string;
  values: readonly number[];
  /** A fill colour; pick ones that differ in lightness too, for print and colour blindness. */
  color: string;
}

interface BarChartProps {
  labels: readonly string[];
  series: readonly BarSeries[];
  /** What the chart shows, read out instead of the bars. */
  label: string;
  /** How a value is written on the chart (Bengali digits, taka…). */
  formatValue: (value: number) => string;
  layout?: 'columns' | 'rows';
  testId?: string;
}

const WIDTH = 320;
const AXIS = '#a8a29e';
const GUIDE = '#e7e5e4';
const TEXT = '#44403c';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function BarChart({ labels, series, label, formatValue, layout = 'columns', testId }: BarChartProps) {
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  return (
    <figure className="space-y-1" data-testid={testId}>
      {layout === 'columns' ? <Columns labels={labels} series={series} label={label} formatValue={formatValue} max={max} /> : <Rows labels={labels} series={series} label={label} formatValue={formatValue} max={max} />}
      {series.length > 1 && (
        <figcaption className="flex flex-wrap gap-x-4 text-sm text-stone-700" aria-hidden="true">
          {series.map((s) => (
            <span key={s.label} className="inline-flex items-center gap-1">
              <span className="inline-block size-3 rounded-sm" style={{ backgroundColor: s.color }} />
              {s.label}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}

type Inner = Omit<BarChartProps, 'layout' | 'testId'> & { max: number };

function Columns({ labels, series, label, formatValue, max }: Inner) {
  const top = 22;
  const base = 150;
  const height = 172;
  const slot = WIDTH / Math.max(labels.length, 1);
  const bar = (slot * 0.75) / Math.max(series.length, 1);
  // Every label when they fit, else every second or third: about 44 units each.
  const every = Math.max(1, Math.ceil(44 / slot));
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} className="h-auto w-full">
      <line x1={0} x2={WIDTH} y1={base} y2={base} stroke={AXIS} strokeWidth={1} />
      {max > 0 && (
        <>
          <line x1={0} x2={WIDTH} y1={top} y2={top} stroke={GUIDE} strokeWidth={1} strokeDasharray="4 3" />
          <text x={2} y={top - 6} fontSize={12} fill={TEXT}>
            {formatValue(max)}
          </text>
        </>
      )}
      {labels.map((name, i) => (
        <g key={`${i}-${name}`}>
          {series.map((s, j) => {
            const value = s.values[i] ?? 0;
            const h = max > 0 ? Math.round(((base - top) * value) / max) : 0;
            return (
              <rect key={s.label} x={i * slot + slot * 0.125 + j * bar} y={base - h} width={bar} height={h} rx={2} fill={s.color}>
                <title>{`${name} · ${s.label}: ${formatValue(value)}`}</title>
              </rect>
            );
          })}
          {i % every === (labels.length - 1) % every && (
            <text x={i * slot + slot / 2} y={base + 16} fontSize={12} textAnchor="middle" fill={TEXT}>
              {name}
            </text>
          )}
        </g>
      ))}
    </svg>
  );
}

function Rows({ labels, series, label, formatValue, max }: Inner) {
  const nameWidth = 112;
  const valueWidth = 72;
  const bar = 16;
  const row = series.length * bar + 10;
  const height = Math.max(row * labels.length, row);
  const room = WIDTH - nameWidth - valueWidth;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} className="h-auto w-full">
      <line x1={nameWidth} x2={nameWidth} y1={0} y2={height} stroke={AXIS} strokeWidth={1} />
      {labels.map((name, i) => (
        <g key={`${i}-${name}`}>
          <text x={nameWidth - 6} y={i * row + row / 2 + 5} fontSize={13} textAnchor="end" fill={TEXT}>
            {clip(name, 14)}
          </text>
          {series.map((s, j) => {
            const value = s.values[i] ?? 0;
            const w = max > 0 ? Math.round((room * value) / max) : 0;
            const y = i * row + 5 + j * bar;
            return (
              <g key={s.label}>
                <rect x={nameWidth} y={y} width={w} height={bar - 2} rx={2} fill={s.color}>
                  <title>{`${name} · ${s.label}: ${formatValue(value)}`}</title>
                </rect>
                <text x={nameWidth + w + 4} y={y + bar - 4} fontSize={12} fill={TEXT}>
                  {formatValue(value)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
