// The built app started the way a container or a process manager starts it: plain `next start`
// with NODE_ENV=production and no HAAT_ENV. Production must be what it gets (fail closed): no
// development SMS inbox, and a missing required setting stops the server with one message naming
// the variable instead of serving with a weaker default.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, waitFor } from '../lib/runtime/ports';
import { sql } from './helpers';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const children: ChildProcess[] = [];
let dataDir = '';

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Only what a production deployment sets: no HAAT_ENV, nothing inherited from this shell's Haat settings. */
function productionEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    AUTH_SECRET: randomBytes(30).toString('base64url'), // 40 characters
    ROOT_DOMAIN: 'haat.test',
    // A gateway that is never reached: this test sends no SMS.
    SMS_GATEWAY_URL: 'http://127.0.0.1:9/sms',
    SMS_GATEWAY_KEY: 'test',
    // Clients connect straight to this server.
    TRUSTED_PROXIES: '0',
    // Images and secrets of this run stay out of the checkout's own .data/.
    HAAT_DATA_DIR: dataDir,
  };
}

async function nextStart(env: NodeJS.ProcessEnv): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, [nextBin, 'start', '-H', 'localhost', '-p', String(port)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, port, output: () => output, exited };
}

const healthy = async (port: number) => (await fetch(`http://localhost:${port}/api/health`)).ok;

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

test.beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'haat-prod-start-'));
});

test.afterAll(async () => {
  await Promise.all(children.map(stop));
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('plain `next start` with NODE_ENV=production has no SMS inbox: /dev/sms is a 404 that shows no SMS', async () => {
  test.setTimeout(90_000);
  const app = await nextStart(productionEnv());
  const up = await Promise.race([waitFor(() => healthy(app.port), 60_000, 250), app.exited.then(() => false)]);
  expect(up, `the production server answers /api/health within 60 s; its output:\n${app.output()}`).toBe(true);

  // An SMS with a code in it, as sign-up would have sent; the page must not show it to anyone.
  const canary = `Haat code ${Math.floor(100_000 + Math.random() * 900_000)} (production-start canary)`;
  await sql(`INSERT INTO "SmsMessage" (id, "to", body, purpose, transport) VALUES ($1, '+8801711999999', $2, 'signup', 'dev-sink')`, [
    `prodstart${randomBytes(8).toString('hex')}`,
    canary,
  ]);
  for (const page of ['/dev/sms', '/en/dev/sms', '/dev/sms?to=%2B8801711999999']) {
    const res = await fetch(`http://localhost:${app.port}${page}`, { redirect: 'manual' });
    const body = await res.text();
    expect.soft(res.status, `GET ${page} in production`).toBe(404);
    expect.soft(body, `GET ${page} lists no SMS`).not.toContain(canary);
    expect.soft(body, `GET ${page} lists no SMS`).not.toContain('data-testid="sms"');
  }
});

test('a production start without AUTH_SECRET stops by itself with one message naming AUTH_SECRET', async () => {
  test.setTimeout(90_000);
  const env = productionEnv();
  delete env.AUTH_SECRET;
  const app = await nextStart(env);
  // It must exit; serving requests instead is the failure, and is reported as soon as it happens.
  const outcome = await Promise.race([
    app.exited.then((code) => ({ exited: true as const, code })),
    waitFor(() => healthy(app.port), 60_000, 250).then((served) => ({ exited: false as const, served })),
  ]);
  const output = app.output();
  expect(outcome.exited, `exits instead of serving${!outcome.exited && outcome.served ? ' (it answered /api/health)' : ' (still running after 60 s)'}; its output:\n${output}`).toBe(true);
  if (!outcome.exited) return;
  expect(outcome.code, `exit code; output:\n${output}`).not.toBe(0);
  expect(output, 'the message names the missing variable').toContain('AUTH_SECRET');
  // One clear message, not a stack trace to read through.
  expect(output, 'no stack trace').not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
});
