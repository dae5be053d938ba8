import 'server-only';
import { cache } from 'react';
import { auth, type SessionUser } from './auth';

/** The signed-in account for this request (checked against the database), or null. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  return session?.user?.id ? session.user : null;
});
