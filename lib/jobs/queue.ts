// The durable job queue: graphile-worker on the app's own PostgreSQL. A job is added with one SQL
// call, so it can be part of the transaction of the change it belongs to (committed together or
// not at all); the worker (scripts/worker.ts) runs it with retries and exponential back-off.
// Task names and their payloads are listed in lib/jobs/tasks.ts.
import { db } from '@/lib/db/client';
import type { JobPayloads, TaskName } from './tasks';

/** Anything that can run raw SQL: the client, or a transaction's client. */
export interface SqlRunner {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): Promise<number>;
}

export interface JobOptions {
  /** Run the job inside this transaction (default: on its own). */
  tx?: SqlRunner;
  runAt?: Date;
  /** Tries before the job is left failed (graphile-worker's default is 25). */
  maxAttempts?: number;
  /** One pending job per key: a newer one replaces it (e.g. one reminder per provider). */
  jobKey?: string;
}

export async function enqueueJob<T extends TaskName>(task: T, payload: JobPayloads[T], options: JobOptions = {}): Promise<void> {
  const runner = options.tx ?? db;
  await runner.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.jobKey ?? null}::text)`;
}
