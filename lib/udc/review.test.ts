// The security review of assisted registration (issue #19 part 3): each test fails without its fix.
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '@/lib/auth/passwords';
import { account, areaId, consoleScopes, uniquePhone } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { pruneOldRecords } from '@/lib/maintenance/prune';
import { lastCodeTo, lastSmsTo } from '@/lib/testing/jobs';
import { appointOperator, endOperator } from './operators';
import { attachAssistedPhoto, confirmRegistration, editProviderBasics, operatorDesk, startRegistration, updateAssistedPhoto } from './register';
import { appointSchema, donorRegistrationSchema, providerRegistrationSchema } from './schemas';
import { recordOwnSignIn } from './sign-in';

let s: Awaited<ReturnType<typeof consoleScopes>>;
let mirzapur = 0;
let tailor = 0;

beforeAll(async () => {
  s = await consoleScopes();
  mirzapur = await areaId('mirzapur-sherpur-bogura');
  tailor = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
});

const appointInput = (phone: string, centreName = 'মির্জাপুর ইউডিসি') => appointSchema.parse({ phone, centreName, unionId: String(mirzapur) });
const providerInput = (phone: string, over: Record<string, unknown> = {}) =>
  providerRegistrationSchema.parse({ phone, nameBn: 'সালমা দর্জি', categoryIds: [String(tailor)], areaId: String(mirzapur), address: 'পূর্বপাড়া', ...over });
const rename = { nameBn: 'অপারেটরের বদল', categoryIds: [tailor] };

async function operator(centreName?: string) {
  const user = await account();
  return { user, appointment: await appointOperator(s.sherpur, appointInput(user.phone, centreName)) };
}

/** Registers a tailor for this number and confirms it with her code. */
async function registered(op: { id: string }, phone = uniquePhone()) {
  const registration = await startRegistration(op, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-review');
  await confirmRegistration(op, registration.id, await lastCodeTo(phone));
  const person = await db.user.findUniqueOrThrow({ where: { phone }, include: { provider: true } });
  return { registration, person, provider: person.provider! };
}

const refused = { code: 'forbidden', message: 'ownerSignedIn' };

describe('M1: the edit window closes when the owner can act herself', () => {
  it('at once for an account that has a password or has signed in', async () => {
    const { user } = await operator();
    const withPassword = await account();
    await db.user.update({ where: { id: withPassword.id }, data: { passwordHash: await hashPassword('nijer-password-1') } });
    const a = await registered(user, withPassword.phone);
    await expect(editProviderBasics(user, a.registration.id, rename)).rejects.toMatchObject(refused);

    const signedInBefore = await account();
    await db.user.update({ where: { id: signedInBefore.id }, data: { lastActiveAt: new Date() } });
    const b = await registered(user, signedInBefore.phone);
    await expect(editProviderBasics(user, b.registration.id, rename)).rejects.toMatchObject(refused);
    expect((await operatorDesk(user)).editable).toEqual([]);
  });

  it('when she signs in or acts herself while the registration still waits for her code', async () => {
    const { user } = await operator();
    const her = await account();
    const registration = await startRegistration(user, { kind: 'PROVIDER', input: providerInput(her.phone) }, 'udc-review');
    await recordOwnSignIn(her.id); // a sign-in, or any action of her own (the action pipeline calls it)
    await confirmRegistration(user, registration.id, await lastCodeTo(her.phone));
    await expect(editProviderBasics(user, registration.id, rename)).rejects.toMatchObject(refused);
  });

  it('lets the operator change or remove only the photos she attached', async () => {
    const { user } = await operator();
    const { registration, person, provider } = await registered(user);
    const mine = await db.media.create({ data: { ownerId: user.id, purpose: 'PROVIDER_PHOTO', key: `udc-review/${registration.id}-op.webp`, width: 640, height: 480, bytes: 1000 } });
    await attachAssistedPhoto(user, registration.id, mine.id, 'ব্লাউজ');
    const hers = await db.media.create({ data: { ownerId: person.id, purpose: 'PROVIDER_PHOTO', key: `udc-review/${registration.id}-own.webp`, width: 640, height: 480, bytes: 1000 } });
    const herPhoto = await db.providerPhoto.create({ data: { providerId: provider.id, mediaId: hers.id, caption: 'আমার নিজের', sortOrder: 5 } });
    await expect(updateAssistedPhoto(user, registration.id, herPhoto.id, { remove: true })).rejects.toMatchObject({ code: 'notFound' });
    await expect(updateAssistedPhoto(user, registration.id, herPhoto.id, { caption: 'বদল' })).rejects.toMatchObject({ code: 'notFound' });
    expect(await db.providerPhoto.findUniqueOrThrow({ where: { id: herPhoto.id } })).toMatchObject({ caption: 'আমার নিজের' });
    const opPhoto = await db.providerPhoto.findUniqueOrThrow({ where: { mediaId: mine.id } });
    await updateAssistedPhoto(user, registration.id, opPhoto.id, { caption: 'নতুন ব্লাউজ' });
    expect((await db.providerPhoto.findUniqueOrThrow({ where: { id: opPhoto.id } })).caption).toBe('নতুন ব্লাউজ');
  });

  it('never lets the operator make again a profile the owner deleted', async () => {
    const { user } = await operator();
    const { registration, person, provider } = await registered(user);
    await db.provider.delete({ where: { id: provider.id } });
    await expect(editProviderBasics(user, registration.id, rename)).rejects.toMatchObject(refused);
    expect(await db.provider.count({ where: { userId: person.id } })).toBe(0);
  });
});

describe('L1: one consent code, one registration, said in the SMS', () => {
  it('names the centre, the kind and the person in at most 134 characters', async () => {
    const { user } = await operator('রামপুর ইউনিয়ন ডিজিটাল সেন্টার, পূর্ব পাড়া বাজারের পাশে, দোতলা');
    const phone = uniquePhone();
    await startRegistration(user, { kind: 'PROVIDER', input: providerInput(phone, { nameBn: 'মোছাম্মৎ সালমা আক্তার খাতুন বেগম চৌধুরী' }) }, 'udc-review');
    const body = await lastSmsTo(phone);
    expect(body.length).toBeLessThanOrEqual(134);
    expect(body).toContain('রামপুর ইউনিয়ন');
    expect(body).toContain('সেবাদাতা');
    expect(body).toContain('মোছাম্মৎ সালমা');
    expect(body).toMatch(/\d{6}/);
  });

  it('a second registration for the number replaces the first, and unconfirmed ones expire', async () => {
    const a = await operator();
    const b = await operator();
    const phone = uniquePhone();
    const first = await startRegistration(a.user, { kind: 'PROVIDER', input: providerInput(phone) }, 'udc-review');
    await db.rateLimit.deleteMany({ where: { key: { contains: phone } } }); // past the minute between codes
    const second = await startRegistration(b.user, { kind: 'PROVIDER', input: providerInput(phone, { nameBn: 'অন্য নাম' }) }, 'udc-review');
    expect((await db.udcRegistration.findMany({ where: { phone, status: 'PENDING' } })).map((r) => r.id)).toEqual([second.id]);
    expect(await db.auditLog.count({ where: { subjectId: first.id, action: 'udc.replace' } })).toBe(1);
    await expect(confirmRegistration(a.user, first.id, await lastCodeTo(phone))).rejects.toMatchObject({ code: 'notFound' });

    await db.udcRegistration.update({ where: { id: second.id }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    await expect(confirmRegistration(b.user, second.id, await lastCodeTo(phone))).rejects.toMatchObject({ code: 'notFound' });
    await pruneOldRecords();
    expect(await db.udcRegistration.count({ where: { phone } })).toBe(0);
  });
});

describe('L3/L4: appointments', () => {
  it('keeps a role change made while the appointment waits for the row', async () => {
    const someone = await account();
    let appointing: Promise<unknown> | undefined;
    await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`UPDATE "User" SET roles = array_append(roles, 'SELLER'::"Role") WHERE id = ${someone.id}`;
        appointing = appointOperator(s.sherpur, appointInput(someone.phone));
        appointing.catch(() => {});
        // Commit only once the appointment waits for this row.
        await expect.poll(async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted`)[0]!.n, { timeout: 15_000 }).toBeGreaterThan(0);
      },
      { timeout: 30_000 },
    );
    await appointing;
    expect((await db.user.findUniqueOrThrow({ where: { id: someone.id } })).roles.sort()).toEqual(['BUYER', 'SELLER', 'UDC_OPERATOR']);
  });

  it('refuses the officer herself, officers and admins', async () => {
    await expect(appointOperator(s.sherpur, appointInput(s.sherpurOfficer.phone))).rejects.toMatchObject({ code: 'invalid', message: 'appointSelf' });
    await expect(appointOperator(s.sherpur, appointInput(s.kahalooOfficer.phone))).rejects.toMatchObject({ code: 'invalid', message: 'appointOfficer' });
    await expect(appointOperator(s.sherpur, appointInput(s.admin.phone))).rejects.toMatchObject({ code: 'invalid', message: 'appointOfficer' });
    expect(await db.udcOperator.count({ where: { userId: { in: [s.sherpurOfficer.id, s.kahalooOfficer.id, s.admin.id] } } })).toBe(0);
  });
});

describe('L5: edit rights follow the appointment', () => {
  it('an ended appointment edits nothing, even when she is appointed again', async () => {
    const { user, appointment } = await operator();
    const { registration } = await registered(user);
    await endOperator(s.sherpur, appointment.id, { reason: '' });
    await appointOperator(s.sherpur, appointInput(user.phone, 'নতুন সেন্টার'));
    await expect(editProviderBasics(user, registration.id, rename)).rejects.toMatchObject({ code: 'notFound' });
    expect((await operatorDesk(user)).editable).toEqual([]);
  });
});

describe('L6: a donor chooses whether her number goes out by SMS', () => {
  it('keeps the choice typed at the centre and says it in the SMS', async () => {
    const { user } = await operator();
    const donor = (phone: string, smsShared?: string) =>
      donorRegistrationSchema.parse({ phone, nameBn: 'রিনা আক্তার', bloodGroup: 'B_POS', sex: 'FEMALE', birthDate: '১৫/০১/১৯৯৫', lastDonation: '', areaId: String(mirzapur), smsShared });
    const [no, yes] = [uniquePhone(), uniquePhone()];
    for (const [phone, choice] of [[no, undefined], [yes, '1']] as const) {
      const r = await startRegistration(user, { kind: 'DONOR', input: donor(phone, choice) }, 'udc-review');
      await confirmRegistration(user, r.id, await lastCodeTo(phone));
    }
    expect((await db.provider.findFirstOrThrow({ where: { user: { phone: no } } })).donorSmsShared).toBe(false);
    expect((await db.provider.findFirstOrThrow({ where: { user: { phone: yes } } })).donorSmsShared).toBe(true);
    // Her consent SMS (the welcome SMS after it says nothing of the choice).
    const sms = async (phone: string) => (await db.smsMessage.findFirstOrThrow({ where: { to: phone, purpose: { not: { startsWith: 'udc:welcome' } } }, orderBy: { createdAt: 'desc' } })).body;
    expect(await sms(yes)).toContain('রক্তপ্রার্থী');
    expect(await sms(no)).not.toContain('রক্তপ্রার্থী');
    expect(await sms(yes)).toContain('রক্তদাতা');
  });
});
