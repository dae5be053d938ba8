import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { lastCodeTo } from '@/lib/testing/jobs';
import { OTP_MAX_ATTEMPTS, issueOtp, verifyOtp } from './otp';

let serial = 0;
const freshPhone = () => `+88017${String(90000000 + ++serial * 7 + Math.floor(Math.random() * 1000) * 100000).slice(0, 8)}`;

const lastCode = lastCodeTo;

describe('SMS codes', () => {
  it('are 6 digits, sent by SMS, stored only as a hash, and work once', async () => {
    const phone = freshPhone();
    expect(await issueOtp(phone, 'SIGN_UP', 'client-a')).toMatchObject({ ok: true });
    const code = await lastCode(phone);
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.otpCode.findFirstOrThrow({ where: { phone } });
    expect(row.codeHash).not.toContain(code);
    expect(Math.abs(row.expiresAt.getTime() - row.createdAt.getTime() - 10 * 60_000)).toBeLessThan(2_000);

    expect(await verifyOtp(phone, 'RESET_PASSWORD', code)).toEqual({ ok: false, reason: 'none' }); // bound to its purpose
    expect(await verifyOtp(phone, 'SIGN_UP', code)).toEqual({ ok: true });
    expect(await verifyOtp(phone, 'SIGN_UP', code)).toEqual({ ok: false, reason: 'none' }); // single use
  });

  it('expire after 10 minutes', async () => {
    const phone = freshPhone();
    await issueOtp(phone, 'SIGN_UP', 'client-b');
    const code = await lastCode(phone);
    await db.otpCode.updateMany({ where: { phone }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyOtp(phone, 'SIGN_UP', code)).toEqual({ ok: false, reason: 'expired' });
  });

  it('survive 10,000 guesses: none succeeds, the code dies after 5 wrong tries', { timeout: 120_000 }, async () => {
    const phone = freshPhone();
    await issueOtp(phone, 'SIGN_UP', 'client-c');
    const code = await lastCode(phone);
    // Every other code, with the real one hidden in the middle of the attack.
    const guesses: string[] = [];
    for (let n = 0; guesses.length < 9_999; n++) {
      const guess = String(n).padStart(6, '0');
      if (guess !== code) guesses.push(guess);
    }
    guesses.splice(5_000, 0, code);
    let succeeded = 0;
    const reasons = new Map<string, number>();
    for (let i = 0; i < guesses.length; i += 50) {
      const results = await Promise.all(guesses.slice(i, i + 50).map((g) => verifyOtp(phone, 'SIGN_UP', g)));
      for (const r of results) {
        if (r.ok) succeeded++;
        else reasons.set(r.reason, (reasons.get(r.reason) ?? 0) + 1);
      }
    }
    console.log(`[otp] 10,000 guesses → ${succeeded} succeeded; ${[...reasons].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
    expect(succeeded).toBe(0);
    const row = await db.otpCode.findFirstOrThrow({ where: { phone } });
    expect(row.attempts).toBe(OTP_MAX_ATTEMPTS);
    expect(row.consumedAt).toBeNull();
  });

  it('allow one code a minute per number and a daily cap, and only Bangladeshi mobiles', async () => {
    const phone = freshPhone();
    expect((await issueOtp(phone, 'SIGN_UP', 'client-d')).ok).toBe(true);
    const again = await issueOtp(phone, 'SIGN_UP', 'client-d');
    expect(again).toMatchObject({ ok: false, reason: 'tooSoon' });
    expect((again as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(50);
    expect(await db.smsMessage.count({ where: { to: phone } })).toBe(1);

    // Pretend the minute passed each time: the daily cap stops the 9th code.
    let sent = 1;
    for (let i = 0; i < 12; i++) {
      await db.rateLimit.deleteMany({ where: { key: { startsWith: 'otp:gap:' } } });
      const r = await issueOtp(phone, 'SIGN_UP', `client-d${i}`);
      if (r.ok) sent++;
      else expect(r.reason).toBe('dailyLimit');
    }
    console.log(`[otp] codes sent to one number in a day: ${sent} (cap 8)`);
    expect(sent).toBe(8);

    expect(await issueOtp('+447911123456', 'SIGN_UP', 'client-e')).toEqual({ ok: false, reason: 'notMobile' });
  });

  it('limit how many codes one client can ask for, and how many the whole deployment sends', async () => {
    process.env.SMS_CLIENT_HOURLY_CAP = '20';
    process.env.SMS_HOURLY_CAP = '30';
    vi.resetModules();
    const { issueOtp: issue } = await import('./otp');
    await db.rateLimit.deleteMany({ where: { key: 'otp:all' } });
    let refused = 0;
    for (let i = 0; i < 25; i++) {
      const r = await issue(freshPhone(), 'SIGN_UP', 'client-flood');
      if (!r.ok && r.reason === 'clientLimit') refused++;
    }
    console.log(`[otp] one client asking for 25 numbers: ${25 - refused} sent, ${refused} refused`);
    expect(refused).toBe(5);
    // Rotating clients buys nothing past the overall cap: 20 sent above, 10 more, then none.
    let sent = 0;
    for (let i = 0; i < 15; i++) if ((await issue(freshPhone(), 'SIGN_UP', `rotating-${i}`)).ok) sent++;
    expect(sent).toBe(10);
    delete process.env.SMS_CLIENT_HOURLY_CAP;
    delete process.env.SMS_HOURLY_CAP;
    vi.resetModules();
  });

  it('replace an earlier code when a new one is sent', async () => {
    const phone = freshPhone();
    await issueOtp(phone, 'RESET_PASSWORD', 'client-f');
    const first = await lastCode(phone);
    await db.rateLimit.deleteMany({ where: { key: `otp:gap:RESET_PASSWORD:${phone}` } });
    await issueOtp(phone, 'RESET_PASSWORD', 'client-f');
    const second = await lastCode(phone);
    if (first !== second) expect(await verifyOtp(phone, 'RESET_PASSWORD', first)).toMatchObject({ ok: false });
    expect(await verifyOtp(phone, 'RESET_PASSWORD', second)).toEqual({ ok: true });
  });
});
