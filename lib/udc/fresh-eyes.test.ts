// Fresh-eyes findings on assisted registration (issue #19): refusals come before the code is sent,
// the person and the operator are told by SMS, and an ended appointment leaves nothing hanging.
import { beforeAll, describe, expect, it } from 'vitest';
import { account, areaId, consoleScopes, uniquePhone } from '@/lib/console/test-fixtures';
import { auditPage, parseAuditFilters } from '@/lib/console/audit-queries';
import { db } from '@/lib/db';
import { SMS_MAX } from '@/lib/notify/inbound/reply';
import { lastCodeTo, lastSmsTo } from '@/lib/testing/jobs';
import { appointedText, appointOperator, endedText, endOperator, listUdcs } from './operators';
import { confirmRegistration, startRegistration, welcomeText } from './register';
import { appointSchema, donorRegistrationSchema, providerRegistrationSchema, shopRegistrationSchema } from './schemas';

let s: Awaited<ReturnType<typeof consoleScopes>>;
let mirzapur: number, tailor: number;

beforeAll(async () => {
  s = await consoleScopes();
  mirzapur = await areaId('mirzapur-sherpur-bogura');
  tailor = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
});

async function operator(centreName = 'মির্জাপুর ইউডিসি') {
  const user = await account();
  const appointment = await appointOperator(s.sherpur, appointSchema.parse({ phone: user.phone, centreName, unionId: String(mirzapur) }));
  return { user, appointment };
}
const sentTo = (phone: string) => db.smsMessage.count({ where: { to: phone } });

describe('UDC registration, fresh eyes', () => {
  it('refuses what confirmation would refuse before any code is sent', async () => {
    const { user } = await operator();
    const young = uniquePhone();
    const thisYear = new Date().getFullYear();
    const donor = donorRegistrationSchema.parse({ phone: young, nameBn: 'কিশোরী', bloodGroup: 'A_POS', sex: 'FEMALE', birthDate: `01/01/${thisYear - 15}`, lastDonation: '', areaId: String(mirzapur) });
    await expect(startRegistration(user, { kind: 'DONOR', input: donor }, 'udc-fresh')).rejects.toMatchObject({ code: 'invalid', message: 'tooYoung' });
    expect(await sentTo(young)).toBe(0);
    expect(await db.udcRegistration.count({ where: { phone: young } })).toBe(0);

    const takenSlug = `udc-taken-${Date.now().toString(36)}`;
    const owner = await account();
    await db.shop.create({ data: { slug: takenSlug, ownerId: owner.id, nameBn: 'আগের দোকান', areaId: mirzapur, phone: owner.phone } });
    const shopPhone = uniquePhone();
    const shop = shopRegistrationSchema.parse({ phone: shopPhone, ownerName: 'রাবেয়া', nameBn: 'রাবেয়ার পিঠা', slug: takenSlug, areaId: String(mirzapur) });
    await expect(startRegistration(user, { kind: 'SHOP', input: shop }, 'udc-fresh')).rejects.toMatchObject({ code: 'conflict', message: 'slugTaken' });
    expect(await sentTo(shopPhone)).toBe(0);

    const badTrade = uniquePhone();
    const provider = providerRegistrationSchema.parse({ phone: badTrade, nameBn: 'সালমা', categoryIds: ['999999'], areaId: String(mirzapur), address: '' });
    await expect(startRegistration(user, { kind: 'PROVIDER', input: provider }, 'udc-fresh')).rejects.toMatchObject({ code: 'invalid', message: 'categoryRequired' });
    expect(await sentTo(badTrade)).toBe(0);
  });

  it('tells the registered person once: where, her page, and how to sign in herself', async () => {
    const { user } = await operator();
    const phone = uniquePhone();
    const input = providerRegistrationSchema.parse({ phone, nameBn: 'সালমা দর্জি', categoryIds: [String(tailor)], areaId: String(mirzapur), address: '' });
    const registration = await startRegistration(user, { kind: 'PROVIDER', input }, 'udc-fresh');
    const done = await confirmRegistration(user, registration.id, await lastCodeTo(phone));
    const slug = (await db.provider.findUniqueOrThrow({ where: { id: done.providerId } })).slug;
    const sms = await lastSmsTo(phone);
    expect(sms).toContain('মির্জাপুর ইউডিসি');
    expect(sms).toContain(`/p/${slug}`);
    expect(sms).toContain('পাসওয়ার্ড ভুলে গেছেন?');
    expect(sms.length).toBeLessThanOrEqual(SMS_MAX);
    expect(await db.smsMessage.count({ where: { to: phone, purpose: { startsWith: 'udc:welcome' } } })).toBe(1);

    const shopPhone = uniquePhone();
    const slug2 = `udc-fresh-${Date.now().toString(36)}`;
    const r2 = await startRegistration(user, { kind: 'SHOP', input: shopRegistrationSchema.parse({ phone: shopPhone, ownerName: 'রাবেয়া', nameBn: 'পিঠা ঘর', slug: slug2, areaId: String(mirzapur) }) }, 'udc-fresh');
    await confirmRegistration(user, r2.id, await lastCodeTo(shopPhone));
    const shopSms = await lastSmsTo(shopPhone);
    expect(shopSms).toContain(slug2);
    expect(shopSms).toContain('পণ্য দিতে');
    expect(shopSms.length).toBeLessThanOrEqual(SMS_MAX);
  });

  it('keeps every SMS within one message, however long the names', () => {
    const long = 'অনেক লম্বা নামের ইউনিয়ন ডিজিটাল সেন্টার যার নাম আশি অক্ষরের কাছাকাছি পৌঁছে যায় সত্যিই';
    for (const kind of ['PROVIDER', 'DONOR', 'SHOP'] as const) {
      const text = welcomeText({ centreName: long, kind, url: kind === 'DONOR' ? undefined : 'http://localhost:3000/p/tailor-mirzapur-sherpur-bogura-x7k2' });
      expect(text.length).toBeLessThanOrEqual(SMS_MAX);
      expect(text).toContain('পাসওয়ার্ড ভুলে গেছেন?');
    }
    expect(appointedText(long, 'মির্জাপুর').length).toBeLessThanOrEqual(SMS_MAX);
    expect(endedText(long).length).toBeLessThanOrEqual(SMS_MAX);
  });

  it('tells the operator of her appointment and its end; the end cancels what waits for a code, and its reason is shown', async () => {
    const { user, appointment } = await operator('শেরপুর ইউডিসি');
    expect(await lastSmsTo(user.phone)).toContain('শেরপুর ইউডিসি');
    const phone = uniquePhone();
    const input = providerRegistrationSchema.parse({ phone, nameBn: 'অপেক্ষমাণ', categoryIds: [String(tailor)], areaId: String(mirzapur), address: '' });
    const pending = await startRegistration(user, { kind: 'PROVIDER', input }, 'udc-fresh');
    await endOperator(s.sherpur, appointment.id, { reason: 'বদলি' });
    expect(await lastSmsTo(user.phone)).toContain('নিয়োগ শেষ');
    expect(await db.udcRegistration.count({ where: { id: pending.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { subject: 'UDC_REGISTRATION', subjectId: pending.id, action: 'udc.cancel' } })).toBe(1);
    const row = (await listUdcs(s.sherpur)).find((u) => u.id === appointment.id);
    expect(row).toMatchObject({ active: false, endReason: 'বদলি', numbers: { pending: 0 } });
    // The audit names the centre and the person rather than their ids.
    const { page: _page, unreadable: _unreadable, ...filters } = parseAuditFilters({ subject: 'UDC_OPERATOR' });
    const entries = (await auditPage(s.sherpur, filters, 1)).rows.filter((r) => r.subjectId === appointment.id);
    expect(entries.map((r) => r.name)).toContain(`শেরপুর ইউডিসি (${user.name})`);
  });
});
