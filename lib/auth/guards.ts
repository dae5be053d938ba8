// The signed-in account, or an "unauthenticated" AppError. Server actions get their user from the
// action pipeline (lib/forms/action.ts) and pages from lib/auth/page-guards.ts; who owns what is
// decided in the data layer (lib/shops/own.ts, lib/console/scope.ts). Kept for code not yet on
// the pipeline.
import 'server-only';
import { unauthenticated } from '@/lib/errors';
import type { SessionUser } from './auth';
import { getCurrentUser } from './session';

export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw unauthenticated();
  return user;
}
