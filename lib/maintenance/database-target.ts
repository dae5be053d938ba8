// The database a maintenance script (backup, restore) works on: DATABASE_URL when set, else the
// embedded default's PostgreSQL in <data dir>/pg — the running one when `npm start` already serves
// it on HAAT_PG_PORT, or one started just for the script (and stopped after).
import path from 'node:path';
import pg from 'pg';
import { parseEnv } from '../env';
import { poolConfig } from '../db/migrate';
import { startPostgres, postgresUrl } from '../runtime/postgres';
import { assertPortFree } from '../runtime/ports';
import { loadLocalSecrets } from '../runtime/secrets';

export interface MaintenanceTarget {
  url: string;
  dataDir: string;
  /** Where it came from, for the script's first line (never the password). */
  description: string;
  close(): Promise<void>;
}

export async function openTarget(source: Record<string, string | undefined> = process.env): Promise<MaintenanceTarget> {
  const settings = parseEnv(source);
  const dataDir = path.resolve(settings.HAAT_DATA_DIR);
  if (settings.DATABASE_URL) {
    return { url: settings.DATABASE_URL, dataDir, description: settings.DATABASE_URL.replace(/:[^:@/]*@/, ':***@'), close: async () => {} };
  }
  const secrets = await loadLocalSecrets(dataDir);
  const port = Number(source.HAAT_PG_PORT || 54329);
  const url = postgresUrl(port, secrets.pgPassword, 'haat');
  const running = await assertPortFree(port, 'PostgreSQL', 'HAAT_PG_PORT').then(() => false, () => true);
  if (running) {
    // `npm start` is serving this data directory: use its server.
    const client = new pg.Client(poolConfig(url));
    await client.connect().catch((e: Error) => {
      throw new Error(`Something listens on port ${port} but it is not this data directory's PostgreSQL (${e.message})`);
    });
    await client.end();
    return { url, dataDir, description: `the running embedded PostgreSQL on localhost:${port}`, close: async () => {} };
  }
  const server = await startPostgres({ dataDir: path.join(dataDir, 'pg'), port, password: secrets.pgPassword, database: 'haat' });
  return { url: server.url, dataDir, description: `the embedded PostgreSQL in ${path.join(dataDir, 'pg')}`, close: server.stop };
}
