// What /api/health reports: each part of the system and the overall verdict. The database is
// essential (down without it); search falls back to PostgreSQL and storage failures only affect
// uploads, so either makes the platform degraded, not down. /api/health/live and /api/health/ready
// answer the two questions a process manager or load balancer asks (see readiness below).
import { access, constants, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { mediaRoot } from '@/lib/media/local-store';
import { forgetBetweenTests } from '@/lib/runtime/between-tests';
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

export interface Readiness {
  ready: boolean;
  db: PartStatus;
  migrations: 'applied' | 'pending' | 'unknown';
}

/** The migration folders that are not recorded as applied (finished, not rolled back). */
export async function pendingMigrations(migrationsDir = path.join(process.cwd(), 'prisma', 'migrations')): Promise<string[]> {
  const folders = (await readdir(migrationsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  const rows = await db.$queryRaw<{ migration_name: string }[]>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const applied = new Set(rows.map((r) => r.migration_name));
  return folders.filter((name) => !applied.has(name)).sort();
}

// Once every migration is applied it stays so for this process's code: the comparison runs until
// it first succeeds, then only the database's answer is checked.
let migrationsApplied = false;
forgetBetweenTests(() => (migrationsApplied = false));

/** Ready to take traffic: the database answers and has every migration this code expects. Search is optional (degraded is ready). */
export async function readiness(): Promise<Readiness> {
  const dbStatus = await check(() => db.$queryRaw`SELECT 1`);
  if (dbStatus === 'down') return { ready: false, db: 'down', migrations: migrationsApplied ? 'applied' : 'unknown' };
  if (!migrationsApplied) {
    const pending = await withTimeout(pendingMigrations(), 5_000).catch(() => null);
    if (pending === null) return { ready: false, db: 'ok', migrations: 'unknown' };
    migrationsApplied = pending.length === 0;
  }
  return { ready: migrationsApplied, db: 'ok', migrations: migrationsApplied ? 'applied' : 'pending' };
}
