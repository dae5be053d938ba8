// Searches that found nothing tell officers what the district lacks (console → Numbers, read by
// searchMisses in lib/console/numbers/searches.ts). Each is one row, counted there by its normalised text;
// they wait in memory and go to PostgreSQL in one INSERT about a second later, so a search never
// waits on the database for them. Low stakes: a batch that fails to write is logged and dropped.
import { db } from '@/lib/db/client';
import { WriteBehind } from '@/lib/db/write-behind';
import { forgetBetweenTests } from '@/lib/runtime/between-tests';

/** At most this many wait: past it (the database is not keeping up) further misses are not recorded. */
export const MAX_WAITING_MISSES = 1_000;

interface Miss {
  query: string;
  normalized: string;
  areaId: number | null;
  createdAt: Date;
}

let waiting: Miss[] = [];
let dropped = 0;
forgetBetweenTests(() => {
  waiting = [];
  dropped = 0;
});

const writer = new WriteBehind('searches that found nothing', writeMisses);

/** The text misses are counted by: "Pitha  Ghor" and "pitha ghor" are one. */
export const normalizeMissQuery = (query: string) => query.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Notes a search (as typed) that found nothing in `areaId`; returns at once. */
export function recordSearchMiss(query: string, areaId: number | null, at = new Date()): void {
  if (waiting.length >= MAX_WAITING_MISSES) {
    dropped++;
    return;
  }
  // PostgreSQL refuses NUL in text, and one refused row would lose the whole batch.
  const typed = query.replaceAll('\0', '');
  waiting.push({ query: typed, normalized: normalizeMissQuery(typed), areaId, createdAt: at });
  writer.schedule();
}

/** Writes the waiting misses now (tests; shutdown). Never rejects. */
export const flushSearchMisses = () => writer.flush();

async function writeMisses(): Promise<void> {
  if (dropped > 0) {
    console.warn(`[haat] ${dropped} searches that found nothing were not recorded: more than ${MAX_WAITING_MISSES} waited to be written`);
    dropped = 0;
  }
  if (waiting.length === 0) return;
  const batch = waiting;
  waiting = [];
  try {
    await db.searchMiss.createMany({ data: batch });
  } catch (error) {
    throw new Error(`${batch.length} not recorded: ${(error as Error).message}`);
  }
}
