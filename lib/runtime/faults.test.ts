// Issue #18's fault tests on real processes: a supervised PostgreSQL of its own (persistent, as
// `npm start` runs it) is killed outright in the middle of placing an order. It must come back by
// itself, the app's Prisma client must reconnect by itself, no committed order may be lost, and the
// interrupted order must be all or nothing.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, db, type Db } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { newCheckoutKey } from '@/lib/orders/codes';
import { placeOrder, priceCart, shopForOrder } from '@/lib/orders/place';
import { checkoutSchema } from '@/lib/orders/schemas';
import { addDays, dhakaDay } from '@/lib/shops/calendar';
import { startMeilisearch } from './meilisearch';
import { freePort, waitFor } from './ports';
import { startPostgres, type RunningPostgres } from './postgres';
import { supervise, type Supervised } from './supervise';

const saved = { url: process.env.DATABASE_URL, db: (globalThis as { haatDb?: Db }).haatDb };
const logged: string[] = [];
let dir = '';
let server: Supervised<RunningPostgres> | undefined;
let url = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'haat-faults-'));
  const port = await freePort();
  server = await supervise({
    name: 'PostgreSQL',
    start: () => startPostgres({ dataDir: path.join(dir, 'pg'), port, password: 'secret', database: 'haat' }),
    log: (line) => logged.push(line),
  });
  url = server.current()!.url;
  await applyMigrations(url);
  // The app's one client (lib/db/client) now talks to this server.
  process.env.DATABASE_URL = url;
  (globalThis as { haatDb?: Db }).haatDb = createDb(url);
}, 180_000);

afterAll(async () => {
  await (globalThis as { haatDb?: Db }).haatDb?.$disconnect();
  Object.assign(globalThis, { haatDb: saved.db });
  process.env.DATABASE_URL = saved.url;
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

async function shopWithTwoProducts() {
  const area = await db.area.create({ data: { id: 1, level: 'UNION', code: 'union:fault', slug: 'fault-union', nameBn: 'পরীক্ষা', nameEn: 'Test', path: '1' } });
  const owner = await db.user.create({ data: { phone: '+8801911000111', name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } });
  const shop = await db.shop.create({ data: { slug: 'fault-shop', ownerId: owner.id, nameBn: 'পিঠাঘর', areaId: area.id, phone: owner.phone } });
  const products = [];
  for (const slug of ['a', 'b']) {
    products.push(await db.product.create({ data: { shopId: shop.id, slug, nameBn: `পিঠা ${slug}`, pricePoisha: 50_000, fulfilment: 'READY_STOCK', stock: 10 } }));
  }
  return { shop: await shopForOrder(shop.slug), products: products.sort((x, y) => x.id.localeCompare(y.id)) };
}

const checkout = (checkoutKey: string) =>
  checkoutSchema.parse({ buyerName: 'সুমাইয়া', buyerPhone: '01711000222', delivery: 'PICKUP', deliveryAddress: '', day: addDays(dhakaDay(new Date()), 1), timeSlot: '', note: '', paymentMethod: 'COD', checkoutKey });

const stocks = async (ids: string[]) => (await db.product.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' }, select: { stock: true } })).map((p) => p.stock);

describe('PostgreSQL killed (SIGKILL) in the middle of placing an order', () => {
  it('comes back by itself; the committed order is kept, the interrupted one is all or nothing, and its retry counts once', { timeout: 240_000 }, async () => {
    const { shop, products } = await shopWithTwoProducts();
    const ids = products.map((p) => p.id);
    const priced = await priceCart(shop.id, ids.map((p) => ({ p, o: [], q: 1 })));
    expect(priced.lines).toHaveLength(2);
    const place = (key: string) => placeOrder({ shop, lines: priced.lines, checkout: checkout(key), buyerId: null, phoneConfirmed: true, cardEnabled: false });

    const committed = await place(newCheckoutKey());
    expect(await stocks(ids)).toEqual([9, 9]);

    // Another session holds the second product's row: the order's transaction takes the first
    // product's stock, then waits on the second — it is in the middle when the server dies.
    const blocker = new pg.Client({ connectionString: url });
    const watcher = new pg.Client({ connectionString: url });
    for (const client of [blocker, watcher]) {
      client.on('error', () => {});
      await client.connect();
    }
    await blocker.query('BEGIN');
    await blocker.query('SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE', [ids[1]]);
    const key = newCheckoutKey();
    const interrupted = place(key).then(
      () => 'placed',
      (e: Error) => e.message,
    );
    let seen: unknown[] = [];
    const waiting = await waitFor(async () => {
      const { rows } = await watcher.query(`SELECT wait_event_type, query FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      seen = rows;
      return rows.some((r) => /UPDATE "Product" SET stock/.test(r.query));
    }, 60_000, 100);
    await watcher.end();
    if (!waiting) await blocker.end();
    expect(waiting, `the order waits inside its transaction (${await Promise.race([interrupted, 'pending'])}); waiting: ${JSON.stringify(seen)}`).toBe(true);

    const killed = server!.current()!;
    process.kill(killed.pid, 'SIGKILL');
    expect(await interrupted, 'the interrupted order fails').not.toBe('placed');
    await blocker.end().catch(() => {});

    // Back by itself (the supervisor's back-off), and the same client answers again without help.
    expect(await waitFor(async () => server!.restarts() >= 1, 120_000, 250), `restarted; log:\n${logged.join('\n')}`).toBe(true);
    expect(server!.current()!.pid).not.toBe(killed.pid);
    expect(await waitFor(async () => (await db.order.count()) >= 0, 30_000, 250), 'the Prisma client reconnects').toBe(true);
    expect(logged[0]).toMatch(/^PostgreSQL stopped unexpectedly \(signal SIGKILL\); starting it again in 1 s$/);
    expect(logged).toContain('PostgreSQL is running again');

    // Nothing of the interrupted order: no order, no stock taken. The committed one is whole.
    const orders = await db.order.findMany({ where: { shopId: shop.id }, select: { id: true, idempotencyKey: true, _count: { select: { items: true } } } });
    expect(orders).toEqual([{ id: committed.id, idempotencyKey: expect.any(String), _count: { items: 2 } }]);
    expect(await stocks(ids)).toEqual([9, 9]);

    // The buyer's retry of the same form places it once; a second retry finds it.
    const retried = await place(key);
    expect(retried.repeated).toBe(false);
    expect((await place(key)).id).toBe(retried.id);
    expect(await stocks(ids)).toEqual([8, 8]);
    expect(await db.orderItem.count({ where: { orderId: retried.id } })).toBe(2);
    const orphans = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Order" o WHERE NOT EXISTS (SELECT 1 FROM "OrderItem" i WHERE i."orderId" = o.id)`;
    expect(orphans[0]!.n, 'no order without its items').toBe(0);
  });
});

describe('PostgreSQL killed under the worker', () => {
  it('the worker reconnects by itself and drains the search outbox again', { timeout: 240_000 }, async () => {
    const meili = await startMeilisearch({ dataDir: path.join(dir, 'meili'), port: await freePort(), masterKey: 'k'.repeat(24) });
    const worker = spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: url, MEILI_HOST: meili.url, MEILI_MASTER_KEY: 'k'.repeat(24), MEILI_INDEX_PREFIX: 'faults_' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    worker.stdout.on('data', (c: Buffer) => (output += c.toString()));
    worker.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    const drained = async (entityId: string) => {
      await db.searchOutbox.create({ data: { entity: 'PROVIDER', entityId, op: 'UPSERT' } });
      return waitFor(async () => (await db.searchOutbox.count({ where: { entityId, processedAt: { not: null } } })) === 1, 90_000, 250);
    };
    try {
      expect(await waitFor(async () => output.includes('syncing the search index'), 90_000, 250), output).toBe(true);
      expect(await drained('before-the-kill'), `drained before the kill; worker output:\n${output}`).toBe(true);
      const restarts = server!.restarts();
      process.kill(server!.current()!.pid, 'SIGKILL');
      expect(await waitFor(async () => server!.restarts() > restarts, 120_000, 250), `restarted; log:\n${logged.join('\n')}`).toBe(true);
      expect(await waitFor(async () => (await db.order.count()) >= 0, 30_000, 250)).toBe(true);
      expect(await drained('after-the-kill'), `drained after the restart; worker output:\n${output}`).toBe(true);
      expect(worker.exitCode, 'the same worker process, not a new one').toBeNull();
    } finally {
      worker.kill('SIGTERM');
      const timer = setTimeout(() => worker.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
      await meili.stop();
    }
  });
});
