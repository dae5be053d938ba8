// The kinds of rental listing, in the order pages offer them (pure: proxy.ts reads it too).
import type { RentalKind } from '@/lib/generated/prisma/enums';

export const RENTAL_KINDS = ['HOUSE', 'FLAT', 'ROOM', 'SHOP', 'OFFICE', 'GODOWN', 'VEHICLE'] as const satisfies readonly RentalKind[];
export const isRentalKind = (value: unknown): value is RentalKind => typeof value === 'string' && (RENTAL_KINDS as readonly string[]).includes(value);
