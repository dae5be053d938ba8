// `npm run worker`: the background half of Haat. Runs the job queue (graphile-worker on the same
// PostgreSQL: SMS delivery with retries, and on a schedule the release of expired card holds,
// verification expiry and the hourly pruning — lib/jobs/tasks.ts), and keeps Meilisearch in step
// with PostgreSQL by draining the search outbox when a Meilisearch is configured.
// `npm start` runs it for the embedded default; production runs it as its own process.
import { parseCronItems, run } from 'graphile-worker';
import { db } from '../lib/db/client';
import { env } from '../lib/env';
import { jobLogger, workerLog } from '../lib/jobs/log';
import { cronItems, taskList } from '../lib/jobs/tasks';
import { DOCUMENT_VERSION, INDEX_OF, SEARCH_ENTITIES } from '../lib/search/documents';
import { documentCounts, ensureIndexes } from '../lib/search/engine';
import { drainOutbox, enqueueAll } from '../lib/search/outbox';

const IDLE_MS = 500;
let running = true;

const jobs = await run({
  connectionString: process.env.DATABASE_URL,
  taskList,
  parsedCronItems: parseCronItems(cronItems),
  concurrency: 2,
  noHandleSignals: true,
  pollInterval: 1_000,
  logger: jobLogger,
});
workerLog.info('job queue running');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    running = false;
    if (!env().MEILI_HOST) void stop();
  });
}

async function stop() {
  await jobs.stop();
  await db.$disconnect();
  process.exit(0);
}

async function prepareSearch() {
  for (;;) {
    try {
      await ensureIndexes();
      // An empty index (first start, or a Meilisearch whose data was lost) gets everything.
      const counts = await documentCounts();
      if (Object.values(counts).every((n) => n === 0) && (await db.provider.count({ where: { status: 'ACTIVE' } })) > 0) {
        workerLog.info(`queued ${await enqueueAll()} records for indexing`);
      } else {
        // A kind of record indexed only since a later version (rentals) starts empty beside full indexes.
        const empty = SEARCH_ENTITIES.filter((entity) => counts[INDEX_OF[entity]] === 0);
        // Documents made by an older version lack fields results show now (DOCUMENT_VERSION): all again.
        const version = await db.setting.findUnique({ where: { key: 'search.documents' } });
        if (version?.value !== DOCUMENT_VERSION) {
          workerLog.info(`queued ${await enqueueAll()} records: the documents changed shape (version ${DOCUMENT_VERSION})`);
        } else if (empty.length) {
          const queued = await enqueueAll(empty);
          if (queued) workerLog.info(`queued ${queued} records for the empty ${empty.map((e) => INDEX_OF[e]).join(', ')} index`);
        }
      }
      await db.setting.upsert({ where: { key: 'search.documents' }, create: { key: 'search.documents', value: DOCUMENT_VERSION }, update: { value: DOCUMENT_VERSION } });
      return;
    } catch (e) {
      workerLog.error(`Meilisearch not ready (${(e as Error).message}); retrying in 5 s`);
      await new Promise((r) => setTimeout(r, 5_000));
      if (!running) return;
    }
  }
}

if (env().MEILI_HOST) {
  await prepareSearch();
  workerLog.info('syncing the search index');
  while (running) {
    // Waits until Meilisearch has applied each batch, so kept search answers expire only once it answers anew.
    const { processed, failed } = await drainOutbox(200, { wait: true }).catch((e: Error) => {
      workerLog.error(e.message);
      return { processed: 0, failed: 1 };
    });
    if (failed) workerLog.error(`${failed} changes could not reach Meilisearch; they will be retried`);
    if (processed === 0) await new Promise((r) => setTimeout(r, IDLE_MS));
  }
  await stop();
} else {
  workerLog.info('no Meilisearch configured: search answers from PostgreSQL, nothing to sync');
}
