// Picking and inviting trainees against the real PostgreSQL: candidates and their filters, 12
// invitations into 10 seats (10 invited, 2 waitlisted, 12 SMS), the waitlist moving up on
// declines, answers that cannot be given (twice, while waitlisted, after the link expired, without
// a seat), concurrent accepts for the last seats, the officer's decisions, another upazila's
// officer refused everywhere (also with edited ids), and the worker's reminders and expiry.
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleScopes } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { findCandidates } from './candidates';
import { candidateFiltersSchema } from './invite-schemas';
import { answerInvite, answerOwnPlace, decideApplication, invite, inviteByToken, INVITE_QUOTA, programmeTrainees, withdrawInvitation } from './invitations';
import { expireInvitations, sendTrainingReminders } from './reminders';
import { programme, tradesperson } from './test-fixtures';

const DAY = 86_400_000;
let scopes: Awaited<ReturnType<typeof consoleScopes>>;
let unions: string[];
let kahalooUnion: string;

const filters = (over: Record<string, string> = {}) => candidateFiltersSchema.parse(over);
const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code === 'conflict' || error.code === 'invalid' || error.code === 'forbidden' ? error.message : error.code;
    throw error;
  }
  return 'done';
};
const smsTo = (phones: string[], purpose?: string) => db.smsMessage.findMany({ where: { to: { in: phones }, ...(purpose ? { purpose: { startsWith: purpose } } : {}) }, orderBy: { createdAt: 'asc' } });
const tokenIn = (body: string) => /training\/invite\/([A-Za-z0-9_-]{32})/.exec(body)?.[1] ?? null;
async function lastToken(phone: string) {
  const [last] = await db.smsMessage.findMany({ where: { to: phone, purpose: { startsWith: 'training:' } }, orderBy: { createdAt: 'desc' }, take: 1 });
  return tokenIn(last?.body ?? '');
}
const electricians = (n: number, area = unions[0]!, over: Parameters<typeof tradesperson>[1] = {}) => Promise.all(Array.from({ length: n }, () => tradesperson(area, over)));
const phoneOf = (p: Awaited<ReturnType<typeof tradesperson>>) => p.user!.phone;

beforeAll(async () => {
  scopes = await consoleScopes();
  unions = (await db.area.findMany({ where: { parent: { slug: 'sherpur-bogura' } }, orderBy: { id: 'asc' }, select: { slug: true } })).map((a) => a.slug);
  kahalooUnion = (await db.area.findFirstOrThrow({ where: { parent: { slug: 'kahaloo' } }, select: { slug: true } })).slug;
});

describe('candidates', () => {
  it('are active individual providers of the trade in the programme’s areas, filtered and counted by place', async () => {
    const p = await programme({ openTo: [unions[1]!, unions[2]!] });
    const [a, b] = await electricians(2, unions[1]!, { experienceYears: 8, sex: 'FEMALE' });
    const c = await tradesperson(unions[2]!, { verified: false, experienceYears: 1 });
    // Not candidates: another trade, an office listing, suspended, a place the programme is not open to, another upazila.
    await tradesperson(unions[1]!, { trade: 'plumber' });
    await tradesperson(unions[1]!, { kind: 'OFFICE' });
    await tradesperson(unions[1]!, { status: 'SUSPENDED' });
    await tradesperson(unions[3]!);
    await tradesperson(kahalooUnion);

    const verifiedOnly = await findCandidates(scopes.sherpur, p.id, filters());
    expect(verifiedOnly.rows.map((r) => r.id).sort()).toEqual([a!.id, b!.id].sort());
    const everyone = await findCandidates(scopes.sherpur, p.id, filters({ verified: '0' }));
    expect(everyone.total).toBe(3);
    expect(everyone.unions.map((u) => u.count)).toEqual([2, 1]);
    expect((await findCandidates(scopes.sherpur, p.id, filters({ verified: '0', minYears: '৫' }))).total).toBe(2);
    expect((await findCandidates(scopes.sherpur, p.id, filters({ verified: '0', sex: 'FEMALE' }))).total).toBe(2);
    const inUnion = await findCandidates(scopes.sherpur, p.id, filters({ verified: '0', union: String(everyone.unions[1]!.id) }));
    expect(inUnion.rows.map((r) => r.id)).toEqual([c.id]);
    expect((await findCandidates(scopes.sherpur, p.id, filters({ verified: '0', sort: 'experience' }))).rows.at(-1)!.id).toBe(c.id);
    // The admin sees the same; junk in the query falls back to the defaults.
    expect((await findCandidates(scopes.adminScope, p.id, filters({ verified: 'x', sort: 'drop table', page: '-3' }))).total).toBe(2);
    // A programme asking for experience starts the filter there; the officer may lower it.
    await db.trainingProgramme.update({ where: { id: p.id }, data: { minExperienceYears: 5 } });
    const experienced = await findCandidates(scopes.sherpur, p.id, filters({ verified: '0' }));
    expect([experienced.total, experienced.filters.minYears]).toEqual([2, 5]);
    expect((await findCandidates(scopes.sherpur, p.id, filters({ verified: '0', minYears: '0' }))).total).toBe(3);
  });

  it('know who was trained before and who already has a place here; a women-only programme shows only women', async () => {
    const p = await programme({ openTo: [unions[4]!], requiredSex: 'FEMALE' });
    const [woman, trained] = await electricians(2, unions[4]!, { sex: 'FEMALE' });
    await tradesperson(unions[4]!, { sex: 'MALE' });
    const earlier = await programme({ openTo: [unions[4]!], status: 'COMPLETED', startsAt: new Date(Date.now() - 40 * DAY) });
    await db.trainee.create({ data: { programmeId: earlier.id, providerId: trained!.id, source: 'INVITED', status: 'COMPLETED', completedAt: new Date() } });
    await db.trainee.create({ data: { programmeId: p.id, providerId: woman!.id, source: 'APPLIED', status: 'APPLIED' } });

    const all = await findCandidates(scopes.sherpur, p.id, filters({ sex: 'MALE' }));
    expect(all.total).toBe(2);
    expect(all.rows.find((r) => r.id === woman!.id)!.here).toBe('APPLIED');
    expect(all.rows.find((r) => r.id === trained!.id)!.trainedBefore).toBe(true);
    expect((await findCandidates(scopes.sherpur, p.id, filters({ trained: 'no' }))).rows.map((r) => r.id)).toEqual([woman!.id]);
    expect((await findCandidates(scopes.sherpur, p.id, filters({ trained: 'yes' }))).rows.map((r) => r.id)).toEqual([trained!.id]);
  });
});

describe('invitations', () => {
  it('12 into 10 seats: 10 invited, 2 waitlisted, 12 SMS; inviting again adds nothing; 2 declines move the waitlist up', async () => {
    const p = await programme({ seats: 10, openTo: [unions[5]!] });
    const people = await electricians(12, unions[5]!);
    const phones = people.map(phoneOf);
    const result = await invite(scopes.sherpur, p.id, people.map((x) => x.id));
    expect(result).toEqual({ invited: 10, waitlisted: 2, already: 0 });
    const rows = await db.trainee.findMany({ where: { programmeId: p.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.filter((r) => r.status === 'INVITED')).toHaveLength(10);
    const waiting = rows.filter((r) => r.status === 'WAITLISTED');
    expect(waiting.map((r) => r.providerId)).toEqual([people[10]!.id, people[11]!.id]);
    expect(rows.every((r) => r.inviteExpiresAt?.getTime() === p.startsAt.getTime() && r.inviteTokenHash?.length === 64)).toBe(true);
    const sms = await smsTo(phones, 'training:');
    expect(sms).toHaveLength(12);
    expect(sms.filter((m) => m.purpose.startsWith('training:invite')).every((m) => m.body.includes('আমন্ত্রণ') && tokenIn(m.body))).toBe(true);
    expect(sms.filter((m) => m.purpose.startsWith('training:waitlist')).map((m) => m.to).sort()).toEqual([phones[10], phones[11]].sort());
    expect(await db.auditLog.count({ where: { action: 'training.invite', subjectId: p.id, actorId: scopes.sherpurOfficer.id } })).toBe(1);

    expect(await invite(scopes.sherpur, p.id, people.map((x) => x.id))).toEqual({ invited: 0, waitlisted: 0, already: 12 });
    expect(await db.trainee.count({ where: { programmeId: p.id } })).toBe(12);
    expect(await smsTo(phones, 'training:')).toHaveLength(12);

    // The waitlisted cannot accept yet.
    const waitToken = (await lastToken(phones[10]!))!;
    expect(await refusal(answerInvite(waitToken, 'accept', { id: people[10]!.userId! }))).toBe('waitlisted');

    for (const i of [0, 1]) expect(await answerInvite((await lastToken(phones[i]!))!, 'decline', { id: people[i]!.userId! })).toBe('declined');
    const after = await db.trainee.findMany({ where: { programmeId: p.id } });
    expect(after.filter((r) => r.status === 'INVITED')).toHaveLength(10);
    expect(after.filter((r) => r.status === 'DECLINED').map((r) => r.providerId).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
    const moved = await smsTo([phones[10]!, phones[11]!], 'training:moved-up');
    expect(moved).toHaveLength(2);
    // Her new link works, the old one is gone.
    const newToken = tokenIn(moved.find((m) => m.to === phones[10])!.body)!;
    expect(newToken).not.toBe(waitToken);
    expect(await inviteByToken(waitToken)).toBeNull();
    expect(await answerInvite(newToken, 'accept', { id: people[10]!.userId! })).toBe('accepted');
  });

  it('an answer is given once: accept twice, decline after accepting gives the seat on, someone else’s account is refused', async () => {
    const p = await programme({ seats: 1, openTo: [unions[6]!] });
    const [first, second] = await electricians(2, unions[6]!);
    await invite(scopes.sherpur, p.id, [first!.id, second!.id]);
    const token = (await lastToken(phoneOf(first!)))!;
    expect(await refusal(answerInvite(token, 'accept', { id: second!.userId! }))).toBe('notYours');
    expect(await answerInvite(token, 'accept', { id: first!.userId! })).toBe('accepted');
    expect(await refusal(answerInvite(token, 'accept', { id: first!.userId! }))).toBe('alreadyAccepted');
    expect(await db.trainee.count({ where: { programmeId: p.id, status: 'ACCEPTED' } })).toBe(1);
    // Answered by code (no account named): she cannot come after all; the seat goes to the next.
    expect(await answerInvite(token, 'decline', null)).toBe('declined');
    expect(await refusal(answerInvite(token, 'decline', null))).toBe('alreadyDeclined');
    expect(await refusal(answerInvite(token, 'accept', null))).toBe('alreadyDeclined');
    expect((await db.trainee.findFirstOrThrow({ where: { programmeId: p.id, providerId: second!.id } })).status).toBe('INVITED');
  });

  it('she can answer from her own dashboard, signed in; someone else’s place is not found', async () => {
    const p = await programme({ seats: 2, openTo: [unions[2]!] });
    const [her, other] = await electricians(2, unions[2]!);
    await invite(scopes.sherpur, p.id, [her!.id, other!.id]);
    const place = await db.trainee.findFirstOrThrow({ where: { programmeId: p.id, providerId: her!.id } });
    await expect(answerOwnPlace(other!.userId!, place.id, 'accept')).rejects.toMatchObject({ code: 'notFound' });
    expect(await answerOwnPlace(her!.userId!, place.id, 'accept')).toBe('accepted');
    expect(await refusal(answerOwnPlace(her!.userId!, place.id, 'accept'))).toBe('alreadyAccepted');
    expect(await answerOwnPlace(her!.userId!, place.id, 'decline')).toBe('declined');
    expect((await db.trainee.findUniqueOrThrow({ where: { id: place.id } })).status).toBe('DECLINED');
  });

  it('a link stops working when the programme starts, and the worker expires it', async () => {
    const startsAt = new Date(Date.now() + 2 * DAY);
    const p = await programme({ seats: 1, openTo: [unions[7]!], startsAt });
    const [one, two] = await electricians(2, unions[7]!);
    await invite(scopes.sherpur, p.id, [one!.id, two!.id]);
    const token = (await lastToken(phoneOf(one!)))!;
    const later = new Date(startsAt.getTime() + 60_000);
    expect(await refusal(answerInvite(token, 'accept', { id: one!.userId! }, later))).toBe('expired');
    expect(await expireInvitations(later)).toBe(2);
    // Nothing to move into once it started: both simply expired.
    expect((await db.trainee.findMany({ where: { programmeId: p.id } })).map((t) => t.status)).toEqual(['EXPIRED', 'EXPIRED']);
    expect(await smsTo([phoneOf(two!)], 'training:moved-up')).toHaveLength(0);
  });

  it('concurrent accepts never give more places than seats', async () => {
    // Seats lowered to 2 after 4 were invited: of 4 accepts at once, exactly 2 succeed.
    const p = await programme({ seats: 4, openTo: [unions[8]!] });
    const people = await electricians(4, unions[8]!);
    await invite(scopes.sherpur, p.id, people.map((x) => x.id));
    await db.trainingProgramme.update({ where: { id: p.id }, data: { seats: 2 } });
    const tokens = await Promise.all(people.map(async (x) => (await lastToken(phoneOf(x)))!));
    const answers = await Promise.all(tokens.map((token, i) => refusal(answerInvite(token, 'accept', { id: people[i]!.userId! }))));
    expect(answers.filter((a) => a === 'done')).toHaveLength(2);
    expect(answers.filter((a) => a === 'noSeat')).toHaveLength(2);
    expect(await db.trainee.count({ where: { programmeId: p.id, status: 'ACCEPTED' } })).toBe(2);
  });

  it('20 applications accepted at once for 10 seats: 10 accepted, 10 waitlisted, none lost', async () => {
    const p = await programme({ seats: 10, openTo: [unions[9]!] });
    const people = await electricians(20, unions[9]!);
    const applied = await Promise.all(people.map((x) => db.trainee.create({ data: { programmeId: p.id, providerId: x.id, source: 'APPLIED', status: 'APPLIED' } })));
    const decided = await Promise.all(applied.map((t) => decideApplication(scopes.sherpur, p.id, t.id, 'accept')));
    expect(decided.filter((s) => s === 'ACCEPTED')).toHaveLength(10);
    expect(decided.filter((s) => s === 'WAITLISTED')).toHaveLength(10);
    expect(await db.trainee.count({ where: { programmeId: p.id, status: 'ACCEPTED' } })).toBe(10);
    expect(await db.auditLog.count({ where: { action: 'training.application.accept', areaId: p.areaId, subjectId: { in: applied.map((t) => t.id) } } })).toBe(20);
    // Taking her again (a double tap) changes nothing and sends nothing more.
    const smsBefore = await db.smsMessage.count({ where: { purpose: `training:application:${applied[0]!.id}` } });
    expect(await decideApplication(scopes.sherpur, p.id, applied[0]!.id, 'accept')).toBe(decided[0]);
    expect(await db.smsMessage.count({ where: { purpose: `training:application:${applied[0]!.id}` } })).toBe(smsBefore);
    expect(await db.auditLog.count({ where: { action: 'training.application.accept', subjectId: applied[0]!.id } })).toBe(1);

    // Refusing an accepted application gives its seat to the first on the waitlist (ACCEPTED: the officer took her already).
    const firstAccepted = (await db.trainee.findFirstOrThrow({ where: { programmeId: p.id, status: 'ACCEPTED' } })).id;
    const firstWaiting = (await db.trainee.findFirstOrThrow({ where: { programmeId: p.id, status: 'WAITLISTED' }, orderBy: { waitlistedAt: 'asc' } })).id;
    expect(await decideApplication(scopes.sherpur, p.id, firstAccepted, 'refuse')).toBe('REJECTED');
    expect((await db.trainee.findUniqueOrThrow({ where: { id: firstWaiting } })).status).toBe('ACCEPTED');
    expect(await db.trainee.count({ where: { programmeId: p.id, status: 'ACCEPTED' } })).toBe(10);
    const counts = await programmeTrainees(scopes.sherpur, p.id, 'WAITLISTED');
    expect(counts.trainees).toHaveLength(9);
    expect(counts.held).toBe(10);
  });

  it('withdrawing an invitation tells her and offers the seat on', async () => {
    const p = await programme({ seats: 1, openTo: [unions[10] ?? unions[0]!] });
    const [one, two] = await electricians(2, unions[10] ?? unions[0]!);
    await invite(scopes.sherpur, p.id, [one!.id, two!.id]);
    const first = await db.trainee.findFirstOrThrow({ where: { programmeId: p.id, providerId: one!.id } });
    await withdrawInvitation(scopes.sherpur, p.id, first.id);
    expect((await db.trainee.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('WITHDRAWN');
    expect(await smsTo([phoneOf(one!)], 'training:withdrawn')).toHaveLength(1);
    expect((await db.trainee.findFirstOrThrow({ where: { programmeId: p.id, providerId: two!.id } })).status).toBe('INVITED');
    expect(await db.auditLog.count({ where: { action: 'training.invitation.withdraw', subjectId: first.id } })).toBe(1);
  });

  it('only OPEN programmes take invitations', async () => {
    const p = await programme({ status: 'DRAFT', openTo: [unions[0]!] });
    const [one] = await electricians(1, unions[0]!);
    expect(await refusal(invite(scopes.sherpur, p.id, [one!.id]))).toBe('notOpen');
    expect(await refusal(invite(scopes.sherpur, p.id, []))).toBe('nothingChosen');
  });

  it('an officer’s account sends at most its daily number of invitations; past it nothing is written or sent', async () => {
    const p = await programme({ seats: 5, openTo: [unions[1]!] });
    const people = await electricians(3, unions[1]!);
    const key = `training:invite:${scopes.sherpurOfficer.id}`;
    await db.rateLimit.upsert({ where: { key }, create: { key, count: INVITE_QUOTA.max - 2, resetAt: new Date(Date.now() + DAY) }, update: { count: INVITE_QUOTA.max - 2, resetAt: new Date(Date.now() + DAY) } });
    try {
      const refused = await invite(scopes.sherpur, p.id, people.map((x) => x.id)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'rateLimited', message: 'inviteQuota' });
      expect(await db.trainee.count({ where: { programmeId: p.id } })).toBe(0);
      expect(await smsTo(people.map(phoneOf), 'training:')).toHaveLength(0);
    } finally {
      await db.rateLimit.delete({ where: { key } });
    }
  });
});

describe('another upazila’s officer', () => {
  it('is refused every action, and edited ids write nothing', async () => {
    const p = await programme({ seats: 5, openTo: [unions[0]!] });
    const [mine, applicant] = await electricians(2, unions[0]!);
    const foreign = await tradesperson(kahalooUnion);
    const applied = await db.trainee.create({ data: { programmeId: p.id, providerId: applicant!.id, source: 'APPLIED', status: 'APPLIED' } });
    const kahaloo = scopes.kahaloo;
    expect(await refusal(findCandidates(kahaloo, p.id, filters()))).toBe('notFound');
    expect(await refusal(invite(kahaloo, p.id, [mine!.id]))).toBe('notFound');
    expect(await refusal(programmeTrainees(kahaloo, p.id, 'all'))).toBe('notFound');
    expect(await refusal(decideApplication(kahaloo, p.id, applied.id, 'accept'))).toBe('notFound');
    expect(await refusal(decideApplication(kahaloo, p.id, applied.id, 'refuse'))).toBe('notFound');

    // Sherpur's officer with a Kahaloo provider's id edited in among her own: refused, nothing written.
    expect(await refusal(invite(scopes.sherpur, p.id, [mine!.id, foreign.id]))).toBe('notFound');
    expect(await db.trainee.count({ where: { programmeId: p.id, source: 'INVITED' } })).toBe(0);
    expect(await smsTo([phoneOf(mine!), phoneOf(foreign)])).toHaveLength(0);
    // A trainee of another programme edited into this one's form: not found.
    const other = await programme({ openTo: [unions[0]!] });
    const elsewhere = await db.trainee.create({ data: { programmeId: other.id, providerId: mine!.id, source: 'APPLIED', status: 'APPLIED' } });
    expect(await refusal(decideApplication(scopes.sherpur, p.id, elsewhere.id, 'accept'))).toBe('notFound');
    await invite(scopes.sherpur, p.id, [mine!.id]);
    const invited = await db.trainee.findFirstOrThrow({ where: { programmeId: p.id, providerId: mine!.id } });
    expect(await refusal(withdrawInvitation(kahaloo, p.id, invited.id))).toBe('notFound');
    expect((await db.trainee.findUniqueOrThrow({ where: { id: applied.id } })).status).toBe('APPLIED');
  });
});

describe('the worker', () => {
  it('reminds accepted trainees once, the day before in Dhaka', async () => {
    // 10:00 in Dhaka on a day; the programme starts at 10:00 the next day.
    const now = new Date('2030-03-10T04:00:00Z');
    const soon = await programme({ openTo: [unions[0]!], startsAt: new Date('2030-03-11T04:00:00Z') });
    const later = await programme({ openTo: [unions[0]!], startsAt: new Date('2030-03-12T04:00:00Z') });
    const [a, b, c] = await electricians(3, unions[0]!);
    await db.trainee.createMany({
      data: [
        { programmeId: soon.id, providerId: a!.id, source: 'INVITED', status: 'ACCEPTED' },
        { programmeId: soon.id, providerId: b!.id, source: 'INVITED', status: 'DECLINED' },
        { programmeId: later.id, providerId: c!.id, source: 'INVITED', status: 'ACCEPTED' },
      ],
    });
    expect(await sendTrainingReminders(now)).toBe(1);
    expect(await sendTrainingReminders(now)).toBe(0);
    const sent = await smsTo([phoneOf(a!), phoneOf(b!), phoneOf(c!)], 'training:reminder');
    expect(sent.map((m) => m.to)).toEqual([phoneOf(a!)]);
    expect(sent[0]!.body).toContain('আগামীকাল');
    // Just after midnight in Dhaka the later programme's day is tomorrow: its reminder goes then.
    expect(await sendTrainingReminders(new Date('2030-03-10T18:30:00Z'))).toBe(1);
  });
});
