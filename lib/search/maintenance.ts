// Rebuilding and checking the index. A rebuild fills fresh indexes from PostgreSQL while the old
// ones keep answering, then swaps them in one atomic step (no downtime) and drops the old ones; it
// rewrites every searchText (the PostgreSQL fallback's) from the same documents.
// The check compares which records PostgreSQL says are public with what each index holds.
import { documentsFor, type SearchType } from './documents';
import { deleteDocuments, ensureIndexes, indexName, SEARCH_TYPES, upsertDocuments, waitForTask } from './engine';
import { meiliRequest, meiliTarget, MeiliUnavailable } from './meili-http';
import { storeSearchText } from './outbox';

const ENTITY = { provider: 'PROVIDER', shop: 'SHOP', product: 'PRODUCT', rental: 'RENTAL', livestock: 'LIVESTOCK' } as const;

function target() {
  const t = meiliTarget();
  if (!t) throw new MeiliUnavailable('No Meilisearch configured');
  return t;
}

export async function reindexAll(log: (line: string) => void = () => {}): Promise<Record<SearchType, number>> {
  const prefix = process.env.MEILI_INDEX_PREFIX ?? '';
  const next = `${prefix}next_`;
  await ensureIndexes(prefix);
  for (const task of await ensureIndexes(next)) await waitForTask(task, 120_000);
  const counts = {} as Record<SearchType, number>;
  for (const type of SEARCH_TYPES) {
    const docs = await documentsFor[ENTITY[type]]();
    // The same documents rewrite the PostgreSQL fallback's searchText ('' for records no longer public).
    await storeSearchText(ENTITY[type], docs);
    for (let i = 0; i < docs.length; i += 2_000) {
      const task = await upsertDocuments(type, docs.slice(i, i + 2_000), next);
      if (task !== null) await waitForTask(task, 300_000);
    }
    counts[type] = docs.length;
    log(`${type}: ${docs.length} documents built`);
  }
  const swap = await meiliRequest<{ taskUid: number }>(target(), 'POST', '/swap-indexes', SEARCH_TYPES.map((type) => ({ indexes: [indexName(type, prefix), indexName(type, next)] })));
  await waitForTask(swap.taskUid, 60_000);
  for (const type of SEARCH_TYPES) {
    const drop = await meiliRequest<{ taskUid: number }>(target(), 'DELETE', `/indexes/${indexName(type, next)}`);
    await waitForTask(drop.taskUid, 60_000);
  }
  log('swapped the new indexes in');
  return counts;
}

async function indexedIds(type: SearchType): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 1_000) {
    const page = await meiliRequest<{ results: { id: string }[]; total: number }>(target(), 'GET', `/indexes/${indexName(type)}/documents?fields=id&limit=1000&offset=${offset}`, undefined, 10_000);
    for (const doc of page.results) ids.add(doc.id);
    if (page.results.length < 1_000) return ids;
  }
}

export interface Difference {
  type: SearchType;
  /** Public in PostgreSQL, absent from the index. */
  missing: string[];
  /** In the index, but not (or no longer) public. */
  extra: string[];
}

export async function checkConsistency(): Promise<Difference[]> {
  const out: Difference[] = [];
  for (const type of SEARCH_TYPES) {
    const expected = new Set((await documentsFor[ENTITY[type]]()).map((d) => d.id));
    const actual = await indexedIds(type);
    out.push({ type, missing: [...expected].filter((id) => !actual.has(id)), extra: [...actual].filter((id) => !expected.has(id)) });
  }
  return out;
}

/** Removes what should not be there and queues what is missing (for the worker). */
export async function repair(differences: Difference[]): Promise<void> {
  for (const d of differences) {
    const task = await deleteDocuments(d.type, d.extra);
    if (task !== null) await waitForTask(task);
    const ids = d.missing.map((id) => id.replace(/^[a-z]+-/, ''));
    const upsert = await upsertDocuments(d.type, await documentsFor[ENTITY[d.type]](ids));
    if (upsert !== null) await waitForTask(upsert);
  }
}


