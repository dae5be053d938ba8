// Creates and applies Prisma migrations without the native schema engine (which the Prisma CLI
// would download). Prisma's own WebAssembly schema engine talks to PostgreSQL through
// @prisma/adapter-pg, writes standard prisma/migrations/<timestamp>_<name>/migration.sql folders
// and records them in _prisma_migrations, so `prisma migrate deploy` stays usable elsewhere.
import { randomUUID } from 'node:crypto';
import { readFile, readdir, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { installCacheTriggers } from '../cache/install';
import { installJobQueue } from '../jobs/install';

const require = createRequire(import.meta.url);
const LOCKFILE = 'migration_lock.toml';
const NO_FILTER = { externalTables: [], externalEnums: [] };

export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

export const defaultPaths = (root = process.cwd()): MigrationPaths => ({
  schemaPath: path.join(root, 'prisma/schema.prisma'),
  migrationsDir: path.join(root, 'prisma/migrations'),
});

async function loadEngineModule() {
  // The package's entry imports the .wasm file as an ES module, which Node only allows behind a
  // flag; instantiate the same file by hand and hand it to the generated bindings instead.
  const bg = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { './schema_engine_bg.js': bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}

let engineModule: ReturnType<typeof loadEngineModule> | undefined;

// The engine introspects pg_catalog columns of PostgreSQL's one-byte "char" type (oid 18), which
// @prisma/adapter-pg 7.10 refuses as an unsupported column type, while the engine wants them as
// its Character column type. pg's Client is patched to pass such fields on as text and remember
// where they were; the adapter wrapper below then labels those columns Character. Patched on the
// Client class because the adapter opens its own pool for the shadow database; this module runs
// only in migration processes, never in the app.
const PG_CHAR = 18;
const PG_TEXT = 25;
const COLUMN_CHARACTER = 6;
const charColumnsOf = new WeakMap<object, number[]>();
let charPatched = false;
function reportCharColumnsAsText() {
  if (charPatched) return;
  charPatched = true;
  for (const proto of [pg.Client.prototype, pg.Pool.prototype] as { query: unknown }[]) {
    const original = proto.query as (...args: unknown[]) => unknown;
    proto.query = function patchedQuery(this: unknown, ...args: unknown[]) {
      const out = original.apply(this, args);
      if (!out || typeof (out as Promise<unknown>).then !== 'function') return out;
      return (out as Promise<pg.QueryResult>).then((res) => {
        const indices: number[] = [];
        res?.fields?.forEach((field, i) => {
          if (field.dataTypeID === PG_CHAR) {
            field.dataTypeID = PG_TEXT;
            indices.push(i);
          }
        });
        if (indices.length && res.rows) charColumnsOf.set(res.rows, indices);
        return res;
      });
    };
  }
}

type Queryable = { queryRaw(q: unknown): Promise<{ columnTypes: number[]; rows: unknown[] }> };

function labelCharColumns<T extends object>(target: T): T {
  return new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (prop === 'queryRaw') {
        return async (query: unknown) => {
          const result = await (obj as unknown as Queryable).queryRaw(query);
          for (const i of charColumnsOf.get(result.rows) ?? []) result.columnTypes[i] = COLUMN_CHARACTER;
          return result;
        };
      }
      if (prop === 'startTransaction') {
        return async (...args: unknown[]) => labelCharColumns(await (value as (...a: unknown[]) => Promise<object>).apply(obj, args));
      }
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}

/**
 * Connection settings as separate fields: the adapter opens the shadow database by overriding
 * `database`, which a `connectionString` would silently win over (replaying migrations into the
 * real database instead).
 */
export function poolConfig(url: string): pg.PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get('sslmode');
  return {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    ...(sslmode && sslmode !== 'disable' ? { ssl: { rejectUnauthorized: sslmode === 'verify-full' || sslmode === 'verify-ca' } } : {}),
  };
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client(poolConfig(url));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The engine never disposes what it connects, so keep the connections to close them (and so
 * release the migration advisory lock) when it is done. */
function adapterFactory(url: string, opened: { dispose(): Promise<void> }[]) {
  const factory = new PrismaPg(poolConfig(url));
  const track = <T extends { dispose(): Promise<void> }>(adapter: T) => (opened.push(adapter), labelCharColumns(adapter));
  return bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => {
      // Our own shadow database rather than the adapter's, whose clean-up drops the database
      // while its own pool is still connected, and so fails.
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await adminQuery(url, `CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...poolConfig(url), database: name }).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return track(shadow);
    },
  });
}

async function withEngine<T>(url: string, schema: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  reportCharColumnsAsText();
  engineModule ??= loadEngineModule();
  const { SchemaEngine } = await engineModule;
  const opened: { dispose(): Promise<void> }[] = [];
  const adapter = adapterFactory(url, opened);
  const logs: string[] = [];
  const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, (log: string) => logs.push(log), adapter);
  try {
    return await run(engine);
  } catch (error) {
    throw new Error(`${describeEngineError(error)}${logs.length ? `\n${logs.slice(-5).join('\n')}` : ''}`);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((a) => a.dispose()));
  }
}

function describeEngineError(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error);
  } catch {
    return String(error);
  }
}

export async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const lockContent = await readFile(path.join(migrationsDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const migrationDirectories = await Promise.all(
    dirs.map(async (name) => {
      const content = await readFile(path.join(migrationsDir, name, 'migration.sql'), 'utf8')
        .then((value) => ({ tag: 'ok' as const, value }))
        .catch((e: Error) => ({ tag: 'error' as const, value: e.message }));
      return { path: name, migrationFile: { path: 'migration.sql', content } };
    }),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/** Applies every migration not yet recorded in _prisma_migrations; returns the names applied. */
export async function applyMigrations(url: string, paths: MigrationPaths = defaultPaths()): Promise<string[]> {
  const schema = await readFile(paths.schemaPath, 'utf8');
  const migrationsList = await readMigrations(paths.migrationsDir);
  const applied = await withEngine(url, schema, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return out.appliedMigrationNames;
  });
  // The job queue's own tables (graphile_worker.*), kept up to date by the same step.
  await installJobQueue(url);
  await installCacheTriggers(url);
  return applied;
}

/**
 * The SQL that takes a database built from the existing migrations to the current schema, or
 * null when they already agree. Replays the migrations in a throwaway shadow database.
 */
export async function pendingSchemaSql(url: string, paths: MigrationPaths = defaultPaths()): Promise<string | null> {
  const schema = await readFile(paths.schemaPath, 'utf8');
  const migrationsList = await readMigrations(paths.migrationsDir);
  return withEngine(url, schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: [{ path: paths.schemaPath, content: schema }] },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    const sql = (result.stdout ?? '').trim();
    return result.exitCode === 2 && sql && !/^-- This is an empty migration/.test(sql) ? sql : null;
  });
}

export const migrationName = (name: string, now = new Date()) =>
  `${now.toISOString().replace(/\D/g, '').slice(0, 14)}_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}`;

/** Writes a new migration folder for the schema changes, or returns null when there are none. */
export async function createMigration(url: string, name: string, paths: MigrationPaths = defaultPaths()): Promise<string | null> {
  // The engine reads the connector from the lock file, so the first migration needs it up front.
  await mkdir(paths.migrationsDir, { recursive: true });
  const lock = path.join(paths.migrationsDir, LOCKFILE);
  await readFile(lock).catch(() =>
    writeFile(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n'),
  );
  const sql = await pendingSchemaSql(url, paths);
  if (!sql) return null;
  const folder = migrationName(name);
  await mkdir(path.join(paths.migrationsDir, folder), { recursive: true });
  await writeFile(path.join(paths.migrationsDir, folder, 'migration.sql'), `${sql}\n`);
  return folder;
}
