// Listings do not stay up for ever: run hourly by the worker (no Next.js, so no server-only imports
// here). A listing past its `expiresAt` (the day after its season, or OFF_SEASON_DAYS) leaves the
// list and search: `expiredAt` is set and the listing requeued for the index; the LivestockListing
// trigger expires the cached /haat pages. A few days before, a seller whose animal is not sold gets
// one SMS asking her to renew it or mark it sold. As for rentals (lib/rentals/expiry.ts), "once per
// period" is the row itself: `remindedFor` holds the expiry it reminded about, set in the same
// transaction as the queued SMS, and a renewal (a new expiresAt) makes the next reminder due again.
import { db } from '@/lib/db/client';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { sendSms } from '@/lib/notify/sms';
import { enqueueSearch } from '@/lib/search/outbox';
import { rootOrigin } from '@/lib/tenancy/urls';
import { ANIMAL_WORDS, BREED_WORDS } from './kinds';
import type { LivestockAnimal } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;
/** The seller is reminded this many days before her listing closes. */
export const LIVESTOCK_REMIND_DAYS = 3;

export const LIVESTOCK_REMINDER = (animal: LivestockAnimal, breed: string, weightKg: number, until: Date, link: string) =>
  `হাট: আপনার ${ANIMAL_WORDS[animal].bn} (${BREED_WORDS[breed]?.bn ?? breed}, ${formatNumber(weightKg, 'bn')} কেজি)-এর বিজ্ঞাপন ${formatDate(until, 'bn')} তারিখে বন্ধ হবে। বিক্রি না হলে “নবায়ন”, বিক্রি হলে “বিক্রি হয়েছে” চাপুন: ${link}`;

export async function expireLivestock(now = new Date()): Promise<{ expired: number; reminded: number }> {
  const due = await db.livestockListing.findMany({ where: { expiredAt: null, expiresAt: { lte: now } }, select: { id: true } });
  let expired = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      // Conditional: a renewal that landed meanwhile wins.
      const changed = await tx.livestockListing.updateMany({ where: { id, expiredAt: null, expiresAt: { lte: now } }, data: { expiredAt: now } });
      if (changed.count === 1) {
        await enqueueSearch(tx, 'LIVESTOCK', id);
        expired++;
      }
    });
  }

  const soon = new Date(now.getTime() + LIVESTOCK_REMIND_DAYS * DAY);
  const link = `${rootOrigin()}/account/livestock`;
  const reminded = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; animal: LivestockAnimal; breed: string; weightKg: number; expiresAt: Date; to: string }[]>`
      UPDATE "LivestockListing" l SET "remindedFor" = l."expiresAt"
      FROM "User" u
      WHERE u.id = l."sellerId" AND u.status = 'ACTIVE'
        AND l.status = 'ACTIVE' AND l.sale <> 'SOLD' AND l."expiredAt" IS NULL
        AND l."expiresAt" > ${now} AND l."expiresAt" <= ${soon}
        AND l."remindedFor" IS DISTINCT FROM l."expiresAt"
      RETURNING l.id, l.animal, l.breed, l."weightKg", l."expiresAt", u.phone AS "to"`;
    for (const row of rows) await sendSms(row.to, LIVESTOCK_REMINDER(row.animal, row.breed, row.weightKg, row.expiresAt, link), `livestock-reminder:${row.id}`, { tx });
    return rows.length;
  });
  return { expired, reminded };
}
