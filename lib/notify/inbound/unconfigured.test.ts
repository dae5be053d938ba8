// Without SMS_INBOUND_SECRET the inbound endpoint does not exist: even a well-formed post is
// answered 404 and nothing is stored or sent (there is never an unsigned way in).
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { signInbound } from './signature';

vi.hoisted(() => {
  delete process.env.SMS_INBOUND_SECRET;
});
const { POST } = await import('@/app/api/sms/inbound/route');

describe('POST /api/sms/inbound without SMS_INBOUND_SECRET', () => {
  it('answers 404, signed or not, and stores and sends nothing', async () => {
    const body = new URLSearchParams({ from: '01911000111', text: 'help', message_id: 'unconfigured-1' }).toString();
    for (const headers of [{}, { 'x-haat-signature': signInbound(body, 'any-secret-at-all-0123') }] as Record<string, string>[]) {
      const res = await POST(new Request('http://localhost:3000/api/sms/inbound', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } }));
      expect(res.status).toBe(404);
    }
    expect(await db.inboundSms.count()).toBe(0);
    expect(await db.smsMessage.count({ where: { to: '+8801911000111' } })).toBe(0);
  });
});
