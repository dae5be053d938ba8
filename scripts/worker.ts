// `npm run worker`: keeps Meilisearch in step with PostgreSQL by draining the search outbox, and
// every minute gives back the capacity of card orders whose payment hold ran out and expires
// verification badges past their date.
// `npm start` runs it for the embedded default; production runs it as its own process.
import { ensureIndexes, indexedDocuments } from '../lib/search/engine';
import { drainOutbox, enqueueAll } from '../lib/search/outbox';
import { db } from '../lib/db/client';

const IDLE_MS = 500;
const HOLDS_EVERY_MS = 60_000;
let running = true;
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => (running = false));

// On its own timer, so holds are released while Meilisearch is away too.
async function releaseHolds() {
  try {
    const { releaseExpiredHolds } = await import('../lib/orders/holds');
    const released = await releaseExpiredHolds();
    if (released) console.log(`[worker] released ${released} expired card payment holds`);
  } catch (e) {
    console.error(`[worker] releasing card payment holds failed: ${(e as Error).message}`);
  }
  // Verification badges past their date expire; a month before, the provider is reminded once.
  try {
    const { expireVerifications } = await import('../lib/console/expiry');
    const { expired, reminded } = await expireVerifications();
    if (expired || reminded) console.log(`[worker] verification: ${expired} expired, ${reminded} reminded`);
  } catch (e) {
    console.error(`[worker] verification expiry failed: ${(e as Error).message}`);
  }
}
let holdsRun = releaseHolds();
// Chained, so a slow run is never overlapped by the next one.
const holdsTimer = setInterval(() => (holdsRun = holdsRun.then(releaseHolds)), HOLDS_EVERY_MS);

async function prepare() {
  for (;;) {
    try {
      await ensureIndexes();
      // An empty index (first start, or a Meilisearch whose data was lost) gets everything.
      if ((await indexedDocuments()) === 0 && (await db.provider.count({ where: { status: 'ACTIVE' } })) > 0) {
        console.log(`[worker] queued ${await enqueueAll()} records for indexing`);
      }
      return;
    } catch (e) {
      console.error(`[worker] Meilisearch not ready (${(e as Error).message}); retrying in 5 s`);
      await new Promise((r) => setTimeout(r, 5_000));
      if (!running) return;
    }
  }
}

await prepare();
console.log('[worker] syncing the search index');
while (running) {
  const { processed, failed } = await drainOutbox().catch((e: Error) => {
    console.error(`[worker] ${e.message}`);
    return { processed: 0, failed: 1 };
  });
  if (failed) console.error(`[worker] ${failed} changes could not reach Meilisearch; they will be retried`);
  if (processed === 0) await new Promise((r) => setTimeout(r, IDLE_MS));
}
clearInterval(holdsTimer);
await holdsRun;
await db.$disconnect();
process.exit(0);
