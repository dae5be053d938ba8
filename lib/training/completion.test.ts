import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeMark, listening, settle, startCacheListener, stopCacheListener } from '@/lib/cache/broadcast';
import { tags } from '@/lib/cache/tags';
import { consoleScopes } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { attendanceGrid, attendanceSchema, markAttendance } from './attendance';
import { CODE_ALPHABET, certificateFor, newCertificateCode, normaliseCode, verifyCertificate } from './certificate';
import { programme, trainee } from './completion-fixtures';
import { markCompletion, myTrainings, setTrainingHidden, trainedLines } from './completion';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  s = await consoleScopes();
  startCacheListener(process.env.DATABASE_URL!);
  const deadline = Date.now() + 10_000;
  while (!listening() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
});

afterAll(stopCacheListener);

const sessionUser = async (id: string) => {
  const u = await db.user.findUniqueOrThrow({ where: { id } });
  return { id: u.id, name: u.name, phone: u.phone, roles: u.roles, officerAreaId: u.officerAreaId, mustChangePassword: false } as never;
};

describe('attendance', () => {
  it('marks one session for the trainees with a place, upserts, and audits once per save', async () => {
    const p = await programme();
    const [a, b] = [await trainee(p.id), await trainee(p.id)];
    const session = p.sessions[0]!;
    expect(await markAttendance(s.sherpur, p.id, { sessionId: session.id, trainees: [a.id, b.id], present: [a.id] })).toEqual({ present: 1, absent: 1 });
    // Saved again, corrected: the same rows, the new answer.
    await markAttendance(s.sherpur, p.id, { sessionId: session.id, trainees: [a.id, b.id], present: [a.id, b.id] });
    const rows = await db.trainingAttendance.findMany({ where: { sessionId: session.id }, orderBy: { traineeId: 'asc' } });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.present && r.markedById === s.sherpurOfficer.id)).toBe(true);
    const entries = await db.auditLog.findMany({ where: { action: 'training.attendance', subjectId: p.id } });
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ actorId: s.sherpurOfficer.id, areaId: p.areaId, subject: 'TRAINING_PROGRAMME' });

    const grid = await attendanceGrid(s.sherpur, p.id);
    expect(grid.started).toBe(3);
    expect(grid.rows.find((r) => r.id === a.id)).toMatchObject({ attended: 1, rate: 1 / 3, marks: { [session.id]: true } });
  });

  it('refuses sessions not started, trainees without a place and an empty list', async () => {
    const p = await programme({ startedDaysAgo: 1, sessions: 3 });
    const a = await trainee(p.id);
    const invited = await trainee(p.id, 'INVITED');
    await expect(markAttendance(s.sherpur, p.id, { sessionId: p.sessions[2]!.id, trainees: [a.id], present: [a.id] })).rejects.toMatchObject({ code: 'conflict', message: 'sessionNotStarted' });
    await expect(markAttendance(s.sherpur, p.id, { sessionId: p.sessions[0]!.id, trainees: [a.id, invited.id], present: [] })).rejects.toMatchObject({ code: 'conflict', message: 'notAttending' });
    expect(attendanceSchema.safeParse({ sessionId: p.sessions[0]!.id, trainees: [], present: [] }).error?.issues[0]?.message).toBe('noTrainees');
    expect(await db.trainingAttendance.count({ where: { session: { programmeId: p.id } } })).toBe(0);
  });

  it('gives an officer of another upazila "not found", also for ids edited into the form, and writes nothing', async () => {
    const p = await programme();
    const other = await programme({ area: 'kahaloo' });
    const a = await trainee(p.id);
    const theirs = await trainee(other.id, 'ACCEPTED', 'birkedar-kahaloo-bogura');
    // Kahaloo's officer on Sherpur's programme.
    await expect(markAttendance(s.kahaloo, p.id, { sessionId: p.sessions[0]!.id, trainees: [a.id], present: [a.id] })).rejects.toMatchObject({ code: 'notFound' });
    await expect(attendanceGrid(s.kahaloo, p.id)).rejects.toMatchObject({ code: 'notFound' });
    // Sherpur's officer with Kahaloo's session or trainee edited into her own programme's form.
    await expect(markAttendance(s.sherpur, p.id, { sessionId: other.sessions[0]!.id, trainees: [a.id], present: [] })).rejects.toMatchObject({ code: 'notFound' });
    await expect(markAttendance(s.sherpur, p.id, { sessionId: p.sessions[0]!.id, trainees: [a.id, theirs.id], present: [theirs.id] })).rejects.toMatchObject({ code: 'notFound' });
    await expect(markAttendance(s.sherpur, p.id, { sessionId: p.sessions[0]!.id, trainees: [a.id], present: [theirs.id] })).rejects.toMatchObject({ code: 'notFound' });
    await expect(markAttendance(s.sherpur, other.id, { sessionId: other.sessions[0]!.id, trainees: [theirs.id], present: [] })).rejects.toMatchObject({ code: 'notFound' });
    expect(await db.trainingAttendance.count({ where: { traineeId: { in: [a.id, theirs.id] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { subjectId: { in: [p.id, other.id] } } })).toBe(0);
    // The admin may.
    await markAttendance(s.adminScope, other.id, { sessionId: other.sessions[0]!.id, trainees: [theirs.id], present: [theirs.id] });
  });
});

describe('completion', () => {
  it('completes accepted trainees once, with a code, an SMS and one audit entry', async () => {
    const p = await programme();
    const [a, b] = [await trainee(p.id), await trainee(p.id)];
    expect(await markCompletion(s.sherpur, p.id, [a.id, b.id])).toEqual({ completed: 2, already: 0 });
    const done = await db.trainee.findMany({ where: { programmeId: p.id } });
    for (const t of done) {
      expect(t).toMatchObject({ status: 'COMPLETED', decidedById: s.sherpurOfficer.id });
      expect(t.completedAt).toBeInstanceOf(Date);
      expect(normaliseCode(t.certificateCode)).toBe(t.certificateCode);
    }
    // To her account's number (the listing's may be a shop's or shared).
    const aPhone = (await db.user.findUniqueOrThrow({ where: { id: a.provider.userId! } })).phone;
    const sms = await db.smsMessage.findMany({ where: { to: aPhone, purpose: 'training:completed' } });
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toContain(`/training/certificate/${done.find((t) => t.id === a.id)!.certificateCode}`);

    // Twice: nothing changes (no new code, no SMS, no audit entry).
    expect(await markCompletion(s.sherpur, p.id, [a.id, b.id])).toEqual({ completed: 0, already: 2 });
    expect((await db.trainee.findMany({ where: { programmeId: p.id } })).map((t) => t.certificateCode).sort()).toEqual(done.map((t) => t.certificateCode).sort());
    expect(await db.smsMessage.count({ where: { to: aPhone, purpose: 'training:completed' } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: 'training.trainees.complete', subjectId: p.id } })).toBe(1);
  });

  it('sends the certificate SMS to her own account’s number, in her language, not to the listing’s number', async () => {
    const p = await programme();
    const t = await trainee(p.id);
    const { phone: own } = await db.user.update({ where: { id: t.provider.userId! }, data: { locale: 'en' } });
    await markCompletion(s.sherpur, p.id, [t.id]);
    expect(await db.smsMessage.count({ where: { to: t.provider.phone, purpose: 'training:completed' } })).toBe(0);
    const [sms] = await db.smsMessage.findMany({ where: { to: own, purpose: 'training:completed' } });
    expect(sms?.body).toMatch(/^Haat: Congratulations! .*\/training\/certificate\/[2-9A-HJKMNP-Z]{8}$/);
  });

  it('waits for the last session and refuses trainees without an accepted place', async () => {
    const future = await programme({ startedDaysAgo: 1, sessions: 3 });
    const a = await trainee(future.id);
    await expect(markCompletion(s.sherpur, future.id, [a.id])).rejects.toMatchObject({ code: 'conflict', message: 'notYetEnded' });
    const p = await programme();
    const [ok, waiting] = [await trainee(p.id), await trainee(p.id, 'WAITLISTED')];
    await expect(markCompletion(s.sherpur, p.id, [ok.id, waiting.id])).rejects.toMatchObject({ code: 'conflict', message: 'notAccepted' });
    await expect(markCompletion(s.sherpur, p.id, [])).rejects.toMatchObject({ message: 'nothingChosen' });
    expect(await db.trainee.count({ where: { programmeId: p.id, status: 'COMPLETED' } })).toBe(0);
  });

  it('refuses another upazila and ids of another programme, completing nobody', async () => {
    const p = await programme();
    const other = await programme({ area: 'kahaloo' });
    const a = await trainee(p.id);
    const theirs = await trainee(other.id, 'ACCEPTED', 'birkedar-kahaloo-bogura');
    await expect(markCompletion(s.kahaloo, p.id, [a.id])).rejects.toMatchObject({ code: 'notFound' });
    await expect(markCompletion(s.sherpur, p.id, [a.id, theirs.id])).rejects.toMatchObject({ code: 'notFound' });
    await expect(markCompletion(s.sherpur, other.id, [theirs.id])).rejects.toMatchObject({ code: 'notFound' });
    expect(await db.trainee.count({ where: { id: { in: [a.id, theirs.id] }, status: 'COMPLETED' } })).toBe(0);
  });

  it('makes readable codes, different for every trainee', async () => {
    const codes = new Set(Array.from({ length: 2000 }, newCertificateCode));
    expect(codes.size).toBe(2000);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(normaliseCode(' ab2cd3ef ')).toBe('AB2CD3EF');
    expect(normaliseCode('AB2CD3E0')).toBeNull();

    const p = await programme({ seats: 30 });
    const many = await Promise.all(Array.from({ length: 25 }, () => trainee(p.id)));
    await markCompletion(s.sherpur, p.id, many.map((t) => t.id));
    const stored = await db.trainee.findMany({ where: { programmeId: p.id }, select: { certificateCode: true } });
    expect(new Set(stored.map((t) => t.certificateCode)).size).toBe(25);
  });
});

describe('certificates and the profile line', () => {
  it('shows the certificate to its provider and officers in scope only, and verifies its code', async () => {
    const p = await programme();
    const a = await trainee(p.id);
    await markCompletion(s.sherpur, p.id, [a.id]);
    const code = (await db.trainee.findUniqueOrThrow({ where: { id: a.id } })).certificateCode!;
    const owner = await sessionUser(a.provider.userId!);
    expect((await certificateFor(owner, code)).provider.id).toBe(a.provider.id);
    expect((await certificateFor(await sessionUser(s.sherpurOfficer.id), code.toLowerCase())).id).toBe(a.id);
    expect((await certificateFor(await sessionUser(s.admin.id), code)).id).toBe(a.id);
    await expect(certificateFor(await sessionUser(s.kahalooOfficer.id), code)).rejects.toMatchObject({ code: 'notFound' });
    const stranger = await trainee(p.id);
    await expect(certificateFor(await sessionUser(stranger.provider.userId!), code)).rejects.toMatchObject({ code: 'notFound' });
    await expect(certificateFor(owner, 'junk/../x')).rejects.toMatchObject({ code: 'notFound' });

    expect(await verifyCertificate(code)).toMatchObject({ name: a.provider.nameBn, programme: p.titleBn, office: p.office });
    expect(await verifyCertificate('ZZZZZZZZ')).toBeNull();
    expect(await verifyCertificate('<script>')).toBeNull();
  });

  it('adds the line to her profile on completion and takes it off when she hides it, naming her profile for the cache', async () => {
    const p = await programme();
    const a = await trainee(p.id);
    expect(await trainedLines(a.provider.id)).toEqual([]);

    await settle(changeMark());
    let mark = changeMark();
    await markCompletion(s.sherpur, p.id, [a.id]);
    expect(await settle(mark)).toContain(tags.provider(a.provider.id));
    expect(await trainedLines(a.provider.id)).toEqual([expect.objectContaining({ programme: p.titleBn, office: p.office, programmeId: p.id })]);

    const mine = await myTrainings(a.provider.userId!);
    expect(mine).toEqual([expect.objectContaining({ id: a.id, status: 'COMPLETED', hideOnProfile: false })]);

    mark = changeMark();
    await setTrainingHidden(a.provider.userId!, a.id, true);
    expect(await settle(mark)).toContain(tags.provider(a.provider.id));
    expect(await trainedLines(a.provider.id)).toEqual([]);
    // Someone else cannot hide or show it.
    const other = await trainee(p.id);
    await expect(setTrainingHidden(other.provider.userId!, a.id, false)).rejects.toMatchObject({ code: 'notFound' });
    await setTrainingHidden(a.provider.userId!, a.id, false);
    expect(await trainedLines(a.provider.id)).toHaveLength(1);

    // A programme's new title reaches the profiles that name it.
    mark = changeMark();
    await db.trainingProgramme.update({ where: { id: p.id }, data: { titleBn: 'নতুন নাম' } });
    expect(await settle(mark)).toContain(tags.programme(p.id));
  });
});
