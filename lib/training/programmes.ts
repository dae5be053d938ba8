// Training programmes in the console: the list in an officer's scope, a new programme (a draft),
// changes, its photo and its status (Draft → Open → Closed → Completed). Every programme is
// loaded through programmeInScope (lib/training/access.ts), so an id from another upazila is "not
// found"; every change is audited with the programme's area, in the change's own transaction.
import 'server-only';
import { areasInScope } from '@/lib/console/contacts';
import { audit } from '@/lib/console/audit';
import { assertAreaInScope, inScope, type Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, forbidden } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { servedArea } from '@/lib/geo/queries';
import { programmeInScope, type ScopedProgramme } from './access';
import type { ProgrammeInput, ProgrammeStatusName, StatusCommand } from './schemas';
import { HOLDS_SEAT } from './seats';

/** Trades a programme may be for: the services and the home producers' kinds of goods. */
export const TRADE_KINDS = ['SERVICE', 'PRODUCT'] as const;

/** What the programme form offers: trades, the areas a programme may belong to and be open to. */
export async function programmeFormOptions(scope: Scope) {
  const [trades, areas] = await Promise.all([
    db.category.findMany({
      where: { kind: { in: [...TRADE_KINDS] }, isActive: true, mergedIntoId: null },
      orderBy: [{ kind: 'desc' }, { sortOrder: 'asc' }, { id: 'asc' }],
      select: { id: true, kind: true, nameBn: true, nameEn: true },
    }),
    areasInScope(scope),
  ]);
  return { trades, areas, homes: areas.filter((a) => a.level === 'DISTRICT' || a.level === 'UPAZILA') };
}

export type ProgrammeFormOptions = Awaited<ReturnType<typeof programmeFormOptions>>;

/** Seats held per programme (invited, accepted, completed). */
async function heldSeats(ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db.trainee.groupBy({ by: ['programmeId'], where: { programmeId: { in: ids }, status: { in: [...HOLDS_SEAT] } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.programmeId, r._count._all]));
}

/** Programmes in scope, the next to start first (completed ones last), optionally of one status. */
export async function listProgrammes(scope: Scope, status: ProgrammeStatusName | null = null) {
  const rows = await db.trainingProgramme.findMany({
    where: { ...inScope(scope), ...(status ? { status } : {}) },
    orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
    take: 300,
    select: {
      id: true,
      titleBn: true,
      titleEn: true,
      office: true,
      status: true,
      seats: true,
      startsAt: true,
      endsAt: true,
      area: { select: { nameBn: true, nameEn: true } },
      categories: { select: { category: { select: { nameBn: true, nameEn: true } } } },
      _count: { select: { trainees: { where: { status: 'APPLIED' } } } },
    },
  });
  const held = await heldSeats(rows.map((r) => r.id));
  return rows.map(({ _count, ...r }) => ({ ...r, held: held.get(r.id) ?? 0, applied: _count.trainees }));
}

/** One programme for its console page: everything the form shows, its photo and seats held. */
export async function getProgramme(scope: Scope, id: string) {
  const programme = await programmeInScope(scope, id);
  const [photo, held] = await Promise.all([
    programme.photoId ? db.media.findUnique({ where: { id: programme.photoId }, select: { storage: true, key: true, url: true, thumbUrl: true, width: true, height: true } }) : null,
    heldSeats([programme.id]),
  ]);
  return { ...programme, photo, held: held.get(programme.id) ?? 0 };
}

// ───────────────────────────── checks ─────────────────────────────

/** The programme's home: a district or upazila of a served district, inside the officer's scope. */
async function assertHome(scope: Scope, areaId: number) {
  const area = await servedArea(areaId, { levels: ['DISTRICT', 'UPAZILA'], message: 'areaRequired', outside: 'areaRequired' });
  await assertAreaInScope(scope, area.id);
  return area;
}

/** Trades that exist and are services or kinds of goods (an edited id of anything else is refused). */
async function assertTrades(ids: number[]) {
  const found = await db.category.count({ where: { id: { in: ids }, kind: { in: [...TRADE_KINDS] }, isActive: true } });
  if (found !== ids.length) throw new AppError('invalid', 'tradesInvalid');
}

/** Places the programme is open to: the home itself or upazilas and unions below it. */
async function assertPlaces(homePath: string, ids: number[]) {
  const found = await db.area.count({ where: { id: { in: ids }, path: { startsWith: homePath }, level: { in: ['DISTRICT', 'UPAZILA', 'UNION'] } } });
  if (found !== ids.length) throw new AppError('invalid', 'placesInvalid');
}

async function checked(scope: Scope, input: ProgrammeInput) {
  const home = await assertHome(scope, input.areaId);
  await Promise.all([assertTrades(input.categoryIds), assertPlaces(home.path, input.areaIds)]);
  return home;
}

const fields = (input: ProgrammeInput) => ({
  titleBn: input.titleBn,
  titleEn: input.titleEn || null,
  office: input.office,
  description: input.description,
  areaId: input.areaId,
  seats: input.seats,
  startsAt: input.sessions[0]!.startsAt,
  endsAt: input.sessions.reduce((last, s) => (s.endsAt > last ? s.endsAt : last), input.sessions[0]!.endsAt),
  mode: input.mode,
  venue: input.venue,
  onlineLink: input.onlineLink,
  languages: input.languages,
  costPoisha: input.cost,
  allowancePoisha: input.allowance,
  eligibility: input.eligibility || null,
  requiredSex: input.requiredSex,
  minExperienceYears: input.minExperienceYears,
});

/** What the audit log keeps of a programme (ids and plain values, never the photo's bytes). */
const snapshot = (data: ReturnType<typeof fields>, input: ProgrammeInput) => ({
  ...data,
  categoryIds: input.categoryIds,
  areaIds: input.areaIds,
  sessions: input.sessions.map((s) => `${s.startsAt.toISOString()}–${s.endsAt.toISOString()}`),
});

// ───────────────────────────── changes ─────────────────────────────

/** A new programme, a draft: nobody sees it until it is opened. */
export async function createProgramme(scope: Scope, input: ProgrammeInput): Promise<{ id: string }> {
  await checked(scope, input);
  const data = fields(input);
  return db.$transaction(async (tx) => {
    const created = await tx.trainingProgramme.create({
      data: {
        ...data,
        status: 'DRAFT',
        createdById: scope.user.id,
        categories: { create: input.categoryIds.map((categoryId) => ({ categoryId })) },
        areas: { create: input.areaIds.map((areaId) => ({ areaId })) },
        sessions: { create: input.sessions.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })) },
      },
      select: { id: true },
    });
    await audit(tx, { actorId: scope.user.id, action: 'training.create', subject: 'TRAINING_PROGRAMME', subjectId: created.id, areaId: data.areaId, after: snapshot(data, input) });
    return created;
  });
}

const sameTimes = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }) => a.startsAt.getTime() === b.startsAt.getTime() && a.endsAt.getTime() === b.endsAt.getTime();

/**
 * Changes a programme. Sessions are matched by their times: unchanged ones (and their attendance)
 * stay, removed ones go (refused if attendance was marked in them), new ones are added. A
 * completed programme is a record and no longer changes; an open one cannot move its start into
 * the past.
 */
export async function updateProgramme(scope: Scope, id: string, input: ProgrammeInput, now = new Date()): Promise<void> {
  const existing = await programmeInScope(scope, id);
  if (existing.status === 'COMPLETED') throw new AppError('conflict', 'completedReadOnly');
  await checked(scope, input);
  const data = fields(input);
  if (existing.status === 'OPEN' && data.startsAt < now && data.startsAt.getTime() !== existing.startsAt.getTime()) throw new AppError('invalid', 'startInPast');
  const removed = existing.sessions.filter((s) => !input.sessions.some((n) => sameTimes(s, n)));
  const added = input.sessions.filter((n) => !existing.sessions.some((s) => sameTimes(s, n)));
  if (removed.length && (await db.trainingAttendance.count({ where: { sessionId: { in: removed.map((s) => s.id) } } }))) throw new AppError('conflict', 'sessionHasAttendance');
  const before = {
    titleBn: existing.titleBn,
    titleEn: existing.titleEn,
    office: existing.office,
    description: existing.description,
    areaId: existing.areaId,
    seats: existing.seats,
    startsAt: existing.startsAt,
    endsAt: existing.endsAt,
    mode: existing.mode,
    venue: existing.venue,
    onlineLink: existing.onlineLink,
    languages: existing.languages,
    costPoisha: existing.costPoisha,
    allowancePoisha: existing.allowancePoisha,
    eligibility: existing.eligibility,
    requiredSex: existing.requiredSex,
    minExperienceYears: existing.minExperienceYears,
    categoryIds: existing.categories.map((c) => c.category.id),
    areaIds: existing.areas.map((a) => a.area.id),
    sessions: existing.sessions.map((s) => `${s.startsAt.toISOString()}–${s.endsAt.toISOString()}`),
  };
  await db.$transaction(async (tx) => {
    // Only the version the officer saw: a programme completed meanwhile stays as it was.
    const { count } = await tx.trainingProgramme.updateMany({ where: { id, status: { not: 'COMPLETED' } }, data });
    if (!count) throw new AppError('conflict', 'completedReadOnly');
    await tx.trainingProgrammeCategory.deleteMany({ where: { programmeId: id, categoryId: { notIn: input.categoryIds } } });
    await tx.trainingProgrammeCategory.createMany({ data: input.categoryIds.map((categoryId) => ({ programmeId: id, categoryId })), skipDuplicates: true });
    await tx.trainingProgrammeArea.deleteMany({ where: { programmeId: id, areaId: { notIn: input.areaIds } } });
    await tx.trainingProgrammeArea.createMany({ data: input.areaIds.map((areaId) => ({ programmeId: id, areaId })), skipDuplicates: true });
    if (removed.length) await tx.trainingSession.deleteMany({ where: { id: { in: removed.map((s) => s.id) } } });
    if (added.length) await tx.trainingSession.createMany({ data: added.map((s) => ({ programmeId: id, startsAt: s.startsAt, endsAt: s.endsAt })) });
    // Invitation links live until the first class: a new start date moves every open one with it.
    if (data.startsAt.getTime() !== existing.startsAt.getTime()) {
      await tx.trainee.updateMany({ where: { programmeId: id, status: { in: ['INVITED', 'WAITLISTED'] }, inviteExpiresAt: { not: null } }, data: { inviteExpiresAt: data.startsAt } });
    }
    await audit(tx, {
      actorId: scope.user.id,
      action: 'training.update',
      subject: 'TRAINING_PROGRAMME',
      subjectId: id,
      // The area it belonged to, and the new one when it moved: both offices see the change.
      areaId: existing.areaId,
      before,
      after: snapshot(data, input),
    });
  });
}

/** Which status a command leads to from which, and what must hold first. */
const TRANSITIONS: Record<StatusCommand, { from: ProgrammeStatusName[]; to: ProgrammeStatusName }> = {
  open: { from: ['DRAFT'], to: 'OPEN' },
  close: { from: ['OPEN'], to: 'CLOSED' },
  reopen: { from: ['CLOSED'], to: 'OPEN' },
  complete: { from: ['OPEN', 'CLOSED'], to: 'COMPLETED' },
};

/** The commands a programme's page offers now (the same rules the change checks). */
export function statusCommands(p: Pick<ScopedProgramme, 'status' | 'startsAt'> & { sessions: { startsAt: Date }[] }, now = new Date()): StatusCommand[] {
  const first = p.sessions[0]?.startsAt ?? p.startsAt;
  const last = p.sessions.at(-1)?.startsAt ?? p.startsAt;
  return (Object.keys(TRANSITIONS) as StatusCommand[]).filter((command) => {
    if (!TRANSITIONS[command].from.includes(p.status)) return false;
    if (command === 'reopen') return first > now;
    if (command === 'complete') return last <= now;
    return true;
  });
}

/**
 * Draft → Open (sessions, trades and places set, the first session still ahead), Open → Closed,
 * Closed → Open (not started yet), Open/Closed → Completed (once the last session has started).
 * The change is conditional on the status the officer saw: a second press is a conflict and
 * changes nothing.
 */
export async function setProgrammeStatus(scope: Scope, id: string, command: StatusCommand, now = new Date()): Promise<ProgrammeStatusName> {
  const programme = await programmeInScope(scope, id);
  const { from, to } = TRANSITIONS[command];
  if (!from.includes(programme.status)) throw new AppError('conflict', programme.status === to ? 'alreadyInStatus' : 'statusNotAllowed');
  const first = programme.sessions[0];
  const last = programme.sessions.at(-1);
  if (command === 'open') {
    if (!first) throw new AppError('invalid', 'openNeedsSessions');
    if (!programme.categories.length) throw new AppError('invalid', 'openNeedsTrades');
    if (!programme.areas.length) throw new AppError('invalid', 'openNeedsPlaces');
    if (programme.seats < 1) throw new AppError('invalid', 'seatsMin');
    if (first.startsAt <= now) throw new AppError('invalid', 'startInPast');
  }
  if (command === 'reopen' && (!first || first.startsAt <= now)) throw new AppError('invalid', 'reopenStarted');
  if (command === 'complete' && (!last || last.startsAt > now)) throw new AppError('invalid', 'completeTooEarly');
  await db.$transaction(async (tx) => {
    const { count } = await tx.trainingProgramme.updateMany({ where: { id, status: programme.status }, data: { status: to, statusChangedAt: now } });
    if (!count) throw new AppError('conflict', 'statusChangedMeanwhile');
    await audit(tx, { actorId: scope.user.id, action: `training.${command}`, subject: 'TRAINING_PROGRAMME', subjectId: id, areaId: programme.areaId, before: { status: programme.status }, after: { status: to } });
  });
  return to;
}

/** Sets (or replaces) the programme's photo: the officer's own TRAINING_PHOTO upload. */
export async function attachProgrammePhoto(scope: Scope, id: string, mediaId: string): Promise<void> {
  const programme = await programmeInScope(scope, id);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { ownerId: true, purpose: true, trainingProgramme: { select: { id: true } } } });
  if (!media || media.ownerId !== scope.user.id || media.purpose !== 'TRAINING_PHOTO') throw forbidden('not your upload');
  if (media.trainingProgramme) {
    if (media.trainingProgramme.id === id) return;
    throw forbidden('photo in use');
  }
  await db.$transaction(async (tx) => {
    await tx.trainingProgramme.update({ where: { id }, data: { photoId: mediaId } });
    await audit(tx, { actorId: scope.user.id, action: 'training.photo', subject: 'TRAINING_PROGRAMME', subjectId: id, areaId: programme.areaId, before: { photoId: programme.photoId }, after: { photoId: mediaId } });
  });
}

/** Takes the photo off (the upload stays in the media store, unlinked). */
export async function removeProgrammePhoto(scope: Scope, id: string): Promise<void> {
  const programme = await programmeInScope(scope, id);
  if (!programme.photoId) return;
  await db.$transaction(async (tx: Prisma.TransactionClient) => {
    await tx.trainingProgramme.update({ where: { id }, data: { photoId: null } });
    await audit(tx, { actorId: scope.user.id, action: 'training.photoRemove', subject: 'TRAINING_PROGRAMME', subjectId: id, areaId: programme.areaId, before: { photoId: programme.photoId }, after: { photoId: null } });
  });
}
