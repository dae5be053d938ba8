// Migrations without the Prisma CLI's downloaded engine (see lib/db/migrate.ts).
//   npm run db:migrate              apply pending migrations to DATABASE_URL
//   npm run db:migrate:new -- name  write prisma/migrations/<timestamp>_name for schema changes
//   node --import tsx scripts/migrate.ts check   exit 1 if the schema has changes no migration holds
// Without DATABASE_URL they run against a throwaway embedded PostgreSQL.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { applyMigrations, createMigration, pendingSchemaSql } from '../lib/db/migrate';
import { freePort } from '../lib/runtime/ports';
import { startPostgres } from '../lib/runtime/postgres';

const [command = 'deploy', name] = process.argv.slice(2);

async function withDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'haat-migrate-'));
  const pg = await startPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), password: 'migrate', database: 'haat', ephemeral: true });
  try {
    return await run(pg.url);
  } finally {
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

try {
  if (command === 'deploy') {
    const applied = await withDatabase(applyMigrations);
    console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migrations');
  } else if (command === 'new') {
    if (!name) throw new Error('usage: npm run db:migrate:new -- <name>');
    const folder = await withDatabase((url) => createMigration(url, name));
    console.log(folder ? `wrote prisma/migrations/${folder}/migration.sql — review it, then commit` : 'the schema has no changes to migrate');
  } else if (command === 'check') {
    const sql = await withDatabase((url) => pendingSchemaSql(url));
    if (sql) {
      console.error(`prisma/schema.prisma has changes that no migration holds:\n${sql}`);
      process.exitCode = 1;
    } else console.log('migrations match the schema');
  } else {
    throw new Error(`unknown command "${command}" (deploy | new <name> | check)`);
  }
} catch (e) {
  console.error(`migrate: ${(e as Error).message}`);
  process.exitCode = 1;
}
