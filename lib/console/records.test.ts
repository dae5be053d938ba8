import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { ensureIndexes, waitForTask } from '@/lib/search/engine';
import { drainOutbox } from '@/lib/search/outbox';
import { search } from '@/lib/search/search';
import { getStorefront, storefrontState } from '@/lib/shops/storefront';
import { findRecords, getRecord, recordHref, reinstateRecord, suspendRecord } from './records';
import { scopeOf, type Scope } from './scope';
import { expireVerifications } from './expiry';
import { bulkApprove, decideVerification, verificationDocumentMedia, verificationQueue } from './verify';

vi.mock('server-only', () => ({}));

let n = 0;
const phone = () => `+88018${String(10000000 + Math.floor(Math.random() * 89999999))}`;
let sherpurOfficer: Scope, kahalooOfficer: Scope, admin: Scope;
let mirzapur: number, kahalooUnion: number, electrician: number;

async function officer(areaSlug: string | null): Promise<Scope> {
  const areaId = areaSlug ? (await db.area.findUniqueOrThrow({ where: { slug: areaSlug } })).id : null;
  const user = await db.user.create({ data: { phone: phone(), name: `অফিসার ${++n}`, status: 'ACTIVE', roles: areaId ? ['OFFICER'] : ['ADMIN'], officerAreaId: areaId } });
  return scopeOf({ id: user.id, name: user.name, roles: user.roles, officerAreaId: user.officerAreaId });
}

async function provider(areaId: number, name: string) {
  const p = await db.provider.create({
    data: { slug: `prov-${Date.now().toString(36)}-${++n}`, nameBn: name, areaId, phone: phone(), status: 'ACTIVE', categories: { create: [{ categoryId: electrician, isPrimary: true }] } },
  });
  await db.searchOutbox.create({ data: { entity: 'PROVIDER', entityId: p.id, op: 'UPSERT' } });
  return p;
}

const drain = async () => {
  for (;;) {
    const { processed } = await drainOutbox(500, { wait: true });
    if (processed === 0) return;
  }
};

beforeAll(async () => {
  for (const task of await ensureIndexes()) await waitForTask(task, 60_000);
  mirzapur = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  const kahaloo = await db.area.findUniqueOrThrow({ where: { slug: 'kahaloo' } });
  kahalooUnion = (await db.area.findFirstOrThrow({ where: { parentId: kahaloo.id } })).id;
  electrician = (await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } })).id;
  [sherpurOfficer, kahalooOfficer, admin] = await Promise.all([officer('sherpur-bogura'), officer('kahaloo'), officer(null)]);
});

describe('an officer’s scope', () => {
  it('lists, opens and acts only inside the officer’s upazila, also by id; admins everywhere', async () => {
    const inSherpur = await provider(mirzapur, 'শেরপুরের মিস্ত্রি');
    const inKahaloo = await provider(kahalooUnion, 'কাহালুর মিস্ত্রি');
    const ids = async (scope: Scope) => (await verificationQueue(scope)).providers.map((p) => p.id);
    expect(await ids(sherpurOfficer)).toContain(inSherpur.id);
    expect(await ids(sherpurOfficer)).not.toContain(inKahaloo.id);
    expect(await ids(admin)).toEqual(expect.arrayContaining([inSherpur.id, inKahaloo.id]));
    expect((await findRecords(sherpurOfficer, 'মিস্ত্রি')).providers.map((p) => p.id)).not.toContain(inKahaloo.id);
    await expect(getRecord(sherpurOfficer, 'PROVIDER', inKahaloo.id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(decideVerification(sherpurOfficer, 'PROVIDER', inKahaloo.id, 'VERIFIED', '')).rejects.toMatchObject({ code: 'notFound' });
    await expect(suspendRecord(sherpurOfficer, 'PROVIDER', inKahaloo.id, 'ভুয়া')).rejects.toMatchObject({ code: 'notFound' });
    expect((await bulkApprove(sherpurOfficer, [{ subject: 'PROVIDER', id: inKahaloo.id }])).approved).toBe(0);
    expect((await db.provider.findUniqueOrThrow({ where: { id: inKahaloo.id } })).verification).toBe('PENDING');
    await expect(getRecord(kahalooOfficer, 'PROVIDER', inKahaloo.id)).resolves.toMatchObject({ subject: 'PROVIDER' });
    await expect(getRecord(admin, 'PROVIDER', inSherpur.id)).resolves.toMatchObject({ subject: 'PROVIDER' });
  });
});

describe('verification', () => {
  it('approves with a dated badge valid for 12 months, records the event and the audit entry, and tells the owner', async () => {
    const p = await provider(mirzapur, 'রহিম ইলেকট্রিক');
    const now = new Date('2026-11-23T06:00:00Z');
    await decideVerification(sherpurOfficer, 'PROVIDER', p.id, 'VERIFIED', '', now);
    const saved = await db.provider.findUniqueOrThrow({ where: { id: p.id } });
    expect(saved).toMatchObject({ verification: 'VERIFIED', verifiedAt: now });
    expect(saved.verificationExpiresAt!.toISOString().slice(0, 10)).toBe('2027-11-23');
    expect(await db.verificationEvent.count({ where: { providerId: p.id, status: 'VERIFIED', actorId: sherpurOfficer.user.id } })).toBe(1);
    expect(await db.auditLog.findFirst({ where: { subjectId: p.id, action: 'verify.verified' } })).toMatchObject({ actorId: sherpurOfficer.user.id, before: { verification: 'PENDING' }, after: { verification: 'VERIFIED' } });
    expect(await db.smsMessage.count({ where: { to: p.phone, purpose: 'verification-verified' } })).toBe(1);
    // Acting on something already decided says so.
    await expect(decideVerification(sherpurOfficer, 'PROVIDER', p.id, 'REJECTED', 'ভুল')).rejects.toMatchObject({ message: 'alreadyDecided' });
    // A month before the date the owner is reminded once; after it the badge expires.
    expect(await expireVerifications(new Date('2027-11-01T00:00:00Z'))).toMatchObject({ reminded: expect.any(Number) });
    const again = await expireVerifications(new Date('2027-11-01T00:00:00Z'));
    expect(await db.smsMessage.count({ where: { to: p.phone, purpose: { startsWith: 'verification-reminder' } } })).toBe(1);
    expect(again.expired).toBe(0);
    await expireVerifications(new Date('2027-11-24T00:00:00Z'));
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).verification).toBe('EXPIRED');
  });

  it('needs a reason to ask for changes or reject', async () => {
    const p = await provider(mirzapur, 'করিম');
    await expect(decideVerification(sherpurOfficer, 'PROVIDER', p.id, 'REJECTED', '  ')).rejects.toMatchObject({ message: 'reasonRequired' });
    await decideVerification(sherpurOfficer, 'PROVIDER', p.id, 'CHANGES_REQUESTED', 'দোকানের ছবি দিন');
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).verification).toBe('CHANGES_REQUESTED');
  });

  it('shows a paper’s file only to officers whose area holds the record, and admins', async () => {
    const p = await provider(mirzapur, 'সালাম ইলেকট্রিক');
    const media = await db.media.create({ data: { purpose: 'DOCUMENT', key: `private/doc-${Date.now().toString(36)}-${++n}.webp`, width: 800, height: 600, bytes: 1000, isPublic: false } });
    const doc = await db.verificationDocument.create({ data: { kind: 'TRADE_LICENCE', providerId: p.id, mediaId: media.id } });
    await expect(verificationDocumentMedia(sherpurOfficer, doc.id)).resolves.toEqual({ key: media.key, storage: 'LOCAL', url: null });
    await expect(verificationDocumentMedia(admin, doc.id)).resolves.toMatchObject({ key: media.key });
    await expect(verificationDocumentMedia(kahalooOfficer, doc.id)).rejects.toMatchObject({ code: 'notFound' });
    expect(await verificationDocumentMedia(sherpurOfficer, 'nope')).toBeNull();
  });
});

describe('suspension', () => {
  it('takes a provider out of search and a shop’s storefront offline, and reinstating restores both', async () => {
    const p = await provider(mirzapur, 'নাসির প্লাম্বার্স ৭৭');
    const owner = await db.user.create({ data: { phone: phone(), name: 'দোকানি', status: 'ACTIVE', roles: ['SELLER'] } });
    const shop = await db.shop.create({ data: { slug: `closed-${Date.now().toString(36)}`, ownerId: owner.id, nameBn: 'মধুর দোকান', areaId: mirzapur, phone: owner.phone } });
    await drain();
    const found = async () => (await search({ q: 'নাসির প্লাম্বার্স ৭৭' })).hits.some((h) => h.id === p.id);
    expect(await found()).toBe(true);

    await expect(suspendRecord(sherpurOfficer, 'PROVIDER', p.id, '')).rejects.toMatchObject({ message: 'reasonRequired' });
    await suspendRecord(sherpurOfficer, 'PROVIDER', p.id, 'ভুয়া নম্বর');
    await suspendRecord(sherpurOfficer, 'SHOP', shop.id, 'অভিযোগ যাচাই চলছে');
    await drain();
    expect(await found()).toBe(false);
    expect(storefrontState((await getStorefront(shop.slug))!)).toBe('closed');
    await expect(suspendRecord(sherpurOfficer, 'SHOP', shop.id, 'আবার')).rejects.toMatchObject({ message: 'alreadyDecided' });

    await reinstateRecord(sherpurOfficer, 'PROVIDER', p.id, 'যাচাই করে ঠিক পাওয়া গেছে');
    await reinstateRecord(sherpurOfficer, 'SHOP', shop.id, 'ঠিক আছে');
    await drain();
    expect(await found()).toBe(true);
    expect(storefrontState((await getStorefront(shop.slug))!)).toBe('open');
    const actions = await db.auditLog.findMany({ where: { subjectId: { in: [p.id, shop.id] } }, orderBy: { createdAt: 'asc' }, select: { action: true, reason: true, actorId: true } });
    expect(actions.map((a) => a.action)).toEqual(['suspend', 'suspend', 'reinstate', 'reinstate']);
    expect(actions.every((a) => a.actorId === sherpurOfficer.user.id && a.reason)).toBe(true);
  });
});

describe('recordHref', () => {
  it('links providers, shops and products to their console page, and nothing else', () => {
    expect(recordHref('PROVIDER', 'cm1')).toBe('/console/records/provider/cm1');
    expect(recordHref('PRODUCT', 'a/b')).toBe('/console/records/product/a%2Fb');
    expect(recordHref('REPORT', 'r1')).toBeNull();
    expect(recordHref('CATEGORY', '12')).toBeNull();
  });
});
