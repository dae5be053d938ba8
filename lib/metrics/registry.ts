// The process's counters and histograms, kept in memory and written out in Prometheus's text
// format (version 0.0.4) by /api/metrics. One registry per process (on globalThis: Next.js may
// load this module in more than one bundle). Counting is a map lookup and an addition: it sits on
// every request's path. Labels take values from a bounded set only (route patterns, statuses,
// limit names), never from what a visitor typed.

import { forgetBetweenTests } from '../runtime/between-tests';

type Labels = Record<string, string>;

interface Series {
  labels: Labels;
  value: number;
}

interface HistogramSeries {
  labels: Labels;
  /** Cumulative per bucket, the last being +Inf. */
  counts: number[];
  sum: number;
}

const keyOf = (labels: Labels) => Object.values(labels).join('\u0000');

export class Counter {
  private readonly series = new Map<string, Series>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const found = this.series.get(key);
    if (found) found.value += by;
    else this.series.set(key, { labels, value: by });
  }

  get(labels: Labels = {}): number {
    return this.series.get(keyOf(labels))?.value ?? 0;
  }

  clear(): void {
    this.series.clear();
  }

  render(): string {
    return [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`, ...[...this.series.values()].map((s) => sample(this.name, s.labels, s.value))].join('\n');
  }
}

export class Histogram {
  private readonly series = new Map<string, HistogramSeries>();
  constructor(
    readonly name: string,
    readonly help: string,
    /** Upper bounds, ascending, in the unit of the metric. */
    readonly buckets: readonly number[],
  ) {}

  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    let found = this.series.get(key);
    if (!found) this.series.set(key, (found = { labels, counts: new Array<number>(this.buckets.length + 1).fill(0), sum: 0 }));
    found.sum += value;
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) found.counts[i]!++;
    found.counts[this.buckets.length]!++;
  }

  clear(): void {
    this.series.clear();
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      this.buckets.forEach((le, i) => lines.push(sample(`${this.name}_bucket`, { ...s.labels, le: String(le) }, s.counts[i]!)));
      lines.push(sample(`${this.name}_bucket`, { ...s.labels, le: '+Inf' }, s.counts[this.buckets.length]!));
      lines.push(sample(`${this.name}_sum`, s.labels, s.sum));
      lines.push(sample(`${this.name}_count`, s.labels, s.counts[this.buckets.length]!));
    }
    return lines.join('\n');
  }
}

/** A gauge read when scraped (from the database, the process): rendered from the values given. */
export function gauge(name: string, help: string, series: { labels?: Labels; value: number }[]): string {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} gauge`, ...series.map((s) => sample(name, s.labels ?? {}, s.value))].join('\n');
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const number = (value: number) => (Number.isFinite(value) ? String(value) : value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN');

function sample(name: string, labels: Labels, value: number): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return `${name}${pairs.length ? `{${pairs.join(',')}}` : ''} ${number(value)}`;
}

interface Registry {
  httpRequests: Counter;
  httpDuration: Histogram;
  searches: Counter;
  rateLimitRefusals: Counter;
  inboundSms: Counter;
}

const KEY = Symbol.for('haat.metrics');

/** This process's metrics. */
export const metrics: Registry = ((globalThis as Record<symbol, Registry | undefined>)[KEY] ??= {
  httpRequests: new Counter('haat_http_requests_total', 'Requests answered, by method, route pattern and status.'),
  httpDuration: new Histogram(
    'haat_http_request_duration_seconds',
    'Time from the request reaching the server to the last byte of the answer, by route pattern and status.',
    [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  ),
  searches: new Counter('haat_search_queries_total', 'Searches answered, by engine: meilisearch, or postgres when Meilisearch could not answer (degraded).'),
  rateLimitRefusals: new Counter('haat_rate_limit_refusals_total', 'Requests refused by a rate limit, by limit name (the first part of its key).'),
  inboundSms: new Counter('haat_sms_inbound_total', 'Inbound SMS (/api/sms/inbound), by outcome: replied, nothing, limited, helpOnce, dailyCap and hourlyCap (a reply cap reached: nothing sent), garbage, refused (bad signature or replay), invalid (bad body).'),
});

forgetBetweenTests(() => Object.values(metrics).forEach((metric: Counter | Histogram) => metric.clear()));

/** The name of a limit from its key ("otp:client:1.2.3.4" → "otp"): never the client or number in it. */
export const limitName = (key: string) => /^[a-z][a-z0-9-]{0,30}/.exec(key)?.[0] ?? 'other';

/** Counts one refusal of the limit `key` belongs to. */
export const countRefusal = (key: string) => metrics.rateLimitRefusals.inc({ limit: limitName(key) });

/** Every in-process metric in the text format. */
export const renderProcessMetrics = () => [metrics.httpRequests, metrics.httpDuration, metrics.searches, metrics.rateLimitRefusals, metrics.inboundSms].map((m) => m.render()).join('\n');
