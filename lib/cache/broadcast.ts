// Every app process listens on PostgreSQL channel "haat_cache", where the database itself names
// the tags of every committed change to what public pages show (triggers installed by
// lib/cache/install.ts). On each message the process expires those tags in its own caches,
// so an edit made on one instance — or by the worker, a script, an operator's SQL — reaches every
// instance within milliseconds, with no shared cache server: each keeps its own pages. A server
// action also waits for its own changes to come back (settle()) and expires them through Next.js
// (updateTag), so the page it answers with, and the visitor's next request, are already fresh.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { forgetBetweenTests } from '../runtime/between-tests';
import { ALL_TAG, CACHE_CHANNEL } from './tags';

const CHANNEL = CACHE_CHANNEL;
const SYNC = 'sync:';

interface TagsManifest {
  get(tag: string): { stale?: number; expired?: number } | undefined;
  set(tag: string, value: { stale?: number; expired?: number }): void;
}
interface UseCacheHandler {
  updateTags?(tags: string[], durations?: { expire?: number }): Promise<void>;
}

/**
 * Next.js keeps two caches per process: the pages it prerendered or kept (checked against a tag
 * manifest) and 'use cache' results (checked by its cache handlers). Both are module state of the
 * Next.js server itself, reached here as Next.js reaches them; e2e/cache-instances.spec.ts proves
 * an edit on one instance shows on another, so a Next.js upgrade that moves them fails loudly.
 */
function nextCaches(): { manifest: TagsManifest | null; handlers: UseCacheHandler[] } {
  let manifest: TagsManifest | null = null;
  try {
    // A variable, so the bundler leaves this to Node and both sides share one module instance.
    const id = ['next', 'dist', 'server', 'lib', 'incremental-cache', 'tags-manifest.external.js'].join('/');
    manifest = (createRequire(`${process.cwd()}/package.json`)(id) as { tagsManifest: TagsManifest }).tagsManifest;
  } catch {
    manifest = null;
  }
  const set = (globalThis as Record<symbol, Set<UseCacheHandler> | undefined>)[Symbol.for('@next/cache-handlers-set')];
  return { manifest, handlers: set ? [...set] : [] };
}

/** Expires these tags in this process now: the next read of anything carrying one renders anew. */
export async function expireLocally(tags: string[], now = Date.now()): Promise<void> {
  if (tags.length === 0) return;
  const { manifest, handlers } = nextCaches();
  for (const tag of tags) manifest?.set(tag, { ...manifest.get(tag), expired: now });
  await Promise.all(handlers.map((h) => h.updateTags?.(tags).catch((error: unknown) => console.error('[cache] expiring tags failed', error))));
}

type State = {
  started: boolean;
  /** The listening connection, once LISTEN has succeeded (null while connecting or reconnecting). */
  client: pg.Client | null;
  /** How many change messages this process has received; settle() reads what came after a mark. */
  seq: number;
  recent: { seq: number; tags: string[] }[];
  waiting: Map<string, () => void>;
  stopped: boolean;
};
const STATE = Symbol.for('haat.cacheBroadcast');
const fresh = (): State => ({ started: false, client: null, seq: 0, recent: [], waiting: new Map(), stopped: false });
const state = ((globalThis as Record<symbol, State | undefined>)[STATE] ??= fresh());
// After stopCacheListener(): the next test file counts its changes from nothing.
forgetBetweenTests(() => Object.assign(state, { seq: 0, recent: [] }));

function receive(payload: string): void {
  if (payload.startsWith(SYNC)) {
    state.waiting.get(payload.slice(SYNC.length))?.();
    return;
  }
  const tags = payload.split(',').filter(Boolean);
  state.seq += 1;
  state.recent.push({ seq: state.seq, tags });
  if (state.recent.length > 1_000) state.recent.splice(0, state.recent.length - 1_000);
  void expireLocally(tags);
}

/**
 * Starts listening (once per process; reconnects with a growing delay when the connection drops,
 * and expires everything on reconnecting, since messages sent meanwhile were lost). Pages kept
 * from before this process started — the build's prerenders, rendered from whatever database the
 * build saw — are expired at once: each is rendered anew from this database on its first request.
 */
export function startCacheListener(connectionString: string): void {
  if (state.started) return;
  state.started = true;
  state.stopped = false;
  void expireLocally([ALL_TAG]);
  let delay = 500;
  const connect = async (reconnecting: boolean) => {
    const client = new pg.Client({ connectionString, application_name: 'haat-cache-listener' });
    let failed = false;
    const retry = (why: string) => {
      if (failed || state.stopped) return;
      failed = true;
      console.error(`[cache] listener: ${why}; reconnecting in ${delay} ms`);
      if (state.client === client) state.client = null;
      client.removeAllListeners();
      client.on('error', () => {});
      void client.end().catch(() => {});
      setTimeout(() => void connect(true), delay).unref();
      delay = Math.min(delay * 2, 30_000);
    };
    client.on('error', (error) => retry(error.message));
    client.on('end', () => retry('connection ended'));
    client.on('notification', (message) => message.channel === CHANNEL && message.payload && receive(message.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (state.stopped) return void client.end().catch(() => {});
      state.client = client;
      delay = 500;
      // Changes made while nobody listened are unknown: everything is expired once.
      if (reconnecting) await expireLocally([ALL_TAG]);
    } catch (error) {
      retry((error as Error).message);
    }
  };
  void connect(false);
}

/** Stops listening (tests, shutdown). */
export async function stopCacheListener(): Promise<void> {
  state.stopped = true;
  state.started = false;
  const client = state.client;
  state.client = null;
  if (client) {
    client.removeAllListeners();
    await client.end().catch(() => {});
  }
}

export const listening = (): boolean => state.client !== null;

/** A mark to pass to settle() later: changes received after it belong to what ran in between. */
export const changeMark = (): number => state.seq;

/**
 * Waits until every change committed before now has come back on this process's listener (a
 * message of our own travels behind them on the same connection), then returns the tags received
 * since `mark`. Without a listener (tests, scripts) there is nothing to wait for: [].
 */
export async function settle(mark: number, timeoutMs = 2_000): Promise<string[]> {
  const client = state.client;
  if (!client) return [];
  const id = randomUUID();
  const arrived = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    timer.unref();
    state.waiting.set(id, () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
  try {
    await client.query('SELECT pg_notify($1, $2)', [CHANNEL, `${SYNC}${id}`]);
    await arrived;
  } catch (error) {
    console.error('[cache] settling changes failed', (error as Error).message);
  } finally {
    state.waiting.delete(id);
  }
  return [...new Set(state.recent.filter((r) => r.seq > mark).flatMap((r) => r.tags))];
}
