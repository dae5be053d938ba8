// What /api/health reports: each part of the system and the overall verdict. The database is
// essential (down without it); search falls back to PostgreSQL and storage failures only affect
// uploads, so either makes the platform degraded, not down.
import { access, constants, mkdir } from 'node:fs/promises';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { mediaRoot } from '@/lib/media/local-store';
import { meiliRequest, meiliTarget } from '@/lib/search/meili-http';

export type PartStatus = 'ok' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  db: PartStatus;
  search: PartStatus;
  storage: PartStatus;
  searchEngine: 'meilisearch' | 'postgres-fallback';
  storageBackend: 'local' | 'uploadthing';
  tookMs: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}

async function check(probe: () => Promise<unknown>, ms = 2_000): Promise<PartStatus> {
  try {
    await withTimeout(probe(), ms);
    return 'ok';
  } catch {
    return 'down';
  }
}

export async function healthReport(): Promise<HealthReport> {
  const started = performance.now();
  const target = meiliTarget();
  const uploadthing = Boolean(env().UPLOADTHING_TOKEN);
  const [dbStatus, search, storage] = await Promise.all([
    check(() => db.$queryRaw`SELECT 1`),
    target ? check(() => meiliRequest<{ status: string }>(target, 'GET', '/health', undefined, 1_500)) : Promise.resolve<PartStatus>('down'),
    uploadthing
      ? Promise.resolve<PartStatus>('ok')
      : check(async () => {
          await mkdir(mediaRoot(), { recursive: true });
          await access(mediaRoot(), constants.W_OK);
        }),
  ]);
  const status = dbStatus === 'down' ? 'down' : search === 'down' || storage === 'down' ? 'degraded' : 'ok';
  return {
    status,
    db: dbStatus,
    search,
    storage,
    searchEngine: search === 'ok' ? 'meilisearch' : 'postgres-fallback',
    storageBackend: uploadthing ? 'uploadthing' : 'local',
    tookMs: Math.round(performance.now() - started),
  };
}
