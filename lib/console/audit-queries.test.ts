import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportAudit } from '@/app/[locale]/(site)/console/audit/export/route';
import type { SessionUser } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/session';
import { toCsv } from '@/lib/csv';
import { db } from '@/lib/db';
import { audit } from './audit';
import { AUDIT_PAGE_SIZE, auditChanges, auditExportRows, auditOptions, auditPage, parseAuditFilters, type AuditFilters } from './audit-queries';
import type { Scope } from './scope';
import { account, areaId, consoleScopes, scopeFor } from './test-fixtures';

vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
const signedIn = vi.mocked(getCurrentUser);

const NO_FILTERS: AuditFilters = { actor: null, action: null, subject: null, from: null, to: null };

let scopes: Awaited<ReturnType<typeof consoleScopes>>;
let sherpurIds: bigint[];
let kahalooIds: bigint[];
let adminOnlyId: bigint;

const entry = async (data: { actorId: string | null; action: string; subject: string; subjectId: string; areaSlug: string | null; createdAt?: Date; before?: object; after?: object; reason?: string }) =>
  (
    await db.auditLog.create({
      data: {
        actorId: data.actorId,
        action: data.action,
        subject: data.subject,
        subjectId: data.subjectId,
        areaId: data.areaSlug ? await areaId(data.areaSlug) : null,
        createdAt: data.createdAt,
        before: data.before,
        after: data.after,
        reason: data.reason ?? null,
      },
    })
  ).id;

const ids = (rows: { id: string }[]) => rows.map((r) => BigInt(r.id));

beforeAll(async () => {
  scopes = await consoleScopes();
  const { sherpurOfficer, kahalooOfficer, admin } = scopes;
  const mirzapur = await areaId('mirzapur-sherpur-bogura');
  // Written the way the console writes them, in a transaction through audit().
  await db.$transaction((tx) =>
    audit(tx, { actorId: sherpurOfficer.id, action: 'verify.verified', subject: 'PROVIDER', subjectId: 'prov-sherpur', areaId: mirzapur, before: { verification: 'PENDING' }, after: { verification: 'VERIFIED' } }),
  );
  const viaAudit = (await db.auditLog.findFirstOrThrow({ where: { subjectId: 'prov-sherpur' } })).id;
  sherpurIds = [
    viaAudit,
    await entry({ actorId: sherpurOfficer.id, action: 'suspend', subject: 'SHOP', subjectId: 'shop-sherpur', areaSlug: 'sherpur-bogura', createdAt: new Date('2026-11-20T17:59:59Z'), before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' }, reason: '=HYPERLINK("http://evil.example")' }),
    await entry({ actorId: sherpurOfficer.id, action: 'report.resolve', subject: 'REPORT', subjectId: 'report-sherpur', areaSlug: 'khanpur-sherpur-bogura', createdAt: new Date('2026-11-20T18:00:00Z'), before: { status: 'OPEN' }, after: { status: 'RESOLVED', resolution: 'ঠিক করা হয়েছে' } }),
  ];
  kahalooIds = [
    await entry({ actorId: kahalooOfficer.id, action: 'suspend', subject: 'PROVIDER', subjectId: 'prov-kahaloo', areaSlug: 'birkedar-kahaloo-bogura', createdAt: new Date('2026-11-21T06:00:00Z'), before: { status: 'ACTIVE' }, after: { status: 'SUSPENDED' }, reason: 'ভুয়া নম্বর' }),
    // An admin acting inside Kahaloo: Kahaloo's officer sees it, Sherpur's does not.
    await entry({ actorId: admin.id, action: 'reinstate', subject: 'PROVIDER', subjectId: 'prov-kahaloo', areaSlug: 'kahaloo', createdAt: new Date('2026-11-22T06:00:00Z'), before: { status: 'SUSPENDED' }, after: { status: 'ACTIVE' }, reason: 'আপিল মঞ্জুর' }),
  ];
  adminOnlyId = await entry({ actorId: admin.id, action: 'category.merge', subject: 'CATEGORY', subjectId: '12', areaSlug: null, createdAt: new Date('2026-11-19T06:00:00Z'), before: { isActive: true }, after: { isActive: false, mergedIntoId: 3 } });
});

describe('parseAuditFilters', () => {
  it('keeps well-formed filters, reads Bengali digits, swaps a reversed range and drops the rest', () => {
    expect(parseAuditFilters({})).toEqual({ ...NO_FILTERS, page: 1, unreadable: [] });
    expect(parseAuditFilters(new URLSearchParams('actor=cm3abc&action=verify.verified&subject=PROVIDER&from=২২/১১/২০২৬&to=2026-11-01&page=3'))).toEqual({
      actor: 'cm3abc',
      action: 'verify.verified',
      subject: 'PROVIDER',
      from: '2026-11-01',
      to: '2026-11-22',
      page: 3,
      unreadable: [],
    });
    expect(parseAuditFilters({ actor: "x' OR 1=1", action: '<script>', subject: ['SHOP', 'PROVIDER'], from: '2026-02-30', to: 'tomorrow', page: '-2' })).toEqual({
      ...NO_FILTERS,
      subject: 'SHOP',
      page: 1,
      unreadable: ['from', 'to'],
    });
    expect(parseAuditFilters({ page: '2.5' }).page).toBe(1);
    expect(parseAuditFilters({ page: ' 7 ' }).page).toBe(7);
  });
});

describe('auditChanges', () => {
  it('lists only the fields that changed, with either side possibly missing', () => {
    expect(auditChanges({ status: 'ACTIVE', name: 'ক' }, { status: 'SUSPENDED', name: 'ক' })).toEqual([{ field: 'status', from: 'ACTIVE', to: 'SUSPENDED' }]);
    expect(auditChanges(null, { isActive: true, tags: ['a', 'b'] })).toEqual([
      { field: 'isActive', from: null, to: true },
      { field: 'tags', from: null, to: ['a', 'b'] },
    ]);
    expect(auditChanges({ note: 'x' }, null)).toEqual([{ field: 'note', from: 'x', to: null }]);
    expect(auditChanges({ hours: { opens: '09:00' } }, { hours: { opens: '09:00' } })).toEqual([]);
    expect(auditChanges(null, null)).toEqual([]);
  });
});

describe('auditPage', () => {
  it("shows an officer only their upazila's entries, newest first; an admin everything, area-less entries too", async () => {
    const sherpur = await auditPage(scopes.sherpur, NO_FILTERS, 1);
    expect(ids(sherpur.rows).sort()).toEqual([...sherpurIds].sort());
    expect(sherpur.rows.map((r) => r.createdAt.getTime())).toEqual(sherpur.rows.map((r) => r.createdAt.getTime()).sort((a, b) => b - a));
    expect(sherpur.total).toBe(3);

    const kahaloo = await auditPage(scopes.kahaloo, NO_FILTERS, 1);
    expect(ids(kahaloo.rows)).toEqual([kahalooIds[1], kahalooIds[0]]);

    const admin = await auditPage(scopes.adminScope, NO_FILTERS, 1);
    expect(ids(admin.rows)).toEqual(expect.arrayContaining([...sherpurIds, ...kahalooIds, adminOnlyId]));

    // What a row carries: who with their phone, the record link, the area and the change.
    const suspended = sherpur.rows.find((r) => r.subjectId === 'shop-sherpur')!;
    expect(suspended).toMatchObject({
      actor: { id: scopes.sherpurOfficer.id, name: scopes.sherpurOfficer.name, phone: scopes.sherpurOfficer.phone },
      action: 'suspend',
      subject: 'SHOP',
      area: { nameBn: 'শেরপুর', nameEn: 'Sherpur' },
      href: '/console/records/shop/shop-sherpur',
      changes: [{ field: 'status', from: 'ACTIVE', to: 'SUSPENDED' }],
    });
    expect(sherpur.rows.find((r) => r.subject === 'REPORT')!.href).toBeNull();
    expect(admin.rows.find((r) => r.subject === 'CATEGORY')).toMatchObject({ area: null, href: null });
  });

  it('filters by actor, action, subject type and Bangladesh days', async () => {
    const { adminScope, admin, sherpurOfficer } = scopes;
    const only = async (scope: Scope, filters: Partial<AuditFilters>) => ids((await auditPage(scope, { ...NO_FILTERS, ...filters }, 1)).rows);
    expect(await only(adminScope, { actor: admin.id })).toEqual([kahalooIds[1], adminOnlyId]);
    expect((await only(adminScope, { action: 'suspend' })).sort()).toEqual([sherpurIds[1], kahalooIds[0]].sort());
    expect(await only(adminScope, { subject: 'REPORT' })).toEqual([sherpurIds[2]]);
    // 20 Nov ends at 17:59:59 UTC (midnight in Dhaka); the report came a second later, on the 21st.
    expect(await only(adminScope, { from: '2026-11-20', to: '2026-11-20' })).toEqual([sherpurIds[1]]);
    expect(await only(adminScope, { from: '2026-11-21', to: '2026-11-21' })).toEqual([kahalooIds[0], sherpurIds[2]]);
    expect(await only(adminScope, { from: '2026-11-19', to: '2026-11-19' })).toEqual([adminOnlyId]);
    // A filter never widens the scope: the admin's own action in Kahaloo stays out of Sherpur's log.
    expect(await only(scopes.sherpur, { actor: admin.id })).toEqual([]);
    expect(await only(scopes.sherpur, { actor: sherpurOfficer.id, action: 'suspend' })).toEqual([sherpurIds[1]]);
  });

  it('pages by 50, newest first, and shows the last page for a page past the end', async () => {
    const officer = await account(['BUYER', 'OFFICER'], 'shibganj-bogura');
    const scope = await scopeFor(officer);
    const area = await areaId('shibganj-bogura');
    const start = Date.parse('2026-10-01T00:00:00Z');
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({ actorId: officer.id, action: 'suspend', subject: 'PROVIDER', subjectId: `p-${i}`, areaId: area, createdAt: new Date(start + i * 60_000) })),
    });
    const first = await auditPage(scope, NO_FILTERS, 1);
    expect(first).toMatchObject({ total: 120, page: 1, pages: 3 });
    expect(first.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.rows[0]!.subjectId).toBe('p-119');
    expect(first.rows[49]!.subjectId).toBe('p-70');
    const third = await auditPage(scope, NO_FILTERS, 3);
    expect(third.rows.map((r) => r.subjectId)).toEqual(Array.from({ length: 20 }, (_, i) => `p-${19 - i}`));
    expect((await auditPage(scope, NO_FILTERS, 99)).page).toBe(3);
    const none = await auditPage(scope, { ...NO_FILTERS, action: 'nothing.like.this' }, 1);
    expect(none).toEqual({ rows: [], total: 0, page: 1, pages: 1 });
  });
});

describe('auditOptions', () => {
  it('offers only the actors, actions and types found in what the scope may read', async () => {
    const sherpur = await auditOptions(scopes.sherpur);
    expect(sherpur.actions).toEqual(['report.resolve', 'suspend', 'verify.verified']);
    expect(sherpur.subjects).toEqual(['PROVIDER', 'REPORT', 'SHOP']);
    expect(sherpur.actors.map((a) => a.id)).toEqual([scopes.sherpurOfficer.id]);
    const kahaloo = await auditOptions(scopes.kahaloo);
    expect(kahaloo.actions).toEqual(['reinstate', 'suspend']);
    expect(kahaloo.actors.map((a) => a.id).sort()).toEqual([scopes.kahalooOfficer.id, scopes.admin.id].sort());
    expect((await auditOptions(scopes.adminScope)).actions).toContain('category.merge');
  });
});

describe('GET /console/audit/export', () => {
  const asUser = (user: { id: string; name: string; phone: string; roles: SessionUser['roles']; officerAreaId: number | null } | null) =>
    signedIn.mockResolvedValue(user && ({ ...user, locale: 'bn' } as SessionUser));
  const download = (query: string, locale = 'bn') =>
    exportAudit(new Request(`http://localhost:3000${locale === 'en' ? '/en' : ''}/console/audit/export${query}`), { params: Promise.resolve({ locale }) });
  const text = async (res: Response) => Buffer.from(await res.arrayBuffer()).toString('utf8');

  it('refuses guests (401) and people who are not officers (403)', async () => {
    asUser(null);
    const guest = await download('');
    expect(guest.status).toBe(401);
    expect(guest.headers.get('content-type')).toMatch(/^text\/plain/);
    asUser(await account(['BUYER']));
    expect((await download('')).status).toBe(403);
  });

  it('sends the entries the page lists for the same filters, in the scope only', async () => {
    asUser(scopes.sherpurOfficer);
    const res = await download('?action=suspend&from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="haat-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const body = await text(res);
    const filters = { ...NO_FILTERS, action: 'suspend', from: '2026-11-01', to: '2026-11-30' };
    expect(body).toBe(toCsv(await auditExportRows(scopes.sherpur, filters, 'bn')));
    const lines = body.slice(1).split('\r\n').slice(0, -1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('নং,সময়,কে,ফোন,কাজ,কীসের ওপর,আইডি,এলাকা,কারণ,পরিবর্তন,আগে (JSON),পরে (JSON)');
    const phone = `0${scopes.sherpurOfficer.phone.slice(4, 8)}-${scopes.sherpurOfficer.phone.slice(8)}`;
    expect(lines[1]).toBe(
      `${sherpurIds[1]},2026-11-20 23:59,${scopes.sherpurOfficer.name},${phone},suspend,SHOP,shop-sherpur,শেরপুর,"'=HYPERLINK(""http://evil.example"")",অবস্থা: চালু → স্থগিত,"{""status"":""ACTIVE""}","{""status"":""SUSPENDED""}"`,
    );
    // The page's rows for the same filters are the file's rows.
    const page = await auditPage(scopes.sherpur, filters, 1);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(page.rows.map((r) => r.id));

    // Unfiltered: everything Sherpur's officer may read and nothing from Kahaloo or the admin's categories.
    const all = (await text(await download(''))).slice(1).split('\r\n').slice(1, -1).map((l) => BigInt(l.split(',')[0]!));
    expect(all.sort()).toEqual([...sherpurIds].sort());

    asUser(scopes.admin);
    const adminLines = (await text(await download('?subject=CATEGORY', 'en'))).slice(1).split('\r\n');
    expect(adminLines[0]).toMatch(/^No\.,Time,Who,Phone,Action,Record type,/);
    expect(adminLines[1]).toMatch(new RegExp(`^${adminOnlyId},2026-11-19 12:00,.*,category.merge,CATEGORY,12,,,Active: yes → no; Merged into: \\(none\\) → 3,`));
  });
});
