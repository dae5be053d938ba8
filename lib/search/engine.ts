// Meilisearch, wrapped: index names, settings, writes and searches in our own types. The rest of
// the app never talks to Meilisearch directly. Requests go over keep-alive HTTP (meili-http.ts).
import { meiliRequest, meiliTarget, MeiliUnavailable, type MeiliTarget } from './meili-http';
import { forgetBetweenTests } from '../runtime/between-tests';
import type { SearchDocument, SearchType } from './documents';
import { ANIMAL_SYNONYMS, meilisearchSynonyms } from './synonyms';

export const SEARCH_TYPES: SearchType[] = ['provider', 'shop', 'product', 'rental', 'livestock'];

export const indexName = (type: SearchType, prefix = process.env.MEILI_INDEX_PREFIX ?? '') => `${prefix}${type}s`;

export const INDEX_SETTINGS = {
  searchableAttributes: ['title', 'titleEn', 'categoryNames', 'compactKey', 'key', 'areaNames', 'text', 'subtitle'],
  filterableAttributes: ['type', 'categories', 'areaIds', 'verified', 'availableNow', 'kind', 'shop'],
  sortableAttributes: ['rating', 'activeAt', 'pricePoisha'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'rating:desc', 'activeAt:desc'],
  // Short Bengali words (পিঠা is 4 letters) must still forgive one typo; three-letter words must
  // not: a typo in a word that is also a beginning ("bua" → ba…, bu…) matched nearly everything.
  typoTolerance: { minWordSizeForTypos: { oneTypo: 4, twoTypos: 7 }, disableOnWords: [...new Set(ANIMAL_SYNONYMS.flat().filter((w) => !w.includes(' ')))] },
  pagination: { maxTotalHits: 1000 },
  synonyms: meilisearchSynonyms(),
};

function target(): MeiliTarget {
  const t = meiliTarget();
  if (!t) throw new MeiliUnavailable('No Meilisearch configured');
  return t;
}

interface Task {
  taskUid: number;
}

export async function waitForTask(taskUid: number, timeoutMs = 30_000, t = target()): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await meiliRequest<{ status: string; error?: { message: string } }>(t, 'GET', `/tasks/${taskUid}`);
    if (task.status === 'succeeded') return;
    if (task.status === 'failed' || task.status === 'canceled') throw new Error(`Meilisearch task ${taskUid} ${task.status}: ${task.error?.message ?? ''}`);
    if (Date.now() > deadline) throw new Error(`Meilisearch task ${taskUid} still ${task.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Creates the indexes with their settings (idempotent). Returns the settings tasks. */
export async function ensureIndexes(prefix?: string, t = target()): Promise<number[]> {
  const tasks: number[] = [];
  for (const type of SEARCH_TYPES) {
    const uid = indexName(type, prefix);
    await meiliRequest<Task>(t, 'POST', '/indexes', { uid, primaryKey: 'id' }).then((r) => waitForTask(r.taskUid, 30_000, t)).catch((e: Error) => {
      if (!/index_already_exists|already exists/.test(e.message)) throw e;
    });
    tasks.push((await meiliRequest<Task>(t, 'PATCH', `/indexes/${uid}/settings`, INDEX_SETTINGS)).taskUid);
  }
  return tasks;
}

export async function upsertDocuments(type: SearchType, docs: SearchDocument[], prefix?: string): Promise<number | null> {
  if (docs.length === 0) return null;
  return (await meiliRequest<Task>(target(), 'POST', `/indexes/${indexName(type, prefix)}/documents`, docs, 10_000)).taskUid;
}

export async function deleteDocuments(type: SearchType, ids: string[], prefix?: string): Promise<number | null> {
  if (ids.length === 0) return null;
  return (await meiliRequest<Task>(target(), 'POST', `/indexes/${indexName(type, prefix)}/documents/delete-batch`, ids, 10_000)).taskUid;
}

export interface EngineQuery {
  q: string;
  /** The romanised form of q (searched against the key fields), when it differs. */
  key?: string;
  types: SearchType[];
  filter: string[];
  limit: number;
  offset: number;
}

/** Only what a result shows: the index keeps much more text than a hit needs. */
const RETRIEVED = ['id', 'type', 'title', 'titleEn', 'subtitle', 'subtitleEn', 'url', 'categories', 'area', 'verified', 'phone', 'availableNow', 'pricePoisha', 'image'];

export interface EngineHit extends SearchDocument {
  _rankingScore: number;
}

/**
 * Indexes that hold no document yet (a new kind of record before its first one): Meilisearch knows
 * no field of them, so it refuses `attributesToSearchOn` there ("Attribute `key` is not
 * searchable") and with it the whole request. Such an index is left out of searches for a few
 * seconds, then tried again (it finds nothing anyway while empty).
 */
const emptyIndexes = new Map<string, number>();
forgetBetweenTests(() => emptyIndexes.clear());
const EMPTY_RETRY_MS = 5_000;

/** One request for every index and both forms of the query; hits merged by Meilisearch's score. */
export async function engineSearch(query: EngineQuery): Promise<{ hits: EngineHit[]; total: number }> {
  // Bengali queries meet Bengali text directly (typo tolerance covers পিটা → পিঠা); only Latin
  // (Banglish/English) queries also search the romanised keys, halving the work for the rest.
  const romanised = query.key && query.key !== query.q && !/[\u0980-\u09FF]/.test(query.q);
  for (let attempt = 0; ; attempt++) {
    const now = Date.now();
    const uids = query.types.map((type) => indexName(type)).filter((uid) => (emptyIndexes.get(uid) ?? 0) <= now);
    if (uids.length === 0) return { hits: [], total: 0 };
    const queries = uids.flatMap((indexUid) => [
      { indexUid, q: query.q, filter: query.filter, attributesToRetrieve: RETRIEVED, showRankingScore: true },
      ...(romanised ? [{ indexUid, q: query.key, filter: query.filter, attributesToRetrieve: RETRIEVED, attributesToSearchOn: ['key', 'compactKey'], showRankingScore: true }] : []),
    ]);
    try {
      const res = await meiliRequest<{ hits: EngineHit[]; estimatedTotalHits: number }>(
        target(),
        'POST',
        '/multi-search',
        { federation: { limit: query.limit, offset: query.offset }, queries },
        1_500,
      );
      return { hits: res.hits, total: res.estimatedTotalHits };
    } catch (error) {
      const empty = /Index `([^`]+)`: Attribute `[^`]+` is not searchable\. Available searchable attributes are: ``/.exec((error as Error).message)?.[1];
      if (!empty || attempt >= query.types.length) throw error;
      emptyIndexes.set(empty, now + EMPTY_RETRY_MS);
    }
  }
}

/** How many documents each index holds (after pending tasks). */
export async function documentCounts(prefix?: string, t = target()): Promise<Record<SearchType, number>> {
  const counts = {} as Record<SearchType, number>;
  for (const type of SEARCH_TYPES) {
    const stats = await meiliRequest<{ numberOfDocuments: number }>(t, 'GET', `/indexes/${indexName(type, prefix)}/stats`);
    counts[type] = stats.numberOfDocuments;
  }
  return counts;
}

/** How many documents the indexes hold (after pending tasks). */
export async function indexedDocuments(prefix?: string, t = target()): Promise<number> {
  return Object.values(await documentCounts(prefix, t)).reduce((a, b) => a + b, 0);
}
