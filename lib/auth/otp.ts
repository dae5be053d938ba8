// One-time SMS codes: 6 digits from a secure random source, stored as an HMAC (never the code),
// bound to a number and a purpose, valid 10 minutes, single use, dead after 5 wrong tries.
// Sending is limited per number (60 s apart, a daily cap), per client and for the whole
// deployment per hour, so neither a rotating client nor many numbers can pump SMS. The code is
// queued for the worker to send and never stored in the clear (the SMS log shows it masked).
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db/client';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { OtpPurpose } from '@/lib/generated/prisma/enums';
import { env } from '@/lib/env';
import { sendSms } from '@/lib/notify/sms';
import { countRefusal, hit, peek } from '@/lib/security/rate-limit';
import { signingSecret } from './secret';

export const OTP_TTL_MS = 10 * 60_000;
export const OTP_MAX_ATTEMPTS = 5;
export const OTP_LIMITS = {
  perNumberGap: { max: 1, windowMs: 60_000 },
  perNumberDay: { max: 8, windowMs: 24 * 3_600_000 },
} as const;

/** Codes one client may ask for per hour (SMS_CLIENT_HOURLY_CAP, default 100). */
export const perClientHourly = () => ({ max: env().SMS_CLIENT_HOURLY_CAP ?? 100, windowMs: 3_600_000 });

/** Codes the whole deployment sends per hour at most (SMS_HOURLY_CAP, default 1,000). */
export const overallHourly = () => ({ max: env().SMS_HOURLY_CAP ?? 1_000, windowMs: 3_600_000 });

const digest = (phone: string, purpose: OtpPurpose, code: string) => createHmac('sha256', signingSecret()).update(`${phone}:${purpose}:${code}`).digest('hex');

export type LimitFailure = { ok: false; reason: 'tooSoon' | 'dailyLimit' | 'clientLimit' | 'notMobile'; retryAfterSeconds?: number };
export type IssueResult = { ok: true; expiresAt: Date } | LimitFailure | { ok: false; reason: 'smsFailed'; retryAfterSeconds?: number };

const messages: Record<OtpPurpose, (code: string) => string> = {
  SIGN_UP: (c) => `হাট: আপনার যাচাই কোড ${c}। ১০ মিনিট কার্যকর। কাউকে এই কোড বলবেন না।`,
  RESET_PASSWORD: (c) => `হাট: পাসওয়ার্ড বদলের কোড ${c}। ১০ মিনিট কার্যকর। আপনি না চাইলে এই বার্তা উপেক্ষা করুন।`,
  ORDER: (c) => `হাট: অর্ডার নিশ্চিত করার কোড ${c}। ১০ মিনিট কার্যকর।`,
  DONOR_CONTACT: (c) => `হাট: রক্তদাতার নম্বর দেখার কোড ${c}।`,
  CHANGE_PHONE: (c) => `হাট: নতুন নম্বর যাচাইয়ের কোড ${c}।`,
  TRAINING_INVITE: (c) => `হাট: প্রশিক্ষণের আমন্ত্রণে উত্তর দেওয়ার কোড ${c}। ১০ মিনিট কার্যকর।`,
  UDC_CONSENT: (c) => `হাট: ডিজিটাল সেন্টারে আপনার নিবন্ধনে সম্মতির কোড ${c}। নিজে লিখুন, কাউকে বলবেন না।`,
};

/**
 * Counts one request for a code against every limit (60 s apart per number and purpose, a daily
 * cap per number, per client, and for the whole deployment). The same queries whatever the number
 * is, so the account flows can count on the request path and send from the worker.
 */
export async function countCodeRequest(phone: string, purpose: OtpPurpose, clientKey: string): Promise<{ ok: true } | LimitFailure> {
  if (!/^\+8801[3-9]\d{8}$/.test(phone)) return { ok: false, reason: 'notMobile' };
  // Look before counting, so a refused request does not extend the wait.
  const gap = await peek(`otp:gap:${purpose}:${phone}`, OTP_LIMITS.perNumberGap);
  if (!gap.allowed) {
    countRefusal('otp:gap');
    return { ok: false, reason: 'tooSoon', retryAfterSeconds: gap.retryAfterSeconds };
  }
  const day = await hit(`otp:day:${phone}`, OTP_LIMITS.perNumberDay);
  if (!day.allowed) return { ok: false, reason: 'dailyLimit', retryAfterSeconds: day.retryAfterSeconds };
  const client = await hit(`otp:client:${clientKey}`, perClientHourly());
  if (!client.allowed) return { ok: false, reason: 'clientLimit', retryAfterSeconds: client.retryAfterSeconds };
  const overall = await hit('otp:all', overallHourly());
  if (!overall.allowed) return { ok: false, reason: 'clientLimit', retryAfterSeconds: overall.retryAfterSeconds };
  await hit(`otp:gap:${purpose}:${phone}`, OTP_LIMITS.perNumberGap);
  // A new code is on its way (or, for a registered number, the same work): wrong answers start over.
  await db.rateLimit.deleteMany({ where: { key: wrongAnswersKey(phone, purpose) } });
  return { ok: true };
}

/** Seconds until this number may ask for another code of this purpose (0: now); the same for every number. */
export async function codeRequestWait(phone: string, purpose: OtpPurpose): Promise<number> {
  const gap = await peek(`otp:gap:${purpose}:${phone}`, OTP_LIMITS.perNumberGap);
  return gap.allowed ? 0 : gap.retryAfterSeconds;
}

/**
 * Makes a fresh code (replacing any earlier one for the number and purpose) and queues its SMS;
 * counts no limit. `text` words the SMS when it must say more than the purpose's own (a UDC's
 * consent names the centre and the record).
 */
export async function sendCode(phone: string, purpose: OtpPurpose, clientKey: string, text: (code: string) => string = messages[purpose]): Promise<{ expiresAt: Date }> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(Date.now() + OTP_TTL_MS);
  await db.$transaction(async (tx) => {
    await tx.otpCode.updateMany({ where: { phone, purpose, consumedAt: null }, data: { consumedAt: new Date() } });
    await tx.otpCode.create({ data: { phone, purpose, codeHash: digest(phone, purpose, code), expiresAt, clientKey } });
    await sendSms(phone, text(code), `otp:${purpose}`, { secret: code, tx });
  });
  return { expiresAt };
}

/** Counts the request and sends a fresh code. */
export async function issueOtp(phone: string, purpose: OtpPurpose, clientKey: string, text?: (code: string) => string): Promise<IssueResult> {
  const counted = await countCodeRequest(phone, purpose, clientKey);
  if (!counted.ok) return counted;
  return { ok: true, ...(await sendCode(phone, purpose, clientKey, text)) };
}

export type VerifyResult = { ok: true } | { ok: false; reason: 'wrong' | 'expired' | 'tooManyTries' | 'none' };

/**
 * Wrong answers to a number's codes of one purpose, counted whether or not the number has an
 * account or a code (so the lockout says nothing about either), forgotten when a new code is
 * asked for (countCodeRequest). After OTP_MAX_ATTEMPTS the number is locked until then.
 */
const WRONG_ANSWERS = { max: OTP_MAX_ATTEMPTS, windowMs: OTP_TTL_MS } as const;
const wrongAnswersKey = (phone: string, purpose: OtpPurpose) => `otp:wrong:${purpose}:${phone}`;

/**
 * verifyOtp for the account forms, which answer every number alike: 'tooManyTries' once the
 * number's wrong answers reach the limit (on that answer and every one after it, until a new
 * code is asked for), else any other refusal as 'wrong'.
 */
export async function verifyCountedOtp(phone: string, purpose: OtpPurpose, code: string): Promise<{ ok: true } | { ok: false; reason: 'wrong' | 'tooManyTries' }> {
  if (!(await peek(wrongAnswersKey(phone, purpose), WRONG_ANSWERS)).allowed) return { ok: false, reason: 'tooManyTries' };
  const result = await verifyOtp(phone, purpose, code);
  if (result.ok) return result;
  const counted = await hit(wrongAnswersKey(phone, purpose), WRONG_ANSWERS);
  return { ok: false, reason: counted.count >= OTP_MAX_ATTEMPTS ? 'tooManyTries' : 'wrong' };
}

/**
 * Checks a code; a right code is used up, a wrong one counts against the code's 5 tries. Inside a
 * caller's transaction (`client`), using the code rolls back with it (the checkout's sold-out case).
 */
export async function verifyOtp(phone: string, purpose: OtpPurpose, code: string, client: Pick<Prisma.TransactionClient, 'otpCode'> = db): Promise<VerifyResult> {
  const current = await client.otpCode.findFirst({ where: { phone, purpose, consumedAt: null }, orderBy: { createdAt: 'desc' } });
  if (!current) {
    // The same work as a wrong code, so a number that never got one takes as long to refuse.
    digest(phone, purpose, code);
    await client.otpCode.updateMany({ where: { id: '', attempts: { lt: OTP_MAX_ATTEMPTS } }, data: { attempts: { increment: 1 } } });
    return { ok: false, reason: 'none' };
  }
  if (current.expiresAt.getTime() <= Date.now()) return { ok: false, reason: 'expired' };
  if (current.attempts >= OTP_MAX_ATTEMPTS) return { ok: false, reason: 'tooManyTries' };

  const expected = Buffer.from(current.codeHash, 'hex');
  const given = Buffer.from(digest(phone, purpose, /^\d{6}$/.test(code) ? code : 'x'), 'hex');
  if (timingSafeEqual(expected, given)) {
    // Conditional update: of two simultaneous right answers only one uses the code.
    const used = await client.otpCode.updateMany({ where: { id: current.id, consumedAt: null, attempts: { lt: OTP_MAX_ATTEMPTS } }, data: { consumedAt: new Date() } });
    return used.count === 1 ? { ok: true } : { ok: false, reason: 'none' };
  }
  const counted = await client.otpCode.updateMany({ where: { id: current.id, attempts: { lt: OTP_MAX_ATTEMPTS } }, data: { attempts: { increment: 1 } } });
  return { ok: false, reason: counted.count === 0 || current.attempts + 1 >= OTP_MAX_ATTEMPTS ? 'tooManyTries' : 'wrong' };
}
