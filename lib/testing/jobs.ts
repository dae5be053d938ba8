// Tests run the queue the way the worker does: every job queued, through the real
// graphile-worker on the test's own database, until none is left.
import { runOnce } from 'graphile-worker';
import { db } from '@/lib/db/client';
import { jobLogger } from '@/lib/jobs/log';
import { taskList } from '@/lib/jobs/tasks';

export async function runJobs(): Promise<void> {
  // Everything queued runs now, as if its time had come (some jobs wait a moment on purpose).
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE run_at > now() AND locked_at IS NULL`;
  await runOnce({ connectionString: process.env.DATABASE_URL, taskList, logger: jobLogger, concurrency: 1 });
}

/** Runs the queue, then the newest text the development SMS sink delivered to this number. */
export async function lastSmsTo(phone: string): Promise<string> {
  await runJobs();
  const sms = await db.devSms.findFirstOrThrow({ where: { to: phone }, orderBy: { createdAt: 'desc' } });
  return sms.body;
}

/** The 6-digit code in the newest SMS to this number (Bengali digits read too). */
export async function lastCodeTo(phone: string): Promise<string> {
  const body = (await lastSmsTo(phone)).replace(/[০-৯]/g, (d) => String('০১২৩৪৫৬৭৮৯'.indexOf(d)));
  return /(\d{6})/.exec(body)![1]!;
}
