// What only admins do with the officers: appoint one (an existing account, or a new one with a
// temporary password), move them to another area, retire them. Every change is audited in its own
// transaction.
import 'server-only';
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { hashPassword, passwordProblem } from '@/lib/auth/passwords';
import { nameField, phoneField } from '@/lib/auth/schemas';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { getServedDistricts } from '@/lib/geo/queries';
import { audit } from './audit';
import { idField, reasonField } from './schemas';
import { assertAdmin, type Scope } from './scope';

// ───────────────────────────── schemas ─────────────────────────────

export const officerSchema = z.object({
  phone: phoneField,
  /** Needed only for a number without an account. */
  name: z.string().transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim()).pipe(z.union([z.literal(''), nameField])),
  areaId: idField('officerAreaRequired'),
});
export const rescopeSchema = z.object({ areaId: idField('officerAreaRequired') });
export const retireSchema = z.object({ reason: reasonField });

// ───────────────────────────── officers ─────────────────────────────

const officerSelect = { id: true, name: true, phone: true, status: true, roles: true, lastActiveAt: true, officerAreaId: true, officerArea: { select: { nameBn: true, nameEn: true, level: true } } } as const;

export async function listOfficers(scope: Scope) {
  assertAdmin(scope);
  return db.user.findMany({ where: { roles: { has: 'OFFICER' } }, orderBy: [{ officerAreaId: 'asc' }, { name: 'asc' }], select: officerSelect });
}

/** Where an officer may be appointed: a served district itself or one of its upazilas, the default district first. */
export async function officerAreas() {
  const districts = await getServedDistricts();
  const upazilas = await db.area.findMany({
    where: { parentId: { in: districts.map((d) => d.id) }, level: 'UPAZILA' },
    orderBy: { nameEn: 'asc' },
    select: { id: true, level: true, nameBn: true, nameEn: true, parentId: true },
  });
  return districts.flatMap((d) => [{ id: d.id, level: d.level, nameBn: d.nameBn, nameEn: d.nameEn, parentId: d.parentId }, ...upazilas.filter((u) => u.parentId === d.id)]);
}

async function assertOfficerArea(areaId: number) {
  if (!(await officerAreas()).some((a) => a.id === areaId)) throw new AppError('invalid', 'officerAreaInvalid');
}

const PASSWORD_LETTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten letters and digits that cannot be misread (no 0/o, 1/l/i), for the admin to hand over. */
export function temporaryPassword(): string {
  for (;;) {
    const password = Array.from({ length: 10 }, () => PASSWORD_LETTERS[randomInt(PASSWORD_LETTERS.length)]).join('');
    if (!passwordProblem(password) && /\d/.test(password) && /[a-z]/.test(password)) return password;
  }
}

const withoutOfficer = (roles: Role[]) => roles.filter((r) => r !== 'OFFICER');

/**
 * Appoints an officer by phone number. An existing, active account gets the role; a number without
 * one (or with a sign-up never confirmed) gets a new account with a temporary password, returned
 * once for the admin to hand over, which the officer must replace at first sign-in. Suspended or retired accounts are refused.
 */
export async function appointOfficer(scope: Scope, input: z.infer<typeof officerSchema>): Promise<{ userId: string; temporaryPassword: string | null }> {
  assertAdmin(scope);
  await assertOfficerArea(input.areaId);
  const existing = await db.user.findUnique({ where: { phone: input.phone }, select: { id: true, name: true, roles: true, status: true, officerAreaId: true } });
  if (existing?.status === 'ACTIVE') {
    if (existing.roles.includes('OFFICER')) throw new AppError('conflict', 'alreadyOfficer');
    return db.$transaction(async (tx) => {
      const { count } = await tx.user.updateMany({
        where: { id: existing.id, status: 'ACTIVE', NOT: { roles: { has: 'OFFICER' } } },
        data: { roles: { set: [...existing.roles, 'OFFICER'] }, officerAreaId: input.areaId },
      });
      if (!count) throw new AppError('conflict', 'alreadyOfficer');
      await audit(tx, {
        actorId: scope.user.id,
        action: 'officer.appoint',
        subject: 'USER',
        subjectId: existing.id,
        areaId: input.areaId,
        before: { roles: existing.roles, officerAreaId: existing.officerAreaId },
        after: { roles: [...existing.roles, 'OFFICER'], officerAreaId: input.areaId },
      });
      return { userId: existing.id, temporaryPassword: null };
    });
  }
  if (existing && existing.status !== 'PENDING') throw new AppError('conflict', 'accountBlocked');
  if (!input.name) throw new AppError('invalid', 'nameRequired');

  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const roles: Role[] = ['BUYER', 'OFFICER'];
  try {
    return await db.$transaction(async (tx) => {
      // A sign-up never confirmed by SMS is not anyone's yet: the admin's word replaces it.
      const user = existing
        ? await tx.user.update({ where: { id: existing.id, status: 'PENDING' }, data: { name: input.name, passwordHash, mustChangePassword: true, status: 'ACTIVE', roles, officerAreaId: input.areaId, sessionVersion: { increment: 1 } }, select: { id: true } })
        : await tx.user.create({ data: { phone: input.phone, name: input.name, passwordHash, mustChangePassword: true, status: 'ACTIVE', roles, officerAreaId: input.areaId }, select: { id: true } });
      await audit(tx, {
        actorId: scope.user.id,
        action: 'officer.create',
        subject: 'USER',
        subjectId: user.id,
        areaId: input.areaId,
        before: existing ? { status: 'PENDING', roles: existing.roles } : null,
        after: { phone: input.phone, name: input.name, status: 'ACTIVE', roles, officerAreaId: input.areaId },
      });
      return { userId: user.id, temporaryPassword: password };
    });
  } catch (error) {
    // Someone signed up (or another admin appointed) with this number meanwhile.
    if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === 'P2002' || error.code === 'P2025')) throw new AppError('conflict', 'tryAgain');
    throw error;
  }
}

async function officer(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, roles: true, officerAreaId: true } });
  if (!user) throw notFound();
  if (!user.roles.includes('OFFICER')) throw new AppError('conflict', 'notOfficer');
  return user;
}

/** Moves an officer to another area; their next request already sees the new scope. */
export async function rescopeOfficer(scope: Scope, userId: string, input: z.infer<typeof rescopeSchema>) {
  assertAdmin(scope);
  await assertOfficerArea(input.areaId);
  const user = await officer(userId);
  if (user.officerAreaId === input.areaId) throw new AppError('conflict', 'sameArea');
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, roles: { has: 'OFFICER' } }, data: { officerAreaId: input.areaId } });
    if (!count) throw new AppError('conflict', 'notOfficer');
    await audit(tx, { actorId: scope.user.id, action: 'officer.rescope', subject: 'USER', subjectId: userId, areaId: input.areaId, before: { officerAreaId: user.officerAreaId }, after: { officerAreaId: input.areaId } });
  });
}

/** Takes the officer role away and ends the person's sessions; the account itself stays. */
export async function retireOfficer(scope: Scope, userId: string, input: z.infer<typeof retireSchema>) {
  assertAdmin(scope);
  if (!input.reason.trim()) throw new AppError('invalid', 'reasonRequired');
  const user = await officer(userId);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, roles: { has: 'OFFICER' } },
      data: { roles: { set: withoutOfficer(user.roles) }, officerAreaId: null, sessionVersion: { increment: 1 } },
    });
    if (!count) throw new AppError('conflict', 'notOfficer');
    await audit(tx, {
      actorId: scope.user.id,
      action: 'officer.retire',
      subject: 'USER',
      subjectId: userId,
      areaId: user.officerAreaId,
      before: { roles: user.roles, officerAreaId: user.officerAreaId },
      after: { roles: withoutOfficer(user.roles), officerAreaId: null },
      reason: input.reason,
    });
  });
}
