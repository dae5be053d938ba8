import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { deliverSms, devSink, sendSms } from '@/lib/notify/sms';
import { search } from '@/lib/search/search';
import { BatchedLimit, hit } from '@/lib/security/rate-limit';
import { Counter, Histogram } from './registry';

const TOKEN = 'metrics-test-token-0123456789';

/** Prometheus's text format, read strictly: every sample's family declared, every line well formed. */
function parseMetrics(text: string): Map<string, number> {
  const types = new Map<string, string>();
  const samples = new Map<string, number>();
  expect(text.endsWith('\n'), 'ends with a line feed').toBe(true);
  for (const line of text.split('\n').filter(Boolean)) {
    const comment = /^# (HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*) (.+)$/.exec(line);
    if (comment) {
      if (comment[1] === 'TYPE') {
        expect(['counter', 'gauge', 'histogram'], line).toContain(comment[3]);
        expect(types.has(comment[2]!), `${comment[2]} declared once`).toBe(false);
        types.set(comment[2]!, comment[3]!);
      }
      continue;
    }
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (-?\d+(?:\.\d+)?(?:e[+-]?\d+)?|NaN|[+-]Inf)$/.exec(line);
    expect(sample, `a well-formed sample: ${line}`).not.toBeNull();
    const family = sample![1]!.replace(/_(bucket|sum|count)$/, '');
    expect(types.has(sample![1]!) || types.get(family) === 'histogram', `${sample![1]} has a TYPE line`).toBe(true);
    samples.set(`${sample![1]}${sample![2] ?? ''}`, Number(sample![3]));
  }
  return samples;
}

async function scrape(authorization?: string) {
  const { GET } = await import('@/app/api/metrics/route');
  const res = await GET(new Request('http://localhost/api/metrics', { headers: authorization ? { authorization } : {} }));
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

const read = async () => parseMetrics((await scrape(`Bearer ${TOKEN}`)).text);

afterAll(() => {
  delete process.env.METRICS_TOKEN;
});

describe('the registry', () => {
  it('writes counters and cumulative histogram buckets, label values escaped', () => {
    const counter = new Counter('t_total', 'A test.');
    counter.inc({ route: '/a"b\\c' });
    counter.inc({ route: '/a"b\\c' }, 2);
    const histogram = new Histogram('t_seconds', 'A test.', [0.1, 1]);
    histogram.observe({ route: '/x' }, 0.05);
    histogram.observe({ route: '/x' }, 0.5);
    histogram.observe({ route: '/x' }, 5);
    const samples = parseMetrics(`${counter.render()}\n${histogram.render()}\n`);
    expect(samples.get('t_total{route="/a\\"b\\\\c"}')).toBe(3);
    expect(samples.get('t_seconds_bucket{route="/x",le="0.1"}')).toBe(1);
    expect(samples.get('t_seconds_bucket{route="/x",le="1"}')).toBe(2);
    expect(samples.get('t_seconds_bucket{route="/x",le="+Inf"}')).toBe(3);
    expect(samples.get('t_seconds_count{route="/x"}')).toBe(3);
    expect(samples.get('t_seconds_sum{route="/x"}')).toBeCloseTo(5.55);
  });
});

describe('GET /api/metrics', () => {
  it('does not exist (404) while METRICS_TOKEN is not configured', async () => {
    delete process.env.METRICS_TOKEN;
    vi.resetModules();
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(404);
  });

  it('answers 401 without the token, or with another, once configured', async () => {
    process.env.METRICS_TOKEN = TOKEN;
    vi.resetModules();
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}x`)).status).toBe(401);
    expect((await scrape(`Basic ${TOKEN}`)).status).toBe(401);
    const ok = await scrape(`Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.type).toBe('text/plain; version=0.0.4; charset=utf-8');
    const samples = parseMetrics(ok.text);
    expect(samples.get('haat_database_up')).toBe(1);
    for (const name of ['haat_search_outbox_pending', 'haat_search_outbox_lag_seconds', 'haat_jobs{state="waiting"}', 'haat_jobs{state="failed"}', 'haat_sms_last_hour{status="sent"}', 'haat_sms_last_hour{status="failed"}']) {
      expect(samples.has(name), name).toBe(true);
    }
  });

  it('moves when searches, SMS, outbox changes and rate-limit refusals happen', async () => {
    const before = await read();
    const searches = (s: Map<string, number>) => (s.get('haat_search_queries_total{engine="meilisearch"}') ?? 0) + (s.get('haat_search_queries_total{engine="postgres"}') ?? 0);

    await search({ q: 'electrician' });
    await search({ q: 'দর্জি' });

    // Two SMS queued: one delivered, one refused by the gateway.
    const sent = await sendSms('+8801711000001', 'metrics test', 'test');
    const failing = await sendSms('+8801711000002', 'metrics test', 'test');
    const queued = await read();
    expect(queued.get('haat_sms_last_hour{status="queued"}')).toBe((before.get('haat_sms_last_hour{status="queued"}') ?? 0) + 2);
    expect(queued.get('haat_jobs{state="waiting"}')).toBeGreaterThanOrEqual((before.get('haat_jobs{state="waiting"}') ?? 0) + 2);
    await deliverSms({ id: sent }, devSink);
    await expect(deliverSms({ id: failing }, { name: 'refusing', send: () => Promise.reject(new Error('gateway down')) })).rejects.toThrow();

    // A change waiting ten minutes for Meilisearch.
    await db.searchOutbox.create({ data: { entity: 'PROVIDER', entityId: 'metrics-test', op: 'UPSERT', createdAt: new Date(Date.now() - 600_000) } });

    // Refusals: an exact limit past its cap, and the search limit's.
    const key = `metricstest:${Date.now()}`;
    await hit(key, { max: 1, windowMs: 60_000 });
    await hit(key, { max: 1, windowMs: 60_000 });
    const batched = new BatchedLimit({ max: 1, windowMs: 60_000 });
    batched.hit('metricsbatch:client');
    batched.hit('metricsbatch:client');

    const after = await read();
    expect(searches(after)).toBe(searches(before) + 2);
    expect(after.get('haat_sms_last_hour{status="sent"}')).toBe((before.get('haat_sms_last_hour{status="sent"}') ?? 0) + 1);
    expect(after.get('haat_sms_last_hour{status="failed"}')).toBe((before.get('haat_sms_last_hour{status="failed"}') ?? 0) + 1);
    expect(after.get('haat_search_outbox_pending')).toBeGreaterThanOrEqual((before.get('haat_search_outbox_pending') ?? 0) + 1);
    expect(after.get('haat_search_outbox_lag_seconds')).toBeGreaterThanOrEqual(599);
    expect(after.get('haat_rate_limit_refusals_total{limit="metricstest"}')).toBe(1);
    expect(after.get('haat_rate_limit_refusals_total{limit="metricsbatch"}')).toBe(1);
    // The limit's name only: never the client or number in its key.
    expect([...after.keys()].join('\n')).not.toContain('metricsbatch:client');
    await batched.flush();
  });
});
