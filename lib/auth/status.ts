// The one rule for whether an account may act at all: signing in, a session on each request
// (auth.ts), posting notices (confirmed.ts), answering orders by SMS (lib/orders/sms-status.ts).
// PENDING (number not yet confirmed), SUSPENDED and RETIRED accounts may not.
import type { UserStatus } from '@/lib/generated/prisma/enums';

/** Whether the account may act: ACTIVE only. */
export const isActiveAccount = (user: { status: UserStatus } | null | undefined): boolean => user?.status === 'ACTIVE';
