import { beforeAll, describe, expect, it } from 'vitest';
import { areaId, account, consoleScopes, provider } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { toBengaliDigits } from '@/lib/i18n/digits';
import { attachProgrammePhoto, createProgramme, getProgramme, listProgrammes, removeProgrammePhoto, setProgrammeStatus, statusCommands, updateProgramme } from './programmes';
import { applyToProgramme, getPublicProgramme, listOpenProgrammes, programmesForProvider } from './public';
import { programmeSchema, readProgrammeForm } from './schemas';

let s: Awaited<ReturnType<typeof consoleScopes>>;
let sherpur: number, mirzapur: number, kahaloo: number, kahalooUnion: number, electrician: number, tailor: number, office: number;

const DAY = 86_400_000;
/** A day n days from now, as a person types it in the form (day/month/year, Bengali digits). */
const typedDay = (n: number) => {
  const d = new Date(Date.now() + 6 * 3_600_000 + n * DAY);
  return toBengaliDigits(`${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`);
};

beforeAll(async () => {
  s = await consoleScopes();
  [sherpur, mirzapur, kahaloo] = await Promise.all([areaId('sherpur-bogura'), areaId('mirzapur-sherpur-bogura'), areaId('kahaloo')]);
  kahalooUnion = (await db.area.findFirstOrThrow({ where: { parentId: kahaloo, level: 'UNION' } })).id;
  const bySlug = async (slug: string) => (await db.category.findUniqueOrThrow({ where: { slug } })).id;
  [electrician, tailor, office] = await Promise.all([bySlug('electrician'), bySlug('tailor'), bySlug('government-office')]);
});

/** The form as a browser sends it: repeated fields, session rows side by side (the last one empty). */
function form(over: Record<string, string | string[]> = {}) {
  const data = new FormData();
  const fields: Record<string, string | string[]> = {
    titleBn: 'ঘরের ওয়্যারিং প্রশিক্ষণ',
    titleEn: '',
    office: 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর',
    description: 'নিরাপদ ওয়্যারিং',
    areaId: String(sherpur),
    categoryIds: [String(electrician)],
    areaIds: [String(sherpur)],
    seats: '২৫',
    sessionDate: [typedDay(10), typedDay(11), ''],
    sessionStart: ['১০:০০', '10:00', ''],
    sessionEnd: ['১৩:৩০', '13:00', ''],
    mode: 'IN_PERSON',
    venue: 'উপজেলা পরিষদ হলরুম',
    onlineLink: '',
    languages: ['bn'],
    cost: '',
    allowance: '৩০০',
    eligibility: 'বয়স ১৮–৩৫',
    requiredSex: '',
    minExperienceYears: '',
    ...over,
  };
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}
const parse = (over: Record<string, string | string[]> = {}) => programmeSchema.parse(readProgrammeForm(form(over)));
const issues = (over: Record<string, string | string[]>) =>
  Object.fromEntries((programmeSchema.safeParse(readProgrammeForm(form(over))).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('the programme form', () => {
  it('reads Bengali digits, Dhaka times and taka', () => {
    const p = parse();
    expect(p).toMatchObject({ seats: 25, cost: 0, allowance: 30_000, categoryIds: [electrician], areaIds: [sherpur], languages: ['bn'], requiredSex: null, minExperienceYears: null, onlineLink: null });
    expect(p.sessions).toHaveLength(2);
    // 10:00 in Dhaka is 04:00 UTC.
    expect(p.sessions[0]!.startsAt.toISOString()).toMatch(/T04:00:00\.000Z$/);
    expect(p.sessions[0]!.endsAt.toISOString()).toMatch(/T07:30:00\.000Z$/);
  });

  it('refuses bad input with a message for each field', () => {
    expect(issues({ titleBn: ' ', office: '', areaId: '', categoryIds: [], areaIds: [], seats: '০', languages: [] })).toMatchObject({
      titleBn: 'titleRequired',
      office: 'officeRequired',
      areaId: 'areaRequired',
      categoryIds: 'tradesRequired',
      areaIds: 'placesRequired',
      seats: 'seatsMin',
      languages: 'languagesRequired',
    });
    expect(issues({ seats: 'পঁচিশ' })).toEqual({ seats: 'seatsInvalid' });
    expect(issues({ seats: '-3' })).toEqual({ seats: 'seatsMin' });
    expect(issues({ seats: '' })).toEqual({ seats: 'seatsRequired' });
    expect(issues({ sessionDate: ['', ''], sessionStart: ['', ''], sessionEnd: ['', ''] })).toEqual({ sessions: 'sessionsRequired' });
    expect(issues({ sessionDate: ['31/02/2027'], sessionStart: ['10:00'], sessionEnd: ['11:00'] })).toEqual({ sessions: 'sessionDateInvalid' });
    expect(issues({ sessionDate: [typedDay(5)], sessionStart: ['২৫:০০'], sessionEnd: ['11:00'] })).toEqual({ sessions: 'sessionTimeInvalid' });
    expect(issues({ sessionDate: [typedDay(5)], sessionStart: ['14:00'], sessionEnd: ['10:00'] })).toEqual({ sessions: 'sessionEndBeforeStart' });
    expect(issues({ sessionDate: [typedDay(5), typedDay(5)], sessionStart: ['10:00', '11:00'], sessionEnd: ['12:00', '13:00'] })).toEqual({ sessions: 'sessionsOverlap' });
    expect(issues({ venue: '' })).toEqual({ venue: 'venueRequired' });
    expect(issues({ mode: 'ONLINE' })).toEqual({ onlineLink: 'linkRequired' });
    expect(issues({ mode: 'ONLINE', onlineLink: 'javascript:alert(1)' })).toEqual({ onlineLink: 'linkInvalid' });
    expect(parse({ mode: 'ONLINE', onlineLink: 'https://meet.example.org/abc', venue: '' })).toMatchObject({ mode: 'ONLINE', onlineLink: 'https://meet.example.org/abc', venue: null });
    expect(issues({ mode: 'BY_POST' })).toEqual({ mode: 'modeRequired' });
    expect(issues({ cost: 'অনেক' })).toEqual({ cost: 'amountInvalid' });
    expect(issues({ requiredSex: 'OTHER' })).toEqual({ requiredSex: 'sexInvalid' });
    expect(issues({ minExperienceYears: '৯৯' })).toEqual({ minExperienceYears: 'experienceInvalid' });
    expect(issues({ categoryIds: ['x'] })).toEqual({ categoryIds: 'tradesRequired' });
    expect(parse({ requiredSex: 'FEMALE', minExperienceYears: '২', cost: '১,৫০০' })).toMatchObject({ requiredSex: 'FEMALE', minExperienceYears: 2, cost: 150_000 });
  });
});

describe('programmes in the console', () => {
  it('creates a draft kept with its first start and last end, audited with its area', async () => {
    const input = parse();
    const { id } = await createProgramme(s.sherpur, input);
    const p = await getProgramme(s.sherpur, id);
    expect(p).toMatchObject({ status: 'DRAFT', seats: 25, areaId: sherpur, held: 0, startsAt: input.sessions[0]!.startsAt, endsAt: input.sessions[1]!.endsAt, createdById: s.sherpurOfficer.id });
    expect(p.sessions).toHaveLength(2);
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: id, action: 'training.create' } })).toMatchObject({ actorId: s.sherpurOfficer.id, areaId: sherpur, subject: 'TRAINING_PROGRAMME' });
    expect((await listProgrammes(s.sherpur, 'DRAFT')).some((r) => r.id === id)).toBe(true);
    expect((await listProgrammes(s.sherpur, 'OPEN')).some((r) => r.id === id)).toBe(false);
    // A draft is nobody's business yet.
    expect(await getPublicProgramme(id)).toBeNull();
  });

  it('keeps an officer of another upazila out: not found on read, edit and status, also with ids edited into the form', async () => {
    const { id } = await createProgramme(s.sherpur, parse());
    await expect(getProgramme(s.kahaloo, id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(updateProgramme(s.kahaloo, id, parse({ areaId: String(kahaloo), areaIds: [String(kahaloo)] }))).rejects.toMatchObject({ code: 'notFound' });
    await expect(setProgrammeStatus(s.kahaloo, id, 'open')).rejects.toMatchObject({ code: 'notFound' });
    expect((await listProgrammes(s.kahaloo)).some((r) => r.id === id)).toBe(false);
    // Ids from outside her scope typed into her own form.
    await expect(createProgramme(s.kahaloo, parse())).rejects.toMatchObject({ code: 'notFound' });
    await expect(createProgramme(s.sherpur, parse({ areaIds: [String(kahalooUnion)] }))).rejects.toMatchObject({ code: 'invalid', message: 'placesInvalid' });
    await expect(createProgramme(s.sherpur, parse({ areaId: String(mirzapur) }))).rejects.toMatchObject({ code: 'invalid', message: 'areaRequired' });
    await expect(createProgramme(s.sherpur, parse({ categoryIds: [String(office)] }))).rejects.toMatchObject({ code: 'invalid', message: 'tradesInvalid' });
    await expect(updateProgramme(s.sherpur, id, parse({ areaIds: [String(sherpur), String(kahalooUnion)] }))).rejects.toMatchObject({ message: 'placesInvalid' });
    expect((await getProgramme(s.sherpur, id)).areas.map((a) => a.area.id)).toEqual([sherpur]);
    // Admins see and manage everything.
    expect((await getProgramme(s.adminScope, id)).id).toBe(id);
    expect((await listProgrammes(s.adminScope)).some((r) => r.id === id)).toBe(true);
  });

  it('opens, closes, reopens and completes by the rules, each change audited once', async () => {
    const past = await createProgramme(s.sherpur, parse({ sessionDate: [typedDay(-2)], sessionStart: ['10:00'], sessionEnd: ['12:00'] }));
    await expect(setProgrammeStatus(s.sherpur, past.id, 'open')).rejects.toMatchObject({ code: 'invalid', message: 'startInPast' });

    const input = parse();
    const { id } = await createProgramme(s.sherpur, input);
    await expect(setProgrammeStatus(s.sherpur, id, 'close')).rejects.toMatchObject({ code: 'conflict', message: 'statusNotAllowed' });
    expect(await setProgrammeStatus(s.sherpur, id, 'open')).toBe('OPEN');
    // A second press (double submit) changes nothing.
    await expect(setProgrammeStatus(s.sherpur, id, 'open')).rejects.toMatchObject({ code: 'conflict', message: 'alreadyInStatus' });
    expect(await db.auditLog.count({ where: { subjectId: id, action: 'training.open' } })).toBe(1);
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: id, action: 'training.open' } })).toMatchObject({ areaId: sherpur, before: { status: 'DRAFT' }, after: { status: 'OPEN' } });
    // An open programme cannot move its start into the past.
    await expect(updateProgramme(s.sherpur, id, parse({ sessionDate: [typedDay(-1)], sessionStart: ['10:00'], sessionEnd: ['12:00'] }))).rejects.toMatchObject({ message: 'startInPast' });

    await expect(setProgrammeStatus(s.sherpur, id, 'complete')).rejects.toMatchObject({ code: 'invalid', message: 'completeTooEarly' });
    expect(await setProgrammeStatus(s.sherpur, id, 'close')).toBe('CLOSED');
    expect(await setProgrammeStatus(s.sherpur, id, 'reopen')).toBe('OPEN');
    expect(await setProgrammeStatus(s.sherpur, id, 'close')).toBe('CLOSED');
    const afterStart = new Date(input.sessions[0]!.startsAt.getTime() + 60_000);
    await expect(setProgrammeStatus(s.sherpur, id, 'reopen', afterStart)).rejects.toMatchObject({ message: 'reopenStarted' });
    const afterLast = new Date(input.sessions[1]!.startsAt.getTime() + 60_000);
    const p = await getProgramme(s.sherpur, id);
    expect(statusCommands(p, afterLast)).toEqual(['complete']);
    expect(await setProgrammeStatus(s.sherpur, id, 'complete', afterLast)).toBe('COMPLETED');
    await expect(updateProgramme(s.sherpur, id, parse())).rejects.toMatchObject({ code: 'conflict', message: 'completedReadOnly' });
    expect(await db.auditLog.count({ where: { subjectId: id, action: { startsWith: 'training.' }, areaId: sherpur } })).toBe(6);
  });

  it('edits keep unchanged sessions and refuse to drop one with attendance', async () => {
    const { id } = await createProgramme(s.sherpur, parse());
    const before = await getProgramme(s.sherpur, id);
    await updateProgramme(s.sherpur, id, parse({ seats: '30', sessionDate: [typedDay(10), typedDay(12)], sessionStart: ['১০:০০', '09:00'], sessionEnd: ['১৩:৩০', '12:00'], categoryIds: [String(electrician), String(tailor)] }));
    const after = await getProgramme(s.sherpur, id);
    expect(after.seats).toBe(30);
    expect(after.sessions[0]!.id).toBe(before.sessions[0]!.id);
    expect(after.sessions[1]!.id).not.toBe(before.sessions[1]!.id);
    expect(after.endsAt).toEqual(after.sessions[1]!.endsAt);
    expect(after.categories.map((c) => c.category.id).sort()).toEqual([electrician, tailor].sort());
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: id, action: 'training.update' } })).toMatchObject({ before: { seats: 25 }, after: { seats: 30 } });

    const someone = await provider('mirzapur-sherpur-bogura');
    const trainee = await db.trainee.create({ data: { programmeId: id, providerId: someone.id, source: 'INVITED', status: 'ACCEPTED' } });
    await db.trainingAttendance.create({ data: { traineeId: trainee.id, sessionId: after.sessions[1]!.id, present: true } });
    await expect(updateProgramme(s.sherpur, id, parse({ sessionDate: [typedDay(10)], sessionStart: ['১০:০০'], sessionEnd: ['১৩:৩০'] }))).rejects.toMatchObject({ message: 'sessionHasAttendance' });
    expect((await getProgramme(s.sherpur, id)).sessions).toHaveLength(2);
  });
});

describe('a programme’s photo', () => {
  it('takes the officer’s own training upload, in scope, audited', async () => {
    const { id } = await createProgramme(s.sherpur, parse());
    const media = (ownerId: string, purpose: 'TRAINING_PHOTO' | 'RENTAL_PHOTO') =>
      db.media.create({ data: { ownerId, purpose, key: `training/test-${Math.random().toString(36).slice(2)}.webp`, width: 8, height: 6, bytes: 10 } });
    await expect(attachProgrammePhoto(s.sherpur, id, (await media(s.kahalooOfficer.id, 'TRAINING_PHOTO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attachProgrammePhoto(s.sherpur, id, (await media(s.sherpurOfficer.id, 'RENTAL_PHOTO')).id)).rejects.toMatchObject({ code: 'forbidden' });
    const theirs = await media(s.kahalooOfficer.id, 'TRAINING_PHOTO');
    await expect(attachProgrammePhoto(s.kahaloo, id, theirs.id)).rejects.toMatchObject({ code: 'notFound' });
    const mine = await media(s.sherpurOfficer.id, 'TRAINING_PHOTO');
    await attachProgrammePhoto(s.sherpur, id, mine.id);
    expect((await getProgramme(s.sherpur, id)).photo).toMatchObject({ key: mine.key });
    await removeProgrammePhoto(s.sherpur, id);
    expect((await getProgramme(s.sherpur, id)).photo).toBeNull();
    expect(await db.auditLog.count({ where: { subjectId: id, action: { in: ['training.photo', 'training.photoRemove'] }, areaId: sherpur } })).toBe(2);
  });
});

describe('applying', () => {
  async function electricianIn(area: string, over: { sex?: 'FEMALE' | 'MALE'; experienceYears?: number; category?: number } = {}) {
    const p = await provider(area);
    await db.provider.update({ where: { id: p.id }, data: { sex: over.sex ?? 'MALE', experienceYears: over.experienceYears ?? 5, categories: { create: [{ categoryId: over.category ?? electrician, isPrimary: true }] } } });
    return p;
  }
  async function openProgramme(over: Record<string, string | string[]> = {}) {
    const { id } = await createProgramme(s.sherpur, parse(over));
    await setProgrammeStatus(s.sherpur, id, 'open');
    return id;
  }

  it('lets a provider of the trade and place apply once, even when she taps twice at once', async () => {
    const id = await openProgramme();
    const her = await electricianIn('mirzapur-sherpur-bogura');
    const results = await Promise.all([applyToProgramme(her.userId!, id), applyToProgramme(her.userId!, id), applyToProgramme(her.userId!, id)]);
    expect(results.filter((r) => !r.already)).toHaveLength(1);
    expect(results.filter((r) => r.already && r.status === 'APPLIED')).toHaveLength(2);
    expect(await db.trainee.findMany({ where: { programmeId: id, providerId: her.id } })).toEqual([expect.objectContaining({ source: 'APPLIED', status: 'APPLIED' })]);

    // Her dashboard lists it (marked applied) and her application; the public list has it.
    const mine = await programmesForProvider(her.userId!);
    expect(mine.programmes.find((p) => p.id === id)).toMatchObject({ applied: true, seatsLeft: 25 });
    expect(mine.applications.map((a) => a.programme.id)).toContain(id);
    expect((await listOpenProgrammes()).find((p) => p.id === id)).toMatchObject({ seatsLeft: 25 });
    expect(await getPublicProgramme(id)).toMatchObject({ id, status: 'OPEN' });
  });

  it('refuses with a reason: not a provider, another trade or place, sex, experience, closed or a draft', async () => {
    const id = await openProgramme({ areaIds: [String(mirzapur)] });
    const buyer = await account(['BUYER']);
    await expect(applyToProgramme(buyer.id, id)).rejects.toMatchObject({ code: 'forbidden', message: 'notProvider' });
    const tailorHere = await electricianIn('mirzapur-sherpur-bogura', { category: tailor });
    await expect(applyToProgramme(tailorHere.userId!, id)).rejects.toMatchObject({ message: 'wrongTrade' });
    const elsewhere = await electricianIn('kahaloo');
    await expect(applyToProgramme(elsewhere.userId!, id)).rejects.toMatchObject({ message: 'wrongPlace' });
    // Open to Mirzapur union only: a provider registered at the upazila level is not in it.
    const upazilaLevel = await electricianIn('sherpur-bogura');
    await expect(applyToProgramme(upazilaLevel.userId!, id)).rejects.toMatchObject({ message: 'wrongPlace' });
    expect((await programmesForProvider(elsewhere.userId!)).programmes.some((p) => p.id === id)).toBe(false);

    const women = await openProgramme({ requiredSex: 'FEMALE', minExperienceYears: '3' });
    const man = await electricianIn('mirzapur-sherpur-bogura');
    await expect(applyToProgramme(man.userId!, women)).rejects.toMatchObject({ message: 'womenOnly' });
    const newcomer = await electricianIn('mirzapur-sherpur-bogura', { sex: 'FEMALE', experienceYears: 1 });
    await expect(applyToProgramme(newcomer.userId!, women)).rejects.toMatchObject({ message: 'tooLittleExperience' });
    const woman = await electricianIn('mirzapur-sherpur-bogura', { sex: 'FEMALE', experienceYears: 4 });
    expect(await applyToProgramme(woman.userId!, women)).toEqual({ status: 'APPLIED', already: false });

    await setProgrammeStatus(s.sherpur, women, 'close');
    const late = await electricianIn('mirzapur-sherpur-bogura', { sex: 'FEMALE', experienceYears: 4 });
    await expect(applyToProgramme(late.userId!, women)).rejects.toMatchObject({ code: 'conflict', message: 'programmeClosed' });
    // She already applied: the answer says so, closed or not.
    expect(await applyToProgramme(woman.userId!, women)).toEqual({ status: 'APPLIED', already: true });

    const draft = await createProgramme(s.sherpur, parse());
    await expect(applyToProgramme(woman.userId!, draft.id)).rejects.toMatchObject({ code: 'notFound' });
    await expect(applyToProgramme(woman.userId!, 'no-such-programme')).rejects.toMatchObject({ code: 'notFound' });
  });
});
