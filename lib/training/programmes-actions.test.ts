// The programme actions as Next.js runs them, with the request stood in for: the signed-in officer
// or provider is what getCurrentUser says; ids in bound arguments and forms are edited at will.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/lib/testing/action-request').then((m) => m.headersModule));
vi.mock('next/cache', () => import('@/lib/testing/action-request').then((m) => m.cacheModule));
vi.mock('@/lib/auth/session', () => import('@/lib/testing/action-request').then((m) => m.sessionModule));
vi.mock('next-intl/server', () => import('@/lib/testing/action-request').then((m) => m.intlModule));

import { account, areaId, provider } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { toBengaliDigits } from '@/lib/i18n/digits';
import { formOf, redirectOf, request as state, type TestUser } from '@/lib/testing/action-request';
import { applyAction, createProgrammeAction, programmeStatusAction, updateProgrammeAction } from './programmes-actions';

let sherpurOfficer: TestUser, kahalooOfficer: TestUser;
let sherpur: number, electrician: number;
const asUser = (u: Awaited<ReturnType<typeof account>>): TestUser => ({ ...u, roles: [...u.roles], locale: 'bn' });
const inDays = (n: number) => {
  const d = new Date(Date.now() + 6 * 3_600_000 + n * 86_400_000);
  return toBengaliDigits(`${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`);
};
const fields = (over: Record<string, string | string[]> = {}) => ({
  titleBn: 'ওয়্যারিং প্রশিক্ষণ',
  office: 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর',
  description: '',
  areaId: String(sherpur),
  categoryIds: [String(electrician)],
  areaIds: [String(sherpur)],
  seats: '১২',
  sessionDate: [inDays(7), ''],
  sessionStart: ['10:00', ''],
  sessionEnd: ['13:00', ''],
  mode: 'IN_PERSON',
  venue: 'যুব উন্নয়ন অফিস',
  languages: ['bn'],
  ...over,
});

beforeAll(async () => {
  sherpurOfficer = asUser(await account(['BUYER', 'OFFICER'], 'sherpur-bogura'));
  kahalooOfficer = asUser(await account(['BUYER', 'OFFICER'], 'kahaloo'));
  sherpur = await areaId('sherpur-bogura');
  electrician = (await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } })).id;
});

beforeEach(() => state.reset());

async function created(): Promise<string> {
  state.user = sherpurOfficer;
  const to = await redirectOf(createProgrammeAction({}, formOf(fields())));
  const id = /\/console\/training\/([^?/]+)\?created=1$/.exec(to)?.[1];
  expect(id, to).toBeTruthy();
  return id!;
}

describe('programme actions', () => {
  it('creates a draft and goes to its page; bad input comes back beside its fields', async () => {
    const id = await created();
    expect(await db.trainingProgramme.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', seats: 12, createdById: sherpurOfficer.id });
    const refused = await createProgrammeAction({}, formOf(fields({ seats: '০', sessionEnd: ['09:00', ''] })));
    expect(refused).toMatchObject({ ok: false, errors: { seats: 'Training.seatsMin', sessions: 'Training.sessionEndBeforeStart' } });
    // What she typed comes back, so nothing is lost.
    expect(refused.values).toMatchObject({ titleBn: 'ওয়্যারিং প্রশিক্ষণ' });
  });

  it('answers "not found" to an officer of another upazila, whatever id she sends', async () => {
    const id = await created();
    state.user = kahalooOfficer;
    expect(await updateProgrammeAction(id, {}, formOf(fields({ seats: '99' })))).toMatchObject({ ok: false, message: 'Training.notFound' });
    expect(await programmeStatusAction(id, {}, formOf({ command: 'open' }))).toMatchObject({ ok: false, message: 'Training.notFound' });
    expect(await db.trainingProgramme.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DRAFT', seats: 12 });
    // A guest is sent to sign in; a buyer is no officer.
    state.user = null;
    expect(await redirectOf(programmeStatusAction(id, {}, formOf({ command: 'open' })))).toContain('/sign-in');
    state.user = asUser(await account(['BUYER']));
    expect(await programmeStatusAction(id, {}, formOf({ command: 'open' }))).toMatchObject({ ok: false, message: 'Training.forbidden' });
    expect((await db.trainingProgramme.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  });

  it('opens once; a second press says so and changes nothing', async () => {
    const id = await created();
    expect(await programmeStatusAction(id, {}, formOf({ command: 'open' }))).toMatchObject({ ok: true, message: 'Training.statusDone_OPEN' });
    expect(await programmeStatusAction(id, {}, formOf({ command: 'open' }))).toMatchObject({ ok: false, message: 'Training.alreadyInStatus' });
    expect(await programmeStatusAction(id, {}, formOf({ command: 'explode' }))).toMatchObject({ ok: false, message: 'Training.notFound' });
    expect(await db.auditLog.count({ where: { subjectId: id, action: 'training.open' } })).toBe(1);
  });

  it('lets a matching provider apply once; a guest goes to sign in and back', async () => {
    const id = await created();
    await programmeStatusAction(id, {}, formOf({ command: 'open' }));
    state.user = null;
    state.referer = `http://localhost:3000/training/${id}`;
    expect(await redirectOf(applyAction(id, {}, formOf({})))).toBe(`/sign-in?next=%2Ftraining%2F${id}`);

    const her = await provider('mirzapur-sherpur-bogura');
    await db.providerCategory.create({ data: { providerId: her.id, categoryId: electrician, isPrimary: true } });
    const user = await db.user.findUniqueOrThrow({ where: { id: her.userId! } });
    state.user = { id: user.id, name: user.name, phone: user.phone, roles: ['BUYER', 'PROVIDER'], officerAreaId: null, locale: 'bn' };
    expect(await applyAction(id, {}, formOf({}))).toMatchObject({ ok: true, message: 'TrainingPublic.applied' });
    expect(await applyAction(id, {}, formOf({ providerId: 'someone-else' }))).toMatchObject({ ok: true, message: 'TrainingPublic.alreadyApplied' });
    expect(await db.trainee.count({ where: { programmeId: id } })).toBe(1);

    state.user = asUser(await account(['BUYER']));
    expect(await applyAction(id, {}, formOf({}))).toMatchObject({ ok: false, message: 'TrainingPublic.notProvider' });
  });
});
