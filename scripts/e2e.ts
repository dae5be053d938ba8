// End-to-end run: starts the whole app exactly as `npm start` does (build included) on a
// throwaway data directory and free ports, runs the Playwright journeys against it, stops it and
// checks nothing was left running. Then starts it once more on the same data, the "second start"
// a person makes, and prints how long each start took.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitFor } from '../lib/runtime/ports';
import { postgresUrl } from '../lib/runtime/postgres';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'haat-e2e-'));
const ports = { PORT: await freePort(), HAAT_PG_PORT: await freePort(), HAAT_MEILI_PORT: await freePort() };
const baseUrl = `http://localhost:${ports.PORT}`;

function startApp(): { child: ChildProcess; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = { ...process.env, HAAT_DATA_DIR: dataDir, ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])) };
  // Every journey runs from this one machine, so they all share one client address: give it the
  // room a whole Union Digital Centre would need (the limits themselves are tested in lib/ and e2e/security-*).
  env.SMS_CLIENT_HOURLY_CAP ??= '5000';
  // Thousands of requests: their JSON lines would bury the test report (e2e/observability.spec.ts
  // starts a server of its own to read them). Warnings and errors still show.
  env.LOG_LEVEL ??= 'warn';
  // The embedded servers, whatever the calling shell has configured.
  delete env.DATABASE_URL;
  delete env.MEILI_HOST;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
}

async function timedStart(label: string) {
  const began = Date.now();
  const app = startApp();
  const healthy = await Promise.race([
    waitFor(async () => (await fetch(`${baseUrl}/api/health`)).ok, 8 * 60_000, 500),
    app.exited.then((code) => {
      throw new Error(`${label}: \`npm start\` exited with code ${code} before the app was healthy`);
    }),
  ]);
  if (!healthy) {
    await stop(app);
    throw new Error(`${label}: the app did not become healthy within 8 minutes`);
  }
  const seconds = (Date.now() - began) / 1000;
  console.log(`[e2e] ${label}: healthy after ${seconds.toFixed(1)} s`);
  return { ...app, seconds };
}

async function stop(app: { child: ChildProcess; exited: Promise<number | null> }) {
  app.child.kill('SIGTERM');
  const code = await app.exited;
  // Nothing started for this data directory may outlive `npm start`.
  const leftovers = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.includes(dataDir));
  if (leftovers.length) throw new Error(`processes left running after stop:\n${leftovers.join('\n')}`);
  return code;
}

let exitCode = 1;
try {
  const first = await timedStart('first start (with build if needed)');
  // The journeys may look into the database (to suspend a user, say), as an officer would.
  const { pgPassword } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { pgPassword: string };
  const playwright = (args: string[], report: string) =>
    spawnSync(process.execPath, [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...args], {
      cwd: root,
      env: { ...process.env, BASE_URL: baseUrl, E2E_DATABASE_URL: postgresUrl(ports.HAAT_PG_PORT, pgPassword, 'haat'), E2E_DATA_DIR: dataDir, E2E_REPORT: report },
      stdio: 'inherit',
    }).status ?? 1;
  const chosen = process.argv.slice(2);
  if (chosen.length) {
    exitCode = playwright(chosen, 'test-results/e2e.json');
  } else {
    // The journeys first, then the fuzz test alone (its load would skew the journeys' timings), then
    // the fault tests, which kill the servers everything else uses.
    const journeys = playwright(['--project=directory-mobile'], 'test-results/e2e.json');
    const fuzz = playwright(['--project=fuzz'], 'test-results/e2e-fuzz.json');
    const faults = playwright(['--project=faults'], 'test-results/e2e-faults.json');
    exitCode = journeys || fuzz || faults;
  }
  const stopCode = await stop(first);
  console.log(`[e2e] stopped cleanly (exit ${stopCode}); no postgres or meilisearch left running`);

  const second = await timedStart('second start (same data)');
  await stop(second);
  console.log(`[e2e] start-up: first ${first.seconds.toFixed(1)} s, second ${second.seconds.toFixed(1)} s`);
} catch (e) {
  console.error(`[e2e] ${(e as Error).message}`);
  exitCode = 1;
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);
