// What an officer may see and touch: the area they were appointed to (a district or an upazila)
// and everything below it. Admins see everything. Every console query filters through these, and
// every action checks the record's own area again, so an id typed into a URL or a form from
// outside the officer's area is "not found".
import 'server-only';
import type { SessionUser } from '@/lib/auth/auth';
import { db } from '@/lib/db';
import { forbidden, notFound } from '@/lib/errors';

export interface Scope {
  user: Pick<SessionUser, 'id' | 'name' | 'roles' | 'officerAreaId' | 'mustChangePassword'>;
  isAdmin: boolean;
  /** Area path prefix ("/1/104/" …) every record in scope lies under; "" for admins. */
  path: string;
  areaId: number | null;
  areaName: { nameBn: string; nameEn: string } | null;
}

/** The officer's or admin's scope; anyone else (and an account still on a temporary password) is refused (forbidden). */
export async function scopeOf(user: Scope['user']): Promise<Scope> {
  // Signed in with a temporary password: nothing in the console until she chooses her own.
  if (user.mustChangePassword) throw forbidden('changePassword');
  const isAdmin = user.roles.includes('ADMIN');
  if (isAdmin) return { user, isAdmin, path: '', areaId: null, areaName: null };
  if (!user.roles.includes('OFFICER') || user.officerAreaId === null) throw forbidden('not an officer');
  const area = await db.area.findUnique({ where: { id: user.officerAreaId }, select: { path: true, nameBn: true, nameEn: true } });
  if (!area) throw forbidden('officer area missing');
  return { user, isAdmin, path: area.path, areaId: user.officerAreaId, areaName: { nameBn: area.nameBn, nameEn: area.nameEn } };
}

/** Throws "forbidden" unless the scope is an admin's: categories and officers are theirs alone. */
export function assertAdmin(scope: Scope) {
  if (!scope.isAdmin) throw forbidden('adminsOnly');
}

/** Prisma filter: records whose area lies in scope. */
export const inScope = (scope: Scope) => (scope.path ? { area: { path: { startsWith: scope.path } } } : {});

/** Throws "not found" unless the area (by id) lies in scope. */
export async function assertAreaInScope(scope: Scope, areaId: number | null | undefined): Promise<void> {
  if (scope.isAdmin) return;
  if (areaId == null) throw notFound();
  const area = await db.area.findUnique({ where: { id: areaId }, select: { path: true } });
  if (!area || !area.path.startsWith(scope.path)) throw notFound();
}
