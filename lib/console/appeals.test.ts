import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { appealDecisionSchema, appealSchema, decideAppeal, fileAppeal, getAppealBox, listDecidedAppeals, listOpenAppeals, type ReinstateRecord } from './appeals';
import { suspendRecord } from './records';
import { consoleScopes, provider, shop } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  s = await consoleScopes();
});

describe('appeals', () => {
  async function suspendedProvider() {
    const p = await provider('mirzapur-sherpur-bogura');
    await suspendRecord(s.sherpur, 'PROVIDER', p.id, 'ভুয়া নম্বর, তিনবার অভিযোগ');
    return p;
  }

  it('shows the owner the reason and takes one appeal per suspension', async () => {
    const p = await suspendedProvider();
    const owner = { id: p.userId! };
    expect(await getAppealBox(owner.id, 'PROVIDER', p.id)).toEqual({ reason: 'ভুয়া নম্বর, তিনবার অভিযোগ', appeal: null, canAppeal: true });
    expect(appealSchema.safeParse({ text: '  ' }).error?.issues[0]?.message).toBe('appealRequired');
    expect(appealSchema.safeParse({ text: 'ভুল' }).error?.issues[0]?.message).toBe('appealTooShort');
    await expect(fileAppeal(owner, 'PROVIDER', p.id, 'ভুল')).rejects.toMatchObject({ message: 'appealTooShort' });

    await fileAppeal(owner, 'PROVIDER', p.id, 'নম্বরটি আমার নিজের, আজই চালু করেছি।');
    await expect(fileAppeal(owner, 'PROVIDER', p.id, 'আবার লিখছি, দয়া করে দেখুন।')).rejects.toMatchObject({ code: 'conflict', message: 'alreadyAppealed' });
    const box = await getAppealBox(owner.id, 'PROVIDER', p.id);
    expect(box).toMatchObject({ canAppeal: false, appeal: { status: 'OPEN', text: 'নম্বরটি আমার নিজের, আজই চালু করেছি।' } });

    // Decided (dismissed) still counts for this suspension.
    const [appeal] = await db.appeal.findMany({ where: { subjectId: p.id } });
    await decideAppeal(s.sherpur, appeal!.id, { outcome: 'DISMISSED', decision: 'সরেজমিনে নম্বর বন্ধ পাওয়া গেছে' });
    await expect(fileAppeal(owner, 'PROVIDER', p.id, 'আরেকবার সুযোগ চাই, নম্বর চালু।')).rejects.toMatchObject({ message: 'alreadyAppealed' });
    expect(await getAppealBox(owner.id, 'PROVIDER', p.id)).toMatchObject({ canAppeal: false, appeal: { status: 'DISMISSED', decision: 'সরেজমিনে নম্বর বন্ধ পাওয়া গেছে' } });
  });

  it('takes only one of two appeals sent at once', async () => {
    const p = await suspendedProvider();
    const results = await Promise.allSettled([1, 2].map((i) => fileAppeal({ id: p.userId! }, 'PROVIDER', p.id, `আমার আপিল নম্বর ${i}, দয়া করে দেখুন।`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.appeal.count({ where: { subjectId: p.id } })).toBe(1);
  });

  it('allows a new appeal after a later suspension', async () => {
    const p = await suspendedProvider();
    await fileAppeal({ id: p.userId! }, 'PROVIDER', p.id, 'নম্বরটি আমার নিজের, আজই চালু করেছি।');
    const [appeal] = await db.appeal.findMany({ where: { subjectId: p.id } });
    await decideAppeal(s.sherpur, appeal!.id, { outcome: 'RESOLVED', decision: 'ফোন করে নিশ্চিত হয়েছি' });
    await new Promise((r) => setTimeout(r, 5));
    await suspendRecord(s.sherpur, 'PROVIDER', p.id, 'আবার অভিযোগ');
    expect(await getAppealBox(p.userId!, 'PROVIDER', p.id)).toMatchObject({ reason: 'আবার অভিযোগ', canAppeal: true, appeal: null });
    await fileAppeal({ id: p.userId! }, 'PROVIDER', p.id, 'এবারও ভুল বোঝাবুঝি হয়েছে।');
  });

  it('refuses appeals of records that are not suspended or not the appellant’s', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    await expect(fileAppeal({ id: p.userId! }, 'PROVIDER', p.id, 'কেন বন্ধ করা হলো জানি না।')).rejects.toMatchObject({ message: 'notSuspended' });
    const q = await suspendedProvider();
    await expect(fileAppeal({ id: p.userId! }, 'PROVIDER', q.id, 'কেন বন্ধ করা হলো জানি না।')).rejects.toMatchObject({ code: 'notFound' });
    expect(await getAppealBox(p.userId!, 'PROVIDER', q.id)).toBeNull();
    expect(await getAppealBox(p.userId!, 'PROVIDER', p.id)).toBeNull();
  });

  it('keeps an officer to appeals of their upazila, also by id; admins decide any', async () => {
    const p = await suspendedProvider();
    await fileAppeal({ id: p.userId! }, 'PROVIDER', p.id, 'নম্বরটি আমার নিজের, আজই চালু করেছি।');
    const [appeal] = await db.appeal.findMany({ where: { subjectId: p.id } });
    expect((await listOpenAppeals(s.sherpur)).map((a) => a.id)).toContain(appeal!.id);
    expect((await listOpenAppeals(s.kahaloo)).map((a) => a.id)).not.toContain(appeal!.id);
    await expect(decideAppeal(s.kahaloo, appeal!.id, { outcome: 'RESOLVED', decision: 'ঠিক আছে' })).rejects.toMatchObject({ code: 'notFound' });
    expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).status).toBe('OPEN');
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('SUSPENDED');
    await decideAppeal(s.adminScope, appeal!.id, { outcome: 'RESOLVED', decision: 'ঠিক আছে, চালু করা হলো' });
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('ACTIVE');
  });

  it('reinstates on RESOLVED, audits, texts the owner, and says "already decided" the second time', async () => {
    const s1 = await shop('mirzapur-sherpur-bogura');
    await suspendRecord(s.sherpur, 'SHOP', s1.id, 'নকল পণ্য');
    await fileAppeal({ id: s1.ownerId }, 'SHOP', s1.id, 'সব পণ্য নিজের হাতে বানানো, ছবি দিচ্ছি।');
    const [appeal] = await db.appeal.findMany({ where: { subjectId: s1.id } });
    expect(appealDecisionSchema.safeParse({ outcome: 'RESOLVED', decision: ' ' }).error?.issues[0]?.message).toBe('decisionRequired');
    await expect(decideAppeal(s.sherpur, appeal!.id, { outcome: 'RESOLVED', decision: '' })).rejects.toMatchObject({ message: 'decisionRequired' });

    await decideAppeal(s.sherpur, appeal!.id, { outcome: 'RESOLVED', decision: 'ছবি দেখে নিশ্চিত হয়েছি' });
    expect(await db.auditLog.findFirstOrThrow({ where: { subject: 'SHOP', subjectId: s1.id, action: 'reinstate' } })).toMatchObject({ actorId: s.sherpurOfficer.id, reason: 'ছবি দেখে নিশ্চিত হয়েছি' });
    expect((await db.shop.findUniqueOrThrow({ where: { id: s1.id } })).status).toBe('ACTIVE');
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).toMatchObject({ status: 'RESOLVED', decision: 'ছবি দেখে নিশ্চিত হয়েছি', decidedById: s.sherpurOfficer.id });
    const entry = await db.auditLog.findFirstOrThrow({ where: { subject: 'APPEAL', subjectId: appeal!.id } });
    expect(entry).toMatchObject({ action: 'appeal.resolve', before: { status: 'OPEN', subject: 'SHOP', subjectId: s1.id }, after: { status: 'RESOLVED', decision: 'ছবি দেখে নিশ্চিত হয়েছি' }, reason: 'ছবি দেখে নিশ্চিত হয়েছি' });
    const owner = await db.user.findUniqueOrThrow({ where: { id: s1.ownerId } });
    const sms = await db.smsMessage.findFirstOrThrow({ where: { to: owner.phone, purpose: 'appeal-decision' } });
    expect(sms.body).toContain('ছবি দেখে নিশ্চিত হয়েছি');

    await expect(decideAppeal(s.adminScope, appeal!.id, { outcome: 'DISMISSED', decision: 'না' })).rejects.toMatchObject({ code: 'conflict', message: 'alreadyDecided' });
    expect((await listDecidedAppeals(s.sherpur)).map((a) => a.id)).toContain(appeal!.id);
    expect((await listOpenAppeals(s.sherpur)).map((a) => a.id)).not.toContain(appeal!.id);
  });

  it('keeps the record suspended on DISMISSED and puts the appeal back when reinstating fails', async () => {
    const p = await suspendedProvider();
    await fileAppeal({ id: p.userId! }, 'PROVIDER', p.id, 'নম্বরটি আমার নিজের, আজই চালু করেছি।');
    const [appeal] = await db.appeal.findMany({ where: { subjectId: p.id } });
    const failing: ReinstateRecord = async () => {
      throw new Error('database went away');
    };
    await expect(decideAppeal(s.sherpur, appeal!.id, { outcome: 'RESOLVED', decision: 'ঠিক আছে' }, failing)).rejects.toThrow('database went away');
    expect(await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).toMatchObject({ status: 'OPEN', decision: null });
    expect((await db.auditLog.findMany({ where: { subject: 'APPEAL', subjectId: appeal!.id }, orderBy: { id: 'asc' } })).map((e) => e.action)).toEqual(['appeal.resolve', 'appeal.reopen']);

    await decideAppeal(s.sherpur, appeal!.id, { outcome: 'DISMISSED', decision: 'নম্বর এখনো বন্ধ' }, failing);
    expect((await db.provider.findUniqueOrThrow({ where: { id: p.id } })).status).toBe('SUSPENDED');
    expect((await db.appeal.findUniqueOrThrow({ where: { id: appeal!.id } })).status).toBe('DISMISSED');
  });
});
