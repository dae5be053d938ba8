import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, migrationName, pendingSchemaSql, readMigrations } from './migrate';
import { defaultPaths } from './migrate';

// The per-file database already holds every migration (it is a copy of the template).
const url = process.env.DATABASE_URL!;
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: url });
  await client.connect();
});
afterAll(() => client.end());

describe('migrations', () => {
  it('are recorded in _prisma_migrations like `prisma migrate deploy` records them', async () => {
    const { migrationDirectories } = await readMigrations(defaultPaths().migrationsDir);
    const { rows } = await client.query('SELECT migration_name, finished_at, checksum FROM _prisma_migrations ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(migrationDirectories.map((d) => d.path));
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('apply nothing the second time', async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it('hold everything the Prisma schema says (no drift), leaving no shadow database behind', async () => {
    expect(await pendingSchemaSql(url)).toBeNull();
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`);
    expect(rows).toEqual([]);
  });

  it('keep database-level guards against negative stock and capacity', async () => {
    await expect(client.query(`INSERT INTO "CapacityDay" ("productId", day, used) VALUES ('nope', '2026-01-01', -1)`)).rejects.toThrow(
      /CapacityDay_used_check|foreign key/,
    );
    const { rows } = await client.query(`SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname`);
    expect(rows.map((r) => r.conname)).toEqual(
      expect.arrayContaining(['CapacityDay_used_check', 'Product_stock_check', 'Product_price_check', 'Review_rating_check', 'Order_amounts_check']),
    );
  });

  it('names new migrations the way Prisma does', () => {
    expect(migrationName('Add shop slug!', new Date('2026-11-23T10:11:12Z'))).toBe('20261123101112_add_shop_slug');
  });
});
