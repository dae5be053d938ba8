// Logs and metrics of the built app (README: Logs and metrics). The app `npm start` runs gives
// every answer an id; a second server, plain `next start` with METRICS_TOKEN set and its output
// read here, shows its request lines: JSON, route patterns from the build's manifest, nothing
// personal; and its /api/metrics counts what it served.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, waitFor } from '../lib/runtime/ports';

const root = path.resolve(import.meta.dirname, '..');
const PHONE = '01711987654';
const TOKEN = randomBytes(24).toString('hex');
let server: ChildProcess | undefined;
let dataDir = '';

test.afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    const timer = setTimeout(() => server!.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('every answer carries a request id: the one a proxy sent when it looks like one, else a new one', async ({ request }) => {
  const given = await request.get('/', { headers: { 'x-request-id': 'e2e-observability-0001' } });
  expect(given.headers()['x-request-id']).toBe('e2e-observability-0001');
  const refused = await request.get(`/search?q=${PHONE}`, { headers: { 'x-request-id': PHONE } });
  expect(refused.headers()['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  // METRICS_TOKEN is not set for this app: the endpoint does not exist.
  expect((await request.get('/api/metrics')).status()).toBe(404);
});

test('`next start` logs each request once as JSON with its route pattern, and /api/metrics counts it', async () => {
  test.setTimeout(120_000);
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'haat-observability-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    AUTH_SECRET: randomBytes(30).toString('base64url'),
    ROOT_DOMAIN: 'haat.test',
    SMS_GATEWAY_URL: 'http://127.0.0.1:9/sms',
    SMS_GATEWAY_KEY: 'test',
    TRUSTED_PROXIES: '0',
    HAAT_DATA_DIR: dataDir,
    METRICS_TOKEN: TOKEN,
  };
  server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-H', 'localhost', '-p', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const base = `http://localhost:${port}`;
  const up = await waitFor(async () => (await fetch(`${base}/api/health`)).ok, 60_000, 250);
  expect(up, `the server answers within 60 s; its output:\n${output}`).toBe(true);

  const asked = [`/search?q=${PHONE}`, '/en/c/electrician', '/no/such/page', '/api/health'];
  for (const url of asked) await fetch(`${base}${url}`, { headers: { cookie: 'authjs.session-token=e2e-secret-cookie' } });
  const requestLines = () =>
    output
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === 'request');
  await expect.poll(() => requestLines().map((l) => l.route), { timeout: 15_000 }).toEqual(expect.arrayContaining(['/[locale]/search', '/[locale]/c/[slug]/[[...filters]]', '/[locale]/[...rest]', '/api/health']));
  for (const line of requestLines()) expect(line).toMatchObject({ level: 'info', requestId: expect.any(String), method: 'GET', status: expect.any(Number), durationMs: expect.any(Number) });
  expect(output).not.toContain(PHONE);
  expect(output).not.toContain('e2e-secret-cookie');

  expect((await fetch(`${base}/api/metrics`)).status).toBe(401);
  const metrics = await fetch(`${base}/api/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  expect(metrics.status).toBe(200);
  const text = await metrics.text();
  expect(text).toMatch(/^haat_http_requests_total\{method="GET",route="\/\[locale\]\/search",status="200"\} [1-9]/m);
  expect(text).toMatch(/^haat_database_up 1$/m);
  expect(text).toMatch(/^haat_jobs\{state="waiting"\} \d+$/m);
  expect(text).not.toContain(PHONE);
});
