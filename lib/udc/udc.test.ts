import { beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '@/lib/auth/auth';
import { hashPassword } from '@/lib/auth/passwords';
import { account, areaId, consoleScopes, uniquePhone } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { getPublicProvider } from '@/lib/directory/provider-page';
import { lastCodeTo } from '@/lib/testing/jobs';
import { appointOperator, endOperator, listUdcs, operatorOf } from './operators';
import { attachAssistedPhoto, cancelRegistration, confirmRegistration, editProviderBasics, operatorDesk, resendConsentCode, startRegistration } from './register';
import { appointSchema, donorRegistrationSchema, providerRegistrationSchema, shopRegistrationSchema } from './schemas';

let s: Awaited<ReturnType<typeof consoleScopes>>;
let mirzapur: number, kahalooUnion: number, tailor: number;

beforeAll(async () => {
  s = await consoleScopes();
  mirzapur = await areaId('mirzapur-sherpur-bogura');
  const kahaloo = await areaId('kahaloo');
  kahalooUnion = (await db.area.findFirstOrThrow({ where: { parentId: kahaloo, level: 'UNION' }, select: { id: true } })).id;
  tailor = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
});

const appointInput = (phone: string, unionId: number, centreName = 'মির্জাপুর ইউডিসি') => appointSchema.parse({ phone, centreName, unionId: String(unionId) });
const providerInput = (phone: string, over: Record<string, unknown> = {}) =>
  providerRegistrationSchema.parse({ phone, nameBn: 'সালমা দর্জি', categoryIds: [String(tailor)], areaId: String(mirzapur), address: 'পূর্বপাড়া', ...over });

/** An operator of the Mirzapur centre, appointed by the Sherpur officer. */
async function operator() {
  const user = await account();
  const appointment = await appointOperator(s.sherpur, appointInput(user.phone, mirzapur));
  return { user, appointment };
}

describe('UDC operators', () => {
  it('are appointed by an officer for a union of her area only, and audited', async () => {
    const someone = await account();
    await expect(appointOperator(s.kahaloo, appointInput(someone.phone, mirzapur))).rejects.toMatchObject({ code: 'notFound' });
    await expect(appointOperator(s.sherpur, appointInput(someone.phone, await areaId('sherpur-bogura')))).rejects.toMatchObject({ message: 'unionRequired' });
    await expect(appointOperator(s.sherpur, appointInput(uniquePhone(), mirzapur))).rejects.toMatchObject({ code: 'invalid', message: 'noAccount' });
    const appointment = await appointOperator(s.sherpur, appointInput(someone.phone, mirzapur));
    expect(await db.user.findUniqueOrThrow({ where: { id: someone.id } })).toMatchObject({ roles: ['BUYER', 'UDC_OPERATOR'] });
    await expect(appointOperator(s.sherpur, appointInput(someone.phone, mirzapur, 'আরেকটি'))).rejects.toMatchObject({ code: 'conflict', message: 'alreadyOperator' });
    expect(await db.auditLog.findFirstOrThrow({ where: { subject: 'UDC_OPERATOR', subjectId: appointment.id, action: 'udc.appoint' } })).toMatchObject({
      actorId: s.sherpurOfficer.id,
      areaId: mirzapur,
      after: { centreName: 'মির্জাপুর ইউডিসি', unionId: mirzapur },
    });
    expect((await listUdcs(s.sherpur)).map((u) => u.id)).toContain(appointment.id);
    expect((await listUdcs(s.kahaloo)).map((u) => u.id)).not.toContain(appointment.id);
  });

  it('end by an officer of the area; the role goes, the desk is closed', async () => {
    const { user, appointment } = await operator();
    await expect(endOperator(s.kahaloo, appointment.id, { reason: '' })).rejects.toMatchObject({ code: 'notFound' });
    await endOperator(s.sherpur, appointment.id, { reason: 'বদলি' });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).roles).not.toContain('UDC_OPERATOR');
    await expect(operatorOf(user)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(endOperator(s.sherpur, appointment.id, { reason: '' })).rejects.toMatchObject({ code: 'conflict', message: 'alreadyEnded' });
    expect(await db.auditLog.count({ where: { subject: 'UDC_OPERATOR', subjectId: appointment.id, action: 'udc.end', reason: 'বদলি' } })).toBe(1);
  });
});

describe('assisted registration', () => {
  it('publishes nothing without the person\'s own code, and never hands the code to the operator', async () => {
    const { user } = await operator();
    const phone = uniquePhone();
    await expect(startRegistration(user, { kind: 'PROVIDER', input: providerInput(phone, { areaId: String(kahalooUnion) }) }, 'udc-test')).rejects.toMatchObject({ code: 'forbidden', message: 'otherUnion' });
    await expect(startRegistration(user, { kind: 'PROVIDER', input: providerInput(user.phone) }, 'udc-test')).rejects.toMatchObject({ message: 'ownNumber' });
    const outsider = await account();
    await expect(startRegistration(outsider, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-test')).rejects.toMatchObject({ code: 'forbidden', message: 'notOperator' });

    const registration = await startRegistration(user, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-test');
    expect(Object.keys(registration)).toEqual(['id']);
    const code = await lastCodeTo(phone);
    // Pending: no account, no profile yet.
    expect(await db.user.findUnique({ where: { phone } })).toBeNull();
    const desk = await operatorDesk(user);
    expect(desk.pending.map((p) => p.id)).toEqual([registration.id]);
    expect(JSON.stringify(desk)).not.toContain(code);
    expect(JSON.stringify(await db.auditLog.findMany({ where: { subjectId: registration.id }, select: { before: true, after: true, reason: true } }))).not.toContain(code);
    expect((await db.smsMessage.findFirstOrThrow({ where: { to: phone }, orderBy: { createdAt: 'desc' } })).body).not.toContain(code);

    await expect(confirmRegistration(user, registration.id, code === '000000' ? '111111' : '000000')).rejects.toMatchObject({ code: 'invalid', message: 'codeWrong' });
    expect(await db.user.findUnique({ where: { phone } })).toBeNull();
    // Another operator cannot confirm it, even with the right code.
    const other = await operator();
    await expect(confirmRegistration(other.user, registration.id, code)).rejects.toMatchObject({ code: 'notFound' });

    const done = await confirmRegistration(user, registration.id, code);
    expect(JSON.stringify(done)).not.toContain(code);
    const person = await db.user.findUniqueOrThrow({ where: { phone }, include: { provider: true }, omit: { passwordHash: false } });
    expect(person).toMatchObject({ status: 'ACTIVE', passwordHash: null, roles: ['BUYER', 'PROVIDER'] });
    expect(person.phoneVerifiedAt).not.toBeNull();
    expect(person.provider).toMatchObject({ id: done.providerId, areaId: mirzapur, phone, status: 'ACTIVE', nameBn: 'সালমা দর্জি' });
    expect(await getPublicProvider(person.provider!.slug)).toMatchObject({ assistedBy: 'মির্জাপুর ইউডিসি' });
    expect(await db.auditLog.count({ where: { subject: 'UDC_REGISTRATION', subjectId: registration.id, action: { in: ['udc.register', 'udc.confirm'] } } })).toBe(2);
    // The code is used up.
    await expect(confirmRegistration(user, registration.id, code)).rejects.toMatchObject({ code: 'notFound' });
  });

  it('sends codes under the OTP limits, and a pending registration can be dropped', async () => {
    const { user } = await operator();
    const phone = uniquePhone();
    const registration = await startRegistration(user, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-test');
    // One code a minute per number: asking again at once is refused, and so is a second registration.
    await expect(resendConsentCode(user, registration.id, 'udc-test')).rejects.toMatchObject({ code: 'rateLimited', message: 'tooSoon' });
    await expect(startRegistration(user, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-test')).rejects.toMatchObject({ code: 'rateLimited', message: 'tooSoon' });
    expect(await db.udcRegistration.count({ where: { phone } })).toBe(1);
    await cancelRegistration(user, registration.id);
    expect(await db.udcRegistration.count({ where: { phone } })).toBe(0);
    expect(await db.auditLog.count({ where: { subjectId: registration.id, action: 'udc.cancel' } })).toBe(1);
  });

  it('never takes over an account that already has such a record', async () => {
    const { user } = await operator();
    const someone = await account();
    await db.provider.create({ data: { slug: `own-${someone.id}`, userId: someone.id, nameBn: 'নিজের প্রোফাইল', areaId: mirzapur, phone: someone.phone } });
    await expect(startRegistration(user, { kind: 'PROVIDER', input: providerInput(someone.phone) }, 'udc-test')).rejects.toMatchObject({ code: 'conflict', message: 'alreadyRegistered' });
    // An existing account without a profile is used, with her consent.
    const buyer = await account();
    const registration = await startRegistration(user, { kind: 'PROVIDER', input: providerInput(buyer.phone) }, 'udc-test');
    await confirmRegistration(user, registration.id, await lastCodeTo(buyer.phone));
    expect((await db.provider.findUniqueOrThrow({ where: { userId: buyer.id } })).nameBn).toBe('সালমা দর্জি');
  });

  it('lets the operator edit only what she registered, until the owner first signs in herself', async () => {
    const { user } = await operator();
    const phone = uniquePhone();
    const registration = await startRegistration(user, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-test');
    await confirmRegistration(user, registration.id, await lastCodeTo(phone));
    await editProviderBasics(user, registration.id, { nameBn: 'সালমা টেইলার্স', categoryIds: [tailor] });
    const person = await db.user.findUniqueOrThrow({ where: { phone }, include: { provider: true } });
    expect(person.provider!.nameBn).toBe('সালমা টেইলার্স');
    // A photo from the centre's computer becomes hers.
    const media = await db.media.create({ data: { ownerId: user.id, purpose: 'PROVIDER_PHOTO', key: `udc-test/${registration.id}.webp`, width: 640, height: 480, bytes: 1000 } });
    await attachAssistedPhoto(user, registration.id, media.id, 'ব্লাউজ');
    expect(await db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ ownerId: person.id });
    expect(await db.providerPhoto.count({ where: { providerId: person.provider!.id } })).toBe(1);
    // Someone else's registration: not found.
    const other = await operator();
    await expect(editProviderBasics(other.user, registration.id, { nameBn: 'অন্য', categoryIds: [tailor] })).rejects.toMatchObject({ code: 'notFound' });

    // The owner signs in herself (with a password she chose through "forgot password").
    await db.user.update({ where: { id: person.id }, data: { passwordHash: await hashPassword('salma-nijer-2026') } });
    expect(await authenticate({ phone, password: 'salma-nijer-2026' }, { client: 'udc-test-owner' })).toMatchObject({ id: person.id });
    await expect(editProviderBasics(user, registration.id, { nameBn: 'আবার বদল', categoryIds: [tailor] })).rejects.toMatchObject({ code: 'forbidden', message: 'ownerSignedIn' });
    expect((await db.provider.findUniqueOrThrow({ where: { userId: person.id } })).nameBn).toBe('সালমা টেইলার্স');
    const desk = await operatorDesk(user);
    expect(desk.editable.map((r) => r.id)).not.toContain(registration.id);
    // …but it stays in her numbers, and in the officer's per centre.
    expect(desk.numbers.all.PROVIDER).toBe(1);
    expect(desk.numbers.month.PROVIDER).toBe(1);
    expect(await db.auditLog.count({ where: { subject: 'UDC_REGISTRATION', subjectId: registration.id, action: 'udc.edit' } })).toBe(2);
  });

  it('registers a blood donor and a shop the same way, with the same forms\' rules', async () => {
    const { user } = await operator();
    const donorPhone = uniquePhone();
    const donor = donorRegistrationSchema.parse({ phone: donorPhone, nameBn: 'রিনা আক্তার', bloodGroup: 'B_POS', sex: 'FEMALE', birthDate: '১৫/০১/১৯৯৫', lastDonation: '', areaId: String(mirzapur) });
    const r1 = await startRegistration(user, { kind: 'DONOR', input: donor }, 'udc-test');
    await confirmRegistration(user, r1.id, await lastCodeTo(donorPhone));
    expect(await db.provider.findFirstOrThrow({ where: { user: { phone: donorPhone } } })).toMatchObject({ bloodGroup: 'B_POS', sex: 'FEMALE', areaId: mirzapur });

    const shopPhone = uniquePhone();
    const slug = `udc-pitha-${Date.now().toString(36)}`;
    const shop = shopRegistrationSchema.parse({ phone: shopPhone, ownerName: 'রাবেয়া খাতুন', nameBn: 'রাবেয়ার পিঠা', slug, areaId: String(mirzapur) });
    const r2 = await startRegistration(user, { kind: 'SHOP', input: shop }, 'udc-test');
    await confirmRegistration(user, r2.id, await lastCodeTo(shopPhone));
    const owner = await db.user.findUniqueOrThrow({ where: { phone: shopPhone }, include: { shops: true } });
    expect(owner).toMatchObject({ name: 'রাবেয়া খাতুন', roles: ['BUYER', 'SELLER'] });
    expect(owner.shops[0]).toMatchObject({ slug, nameBn: 'রাবেয়ার পিঠা', areaId: mirzapur, status: 'ACTIVE' });
    // The same person cannot be given a second shop by an operator.
    await expect(startRegistration(user, { kind: 'SHOP', input: { ...shop, slug: `${slug}-2` } }, 'udc-test')).rejects.toMatchObject({ message: 'alreadyRegistered' });
    const desk = await operatorDesk(user);
    expect(desk.numbers.all).toEqual({ PROVIDER: 0, DONOR: 1, SHOP: 1 });
  });

  it('counts registrations per centre for the officers', async () => {
    const a = await operator();
    const b = await operator();
    for (const op of [a, a, b]) {
      const phone = uniquePhone();
      const registration = await startRegistration(op.user, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-test');
      await confirmRegistration(op.user, registration.id, await lastCodeTo(phone));
    }
    await startRegistration(b.user, { kind: 'PROVIDER', input: providerInput(uniquePhone()) }, 'udc-test');
    const rows = new Map((await listUdcs(s.sherpur)).map((u) => [u.id, u.numbers]));
    expect(rows.get(a.appointment.id)).toMatchObject({ all: { PROVIDER: 2, DONOR: 0, SHOP: 0 }, month: { PROVIDER: 2 }, pending: 0 });
    expect(rows.get(b.appointment.id)).toMatchObject({ all: { PROVIDER: 1 }, pending: 1 });
    expect((await listUdcs(s.kahaloo)).map((u) => u.id)).not.toContain(a.appointment.id);
  });
});
