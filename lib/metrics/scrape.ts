// What /api/metrics answers: this process's counters (registry.ts) and gauges read from the
// database at scrape time, which are the same whichever instance is asked: the search outbox's
// lag, the job queue's depth and the SMS of the last hour. If the database does not answer within
// a few seconds the counters are still given, with haat_database_up 0.
import { db } from '@/lib/db/client';
import { gauge, renderProcessMetrics } from './registry';

const TIMEOUT_MS = 3_000;

interface DatabaseGauges {
  outbox: { pending: number; oldestSeconds: number };
  jobs: { state: string; count: number }[];
  oldestWaitingJobSeconds: number;
  sms: { status: string; count: number }[];
}

const JOB_STATES = ['waiting', 'scheduled', 'running', 'failed'] as const;
const SMS_STATUSES = ['QUEUED', 'SENT', 'FAILED'] as const;

async function readDatabaseGauges(): Promise<DatabaseGauges> {
  const [outbox, jobs, sms] = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL statement_timeout = 2000`;
      return Promise.all([
        tx.$queryRaw<{ pending: number; oldest: number | null }[]>`
          SELECT count(*)::int AS pending, EXTRACT(EPOCH FROM now() - min("createdAt"))::float8 AS oldest
          FROM "SearchOutbox" WHERE "processedAt" IS NULL`,
        // graphile-worker's own table: a job is failed once its attempts are used up, waiting when due.
        tx.$queryRaw<{ state: string; count: number; oldest: number | null }[]>`
          SELECT CASE WHEN attempts >= max_attempts THEN 'failed' WHEN locked_at IS NOT NULL THEN 'running'
                      WHEN run_at <= now() THEN 'waiting' ELSE 'scheduled' END AS state,
                 count(*)::int AS count,
                 EXTRACT(EPOCH FROM now() - min(run_at))::float8 AS oldest
          FROM graphile_worker._private_jobs GROUP BY 1`,
        tx.$queryRaw<{ status: string; count: number }[]>`
          SELECT status::text AS status, count(*)::int AS count FROM "SmsMessage"
          WHERE "createdAt" > now() - interval '1 hour' GROUP BY 1`,
      ]);
    },
    { timeout: TIMEOUT_MS, maxWait: TIMEOUT_MS },
  );
  return {
    outbox: { pending: outbox[0]?.pending ?? 0, oldestSeconds: Math.max(0, outbox[0]?.oldest ?? 0) },
    jobs: JOB_STATES.map((state) => ({ state, count: jobs.find((j) => j.state === state)?.count ?? 0 })),
    oldestWaitingJobSeconds: Math.max(0, jobs.find((j) => j.state === 'waiting')?.oldest ?? 0),
    sms: SMS_STATUSES.map((status) => ({ status: status.toLowerCase(), count: sms.find((s) => s.status === status)?.count ?? 0 })),
  };
}

function renderDatabaseGauges(g: DatabaseGauges): string {
  return [
    gauge('haat_search_outbox_pending', 'Changes waiting to reach Meilisearch (search outbox rows not yet processed).', [{ value: g.outbox.pending }]),
    gauge('haat_search_outbox_lag_seconds', 'Age of the oldest change waiting to reach Meilisearch; 0 when none waits.', [{ value: g.outbox.oldestSeconds }]),
    gauge(
      'haat_jobs',
      'Jobs in the queue by state: waiting (due, not taken), scheduled (later, or a retry), running, failed (attempts used up).',
      g.jobs.map((j) => ({ labels: { state: j.state }, value: j.count })),
    ),
    gauge('haat_jobs_oldest_waiting_seconds', 'How long the oldest due job has waited for a worker; 0 when none waits.', [{ value: g.oldestWaitingJobSeconds }]),
    gauge(
      'haat_sms_last_hour',
      'SMS queued in the last hour, by their status now: queued (not yet sent), sent, failed (the last try failed; retried until its attempts are used up).',
      g.sms.map((s) => ({ labels: { status: s.status }, value: s.count })),
    ),
  ].join('\n');
}

/** The whole scrape, in Prometheus's text format. */
export async function renderMetrics(): Promise<string> {
  let database: DatabaseGauges | null = null;
  try {
    database = await readDatabaseGauges();
  } catch {
    database = null;
  }
  const memory = process.memoryUsage();
  return [
    renderProcessMetrics(),
    gauge('haat_database_up', 'Whether the database answered this scrape (1) or not (0): the gauges read from it are missing when 0.', [{ value: database ? 1 : 0 }]),
    ...(database ? [renderDatabaseGauges(database)] : []),
    gauge('process_resident_memory_bytes', 'Resident memory of this process.', [{ value: memory.rss }]),
    gauge('process_start_time_seconds', 'When this process started, in seconds since the Unix epoch.', [{ value: Math.round(Date.now() / 1000 - process.uptime()) }]),
    '',
  ].join('\n');
}
