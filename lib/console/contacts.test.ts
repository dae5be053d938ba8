import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { areasInScope, contactSchema, listContacts, listOfficesInScope, normalizeEmergencyPhone, officeSchema, saveContact, saveOffice, setContactActive } from './contacts';
import { areaId, consoleScopes, provider } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;
let sherpur: number, mirzapur: number, kahaloo: number, govOffice: number, representative: number;

beforeAll(async () => {
  s = await consoleScopes();
  [sherpur, mirzapur, kahaloo] = await Promise.all([areaId('sherpur-bogura'), areaId('mirzapur-sherpur-bogura'), areaId('kahaloo')]);
  govOffice = (await db.category.findUniqueOrThrow({ where: { slug: 'government-office' } })).id;
  representative = (await db.category.findUniqueOrThrow({ where: { slug: 'public-representative' } })).id;
});

const form = (over: Record<string, string> = {}) => ({ kind: 'POLICE', nameBn: 'শেরপুর থানা', nameEn: '', phone: '০১৩২০-১২৩৪৫৬', noteBn: '', areaId: String(sherpur), sortOrder: '', ...over });
const parse = (over: Record<string, string> = {}) => contactSchema.parse(form(over));

describe('emergency numbers', () => {
  it('reads mobiles, hotlines and landlines as dialled, in either script', () => {
    expect(normalizeEmergencyPhone('০১৭১১-২৩৪৫৬৭')).toBe('+8801711234567');
    expect(normalizeEmergencyPhone('৯৯৯')).toBe('999');
    expect(normalizeEmergencyPhone('16263')).toBe('16263');
    expect(normalizeEmergencyPhone('051-66078')).toBe('051-66078');
    expect(normalizeEmergencyPhone('0941 61550')).toBe('0941-61550');
    for (const bad of ['99', '1234567', 'call 999', '0171', '+1 555 0100', '']) expect(normalizeEmergencyPhone(bad), bad).toBeNull();
  });

  it('validates with message keys beside the fields', () => {
    const result = contactSchema.safeParse(form({ kind: '', nameBn: ' ', phone: '12', areaId: 'x', sortOrder: 'অনেক' }));
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ kind: 'kindRequired', nameBn: 'nameRequired', phone: 'emergencyPhoneInvalid', areaId: 'areaRequired', sortOrder: 'sortOrderInvalid' });
    expect(contactSchema.safeParse(form({ nameBn: 'থ'.repeat(121) })).error?.issues[0]?.message).toBe('nameTooLong');
    expect(parse({ sortOrder: '১২' })).toMatchObject({ sortOrder: 12, phone: '+8801320123456', areaId: sherpur });
    expect(parse({ nameBn: '<script>alert(1)</script>  থানা' }).nameBn).toBe('<script>alert(1)</script> থানা');
  });

  it('lets an officer add and change numbers in their area, audited with before and after', async () => {
    const saved = await saveContact(s.sherpur, null, parse({ areaId: String(mirzapur) }));
    expect(saved).toMatchObject({ kind: 'POLICE', nameEn: 'শেরপুর থানা', phone: '+8801320123456', areaId: mirzapur, isActive: true });
    const created = await db.auditLog.findFirstOrThrow({ where: { subject: 'EMERGENCY_CONTACT', subjectId: saved.id } });
    expect(created).toMatchObject({ actorId: s.sherpurOfficer.id, action: 'contact.create', before: null, after: { phone: '+8801320123456', areaId: mirzapur } });

    await saveContact(s.sherpur, saved.id, parse({ phone: '999', nameEn: 'Sherpur police', areaId: String(sherpur) }));
    const updated = await db.auditLog.findFirstOrThrow({ where: { subject: 'EMERGENCY_CONTACT', subjectId: saved.id, action: 'contact.update' } });
    expect(updated).toMatchObject({ before: { phone: '+8801320123456', areaId: mirzapur }, after: { phone: '999', nameEn: 'Sherpur police', areaId: sherpur } });
    expect((await db.emergencyContact.findUniqueOrThrow({ where: { id: saved.id } })).updatedById).toBe(s.sherpurOfficer.id);

    await setContactActive(s.sherpur, saved.id, false);
    await expect(setContactActive(s.sherpur, saved.id, false)).rejects.toMatchObject({ code: 'conflict', message: 'alreadyInactive' });
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: saved.id, action: 'contact.deactivate' } })).toMatchObject({ before: { isActive: true }, after: { isActive: false } });
    const listed = (await listContacts(s.sherpur)).find((c) => c.id === saved.id)!;
    expect(listed).toMatchObject({ isActive: false, editable: true });
  });

  it('keeps an officer out of another upazila, also by id; admins may act anywhere', async () => {
    const theirs = await saveContact(s.kahaloo, null, parse({ nameBn: 'কাহালু থানা', areaId: String(kahaloo) }));
    expect((await listContacts(s.sherpur)).some((c) => c.id === theirs.id)).toBe(false);
    expect((await listContacts(s.adminScope)).some((c) => c.id === theirs.id)).toBe(true);
    await expect(saveContact(s.sherpur, theirs.id, parse())).rejects.toMatchObject({ code: 'notFound' });
    await expect(setContactActive(s.sherpur, theirs.id, false)).rejects.toMatchObject({ code: 'notFound' });
    // Moving one's own number into another upazila is refused too.
    const own = await saveContact(s.sherpur, null, parse());
    await expect(saveContact(s.sherpur, own.id, parse({ areaId: String(kahaloo) }))).rejects.toMatchObject({ code: 'notFound' });
    await expect(saveContact(s.sherpur, null, parse({ areaId: String(kahaloo) }))).rejects.toMatchObject({ code: 'notFound' });
    await saveContact(s.adminScope, theirs.id, parse({ nameBn: 'কাহালু মডেল থানা', areaId: String(kahaloo) }));
    expect((await db.emergencyContact.findUniqueOrThrow({ where: { id: theirs.id } })).nameBn).toBe('কাহালু মডেল থানা');
  });

  it('leaves national numbers to admins, and shows them to officers read-only', async () => {
    const national = await db.emergencyContact.findUniqueOrThrow({ where: { seedKey: 'national-999' } });
    expect((await listContacts(s.sherpur)).find((c) => c.id === national.id)).toMatchObject({ editable: false });
    await expect(saveContact(s.sherpur, national.id, parse({ kind: 'NATIONAL', phone: '999', areaId: '' }))).rejects.toMatchObject({ code: 'forbidden', message: 'nationalAdminOnly' });
    await expect(saveContact(s.sherpur, null, parse({ kind: 'NATIONAL', phone: '333', areaId: String(sherpur) }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(saveContact(s.sherpur, null, parse({ areaId: '' }))).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
    await expect(setContactActive(s.sherpur, national.id, false)).rejects.toMatchObject({ code: 'forbidden' });
    const saved = await saveContact(s.adminScope, national.id, parse({ kind: 'NATIONAL', nameBn: 'জাতীয় জরুরি সেবা', phone: '৯৯৯', areaId: String(sherpur) }));
    expect(saved).toMatchObject({ kind: 'NATIONAL', areaId: null, phone: '999' });
  });

  it('refuses an area outside the home district even to admins', async () => {
    const dhaka = (await db.area.findFirstOrThrow({ where: { slug: 'dhaka' } })).id;
    await expect(saveContact(s.adminScope, null, parse({ areaId: String(dhaka) }))).rejects.toMatchObject({ code: 'invalid', message: 'areaInvalid' });
  });

  it('offers an officer only the areas in their scope', async () => {
    const areas = await areasInScope(s.sherpur);
    expect(areas.map((a) => a.id)).toContain(sherpur);
    expect(areas.map((a) => a.id)).toContain(mirzapur);
    expect(areas.map((a) => a.id)).not.toContain(kahaloo);
    expect((await areasInScope(s.adminScope)).map((a) => a.id)).toEqual(expect.arrayContaining([sherpur, kahaloo, await areaId('bogura')]));
  });
});

describe('offices and representatives', () => {
  const office = (over: Record<string, string> = {}) =>
    officeSchema.parse({ categoryId: String(govOffice), nameBn: 'উপজেলা ভূমি অফিস', nameEn: '', designation: 'সহকারী কমিশনার (ভূমি)', phone: '01733300002', areaId: String(sherpur), ...over });

  it('validates an office with message keys', () => {
    const result = officeSchema.safeParse({ categoryId: '', nameBn: '', nameEn: '', designation: '', phone: '999', areaId: '' });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ categoryId: 'categoryRequired', nameBn: 'nameRequired', phone: 'phoneInvalid', areaId: 'areaRequired' });
  });

  it('adds and edits offices in scope, queues them for search and audits', async () => {
    const added = await saveOffice(s.sherpur, null, office());
    const row = await db.provider.findUniqueOrThrow({ where: { id: added.id }, include: { categories: true } });
    expect(row).toMatchObject({ kind: 'OFFICE', userId: null, status: 'ACTIVE', verification: 'VERIFIED', phone: '+8801733300002', designation: 'সহকারী কমিশনার (ভূমি)' });
    expect(row.categories).toEqual([expect.objectContaining({ categoryId: govOffice, isPrimary: true })]);

    await saveOffice(s.sherpur, added.id, office({ categoryId: String(representative), nameBn: 'মির্জাপুর ইউনিয়ন পরিষদ', designation: 'চেয়ারম্যান', phone: '০১৭৩৩৩০০০০৪', areaId: String(mirzapur) }));
    const after = await db.provider.findUniqueOrThrow({ where: { id: added.id }, include: { categories: true } });
    expect(after).toMatchObject({ nameBn: 'মির্জাপুর ইউনিয়ন পরিষদ', designation: 'চেয়ারম্যান', phone: '+8801733300004', areaId: mirzapur });
    expect(after.categories.map((c) => c.categoryId)).toEqual([representative]);
    expect(after.searchText).toContain('মির্জাপুর');
    expect(await db.searchOutbox.count({ where: { entity: 'PROVIDER', entityId: added.id } })).toBe(2);
    const entry = await db.auditLog.findFirstOrThrow({ where: { subject: 'PROVIDER', subjectId: added.id, action: 'office.update' } });
    expect(entry).toMatchObject({ actorId: s.sherpurOfficer.id, before: { nameBn: 'উপজেলা ভূমি অফিস', areaId: sherpur, categoryId: govOffice }, after: { nameBn: 'মির্জাপুর ইউনিয়ন পরিষদ', areaId: mirzapur, categoryId: representative } });
    expect((await listOfficesInScope(s.sherpur)).map((o) => o.id)).toContain(added.id);
  });

  it('keeps an officer to offices of their upazila, and to offices only', async () => {
    const theirs = await provider('kahaloo', { userId: null, kind: 'OFFICE' });
    expect((await listOfficesInScope(s.sherpur)).map((o) => o.id)).not.toContain(theirs.id);
    expect((await listOfficesInScope(s.kahaloo)).map((o) => o.id)).toContain(theirs.id);
    await expect(saveOffice(s.sherpur, theirs.id, office())).rejects.toMatchObject({ code: 'notFound' });
    const person = await provider('mirzapur-sherpur-bogura');
    await expect(saveOffice(s.sherpur, person.id, office())).rejects.toMatchObject({ code: 'notFound' });
    await expect(saveOffice(s.sherpur, null, office({ areaId: String(kahaloo) }))).rejects.toMatchObject({ code: 'notFound' });
    await expect(saveOffice(s.sherpur, null, office({ categoryId: String((await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } })).id) }))).rejects.toMatchObject({ message: 'categoryRequired' });
    await saveOffice(s.adminScope, theirs.id, office({ areaId: String(kahaloo) }));
    expect((await db.provider.findUniqueOrThrow({ where: { id: theirs.id } })).nameBn).toBe('উপজেলা ভূমি অফিস');
  });
});
