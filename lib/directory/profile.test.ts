import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { registerDonor } from './donor';
import { getPublicProvider } from './provider-page';
import { attachWorkPhoto, saveArea, saveBasics, saveContact, saveHours, saveServices, setHidden, updateWorkPhoto } from './profile';
import { areaSchema, contactSchema, hoursSchema, servicesSchema } from './profile-schemas';

let n = 0;
const account = async () => {
  const phone = `+88016${String(30000000 + ++n * 17 + Math.floor(Math.random() * 1e4) * 1e3).slice(0, 8)}`;
  return db.user.create({ data: { phone, name: 'নতুন মিস্ত্রি', status: 'ACTIVE', phoneVerifiedAt: new Date() } });
};
let electrician: number, plumber: number, mirzapur: number;

beforeAll(async () => {
  electrician = (await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } })).id;
  plumber = (await db.category.findUniqueOrThrow({ where: { slug: 'plumber' } })).id;
  mirzapur = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
});

async function onboard() {
  const user = await account();
  const provider = await saveBasics(user, { nameBn: 'রহিম ইলেকট্রিক', categoryIds: [electrician, plumber] });
  return { user, provider };
}

describe('provider onboarding', () => {
  it('is a draft until basics, area and contact are done, then public and unverified', async () => {
    const { user, provider } = await onboard();
    expect(provider.status).toBe('DRAFT');
    // Available from the start: her hours and the "busy" switch say more later.
    expect(provider.availableNow).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).roles).toContain('PROVIDER');
    await saveArea(user, areaSchema.parse({ areaId: String(mirzapur), address: 'পূর্বপাড়া, মসজিদের পাশে', addressPrivacy: 'UNION_ONLY' }));
    expect(await getPublicProvider(provider.slug)).toBeNull();
    await saveContact(user, contactSchema.parse({ phone: '০১৭১১-২২২৩৩৩', otherPhones: '01811222333, 01711222333', whatsapp: '' }));
    const visible = await getPublicProvider(provider.slug);
    expect(visible).toMatchObject({ status: 'ACTIVE', verification: 'PENDING', phone: '+8801711222333', otherPhones: ['+8801811222333'], whatsapp: null });
    // Every change queued the profile for the search index.
    expect(await db.searchOutbox.count({ where: { entityId: provider.id } })).toBe(3);
  });

  it('places her in a union or upazila of a served district (Bogura or Kishoreganj) and nowhere else', async () => {
    const { user, provider } = await onboard();
    const dhaka = await db.area.findUniqueOrThrow({ where: { slug: 'dhaka' } });
    const outside = await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: dhaka.path } } });
    await expect(saveArea(user, { areaId: outside.id, address: '', addressPrivacy: 'UNION_ONLY' })).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
    await expect(saveArea(user, { areaId: dhaka.id, address: '', addressPrivacy: 'UNION_ONLY' })).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
    await expect(saveArea(user, { areaId: 99_999_999, address: '', addressPrivacy: 'UNION_ONLY' })).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
    const katiadi = await db.area.findFirstOrThrow({ where: { level: 'UNION', slug: { contains: 'katiadi' } } });
    await saveArea(user, { areaId: katiadi.id, address: '', addressPrivacy: 'UNION_ONLY' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).areaId).toBe(katiadi.id);
  });

  it('never lets a private address reach the public page data', async () => {
    const { user, provider } = await onboard();
    await saveArea(user, { areaId: mirzapur, address: 'গোপন ঠিকানা ৪২', addressPrivacy: 'UNION_ONLY' });
    await saveContact(user, { phone: user.phone, otherPhones: [], whatsapp: null });
    const page = await getPublicProvider(provider.slug);
    expect(JSON.stringify(page)).not.toContain('গোপন ঠিকানা');
    await saveArea(user, { areaId: mirzapur, address: 'দোকান নং ৪২', addressPrivacy: 'EXACT' });
    expect((await getPublicProvider(provider.slug))?.address).toBe('দোকান নং ৪২');
  });

  it('saves hours, services and text as typed, refusing bad input with the field named', async () => {
    const { user, provider } = await onboard();
    await saveHours(user, hoursSchema.parse({ days: ['6', '0', '1'], opens: '09:00', closes: '18:30', availableNow: true }));
    await saveServices(user, servicesSchema.parse({ services: [{ name: 'ফ্যান লাগানো', priceNote: '৳২০০ থেকে' }, { name: '', priceNote: '' }], experienceYears: '১২', bio: '<script>alert(1)</script> ভালো কাজ' }));
    const saved = await db.provider.findUniqueOrThrow({ where: { id: provider.id }, include: { services: true } });
    expect(saved.hours).toEqual({ days: [0, 1, 6], opens: '09:00', closes: '18:30' });
    expect(saved.services.map((s) => [s.name, s.priceNote])).toEqual([['ফ্যান লাগানো', '৳২০০ থেকে']]);
    expect(saved.experienceYears).toBe(12);
    expect(saved.bio).toBe('<script>alert(1)</script> ভালো কাজ'); // stored as text; React prints it as text

    const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(issue(hoursSchema.safeParse({ days: [], opens: '18:00', closes: '09:00', availableNow: false }))).toEqual(['closes:closesBeforeOpens']);
    expect(issue(contactSchema.safeParse({ phone: '12345', otherPhones: '', whatsapp: '' }))).toContain('phone:phoneInvalid');
    expect(issue(servicesSchema.safeParse({ services: [{ name: '', priceNote: '৳২০০' }], experienceYears: 'অনেক', bio: '' }))).toEqual(
      expect.arrayContaining(['services:serviceNameRequired', 'experienceYears:experienceInvalid']),
    );
  });

  it('cannot touch another provider’s photos, and takes uploads only from their owner', async () => {
    const a = await onboard();
    const b = await onboard();
    const media = await db.media.create({ data: { key: `work/${Date.now().toString(16)}a.webp`, width: 10, height: 10, bytes: 10, purpose: 'PROVIDER_PHOTO', ownerId: a.user.id } });
    await expect(attachWorkPhoto(b.user, media.id, '')).rejects.toMatchObject({ code: 'forbidden' });
    await attachWorkPhoto(a.user, media.id, 'নতুন ওয়্যারিং');
    const photo = await db.providerPhoto.findUniqueOrThrow({ where: { mediaId: media.id } });
    await expect(updateWorkPhoto(b.user, photo.id, { remove: true })).rejects.toMatchObject({ code: 'notFound' });
    await updateWorkPhoto(a.user, photo.id, { caption: 'ঘরের ওয়্যারিং' });
    expect((await db.providerPhoto.findUniqueOrThrow({ where: { id: photo.id } })).caption).toBe('ঘরের ওয়্যারিং');
  });

  it('can be hidden while on leave, but not unhidden after an officer suspends it', async () => {
    const { user, provider } = await onboard();
    await saveArea(user, { areaId: mirzapur, address: '', addressPrivacy: 'UNION_ONLY' });
    await saveContact(user, { phone: user.phone, otherPhones: [], whatsapp: null });
    await setHidden(user, true);
    expect(await getPublicProvider(provider.slug)).toBeNull();
    await setHidden(user, false);
    expect(await getPublicProvider(provider.slug)).not.toBeNull();
    await db.provider.update({ where: { id: provider.id }, data: { status: 'SUSPENDED' } });
    await expect(setHidden(user, false)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('blood donors', () => {
  it('register on their own form, never through the trades, and have no public profile page (their numbers are shown only through /blood)', async () => {
    const donor = await account();
    const bloodCategory = (await db.category.findUniqueOrThrow({ where: { slug: 'blood-donor' } })).id;
    await expect(saveBasics(donor, { nameBn: 'রক্তদাতা', categoryIds: [bloodCategory] })).rejects.toMatchObject({ code: 'invalid', message: 'categoryRequired' });
    const birthDate = new Date(Date.now() - 30 * 365 * 86_400_000);
    const provider = await registerDonor(donor, { nameBn: 'রক্তদাতা', bloodGroup: 'O_POS', sex: 'FEMALE', birthDate, lastDonation: null, areaId: mirzapur });
    const { slug } = await db.provider.findUniqueOrThrow({ where: { id: provider.id }, select: { slug: true } });
    expect(await getPublicProvider(slug)).toBeNull();
  });
});
