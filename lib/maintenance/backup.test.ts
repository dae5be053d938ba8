import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/lib/db/client';
import { seedDemo } from '../../prisma/seed/demo';
import { backupFileName, backupsToKeep, createBackup, RESET_ON_RESTORE, restoreBackup, tableChecksums, verifyBackup } from './backup';

const url = process.env.DATABASE_URL!;
const dataDir = process.env.HAAT_DATA_DIR!;
const mediaDir = path.join(dataDir, 'media');
const backupsDir = path.join(dataDir, 'backups');

async function mediaHashes(dir: string, rel = ''): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, await mediaHashes(dir, name));
    else out[name] = createHash('sha256').update(await readFile(path.join(dir, name))).digest('hex');
  }
  return out;
}

async function cacheTriggers(): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(`SELECT count(*) AS n FROM pg_trigger WHERE tgname = 'haat_cache'`)).rows[0].n);
  } finally {
    await client.end();
  }
}

async function admin(sql: string) {
  const u = new URL(url);
  u.pathname = '/postgres';
  const client = new pg.Client({ connectionString: u.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('which backups are kept', () => {
  const at = (iso: string) => backupFileName(new Date(iso));

  it('keeps the newest of each of the last 7 days and of each of the last 4 weeks', () => {
    // Two a day for 40 days, ending Monday 2026-12-07.
    const names: string[] = [];
    for (let d = 0; d < 40; d++) {
      const day = new Date(Date.UTC(2026, 11, 7) - d * 86_400_000).toISOString().slice(0, 10);
      names.push(at(`${day}T03:30:00Z`), at(`${day}T21:30:00Z`));
    }
    const keep = backupsToKeep([...names, 'notes.txt', 'haat-backup-x.haat.gz.partial']);
    const days = ['2026-12-07', '2026-12-06', '2026-12-05', '2026-12-04', '2026-12-03', '2026-12-02', '2026-12-01'].map((d) => at(`${d}T21:30:00Z`));
    // Weeks start on Monday; the weeks of 7 Dec and 30 Nov are the dailies' own (as restic's --keep-weekly counts them).
    const weeks = ['2026-12-07', '2026-12-06', '2026-11-29', '2026-11-22'].map((d) => at(`${d}T21:30:00Z`));
    expect([...keep].sort()).toEqual([...new Set([...days, ...weeks])].sort());
    expect(keep.size).toBe(9);
  });

  it('keeps everything while there are few, and never names a file that is not a backup', () => {
    const names = [at('2026-12-07T21:30:00Z'), at('2026-11-01T21:30:00Z'), 'pg', 'haat-backup-20261399T000000Z.haat.gz'];
    expect([...backupsToKeep(names)].sort()).toEqual([names[1], names[0]]);
  });
});

async function sessionVersions(): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Object.fromEntries((await client.query<{ id: string; v: number }>(`SELECT id, "sessionVersion" AS v FROM "User"`)).rows.map((r) => [r.id, r.v]));
  } finally {
    await client.end();
  }
}

/** A backup file as anyone could write one (its checksums are plain sha256): names and sizes of our choosing. */
function crafted(entries: { name: string; data: Buffer }[], { frameSize }: { frameSize?: number } = {}): Buffer {
  const frame = (type: number, payload: Buffer = Buffer.alloc(0), size = payload.length) => {
    const head = Buffer.alloc(5);
    head[0] = type;
    head.writeUInt32BE(size, 1);
    return Buffer.concat([head, payload]);
  };
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  const parts: Buffer[] = [Buffer.from('HAATBAK1')];
  if (frameSize) parts.push(frame(0x44, Buffer.alloc(16), frameSize));
  const manifest = { format: 'haat-backup/1', createdAt: new Date().toISOString(), migrations: [], sequences: [], entries: [] as unknown[] };
  for (const e of entries) {
    parts.push(frame(0x48, Buffer.from(JSON.stringify({ kind: 'file', name: e.name }))), frame(0x44, e.data), frame(0x45));
    manifest.entries.push({ kind: 'file', name: e.name, bytes: e.data.length, sha256: sha(e.data) });
  }
  parts.push(frame(0x4d, Buffer.from(JSON.stringify(manifest))));
  const body = Buffer.concat(parts);
  return gzipSync(Buffer.concat([body, frame(0x54, Buffer.from(sha(body)))]));
}

describe('a crafted backup file', () => {
  it('is refused before anything is written: names outside the media directory, no migration history, a giant frame', async () => {
    await mkdir(dataDir, { recursive: true });
    const file = path.join(dataDir, 'crafted.haat.gz');
    for (const name of ['../escape.txt', '/etc/passwd', 'public/../../x', 'a\\b', 'public//x']) {
      await writeFile(file, crafted([{ name, data: Buffer.from('x') }]));
      await expect(verifyBackup(file), name).rejects.toThrow(/would not write/);
    }
    await writeFile(file, crafted([{ name: 'public/ok.txt', data: Buffer.from('x') }]));
    await expect(verifyBackup(file)).rejects.toThrow(/no migration history/);
    // A frame that says it is 4 GB: refused at once, not buffered.
    await writeFile(file, crafted([], { frameSize: 0xfffffff0 }));
    await expect(verifyBackup(file)).rejects.toThrow(/damaged \(a frame/);
  });
});

describe('backup and restore', () => {
  let before: Awaited<ReturnType<typeof tableChecksums>>;
  let backupFile: string;

  it('round-trips every table, the media files and search through one file', { timeout: 600_000 }, async () => {
    const seedDb = createDb(url, 2);
    await seedDemo(seedDb, mediaDir);
    await seedDb.$disconnect();

    before = await tableChecksums(url);
    const mediaBefore = await mediaHashes(mediaDir);
    const triggers = await cacheTriggers();
    expect(triggers).toBeGreaterThan(10);
    expect(before.Provider!.rows).toBeGreaterThan(10);
    expect(Object.keys(mediaBefore).length).toBeGreaterThan(5);

    const backup = await createBackup({ url, mediaDir, outDir: backupsDir });
    backupFile = backup.file;
    expect(path.basename(backup.file)).toMatch(/^haat-backup-\d{8}T\d{6}Z\.haat\.gz$/);
    // Every table (tableChecksums leaves out those a restore starts afresh), readable by this account only.
    expect(backup.tables).toBe(Object.keys(before).length + RESET_ON_RESTORE.length);
    expect(backup.rows).toBeGreaterThanOrEqual(Object.values(before).reduce((sum, t) => sum + t.rows, 0));
    expect((await stat(backup.file)).mode & 0o777).toBe(0o600);
    expect((await stat(backupsDir)).mode & 0o777).toBe(0o700);
    const versions = await sessionVersions();
    expect(backup.files).toBe(Object.keys(mediaBefore).length);
    const manifest = await verifyBackup(backup.file);
    expect(manifest.migrations.length).toBeGreaterThan(10);

    // A database with data is never touched without --force: refused before anything changes.
    await expect(restoreBackup({ file: backup.file, url, mediaDir: path.join(dataDir, 'elsewhere') })).rejects.toThrow(/not empty/);
    expect(await tableChecksums(url)).toEqual(before);

    // Wipe: a new empty database under the same name, no media.
    await admin(`DROP DATABASE "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${new URL(url).pathname.slice(1)}"`);
    await rm(mediaDir, { recursive: true, force: true });

    let loaded: Awaited<ReturnType<typeof tableChecksums>> | undefined;
    const lines: string[] = [];
    const restored = await restoreBackup({
      file: backup.file,
      url,
      mediaDir,
      log: (line) => lines.push(line),
      // The data as loaded, before the search queue adds its rows.
      reindex: async () => {
        loaded = await tableChecksums(url);
        const { enqueueAll } = await import('@/lib/search/outbox');
        return enqueueAll();
      },
    });
    expect(loaded).toEqual(before);
    // Everyone signed in on the backup's day must sign in again (a session revoked since is not revived).
    expect(await sessionVersions()).toEqual(Object.fromEntries(Object.entries(versions).map(([id, v]) => [id, v + 1])));
    expect(await mediaHashes(mediaDir)).toEqual(mediaBefore);
    expect(restored.rows).toBe(backup.rows);
    expect(restored.queuedForSearch).toBeGreaterThan(10);
    expect(existsSync(backup.file)).toBe(true);
    // The cache triggers were set aside for the load and are back.
    expect(await cacheTriggers()).toBe(triggers);

    // Sequences go on from where they were: a new row does not collide.
    const seq = manifest.sequences[0];
    if (seq) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(`SELECT last_value::text AS v FROM "${seq.name}"`);
      await client.end();
      expect(rows[0].v).toBe(seq.lastValue);
    }

    // Search answers again once the worker's drain has run.
    const { drainSearchOutbox } = await import('@/lib/testing/search');
    await drainSearchOutbox();
    const { search } = await import('@/lib/search/search');
    const found = await search({ q: 'পিঠা' });
    expect(found.degraded).toBe(false);
    expect(found.hits.length).toBeGreaterThan(0);
  });

  it('with --force, puts the data of the backup back over changed data', { timeout: 300_000 }, async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DELETE FROM "Review"`);
    await client.query(`UPDATE "Provider" SET "nameBn" = 'বদলানো নাম'`);
    await client.end();
    expect(await tableChecksums(url)).not.toEqual(before);
    let loaded: Awaited<ReturnType<typeof tableChecksums>> | undefined;
    await restoreBackup({ file: backupFile, url, mediaDir, force: true, reindex: async () => ((loaded = await tableChecksums(url)), 0) });
    expect(loaded).toEqual(before);
  });

  it('refuses a damaged file before touching anything', async () => {
    const bytes = await readFile(backupFile);
    // Change one byte in the middle of the gzip stream.
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = bytes[middle]! ^ 0xff;
    const broken = path.join(dataDir, 'broken.haat.gz');
    await writeFile(broken, bytes);
    const before = await tableChecksums(url);
    await expect(restoreBackup({ file: broken, url, mediaDir, force: true })).rejects.toThrow(/damaged|cannot be read|incomplete/);
    expect(await tableChecksums(url)).toEqual(before);
    await expect(verifyBackup(path.join(dataDir, 'no-such.haat.gz'))).rejects.toThrow(/cannot be read/);
  });
});

describe('the nightly backup', () => {
  it('is on the worker schedule, writes into <data dir>/backups and applies the retention', async () => {
    const { cronItems, taskList } = await import('@/lib/jobs/tasks');
    expect(cronItems.find((c) => c.task === 'maintenance.backup')?.match).toBe('30 21 * * *');
    await mkdir(backupsDir, { recursive: true });
    const older = backupFileName(new Date('2026-01-01T01:00:00Z'));
    const newer = backupFileName(new Date('2026-01-01T02:00:00Z'));
    for (const name of [older, newer, 'notes.txt']) await writeFile(path.join(backupsDir, name), 'x');
    const before = await readdir(backupsDir);
    await taskList['maintenance.backup']!({}, {} as never);
    const after = await readdir(backupsDir);
    const made = after.filter((n) => !before.includes(n));
    expect(made).toHaveLength(1);
    expect((await verifyBackup(path.join(backupsDir, made[0]!))).entries.length).toBeGreaterThan(10);
    // The same day's older copy goes; the newer one, other files and the directory stay.
    expect(after).not.toContain(older);
    expect(after).toEqual(expect.arrayContaining([newer, 'notes.txt']));
  });
});
