// Who may do what, decided on the server in one place. Pages and actions call the require*
// functions; the assert* functions take the user explicitly so the data layer can use them too.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound, unauthenticated } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/enums';
import type { SessionUser } from './auth';
import { getCurrentUser } from './session';

export type Actor = Pick<SessionUser, 'id' | 'roles' | 'officerAreaId'>;

export const hasRole = (user: Pick<Actor, 'roles'>, role: Role) => user.roles.includes(role);
export const isAdmin = (user: Pick<Actor, 'roles'>) => hasRole(user, 'ADMIN');

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthenticated();
  return user;
}

export async function requireRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!hasRole(user, role) && !isAdmin(user)) throw forbidden(`needs role ${role}`);
  return user;
}

export const requireAdmin = async () => {
  const user = await requireUser();
  if (!isAdmin(user)) throw forbidden('needs role ADMIN');
  return user;
};

/** The shop must exist and belong to this seller (admins may act on any). */
export async function assertSellerOf(user: Actor, shopId: string): Promise<void> {
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: { ownerId: true } });
  if (!shop) throw notFound();
  if (isAdmin(user)) return;
  if (shop.ownerId !== user.id || !hasRole(user, 'SELLER')) throw forbidden('not this shop’s seller');
}

/** The provider profile must exist and be this user's own. */
export async function assertProviderOwner(user: Actor, providerId: string): Promise<void> {
  const provider = await db.provider.findUnique({ where: { id: providerId }, select: { userId: true } });
  if (!provider) throw notFound();
  if (isAdmin(user)) return;
  if (provider.userId !== user.id) throw forbidden('not this provider’s profile');
}

/** Officers act only inside their district or upazila (and everything below it). */
export async function assertOfficerFor(user: Actor, areaId: number): Promise<void> {
  if (isAdmin(user)) return;
  if (!hasRole(user, 'OFFICER') || user.officerAreaId === null) throw forbidden('not an officer');
  const [scope, target] = await Promise.all([
    db.area.findUnique({ where: { id: user.officerAreaId }, select: { path: true } }),
    db.area.findUnique({ where: { id: areaId }, select: { path: true } }),
  ]);
  if (!target) throw notFound();
  if (!scope || !target.path.startsWith(scope.path)) throw forbidden('outside the officer’s area');
}

export const requireSeller = async (shopId: string) => {
  const user = await requireUser();
  await assertSellerOf(user, shopId);
  return user;
};

export const requireProviderOwner = async (providerId: string) => {
  const user = await requireUser();
  await assertProviderOwner(user, providerId);
  return user;
};

export const requireOfficerFor = async (areaId: number) => {
  const user = await requireUser();
  await assertOfficerFor(user, areaId);
  return user;
};

export { AppError };
