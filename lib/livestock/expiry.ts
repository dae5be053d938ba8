// Listings do not stay up for ever: run hourly by the worker (no Next.js, so no server-only imports
// here). A listing past its `expiresAt` (the day after its season, or OFF_SEASON_DAYS) leaves the
// list and search: `expiredAt` is set and the listing requeued for the index; the LivestockListing
// trigger expires the cached /haat pages. She can renew it from "my animals".
import { db } from '@/lib/db/client';
import { enqueueSearch } from '@/lib/search/outbox';

export async function expireLivestock(now = new Date()): Promise<{ expired: number }> {
  const due = await db.livestockListing.findMany({ where: { expiredAt: null, expiresAt: { lte: now } }, select: { id: true } });
  let expired = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      // Conditional: a renewal that landed meanwhile wins.
      const changed = await tx.livestockListing.updateMany({ where: { id, expiredAt: null, expiresAt: { lte: now } }, data: { expiredAt: now } });
      if (changed.count === 1) {
        await enqueueSearch(tx, 'LIVESTOCK', id);
        expired++;
      }
    });
  }
  return { expired };
}
