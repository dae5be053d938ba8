// Officers watching over livestock listings (/console/haat/listings): the listings in her scope,
// filtered by union, animal and status, and hiding one with a reason (the seller is shown it) or
// bringing it back. Listings go live at once; a hidden one leaves the public list and, through the
// search outbox, the index. Every change is audited with the listing's area, in its transaction.
import 'server-only';
import { audit } from '@/lib/console/audit';
import { inScope, type Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { LivestockAnimal, ListingStatus } from '@/lib/generated/prisma/enums';
import { enqueueSearch } from '@/lib/search/outbox';
import { isAnimal } from './kinds';
import { OVERSIGHT_STATUSES } from './haat-schemas';

export interface OversightFilters {
  areaId: number | null;
  animal: LivestockAnimal | null;
  status: ListingStatus | null;
}

export const OVERSIGHT_SHOWN = 200;


/** `?area=&animal=&status=` → filters; anything unreadable is left out. */
export function oversightFilters(params: Record<string, string | string[] | undefined>): OversightFilters {
  const one = (key: string) => (typeof params[key] === 'string' ? (params[key] as string) : '');
  const area = one('area');
  const status = one('status');
  return {
    areaId: /^\d{1,9}$/.test(area) ? Number(area) : null,
    animal: isAnimal(one('animal')) ? (one('animal') as LivestockAnimal) : null,
    status: (OVERSIGHT_STATUSES as readonly string[]).includes(status) ? (status as ListingStatus) : null,
  };
}

/** Listings in her scope, the newest first. An area outside her scope simply finds nothing. */
export async function listOversight(scope: Scope, filters: OversightFilters) {
  const area = filters.areaId ? await db.area.findUnique({ where: { id: filters.areaId }, select: { path: true } }) : null;
  const where = {
    AND: [inScope(scope), area ? { area: { path: { startsWith: area.path } } } : filters.areaId ? { areaId: -1 } : {}],
    ...(filters.animal ? { animal: filters.animal } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const [total, rows] = await Promise.all([
    db.livestockListing.count({ where }),
    db.livestockListing.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: OVERSIGHT_SHOWN,
      select: {
        id: true,
        animal: true,
        breed: true,
        weightKg: true,
        pricePoisha: true,
        perKgPoisha: true,
        sale: true,
        status: true,
        statusReason: true,
        phone: true,
        createdAt: true,
        expiresAt: true,
        seller: { select: { name: true } },
        area: { select: { nameBn: true, nameEn: true } },
        haat: { select: { nameBn: true, nameEn: true } },
      },
    }),
  ]);
  return { total, rows };
}

async function listingInScope(scope: Scope, id: string) {
  if (typeof id !== 'string' || !id || id.length > 40) throw notFound();
  const listing = await db.livestockListing.findFirst({ where: { id, ...inScope(scope) }, select: { id: true, areaId: true, status: true, statusReason: true } });
  if (!listing) throw notFound();
  return listing;
}

/**
 * Hides a listing (ACTIVE → HIDDEN with the reason) or brings it back (HIDDEN → ACTIVE). The change
 * is conditional on the status she saw: a second press is a conflict and changes nothing.
 */
export async function setListingHidden(scope: Scope, id: string, hide: boolean, reason: string): Promise<void> {
  const text = reason.trim();
  if (hide && !text) throw new AppError('invalid', 'reasonRequired');
  const listing = await listingInScope(scope, id);
  const from: ListingStatus = hide ? 'ACTIVE' : 'HIDDEN';
  if (listing.status !== from) throw new AppError('conflict', hide ? 'alreadyHidden' : 'notHidden');
  await db.$transaction(async (tx) => {
    const { count } = await tx.livestockListing.updateMany({ where: { id, status: from }, data: { status: hide ? 'HIDDEN' : 'ACTIVE', statusReason: hide ? text : null } });
    if (!count) throw new AppError('conflict', hide ? 'alreadyHidden' : 'notHidden');
    await enqueueSearch(tx, 'LIVESTOCK', id);
    await audit(tx, {
      actorId: scope.user.id,
      action: hide ? 'livestock.hide' : 'livestock.unhide',
      subject: 'LIVESTOCK',
      subjectId: id,
      areaId: listing.areaId,
      before: { status: listing.status, statusReason: listing.statusReason },
      after: { status: hide ? 'HIDDEN' : 'ACTIVE', statusReason: hide ? text : null },
      reason: text || null,
    });
  });
}
