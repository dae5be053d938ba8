// Fixed-window counters in PostgreSQL, shared by every app instance: hit() is one atomic upsert
// per hit, exact; BatchedLimit counts in memory and syncs the same rows once a second, for
// high-volume requests whose limit may be approximate across instances.
import { db } from '@/lib/db/client';
import { WriteBehind } from '@/lib/db/write-behind';
import { countRefusal } from '@/lib/metrics/registry';
import { forgetBetweenTests } from '@/lib/runtime/between-tests';

/** For a refusal decided from peek() (which only looks): counted as hit() counts its own. */
export { countRefusal };

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

/**
 * Counts one hit (or `weight` hits at once: an SMS to each of n people) against `key`; `allowed`
 * is false once the window's allowance is used up.
 */
export async function hit(key: string, limit: Limit, weight = 1): Promise<HitResult> {
  const rows = await db.$queryRaw<{ count: number; resetAt: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "resetAt")
    VALUES (${key}, ${weight}, now() + ${`${limit.windowMs} milliseconds`}::interval)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."resetAt" <= now() THEN ${weight} ELSE "RateLimit".count + ${weight} END,
      "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
    RETURNING count, "resetAt"`;
  const { count, resetAt } = rows[0]!;
  if (count > limit.max) countRefusal(key);
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

/** One key's count as this process knows it. */
interface LocalCount {
  /** The shared total at the last sync (every process's hits, this one's sent hits included). */
  shared: number;
  /** This process's hits in a sync now running. */
  sending: number;
  /** This process's hits since, not yet sent. */
  unsent: number;
  /** End of the window, ms: the shared row's after a sync, else this process's own guess. */
  resetAt: number;
}

/**
 * A limit for many cheap requests (search), decided without a database round trip. Hits count in
 * this process; at most once per `syncEveryMs` (and only after a hit) one statement adds this
 * process's new hits for all keys to the same "RateLimit" rows hit() uses and reads the shared
 * totals back. So one process alone never lets a key past `max`, and the instances behind a load
 * balancer learn each other's hits at their next sync, about a second late: in that second each
 * instance may still allow what it thought was left. A process that starts learns a key's count
 * at its first sync after a hit. For limits that must hold exactly (sign-in, SMS) use hit().
 */
export class BatchedLimit {
  private readonly counts = new Map<string, LocalCount>();
  private readonly writer: WriteBehind;

  constructor(
    readonly limit: Limit,
    syncEveryMs = 1_000,
  ) {
    this.writer = new WriteBehind('rate limit sync', () => this.sync(), syncEveryMs);
    forgetBetweenTests(() => this.counts.clear());
  }

  /** Counts one hit against `key` (refused ones too, as hit() does) and decides at once. */
  hit(key: string, now = Date.now()): HitResult {
    let local = this.counts.get(key);
    if (!local || local.resetAt <= now) {
      // A new window: what was not sent yet belonged to the old one.
      local = { shared: 0, sending: 0, unsent: 0, resetAt: now + this.limit.windowMs };
      this.counts.set(key, local);
    }
    local.unsent++;
    this.writer.schedule();
    const count = local.shared + local.sending + local.unsent;
    if (count > this.limit.max) countRefusal(key);
    return { allowed: count <= this.limit.max, count, retryAfterSeconds: Math.max(1, Math.ceil((local.resetAt - now) / 1000)) };
  }

  /** Sends the hits not sent yet now (tests; shutdown). Never rejects. */
  flush(): Promise<void> {
    return this.writer.flush();
  }

  private async sync(): Promise<void> {
    const now = Date.now();
    const batch: [string, LocalCount, number][] = [];
    for (const [key, local] of this.counts) {
      if (local.unsent > 0) batch.push([key, local, local.unsent]);
      else if (local.resetAt <= now && local.sending === 0) this.counts.delete(key);
    }
    if (batch.length === 0) return;
    // Rows locked in one order by every process: two syncs never wait on each other in a circle.
    batch.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [, local, hits] of batch) {
      local.unsent -= hits;
      local.sending += hits;
    }
    try {
      const rows = await db.$queryRaw<{ key: string; count: number; resetAt: Date }[]>`
        INSERT INTO "RateLimit" (key, count, "resetAt")
        SELECT key, hits, now() + ${`${this.limit.windowMs} milliseconds`}::interval
        FROM unnest(${batch.map(([key]) => key)}::text[], ${batch.map(([, , hits]) => hits)}::int[]) AS batch(key, hits)
        ON CONFLICT (key) DO UPDATE SET
          count = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED.count ELSE "RateLimit".count + EXCLUDED.count END,
          "resetAt" = CASE WHEN "RateLimit"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimit"."resetAt" END
        RETURNING key, count, "resetAt"`;
      const shared = new Map(rows.map((row) => [row.key, row]));
      for (const [key, local, hits] of batch) {
        local.sending -= hits;
        const row = shared.get(key);
        if (row) Object.assign(local, { shared: row.count, resetAt: row.resetAt.getTime() });
      }
    } catch (error) {
      // Kept to send with the next sync; meanwhile this process goes on counting alone.
      for (const [, local, hits] of batch) {
        local.sending -= hits;
        local.unsent += hits;
      }
      throw error;
    }
  }
}
