import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { decideReports, listOpenReports, reportDecisionSchema } from './reports';
import { areaId, consoleScopes, provider } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;
let mirzapur: number;

beforeAll(async () => {
  s = await consoleScopes();
  mirzapur = await areaId('mirzapur-sherpur-bogura');
});

const report = async (subject: 'PROVIDER' | 'SHOP', subjectId: string, areaIdOf: number, createdAt = new Date()) =>
  db.report.create({ data: { subject, subjectId, areaId: areaIdOf, reason: 'WRONG_NUMBER', details: '<b>নম্বর</b> বন্ধ', createdAt } });

describe('reports queue', () => {
  it('lists open reports in scope, oldest first, grouped by record with a link to its page', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const other = await provider('mirzapur-sherpur-bogura');
    const old = await report('PROVIDER', other.id, mirzapur, new Date(Date.now() - 86_400_000));
    const [a, b] = [await report('PROVIDER', p.id, mirzapur), await report('PROVIDER', p.id, mirzapur)];
    const { groups, total } = await listOpenReports(s.sherpur);
    expect(total).toBeGreaterThanOrEqual(3);
    const ids = groups.map((g) => g.subjectId);
    expect(ids.indexOf(other.id)).toBeLessThan(ids.indexOf(p.id));
    const group = groups.find((g) => g.subjectId === p.id)!;
    expect(group.href).toBe(`/console/records/provider/${p.id}`);
    expect(group.reports.map((r) => r.id)).toEqual([a.id, b.id]);
    expect(group.info).toMatchObject({ name: 'করিম ইলেকট্রিক', status: 'ACTIVE' });
    expect(groups.find((g) => g.subjectId === other.id)!.reports[0]!.id).toBe(old.id);
  });

  it('keeps an officer to their upazila: another upazila’s reports are not listed and “not found” by id; admins see all', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const r = await report('PROVIDER', p.id, mirzapur);
    expect((await listOpenReports(s.kahaloo)).groups.some((g) => g.subjectId === p.id)).toBe(false);
    expect((await listOpenReports(s.adminScope)).groups.some((g) => g.subjectId === p.id)).toBe(true);
    await expect(decideReports(s.kahaloo, [r.id], { outcome: 'DISMISSED', resolution: '' })).rejects.toMatchObject({ code: 'notFound' });
    // Mixed with one of their own, the whole request is refused.
    const own = await report('PROVIDER', (await provider('kahaloo')).id, await areaId('kahaloo'));
    await expect(decideReports(s.kahaloo, [own.id, r.id], { outcome: 'DISMISSED', resolution: '' })).rejects.toMatchObject({ code: 'notFound' });
    expect((await db.report.findUniqueOrThrow({ where: { id: r.id } })).status).toBe('OPEN');
    await expect(decideReports(s.adminScope, [r.id], { outcome: 'DISMISSED', resolution: '' })).resolves.toEqual({ decided: 1, alreadyDecided: 0 });
  });

  it('resolves with a required text, audits each report, and says when it was already decided', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const [a, b] = [await report('PROVIDER', p.id, mirzapur), await report('PROVIDER', p.id, mirzapur)];
    expect(reportDecisionSchema.safeParse({ outcome: 'RESOLVED', resolution: '  ' }).error?.issues[0]).toMatchObject({ path: ['resolution'], message: 'resolutionRequired' });
    expect(reportDecisionSchema.safeParse({ outcome: 'DISMISSED', resolution: '' }).success).toBe(true);
    expect(reportDecisionSchema.safeParse({ outcome: 'MAYBE', resolution: 'x' }).error?.issues[0]?.message).toBe('outcomeRequired');
    await expect(decideReports(s.sherpur, [a.id], { outcome: 'RESOLVED', resolution: '' })).rejects.toMatchObject({ code: 'invalid', message: 'resolutionRequired' });

    const result = await decideReports(s.sherpur, [a.id, b.id], { outcome: 'RESOLVED', resolution: 'নম্বর ঠিক করা হয়েছে' });
    expect(result).toEqual({ decided: 2, alreadyDecided: 0 });
    const saved = await db.report.findUniqueOrThrow({ where: { id: a.id } });
    expect(saved).toMatchObject({ status: 'RESOLVED', resolution: 'নম্বর ঠিক করা হয়েছে', resolvedById: s.sherpurOfficer.id });
    const entries = await db.auditLog.findMany({ where: { subject: 'REPORT', subjectId: { in: [a.id, b.id] } } });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: s.sherpurOfficer.id, action: 'report.resolve', areaId: mirzapur, before: { status: 'OPEN', subject: 'PROVIDER', subjectId: p.id }, after: { status: 'RESOLVED', resolution: 'নম্বর ঠিক করা হয়েছে' } });

    await expect(decideReports(s.adminScope, [a.id], { outcome: 'DISMISSED', resolution: '' })).rejects.toMatchObject({ code: 'conflict', message: 'alreadyDecided' });
    expect((await db.report.findUniqueOrThrow({ where: { id: a.id } })).status).toBe('RESOLVED');
    expect(await db.auditLog.count({ where: { subject: 'REPORT', subjectId: a.id } })).toBe(1);
    expect((await listOpenReports(s.sherpur)).groups.some((g) => g.subjectId === p.id)).toBe(false);
  });

  it('lets exactly one of two officers deciding at once decide', async () => {
    const r = await report('PROVIDER', (await provider('mirzapur-sherpur-bogura')).id, mirzapur);
    const results = await Promise.allSettled([
      decideReports(s.sherpur, [r.id], { outcome: 'DISMISSED', resolution: '' }),
      decideReports(s.adminScope, [r.id], { outcome: 'RESOLVED', resolution: 'দেখা হয়েছে' }),
    ]);
    expect(results.filter((x) => x.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((x) => x.status === 'rejected')).toMatchObject({ reason: { message: 'alreadyDecided' } });
    expect(await db.auditLog.count({ where: { subject: 'REPORT', subjectId: r.id } })).toBe(1);
  });

  it('links a reported review to its provider’s record page', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    const author = (await db.user.create({ data: { phone: `+8801${String(Date.now()).slice(-9)}`, name: 'ক্রেতা', status: 'ACTIVE' } })).id;
    const review = await db.review.create({ data: { providerId: p.id, authorId: author, rating: 1, text: 'বাজে ব্যবহার' } });
    await db.report.create({ data: { subject: 'REVIEW', subjectId: review.id, areaId: mirzapur, reason: 'ABUSIVE' } });
    const group = (await listOpenReports(s.sherpur)).groups.find((g) => g.subjectId === review.id)!;
    expect(group).toMatchObject({ subject: 'REVIEW', href: `/console/records/provider/${p.id}` });
    expect(group.info?.name).toContain('বাজে ব্যবহার');
  });

  it('answers "not found" for an unknown id', async () => {
    await expect(decideReports(s.adminScope, ['nope'], { outcome: 'DISMISSED', resolution: '' })).rejects.toMatchObject({ code: 'notFound' });
  });
});
