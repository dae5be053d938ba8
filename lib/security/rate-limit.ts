// Fixed-window counters in PostgreSQL, shared by every app instance: one atomic upsert per hit.
import { db } from '@/lib/db/client';

export interface Limit {
  /** How many hits the window allows. */
  max: number;
  windowMs: number;
}

export interface HitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

/** Counts one hit against `key`; `allowed` is false once the window's allowance is used up. */
export async function hit(key: string, limit: Limit): Promise<HitResult> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt")
    VALUES (${key}, 1, now() + ${`${limit.windowMs} milliseconds`}::interval)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" <= now() THEN 1 ELSE "RateLimit".count + 1 END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
    RETURNING count, "resetAt"`;
  const { count, resetAt } = rows[0]!;
  return { allowed: count <= limit.max, count, retryAfterSeconds: Math.max(1, Math.ceil((resetAt.getTime() - Date.now()) / 1000)) };
}

/** Like hit(), but only looks: for checks that must not consume an allowance. */
export async function peek(key: string, limit: Limit): Promise<HitResult> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || row.resetAt.getTime() <= Date.now()) return { allowed: true, count: 0, retryAfterSeconds: 0 };
  return { allowed: row.count < limit.max, count: row.count, retryAfterSeconds: Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 1000)) };
}

/** Takes back one hit of the current window: for limits that count only failures (a sign-in that succeeded). */
export async function giveBack(key: string): Promise<void> {
  await db.$executeRaw`UPDATE "RateLimit" SET count = count - 1 WHERE key = ${key} AND count > 0 AND "resetAt" > now()`;
}
