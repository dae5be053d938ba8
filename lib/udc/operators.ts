// Union Digital Centre operators (issue #19): an officer appoints an existing account as the
// operator of a named centre for one union of the officer's area, and can end the appointment.
// Officers see their area's centres with the numbers of registrations each made. Every change is
// audited in its own transaction (subject UDC_OPERATOR).
import 'server-only';
import type { z } from 'zod';
import { audit } from '@/lib/console/audit';
import { assertAreaInScope, type Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { servedArea } from '@/lib/geo/queries';
import { shorten, SMS_MAX } from '@/lib/notify/inbound/reply';
import { sendSms } from '@/lib/notify/sms';
import { rootOrigin } from '@/lib/tenancy/urls';
import type { appointSchema, endSchema } from './schemas';

export const UDC_SUBJECT = 'UDC_OPERATOR';
/** The subject of a registration's audit rows. */
export const REGISTRATION_SUBJECT = 'UDC_REGISTRATION';

/** The operator's SMS when appointed (≤ SMS_MAX): her centre and union, and where her desk is. */
export function appointedText(centreName: string, unionName: string): string {
  const text = (centre: string, union: string) => `হাট: আপনি ${centre} (${union})-এর ডিজিটাল সেন্টার অপারেটর হলেন। ডেস্ক: ${rootOrigin()}/udc`;
  const room = Math.max(6, SMS_MAX - text('', '').length);
  return text(shorten(centreName, Math.max(6, room - Math.min(unionName.length, 20))), shorten(unionName, 20)).slice(0, SMS_MAX);
}

/** The operator's SMS when her appointment ends (≤ SMS_MAX). */
export function endedText(centreName: string): string {
  const text = (centre: string) => `হাট: ${centre}-এর ডিজিটাল সেন্টার অপারেটর হিসেবে আপনার নিয়োগ শেষ হয়েছে। অপেক্ষায় থাকা নিবন্ধন বাতিল হয়েছে।`;
  return text(shorten(centreName, Math.max(6, SMS_MAX - text('').length)));
}

/** The unions of the officer's area an operator may be appointed for, by upazila, A–Z. */
export async function udcUnions(scope: Scope) {
  return db.area.findMany({
    where: { level: 'UNION', ...(scope.path ? { path: { startsWith: scope.path } } : {}) },
    orderBy: [{ parent: { nameEn: 'asc' } }, { nameEn: 'asc' }],
    select: { id: true, nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true } } },
  });
}

/**
 * Appoints the account with this number as the operator of a centre for one union of the officer's
 * area. The account must exist and be active (the operator signs up herself first: nobody gets a
 * password chosen for her here); an account can run one centre at a time.
 */
export async function appointOperator(scope: Scope, input: z.infer<typeof appointSchema>) {
  await assertAreaInScope(scope, input.unionId);
  const union = await servedArea(input.unionId, { levels: ['UNION'], message: 'unionRequired' });
  const account = await db.user.findUnique({ where: { phone: input.phone }, select: { id: true, status: true, roles: true, phone: true } });
  if (!account || account.status !== 'ACTIVE') throw new AppError('invalid', 'noAccount');
  if (account.id === scope.user.id) throw new AppError('invalid', 'appointSelf');
  // Officers and admins have their own rights: an operator's desk is for someone else.
  if (account.roles.some((r) => r === 'OFFICER' || r === 'ADMIN')) throw new AppError('invalid', 'appointOfficer');
  try {
    return await db.$transaction(async (tx) => {
      const operator = await tx.udcOperator.create({ data: { userId: account.id, unionId: input.unionId, centreName: input.centreName, appointedById: scope.user.id } });
      // In SQL, row-locked: a concurrent change of her roles is kept (and one to OFFICER/ADMIN refused).
      const [changed] = await tx.$queryRaw<{ roles: Role[]; before: Role[] }[]>`
        UPDATE "User" u SET roles = CASE WHEN 'UDC_OPERATOR' = ANY(u.roles) THEN u.roles ELSE array_append(u.roles, 'UDC_OPERATOR'::"Role") END
        FROM (SELECT id, roles FROM "User" WHERE id = ${account.id} FOR UPDATE) old
        WHERE u.id = old.id AND NOT (u.roles && ARRAY['OFFICER', 'ADMIN']::"Role"[])
        RETURNING u.roles::text[] AS roles, old.roles::text[] AS before`;
      if (!changed) throw new AppError('invalid', 'appointOfficer');
      const roles = changed.roles;
      await audit(tx, {
        actorId: scope.user.id,
        action: 'udc.appoint',
        subject: UDC_SUBJECT,
        subjectId: operator.id,
        areaId: input.unionId,
        before: { roles: changed.before },
        after: { userId: account.id, phone: input.phone, centreName: input.centreName, unionId: input.unionId, roles },
      });
      await sendSms(account.phone, appointedText(input.centreName, union.nameBn), `udc:appointed:${operator.id}`, { tx });
      return operator;
    });
  } catch (error) {
    // The partial unique index: one active centre per account.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('conflict', 'alreadyOperator');
    throw error;
  }
}

/** Ends an appointment in the officer's area: the account loses the role; what she registered stays (and counts). */
export async function endOperator(scope: Scope, operatorId: string, input: z.infer<typeof endSchema>) {
  const operator = await db.udcOperator.findUnique({ where: { id: operatorId }, select: { id: true, userId: true, unionId: true, active: true, centreName: true, user: { select: { phone: true } } } });
  if (!operator) throw notFound();
  await assertAreaInScope(scope, operator.unionId);
  if (!operator.active) throw new AppError('conflict', 'alreadyEnded');
  await db.$transaction(async (tx) => {
    const { count } = await tx.udcOperator.updateMany({ where: { id: operatorId, active: true }, data: { active: false, endedAt: new Date(), endedById: scope.user.id } });
    if (!count) throw new AppError('conflict', 'alreadyEnded');
    // In SQL, row-locked: only this role goes, whatever else changed meanwhile.
    const [{ roles, before } = { roles: [], before: [] }] = await tx.$queryRaw<{ roles: Role[]; before: Role[] }[]>`
      UPDATE "User" u SET roles = array_remove(u.roles, 'UDC_OPERATOR'::"Role")
      FROM (SELECT id, roles FROM "User" WHERE id = ${operator.userId} FOR UPDATE) old
      WHERE u.id = old.id
      RETURNING u.roles::text[] AS roles, old.roles::text[] AS before`;
    await audit(tx, {
      actorId: scope.user.id,
      action: 'udc.end',
      subject: UDC_SUBJECT,
      subjectId: operatorId,
      areaId: operator.unionId,
      before: { active: true, roles: before },
      after: { active: false, roles },
      reason: input.reason || null,
    });
    // What she typed and nobody confirmed can no longer be finished or cancelled by her: it goes, audited.
    const pending = await tx.udcRegistration.findMany({ where: { operatorId, status: 'PENDING' }, select: { id: true, kind: true, name: true } });
    await tx.udcRegistration.deleteMany({ where: { id: { in: pending.map((r) => r.id) }, status: 'PENDING' } });
    for (const registration of pending) {
      await audit(tx, { actorId: scope.user.id, action: 'udc.cancel', subject: REGISTRATION_SUBJECT, subjectId: registration.id, areaId: operator.unionId, before: { kind: registration.kind, name: registration.name, status: 'PENDING' }, reason: 'অপারেটরের নিয়োগ শেষ হওয়ায় বাতিল' });
    }
    await sendSms(operator.user.phone, endedText(operator.centreName), `udc:ended:${operatorId}`, { tx });
  });
}

/** The first day of this month in Dhaka, as a UTC instant. */
export function dhakaMonthStart(now = new Date()): Date {
  const dhaka = new Date(now.getTime() + 6 * 3_600_000);
  return new Date(Date.UTC(dhaka.getUTCFullYear(), dhaka.getUTCMonth(), 1) - 6 * 3_600_000);
}

export type KindCounts = Record<'PROVIDER' | 'DONOR' | 'SHOP', number>;
export interface UdcNumbers {
  month: KindCounts;
  all: KindCounts;
  /** Typed by the operator, waiting for the person's code. */
  pending: number;
}

const zero = (): KindCounts => ({ PROVIDER: 0, DONOR: 0, SHOP: 0 });

/** Registrations confirmed by each appointment, by kind, this month and all time, and those still waiting. */
export async function numbersOf(operatorIds: string[], now = new Date()): Promise<Map<string, UdcNumbers>> {
  const since = dhakaMonthStart(now);
  const [all, month, pending] = await Promise.all([
    db.udcRegistration.groupBy({ by: ['operatorId', 'kind'], where: { operatorId: { in: operatorIds }, status: 'CONFIRMED' }, _count: { _all: true } }),
    db.udcRegistration.groupBy({ by: ['operatorId', 'kind'], where: { operatorId: { in: operatorIds }, status: 'CONFIRMED', confirmedAt: { gte: since } }, _count: { _all: true } }),
    db.udcRegistration.groupBy({ by: ['operatorId'], where: { operatorId: { in: operatorIds }, status: 'PENDING' }, _count: { _all: true } }),
  ]);
  const out = new Map(operatorIds.map((id) => [id, { month: zero(), all: zero(), pending: 0 } as UdcNumbers]));
  for (const row of all) out.get(row.operatorId)!.all[row.kind] = row._count._all;
  for (const row of month) out.get(row.operatorId)!.month[row.kind] = row._count._all;
  for (const row of pending) out.get(row.operatorId)!.pending = row._count._all;
  return out;
}

/** The centres of the officer's area (active first), each with its operator and numbers. */
export async function listUdcs(scope: Scope, now = new Date()) {
  const operators = await db.udcOperator.findMany({
    where: scope.path ? { union: { path: { startsWith: scope.path } } } : {},
    orderBy: [{ active: 'desc' }, { appointedAt: 'desc' }],
    take: 500,
    select: {
      id: true,
      centreName: true,
      active: true,
      appointedAt: true,
      endedAt: true,
      user: { select: { name: true, phone: true } },
      union: { select: { nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true } } } },
    },
  });
  const [numbers, ends] = await Promise.all([
    numbersOf(operators.map((o) => o.id), now),
    // Why an appointment ended is kept with its audit row.
    db.auditLog.findMany({ where: { subject: UDC_SUBJECT, action: 'udc.end', subjectId: { in: operators.filter((o) => !o.active).map((o) => o.id) } }, select: { subjectId: true, reason: true } }),
  ]);
  const reasons = new Map(ends.map((e) => [e.subjectId, e.reason]));
  return operators.map((o) => ({ ...o, numbers: numbers.get(o.id)!, endReason: reasons.get(o.id) ?? null }));
}

/** The signed-in account's active appointment; anyone else is refused (forbidden, notOperator). */
export async function operatorOf(user: { id: string }) {
  const operator = await db.udcOperator.findFirst({
    where: { userId: user.id, active: true },
    select: { id: true, userId: true, unionId: true, centreName: true, user: { select: { phone: true } }, union: { select: { id: true, nameBn: true, nameEn: true, path: true } } },
  });
  if (!operator) throw forbidden('notOperator');
  return operator;
}
