// Run by the worker too (no Next.js there, so no server-only imports).
// Creating accounts and resetting passwords without telling anyone which numbers have an account.
// The request path does the same work for every number — count the code limits (otp.ts), queue a
// job — and answers the same words; the worker then decides: a new or unconfirmed number gets its
// code, a registered one a notice (at most one a day) that someone tried to sign up with it, and a
// reset code goes only to an account that can use it.
//
// One number, one account: a single INSERT … ON CONFLICT makes sending the sign-up form twice (or
// from two phones at once) create exactly one, and an unconfirmed account is simply refreshed with
// the newest name and password.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { enqueueJob } from '@/lib/jobs/queue';
import type { JobPayloads } from '@/lib/jobs/tasks';
import { sendSms } from '@/lib/notify/sms';
import { hit } from '@/lib/security/rate-limit';
import { rootOrigin } from '@/lib/tenancy/urls';
import { countCodeRequest, sendCode } from './otp';

export type Registration = 'pending' | 'taken';

export async function registerPendingAccount(input: { name: string; phone: string; passwordHash: string }): Promise<Registration> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "User" (id, phone, name, "passwordHash", status, roles, "updatedAt")
    VALUES (${randomUUID()}, ${input.phone}, ${input.name}, ${input.passwordHash}, 'PENDING', '{BUYER}', now())
    ON CONFLICT (phone) DO UPDATE SET name = EXCLUDED.name, "passwordHash" = EXCLUDED."passwordHash", "updatedAt" = now()
      WHERE "User".status = 'PENDING'
    RETURNING id`;
  return rows.length === 1 ? 'pending' : 'taken';
}

/** Tries the worker gives an account job (each may queue an SMS, which has its own retries). */
const JOB_ATTEMPTS = 4;
/**
 * Account jobs start a moment after the answer: the worker does different work for registered and
 * new numbers, and on a shared machine that work must not overlap (and so slow) the answer itself.
 */
const JOB_DELAY_MS = 1_000;
const accountJob = () => ({ maxAttempts: JOB_ATTEMPTS, runAt: new Date(Date.now() + JOB_DELAY_MS) });
/** A registered number hears about sign-up attempts at most this often. */
export const SIGN_UP_NOTICE_LIMIT = { max: 1, windowMs: 24 * 3_600_000 } as const;

const refused = (failure: { reason: string; retryAfterSeconds?: number }) => new AppError('rateLimited', failure.reason, failure.retryAfterSeconds ?? 60);

/**
 * The request side of "send me a sign-up code": counts the limits and queues the work, the same
 * for every number. `account` is the sign-up form (absent when only asking for the code again).
 * A request within a minute of the last sends nothing new but still refreshes the waiting account,
 * unless `strict` (the resend button), where it is refused. Throws AppError('rateLimited', reason).
 */
export async function requestSignUp(phone: string, client: string, account?: { name: string; passwordHash: string }, strict = false): Promise<void> {
  const counted = await countCodeRequest(phone, 'SIGN_UP', client);
  if (!counted.ok && (strict || counted.reason !== 'tooSoon')) throw refused(counted);
  await enqueueJob('auth.signUp', { phone, client, ...(account ? { account } : {}), send: counted.ok }, accountJob());
}

/** The request side of "I forgot my password": counts the limits and queues the work, the same for every number. */
export async function requestPasswordReset(phone: string, client: string): Promise<void> {
  const counted = await countCodeRequest(phone, 'RESET_PASSWORD', client);
  if (counted.ok) await enqueueJob('auth.reset', { phone, client }, accountJob());
  // Within a minute of the last request the earlier code still stands: the same answer as sent.
  else if (counted.reason !== 'tooSoon') throw refused(counted);
}

const signUpNotice = (origin: string) =>
  `হাট: কেউ আপনার নম্বর দিয়ে নতুন অ্যাকাউন্ট খোলার চেষ্টা করেছে, কিন্তু এই নম্বরে আপনার অ্যাকাউন্ট আগে থেকেই আছে। আপনি হলে সাইন ইন করুন; পাসওয়ার্ড ভুলে গেলে ${origin}/forgot-password থেকে নতুন করে নিন।`;

/** The worker's side of a sign-up request: a code for a new or unconfirmed number, a notice for a registered one. */
export async function runSignUpRequest(job: JobPayloads['auth.signUp']): Promise<void> {
  if (job.account) await registerPendingAccount({ phone: job.phone, ...job.account });
  const user = await db.user.findUnique({ where: { phone: job.phone }, select: { status: true } });
  if (!job.send || !user) return;
  if (user.status === 'PENDING') {
    await sendCode(job.phone, 'SIGN_UP', job.client);
    return;
  }
  if (user.status !== 'ACTIVE') return;
  if (!(await hit(`signup-notice:${job.phone}`, SIGN_UP_NOTICE_LIMIT)).allowed) return;
  await sendSms(job.phone, signUpNotice(rootOrigin()), 'auth:signUpTaken');
}

/** The worker's side of a reset request: a code only for an account that may reset its password. */
export async function runResetRequest(job: JobPayloads['auth.reset']): Promise<void> {
  const user = await db.user.findUnique({ where: { phone: job.phone }, select: { status: true } });
  if (user && (user.status === 'ACTIVE' || user.status === 'PENDING')) await sendCode(job.phone, 'RESET_PASSWORD', job.client);
}
