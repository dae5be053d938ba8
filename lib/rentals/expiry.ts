// To-let notices do not stay up for ever: run hourly by the worker (no Next.js, so no server-only
// imports here). A listing past its `expiresAt` leaves the lists and search (`expiredAt` is set;
// the RentalListing trigger expires the cached pages); a few days before, its owner gets one SMS
// asking her to renew. "Once per period" is the row itself: `remindedFor` holds the expiry date it
// reminded about, set in the same transaction as the queued SMS, so two workers or a rerun never
// send a second one, and a renewal (a new expiresAt) makes the next reminder due again.
import { db } from '@/lib/db/client';
import { formatDate } from '@/lib/i18n/format';
import { sendSms } from '@/lib/notify/sms';
import { enqueueSearch } from '@/lib/search/outbox';
import { rootOrigin } from '@/lib/tenancy/urls';
import { RENTAL_REMIND_DAYS } from './schemas';

const DAY = 86_400_000;

export const RENTAL_REMINDER = (title: string, until: Date, link: string) =>
  `হাট: আপনার ভাড়ার বিজ্ঞাপন “${title.slice(0, 40)}” ${formatDate(until, 'bn')} তারিখে বন্ধ হয়ে যাবে। আরও ৬০ দিন রাখতে “নবায়ন” চাপুন: ${link}`;

export async function expireRentals(now = new Date()): Promise<{ expired: number; reminded: number }> {
  const due = await db.rentalListing.findMany({ where: { expiredAt: null, expiresAt: { lte: now } }, select: { id: true } });
  let expired = 0;
  for (const { id } of due) {
    await db.$transaction(async (tx) => {
      // Conditional: a renewal that landed meanwhile wins.
      const changed = await tx.rentalListing.updateMany({ where: { id, expiredAt: null, expiresAt: { lte: now } }, data: { expiredAt: now } });
      if (changed.count === 1) {
        await enqueueSearch(tx, 'RENTAL', id);
        expired++;
      }
    });
  }

  const soon = new Date(now.getTime() + RENTAL_REMIND_DAYS * DAY);
  const link = `${rootOrigin()}/account/rentals`;
  const reminded = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; title: string; expiresAt: Date; to: string }[]>`
      UPDATE "RentalListing" r SET "remindedFor" = r."expiresAt"
      FROM "RentalListing" l LEFT JOIN "User" u ON u.id = l."ownerId"
      WHERE r.id = l.id AND r.status = 'ACTIVE' AND r."letAt" IS NULL AND r."expiredAt" IS NULL
        AND r."expiresAt" > ${now} AND r."expiresAt" <= ${soon}
        AND r."remindedFor" IS DISTINCT FROM r."expiresAt"
      RETURNING r.id, r.title, r."expiresAt", coalesce(u.phone, r.phone) AS "to"`;
    for (const row of rows) await sendSms(row.to, RENTAL_REMINDER(row.title, row.expiresAt, link), `rental-reminder:${row.id}`, { tx });
    return rows.length;
  });
  return { expired, reminded };
}
