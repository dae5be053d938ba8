// Issue #18: the embedded services come back by themselves under a running `npm start`
// (scripts/start.ts supervises them). Meilisearch or PostgreSQL is killed outright (SIGKILL, as the
// kernel's OOM killer would) and must be running again without anybody restarting `npm start`:
// search converges on Meilisearch, the outbox catches up, and no committed write is lost.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { sql } from './helpers';

// They kill shared servers: one at a time, and never beside other journeys' requests.
test.describe.configure({ mode: 'serial' });

const dataDir = () => {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set: run this through scripts/e2e.ts');
  return dir;
};

function meilisearchPid(): number | null {
  const line = spawnSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
    .stdout.split('\n')
    .find((l) => l.includes('meilisearch') && l.includes(path.join(dataDir(), 'meili')));
  return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

function postgresPid(): number | null {
  try {
    return Number(readFileSync(path.join(dataDir(), 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const letters = () => Array.from({ length: 8 }, () => 'bcdfghjklmnpqrstvwxz'[Math.floor(Math.random() * 20)]).join('');

/**
 * Renames a demo provider the way the app does: the row and its search outbox entry in one
 * transaction. One that search shows (a searchText): blood donors only, hidden or draft listings
 * are never indexed.
 */
async function renameProvider(word: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`SELECT id FROM "Provider" WHERE status = 'ACTIVE' AND "searchText" <> '' ORDER BY random() LIMIT 1`);
  const id = row!.id;
  await sql(
    `WITH changed AS (UPDATE "Provider" SET "nameEn" = $2 WHERE id = $1 RETURNING id)
     INSERT INTO "SearchOutbox" (entity, "entityId", op) SELECT 'PROVIDER', id, 'UPSERT' FROM changed`,
    [id, `Selfheal ${word}`],
  );
  return id;
}

/** Search finds the record through Meilisearch (the PostgreSQL fallback's searchText was not rewritten here). */
async function foundInMeilisearch(request: APIRequestContext, word: string, id: string, timeout: number) {
  await expect
    .poll(
      async () => {
        const res = await request.get(`/api/search?q=${word}&type=provider`).catch(() => null);
        if (!res?.ok()) return 'no answer';
        const body = (await res.json()) as { degraded: boolean; hits: { id: string }[] };
        return body.degraded ? 'degraded' : body.hits.some((h) => h.id === id) ? 'found' : 'not yet';
      },
      { message: `"${word}" found through Meilisearch`, timeout, intervals: [500, 1000, 2000] },
    )
    .toBe('found');
}

test('Meilisearch killed: started again within 30 s by itself, and a change made meanwhile is found', async ({ request }) => {
  test.setTimeout(120_000);
  const before = meilisearchPid();
  expect(before, 'the embedded Meilisearch is running').toBeTruthy();
  const killedAt = Date.now();
  process.kill(before!, 'SIGKILL');
  const word = letters();
  const id = await renameProvider(word);

  await expect
    .poll(async () => {
      const health = await (await request.get('/api/health')).json();
      const pid = meilisearchPid();
      return health.search === 'ok' && pid !== null && pid !== before;
    }, { message: 'a new Meilisearch answers', timeout: 30_000, intervals: [250, 500, 1000] })
    .toBe(true);
  expect(Date.now() - killedAt, 'back within 30 s').toBeLessThanOrEqual(30_000);
  expect((await request.get('/api/health/ready')).status(), 'ready all along').toBe(200);
  await foundInMeilisearch(request, word, id, 30_000);
});

test('PostgreSQL killed: started again by itself, the app and the worker reconnect, no committed write is lost', async ({ request }) => {
  test.setTimeout(180_000);
  const key = `self-healing.${letters()}`;
  await sql(`INSERT INTO "Setting" (key, value, "updatedAt") VALUES ($1, '"committed"', now())`, [key]);
  const before = postgresPid();
  expect(before, 'the embedded PostgreSQL is running').toBeTruthy();
  process.kill(before!, 'SIGKILL');
  await expect.poll(() => alive(before!), { message: 'the postmaster is gone', timeout: 15_000 }).toBe(false);

  await expect
    .poll(async () => (await request.get('/api/health/ready').catch(() => null))?.status() ?? 0, { message: 'ready again', timeout: 90_000, intervals: [500, 1000, 2000] })
    .toBe(200);
  expect(postgresPid()).not.toBe(before);
  expect((await (await request.get('/api/health')).json()).db).toBe('ok');
  expect(await sql(`SELECT value FROM "Setting" WHERE key = $1`, [key])).toEqual([{ value: 'committed' }]);

  // The worker drains the outbox again (reconnected or started anew by `npm start`).
  const word = letters();
  const id = await renameProvider(word);
  await foundInMeilisearch(request, word, id, 90_000);
  await sql(`DELETE FROM "Setting" WHERE key = $1`, [key]);
});
