// What Haat stops keeping, and when (the README's security section says the same):
//   rate-limit counters   once their window has passed
//   search outbox rows    a week after the worker processed them
//   SMS log               after 90 days;  the development inbox (DevSms) after a day
//   inbound SMS           after 90 days (their message ids guard replays only while a signature is fresh: 5 minutes)
//   one-time codes        a day after they expired
//   sign-ups              never confirmed by SMS within a day: the waiting account is removed
//   UDC registrations     still waiting for the person's code once the code's lifetime (10 minutes) is over
//   jobs that failed for good (an SMS job holds its whole text): after a day
// Run hourly by the worker (lib/jobs/tasks.ts); each delete is bounded so one run never holds
// long locks, and the next run continues.
import { OTP_TTL_MS } from '@/lib/auth/otp';
import { db } from '@/lib/db/client';

const DAY = 24 * 3600 * 1000;
export const RETENTION = {
  outboxDays: 7,
  smsLogDays: 90,
  devSmsDays: 1,
  otpDays: 1,
  unconfirmedSignUpDays: 1,
  // A failed SMS job still holds its text (and a code): kept a day for a look, then gone.
  failedJobDays: 1,
} as const;
const BATCH = 5_000;

const ago = (days: number, now: Date) => new Date(now.getTime() - days * DAY);

export interface Pruned {
  rateLimits: number;
  outbox: number;
  smsLog: number;
  inboundSms: number;
  devSms: number;
  otpCodes: number;
  signUps: number;
  failedJobs: number;
  udcPending: number;
}

/** Deletes rows past their keeping time (at most BATCH of each kind per call). */
export async function pruneOldRecords(now = new Date()): Promise<Pruned> {
  const rateLimits = await db.$executeRaw`DELETE FROM "RateLimit" WHERE key IN (SELECT key FROM "RateLimit" WHERE "resetAt" < ${now} LIMIT ${BATCH})`;
  const outbox = await db.$executeRaw`DELETE FROM "SearchOutbox" WHERE id IN (SELECT id FROM "SearchOutbox" WHERE "processedAt" < ${ago(RETENTION.outboxDays, now)} LIMIT ${BATCH})`;
  const smsLog = await db.$executeRaw`DELETE FROM "SmsMessage" WHERE id IN (SELECT id FROM "SmsMessage" WHERE "createdAt" < ${ago(RETENTION.smsLogDays, now)} LIMIT ${BATCH})`;
  const inboundSms = await db.$executeRaw`DELETE FROM "InboundSms" WHERE id IN (SELECT id FROM "InboundSms" WHERE "createdAt" < ${ago(RETENTION.smsLogDays, now)} LIMIT ${BATCH})`;
  const devSms = await db.$executeRaw`DELETE FROM "DevSms" WHERE id IN (SELECT id FROM "DevSms" WHERE "createdAt" < ${ago(RETENTION.devSmsDays, now)} LIMIT ${BATCH})`;
  const otpCodes = await db.$executeRaw`DELETE FROM "OtpCode" WHERE id IN (SELECT id FROM "OtpCode" WHERE "expiresAt" < ${ago(RETENTION.otpDays, now)} LIMIT ${BATCH})`;
  // A waiting account whose number was never confirmed; one that anything points at (media it
  // uploaded, say) stays — the foreign key refuses, and that row is skipped.
  const waiting = await db.user.findMany({
    where: { status: 'PENDING', phoneVerifiedAt: null, createdAt: { lt: ago(RETENTION.unconfirmedSignUpDays, now) } },
    select: { id: true },
    take: 500,
  });
  let signUps = 0;
  for (const { id } of waiting) {
    signUps += await db.user.deleteMany({ where: { id, status: 'PENDING', phoneVerifiedAt: null } }).then((r) => r.count, () => 0);
  }
  const failedJobs = await db.$executeRaw`
    DELETE FROM graphile_worker._private_jobs WHERE id IN (
      SELECT id FROM graphile_worker._private_jobs WHERE attempts >= max_attempts AND updated_at < ${ago(RETENTION.failedJobDays, now)} LIMIT ${BATCH})`;
  // Nothing was made for a registration nobody confirmed: only what the operator typed goes.
  const udcPending = await db.$executeRaw`DELETE FROM "UdcRegistration" WHERE id IN (SELECT id FROM "UdcRegistration" WHERE status = 'PENDING' AND "createdAt" < ${new Date(now.getTime() - OTP_TTL_MS)} LIMIT ${BATCH})`;
  return { rateLimits, outbox, smsLog, inboundSms, devSms, otpCodes, signUps, failedJobs, udcPending };
}
