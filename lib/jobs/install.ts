// Installs or upgrades graphile-worker's own schema (graphile_worker.*) beside Prisma's tables.
// Run with the migrations (lib/db/migrate.ts), so the web app can add jobs before any worker ran.
import { runMigrations } from 'graphile-worker';
import { jobLogger } from './log';

export async function installJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: jobLogger });
}
