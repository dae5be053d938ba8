// Applies the search outbox to Meilisearch. Rows are written in the same transaction as the
// change they describe (enqueueSearch), so a change that rolled back never reaches the index and
// one that committed always does, even if Meilisearch was down at the time: failed batches are
// retried with growing delays until it answers again. The same call rewrites the record's
// searchText, which the PostgreSQL fallback searches, so that is never behind either.
import { db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import type { OutboxOp, SearchEntity } from '@/lib/generated/prisma/enums';
import { documentsFor, INDEX_OF, SEARCH_ENTITIES, searchTextOf, type SearchDb, type SearchDocument } from './documents';
import { publicLivestock } from '@/lib/livestock/visibility';
import { publicRental } from '@/lib/rentals/visibility';
import { deleteDocuments, upsertDocuments, waitForTask } from './engine';
import { CACHE_CHANNEL, tags } from '@/lib/cache/tags';

const TABLE: Record<SearchEntity, Prisma.Sql> = { PROVIDER: Prisma.raw('"Provider"'), SHOP: Prisma.raw('"Shop"'), PRODUCT: Prisma.raw('"Product"'), RENTAL: Prisma.raw('"RentalListing"'), LIVESTOCK: Prisma.raw('"LivestockListing"') };

/**
 * Call in the transaction of every change to a provider, shop, product or rental that search shows:
 * queues the record for Meilisearch and rewrites its searchText. A shop's documents carry its
 * products' names and a product's carry its shop's name and place, so the other side is queued
 * and rewritten too.
 */
export async function enqueueSearch(tx: SearchDb, entity: SearchEntity, entityId: string, op: OutboxOp = 'UPSERT'): Promise<void> {
  const related =
    entity === 'SHOP'
      ? { entity: 'PRODUCT' as const, ids: (await tx.product.findMany({ where: { shopId: entityId }, select: { id: true } })).map((p) => p.id) }
      : entity === 'PRODUCT'
        ? { entity: 'SHOP' as const, ids: (await tx.product.findMany({ where: { id: entityId }, select: { shopId: true } })).map((p) => p.shopId) }
        : null;
  await tx.searchOutbox.createMany({
    data: [{ entity, entityId, op }, ...(related?.ids.map((id) => ({ entity: related.entity, entityId: id, op: 'UPSERT' as const })) ?? [])],
  });
  await refreshSearchText(entity, [entityId], tx);
  if (related?.ids.length) await refreshSearchText(related.entity, related.ids, tx);
}

/**
 * Writes searchText for these records from their documents, and '' for those that have none (not
 * public: drafts, hidden, suspended, blood donors only, closed shops), so only public records
 * can match. `ids` defaults to every row of the table. Returns how many rows changed.
 */
export async function storeSearchText(entity: SearchEntity, docs: SearchDocument[], ids?: string[], client: SearchDb = db): Promise<number> {
  const text = new Map(docs.map((d) => [d.id.slice(INDEX_OF[entity].length + 1), searchTextOf(d)]));
  const all = ids ?? (await client.$queryRaw<{ id: string }[]>`SELECT id FROM ${TABLE[entity]}`).map((r) => r.id);
  let changed = 0;
  for (let i = 0; i < all.length; i += 5_000) {
    const chunk = all.slice(i, i + 5_000);
    changed += await client.$executeRaw`
      UPDATE ${TABLE[entity]} AS t SET "searchText" = v.text
      FROM unnest(${chunk}::text[], ${chunk.map((id) => text.get(id) ?? '')}::text[]) AS v(id, text)
      WHERE t.id = v.id AND t."searchText" <> v.text`;
  }
  return changed;
}

/** Recomputes searchText of these records (default: all of them), in batches. */
export async function refreshSearchText(entity: SearchEntity, ids?: string[], client: SearchDb = db): Promise<number> {
  const all = ids ?? (await client.$queryRaw<{ id: string }[]>`SELECT id FROM ${TABLE[entity]} ORDER BY id`).map((r) => r.id);
  let changed = 0;
  for (let i = 0; i < all.length; i += 1_000) {
    const chunk = all.slice(i, i + 1_000);
    changed += await storeSearchText(entity, await documentsFor[entity](chunk, client), chunk, client);
  }
  return changed;
}

/** Bump when searchTextOf() or the documents change what searchText holds: the next start rewrites every row. */
export const SEARCH_TEXT_VERSION = 4;

/**
 * Rewrites every searchText when what it is made of changed since it was written: this version,
 * or `inputs` (e.g. a fingerprint of the categories, whose names and aliases it carries).
 * Runs on every start; costs one query when nothing changed. Returns the rows rewritten, or null.
 */
export async function refreshStaleSearchText(client: SearchDb, inputs: string): Promise<number | null> {
  const stamp = `${SEARCH_TEXT_VERSION}:${inputs}`;
  const saved = await client.setting.findUnique({ where: { key: 'search.text' } });
  if (saved?.value === stamp) return null;
  let changed = 0;
  for (const entity of SEARCH_ENTITIES) changed += await refreshSearchText(entity, undefined, client);
  await client.setting.upsert({ where: { key: 'search.text' }, create: { key: 'search.text', value: stamp }, update: { value: stamp } });
  return changed;
}

/** Fills searchText where it is empty: rows loaded in bulk, or there before the column was. */
export async function fillMissingSearchText(client: SearchDb = db): Promise<number> {
  let changed = 0;
  for (const entity of SEARCH_ENTITIES) {
    const ids = (await client.$queryRaw<{ id: string }[]>`SELECT id FROM ${TABLE[entity]} WHERE "searchText" = '' ORDER BY id`).map((r) => r.id);
    changed += await refreshSearchText(entity, ids, client);
  }
  return changed;
}

export interface DrainResult {
  processed: number;
  failed: number;
}

/** Takes up to `batch` due rows (skipping rows another worker holds) and applies them. */
export async function drainOutbox(batch = 200, opts: { wait?: boolean } = {}): Promise<DrainResult> {
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<{ id: bigint; entity: SearchEntity; entityId: string; attempts: number }[]>`
        SELECT id, entity, "entityId", attempts FROM "SearchOutbox"
        WHERE "processedAt" IS NULL AND "availableAt" <= now()
        ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED`;
      if (rows.length === 0) return { processed: 0, failed: 0 };
      try {
        const tasks: number[] = [];
        for (const entity of SEARCH_ENTITIES) {
          const ids = [...new Set(rows.filter((r) => r.entity === entity).map((r) => r.entityId))];
          if (ids.length === 0) continue;
          // Whatever the row says, the database decides: public records are upserted, the rest removed.
          const docs = await documentsFor[entity](ids);
          const present = new Set(docs.map((d) => d.id));
          const gone = ids.map((id) => `${INDEX_OF[entity]}-${id}`).filter((id) => !present.has(id));
          const upsert = await upsertDocuments(INDEX_OF[entity], docs);
          const remove = await deleteDocuments(INDEX_OF[entity], gone);
          tasks.push(...[upsert, remove].filter((t): t is number => t !== null));
        }
        if (opts.wait) for (const task of tasks) await waitForTask(task);
        await tx.searchOutbox.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { processedAt: new Date() } });
        // Kept search answers are out of date now (lib/cache/reads.ts): said at commit, to every app instance.
        await tx.$executeRaw`SELECT pg_notify(${CACHE_CHANNEL}, ${tags.search})`;
        return { processed: rows.length, failed: 0 };
      } catch (error) {
        const attempts = Math.max(...rows.map((r) => r.attempts)) + 1;
        const delaySeconds = Math.min(300, 2 ** Math.min(attempts, 8));
        await tx.$executeRaw`
          UPDATE "SearchOutbox" SET attempts = attempts + 1, "lastError" = ${(error as Error).message.slice(0, 500)},
            "availableAt" = now() + ${`${delaySeconds} seconds`}::interval
          WHERE id = ANY (${rows.map((r) => r.id)}::bigint[])`;
        return { processed: 0, failed: rows.length };
      }
    },
    { timeout: 60_000 },
  );
}

const PUBLIC_IDS: Record<SearchEntity, () => Promise<{ id: string }[]>> = {
  PROVIDER: () => db.provider.findMany({ where: { status: 'ACTIVE' }, select: { id: true } }),
  SHOP: () => db.shop.findMany({ where: { status: 'ACTIVE' }, select: { id: true } }),
  PRODUCT: () => db.product.findMany({ where: { status: 'ACTIVE' }, select: { id: true } }),
  RENTAL: () => db.rentalListing.findMany({ where: publicRental(), select: { id: true } }),
  LIVESTOCK: () => db.livestockListing.findMany({ where: publicLivestock(), select: { id: true } }),
};

/**
 * Queues every public record (of these entities; default all) for (re)indexing, e.g. after the
 * index was created empty, and fills any missing searchText.
 */
export async function enqueueAll(entities: readonly SearchEntity[] = SEARCH_ENTITIES): Promise<number> {
  await fillMissingSearchText();
  const ids = await Promise.all(entities.map((entity) => PUBLIC_IDS[entity]()));
  const data = entities.flatMap((entity, i) => ids[i]!.map((r) => ({ entity, entityId: r.id, op: 'UPSERT' as const })));
  await db.searchOutbox.createMany({ data });
  return data.length;
}
