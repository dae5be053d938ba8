// Applies the search outbox to Meilisearch. Rows are written in the same transaction as the
// change they describe, so a change that rolled back never reaches the index and one that
// committed always does, even if Meilisearch was down at the time: failed batches are retried
// with growing delays until it answers again.
import { db } from '@/lib/db/client';
import type { SearchEntity } from '@/lib/generated/prisma/enums';
import { documentsFor, INDEX_OF } from './documents';
import { deleteDocuments, upsertDocuments, waitForTask } from './engine';

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
        for (const entity of ['PROVIDER', 'SHOP', 'PRODUCT'] as const) {
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

/** Queues every public record for (re)indexing, e.g. after the index was created empty. */
export async function enqueueAll(): Promise<number> {
  const [providers, shops, products] = await Promise.all([
    db.provider.findMany({ where: { status: 'ACTIVE' }, select: { id: true } }),
    db.shop.findMany({ where: { status: 'ACTIVE' }, select: { id: true } }),
    db.product.findMany({ where: { status: 'ACTIVE' }, select: { id: true } }),
  ]);
  const data = [
    ...providers.map((r) => ({ entity: 'PROVIDER' as const, entityId: r.id, op: 'UPSERT' as const })),
    ...shops.map((r) => ({ entity: 'SHOP' as const, entityId: r.id, op: 'UPSERT' as const })),
    ...products.map((r) => ({ entity: 'PRODUCT' as const, entityId: r.id, op: 'UPSERT' as const })),
  ];
  await db.searchOutbox.createMany({ data });
  return data.length;
}
