import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { expireVerifications } from './expiry';
import { decideVerification } from './verify';
import { consoleScopes, shop } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  s = await consoleScopes();
});

describe('a shop’s badge', () => {
  it('is dated, valid 12 months like a provider’s, reminded once a month before and then expires', async () => {
    const pitha = await shop('mirzapur-sherpur-bogura');
    const now = new Date('2026-12-06T06:00:00Z');
    await decideVerification(s.sherpur, 'SHOP', pitha.id, 'VERIFIED', '', now);
    const saved = await db.shop.findUniqueOrThrow({ where: { id: pitha.id } });
    expect(saved).toMatchObject({ verification: 'VERIFIED', verifiedAt: now });
    expect(saved.verificationExpiresAt!.toISOString().slice(0, 10)).toBe('2027-12-06');
    // The approval SMS promises that very date.
    const approval = await db.smsMessage.findFirstOrThrow({ where: { to: pitha.phone, purpose: 'verification-verified' } });
    expect(approval.body).toContain('2027-12-06');

    // Two months before: nothing yet.
    await expireVerifications(new Date('2027-10-01T00:00:00Z'));
    const reminders = () => db.smsMessage.findMany({ where: { to: pitha.phone, purpose: { startsWith: 'verification-reminder' } }, select: { body: true } });
    expect(await reminders()).toEqual([]);
    // A month before: reminded, once, however often the worker runs.
    await expireVerifications(new Date('2027-11-10T00:00:00Z'));
    await expireVerifications(new Date('2027-11-20T00:00:00Z'));
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toContain('2027-12-06');
    expect((await db.shop.findUniqueOrThrow({ where: { id: pitha.id } })).verification).toBe('VERIFIED');

    // After the date the badge is gone, recorded as an event; running again changes nothing.
    await expireVerifications(new Date('2027-12-07T00:00:00Z'));
    expect((await db.shop.findUniqueOrThrow({ where: { id: pitha.id } })).verification).toBe('EXPIRED');
    expect(await db.verificationEvent.count({ where: { shopId: pitha.id, status: 'EXPIRED' } })).toBe(1);
    await expireVerifications(new Date('2027-12-08T00:00:00Z'));
    expect(await db.verificationEvent.count({ where: { shopId: pitha.id, status: 'EXPIRED' } })).toBe(1);
    expect(await reminders()).toHaveLength(1);

    // An expired shop is back in the officers' queue and can be approved again, with a new date.
    await decideVerification(s.sherpur, 'SHOP', pitha.id, 'VERIFIED', '', new Date('2027-12-10T00:00:00Z'));
    expect((await db.shop.findUniqueOrThrow({ where: { id: pitha.id } })).verificationExpiresAt!.toISOString().slice(0, 10)).toBe('2028-12-10');
  });
});
