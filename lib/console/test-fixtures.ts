// Accounts, records and scopes the console's tests share: officers of two upazilas of Bogura
// (Sherpur and Kahaloo), an admin, and providers and shops placed in either.
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import { scopeOf } from './scope';

let n = 0;
export const uniquePhone = () => `+8801${String(5_0000_0000 + (process.pid % 1000) * 100_000 + ++n * 7 + Math.floor(Math.random() * 5)).slice(0, 9)}`;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++n}`;

export const areaId = async (slug: string) => (await db.area.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

export async function account(roles: Role[] = ['BUYER'], officerArea?: string) {
  return db.user.create({
    data: { phone: uniquePhone(), name: 'পরীক্ষার মানুষ', status: 'ACTIVE', phoneVerifiedAt: new Date(), roles, officerAreaId: officerArea ? await areaId(officerArea) : null },
    select: { id: true, name: true, phone: true, roles: true, officerAreaId: true, sessionVersion: true },
  });
}

/** An officer's (or admin's) scope, as the action pipeline gives it. */
export const scopeFor = (user: Awaited<ReturnType<typeof account>>) => scopeOf(user);

export async function consoleScopes() {
  const [sherpurOfficer, kahalooOfficer, admin] = await Promise.all([account(['BUYER', 'OFFICER'], 'sherpur-bogura'), account(['BUYER', 'OFFICER'], 'kahaloo'), account(['BUYER', 'ADMIN'])]);
  return { sherpurOfficer, kahalooOfficer, admin, sherpur: await scopeFor(sherpurOfficer), kahaloo: await scopeFor(kahalooOfficer), adminScope: await scopeFor(admin) };
}

export async function provider(areaSlug: string, over: { userId?: string | null; status?: 'ACTIVE' | 'SUSPENDED'; statusReason?: string; kind?: 'INDIVIDUAL' | 'OFFICE' } = {}) {
  const userId = over.userId === undefined ? (await account(['BUYER', 'PROVIDER'])).id : over.userId;
  return db.provider.create({
    data: {
      slug: unique('p'),
      userId,
      kind: over.kind ?? 'INDIVIDUAL',
      nameBn: 'করিম ইলেকট্রিক',
      areaId: await areaId(areaSlug),
      phone: uniquePhone(),
      status: over.status ?? 'ACTIVE',
      statusReason: over.statusReason ?? null,
    },
  });
}

export async function shop(areaSlug: string, over: { ownerId?: string; status?: 'ACTIVE' | 'SUSPENDED'; statusReason?: string } = {}) {
  const ownerId = over.ownerId ?? (await account(['BUYER', 'SELLER'])).id;
  return db.shop.create({
    data: { slug: unique('s'), ownerId, nameBn: 'রাবেয়ার কেক', areaId: await areaId(areaSlug), phone: uniquePhone(), status: over.status ?? 'ACTIVE', statusReason: over.statusReason ?? null },
  });
}
