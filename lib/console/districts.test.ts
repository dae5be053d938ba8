// One deployment serves Bogura and Kishoreganj: an officer of one district sees and acts on nothing
// of the other — queue, reports, appeals, records, numbers, contacts, the console's own counts — and
// an id typed into a URL or a form is "not found". Admins see both, and appoint officers to either.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { reportSubject } from '@/lib/directory/reviews';
import { decideAppeal, fileAppeal, listOpenAppeals } from './appeals';
import { auditPage } from './audit-queries';
import { areasInScope, contactSchema, listContacts, saveContact, setContactActive } from './contacts';
import { homeCounts } from './home';
import { coverage } from './numbers/coverage';
import { districtsToView, statsView, viewParam } from './numbers/view';
import { appointOfficer, officerAreas } from './officers';
import { findRecords, getRecord, suspendRecord } from './records';
import { decideReports, listOpenReports } from './reports';
import { decideVerification, verificationQueue } from './verify';
import { account, areaId, provider, scopeFor, shop, uniquePhone } from './test-fixtures';

type Scope = Awaited<ReturnType<typeof scopeFor>>;
let bogura: Scope, kishoreganj: Scope, admin: Scope;
let katiadiUnion: number, kishoreganjId: number, boguraId: number;

beforeAll(async () => {
  const [b, k, a] = await Promise.all([account(['BUYER', 'OFFICER'], 'bogura'), account(['BUYER', 'OFFICER'], 'kishoreganj'), account(['BUYER', 'ADMIN'])]);
  [bogura, kishoreganj, admin] = await Promise.all([scopeFor(b), scopeFor(k), scopeFor(a)]);
  [kishoreganjId, boguraId] = await Promise.all([areaId('kishoreganj'), areaId('bogura')]);
  const katiadi = await db.area.findUniqueOrThrow({ where: { slug: 'katiadi' } });
  katiadiUnion = (await db.area.findFirstOrThrow({ where: { parentId: katiadi.id, level: 'UNION' }, orderBy: { id: 'asc' } })).id;
});

const katiadiSlug = async () => (await db.area.findUniqueOrThrow({ where: { id: katiadiUnion } })).slug;

describe('an officer of Bogura and a provider of Kishoreganj', () => {
  it('keeps the verification queue, its decisions and the console counts to each district', async () => {
    const before = await homeCounts(bogura);
    const p = await provider(await katiadiSlug());
    const s = await shop(await katiadiSlug());

    const queue = await verificationQueue(bogura);
    expect(queue.providers.map((r) => r.id)).not.toContain(p.id);
    expect(queue.shops.map((r) => r.id)).not.toContain(s.id);
    const theirs = await verificationQueue(kishoreganj);
    expect(theirs.providers.map((r) => r.id)).toContain(p.id);
    expect(theirs.shops.map((r) => r.id)).toContain(s.id);
    expect((await verificationQueue(admin)).providers.map((r) => r.id)).toContain(p.id);
    expect(await homeCounts(bogura)).toEqual(before);
    expect((await homeCounts(kishoreganj)).pendingProviders).toBeGreaterThanOrEqual(1);

    // By id: not found, and nothing changed.
    await expect(decideVerification(bogura, 'PROVIDER', p.id, 'VERIFIED', '')).rejects.toMatchObject({ code: 'notFound' });
    await expect(decideVerification(bogura, 'SHOP', s.id, 'REJECTED', 'ভুয়া')).rejects.toMatchObject({ code: 'notFound' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).verification).toBe('PENDING');
    await decideVerification(kishoreganj, 'PROVIDER', p.id, 'VERIFIED', '');
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).verification).toBe('VERIFIED');
    // The audit log of it is Kishoreganj's (and the admins').
    const none = { actor: null, action: null, subject: null, from: null, to: null };
    expect((await auditPage(bogura, none, 1)).rows.map((r) => r.subjectId)).not.toContain(p.id);
    expect((await auditPage(kishoreganj, none, 1)).rows.map((r) => r.subjectId)).toContain(p.id);
    expect((await auditPage(admin, none, 1)).rows.map((r) => r.subjectId)).toContain(p.id);
  });

  it('hides the other district’s records from search and by id, and lets only its own officer suspend them', async () => {
    const p = await provider(await katiadiSlug());
    const s = await shop(await katiadiSlug());
    const found = await findRecords(bogura, p.phone);
    expect(found.providers.map((r) => r.id)).not.toContain(p.id);
    expect((await findRecords(bogura, s.slug)).shops.map((r) => r.id)).not.toContain(s.id);
    expect((await findRecords(kishoreganj, p.phone)).providers.map((r) => r.id)).toContain(p.id);
    await expect(getRecord(bogura, 'PROVIDER', p.id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(getRecord(bogura, 'SHOP', s.id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(suspendRecord(bogura, 'PROVIDER', p.id, 'ভুয়া নম্বর')).rejects.toMatchObject({ code: 'notFound' });
    await expect(getRecord(kishoreganj, 'PROVIDER', p.id)).resolves.toBeTruthy();
    await expect(getRecord(admin, 'SHOP', s.id)).resolves.toBeTruthy();
  });

  it('keeps reports and appeals to the district of what they are about', async () => {
    const p = await provider(await katiadiSlug());
    const s = await shop(await katiadiSlug());
    await reportSubject(null, `districts-${Date.now()}`, { type: 'PROVIDER', id: p.id }, { reason: 'FRAUD', details: 'টাকা নিয়ে আসেনি' });
    const report = await db.report.findFirstOrThrow({ where: { subjectId: p.id } });
    expect((await listOpenReports(bogura)).groups.map((g) => g.subjectId)).not.toContain(p.id);
    expect((await listOpenReports(kishoreganj)).groups.map((g) => g.subjectId)).toContain(p.id);
    await expect(decideReports(bogura, [report.id], { outcome: 'DISMISSED', resolution: 'ঠিক আছে' })).rejects.toMatchObject({ code: 'notFound' });
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('OPEN');

    await suspendRecord(kishoreganj, 'SHOP', s.id, 'ভুয়া দোকান, তিনবার অভিযোগ');
    await fileAppeal({ id: s.ownerId }, 'SHOP', s.id, 'দোকানটি আমার নিজের, সব ঠিক আছে।');
    const appeal = await db.appeal.findFirstOrThrow({ where: { subjectId: s.id } });
    expect((await listOpenAppeals(bogura)).map((a) => a.id)).not.toContain(appeal.id);
    expect((await listOpenAppeals(kishoreganj)).map((a) => a.id)).toContain(appeal.id);
    expect((await homeCounts(bogura)).openAppeals).toBe((await listOpenAppeals(bogura)).length);
    await expect(decideAppeal(bogura, appeal.id, { outcome: 'RESOLVED', decision: 'ফোন করে দেখেছি' })).rejects.toMatchObject({ code: 'notFound' });
    expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal.id } })).status).toBe('OPEN');
  });

  it('keeps emergency numbers and the numbers page to the officer’s district', async () => {
    const form = { kind: 'POLICE', nameBn: 'কটিয়াদী থানা', nameEn: '', phone: uniquePhone().replace('+88', ''), noteBn: '', areaId: String(katiadiUnion), sortOrder: '' };
    await expect(saveContact(bogura, null, contactSchema.parse(form))).rejects.toMatchObject({ code: 'notFound' });
    const theirs = await saveContact(kishoreganj, null, contactSchema.parse(form));
    expect((await listContacts(bogura)).map((c) => c.id)).not.toContain(theirs.id);
    expect((await listContacts(kishoreganj)).map((c) => c.id)).toContain(theirs.id);
    await expect(setContactActive(bogura, theirs.id, false)).rejects.toMatchObject({ code: 'notFound' });
    const areas = (await areasInScope(bogura)).map((a) => a.id);
    expect(areas).toContain(boguraId);
    expect(areas).not.toContain(katiadiUnion);
    expect((await areasInScope(admin)).map((a) => a.id)).toEqual(expect.arrayContaining([boguraId, kishoreganjId, katiadiUnion]));

    // ?area= of the other district is ignored: the officer stays on their own.
    expect((await statsView(bogura, String(kishoreganjId))).area.id).toBe(boguraId);
    expect((await statsView(bogura, String(katiadiUnion))).area.id).toBe(boguraId);
    expect((await statsView(kishoreganj, String(katiadiUnion))).area.id).toBe(katiadiUnion);
    // An admin starts on the default district and may switch to either served one.
    expect((await statsView(admin)).area.id).toBe(boguraId);
    expect((await statsView(admin, String(kishoreganjId))).area.id).toBe(kishoreganjId);
    expect((await districtsToView()).map((d) => d.slug)).toEqual(['bogura', 'kishoreganj']);

    // Or all of them side by side, each district a column; an officer asking for that stays on their own.
    const all = await statsView(admin, 'all');
    expect(all).toMatchObject({ all: true, up: null });
    expect(all.parts.map((d) => d.slug)).toEqual(['bogura', 'kishoreganj']);
    expect(viewParam(all)).toBe('all');
    expect((await statsView(kishoreganj, 'all')).area.id).toBe(kishoreganjId);
    const electrician = await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } });
    const p = await provider(await katiadiSlug());
    await db.providerCategory.create({ data: { providerId: p.id, categoryId: electrician.id, isPrimary: true } });
    const row = (await coverage(all)).rows.find((r) => r.category.slug === 'electrician')!;
    expect(row.cells[1]!.active).toBeGreaterThanOrEqual(1);
    expect(row.total.active).toBe(row.cells[0]!.active + row.cells[1]!.active);
  });
});

describe('appointing officers', () => {
  it('offers the served districts and their upazilas, and refuses anywhere else', async () => {
    const areas = await officerAreas();
    const ids = areas.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining([boguraId, kishoreganjId, await areaId('katiadi'), await areaId('sherpur-bogura')]));
    expect(areas.every((a) => a.level === 'DISTRICT' || a.level === 'UPAZILA')).toBe(true);
    expect(areas[0]!.id).toBe(boguraId);
    expect(ids).not.toContain(await areaId('dhaka'));
    expect(ids).not.toContain(katiadiUnion);

    const appointed = await appointOfficer(admin, { phone: uniquePhone(), name: 'কিশোরগঞ্জের অফিসার', areaId: kishoreganjId });
    expect((await db.user.findUniqueOrThrow({ where: { id: appointed.userId } })).officerAreaId).toBe(kishoreganjId);
    await expect(appointOfficer(admin, { phone: uniquePhone(), name: 'ঢাকার অফিসার', areaId: await areaId('dhaka') })).rejects.toMatchObject({ code: 'invalid', message: 'officerAreaInvalid' });
  });
});
