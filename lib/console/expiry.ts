// Badges do not last for ever: run by the worker (no Next.js, so no server-only imports here).
// Providers' and shops' badges are dated and expire alike, with the same reminder.
import { db } from '@/lib/db/client';
import { nameOf } from '@/lib/i18n/format';
import { sendSms } from '@/lib/notify/sms';
import { enqueueSearch } from '@/lib/search/outbox';

const REMIND_BEFORE_MS = 30 * 24 * 3600 * 1000;

type Badged = { subject: 'PROVIDER' | 'SHOP'; id: string; phone: string; nameBn: string; verificationExpiresAt: Date | null };

export const verificationReminderSms = (name: string, until: string) =>
  `হাট: ${nameOf(name, 'bn')} যাচাইয়ের মেয়াদ ${until} তারিখে শেষ হবে। নতুন করে যাচাইয়ের জন্য অফিসে যোগাযোগ করুন।`;

/**
 * Run by the worker: badges past their date become EXPIRED (the badge disappears), and a month
 * before that the owner is reminded by SMS, once per badge.
 */
export async function expireVerifications(now = new Date()): Promise<{ expired: number; reminded: number }> {
  const where = { verification: 'VERIFIED' as const, verificationExpiresAt: { lte: new Date(now.getTime() + REMIND_BEFORE_MS) } };
  const select = { id: true, phone: true, nameBn: true, verificationExpiresAt: true } as const;
  const [providers, shops] = await Promise.all([db.provider.findMany({ where, select }), db.shop.findMany({ where, select })]);
  const due: Badged[] = [...providers.map((p) => ({ subject: 'PROVIDER' as const, ...p })), ...shops.map((s) => ({ subject: 'SHOP' as const, ...s }))];
  let expired = 0;
  let reminded = 0;
  for (const b of due) {
    const until = b.verificationExpiresAt!;
    if (until <= now) {
      await db.$transaction(async (tx) => {
        const changed =
          b.subject === 'PROVIDER'
            ? await tx.provider.updateMany({ where: { id: b.id, verification: 'VERIFIED' }, data: { verification: 'EXPIRED' } })
            : await tx.shop.updateMany({ where: { id: b.id, verification: 'VERIFIED' }, data: { verification: 'EXPIRED' } });
        if (changed.count === 1) {
          await tx.verificationEvent.create({ data: { subject: b.subject, ...(b.subject === 'PROVIDER' ? { providerId: b.id } : { shopId: b.id }), status: 'EXPIRED', note: 'মেয়াদ শেষ' } });
          await enqueueSearch(tx, b.subject, b.id);
          expired++;
        }
      });
    } else {
      const day = until.toISOString().slice(0, 10);
      // Providers' reminders kept their old purpose, so one already sent is not sent again.
      const purpose = b.subject === 'PROVIDER' ? `verification-reminder:${b.id}:${day}` : `verification-reminder:shop:${b.id}:${day}`;
      if (await db.smsMessage.findFirst({ where: { purpose }, select: { id: true } })) continue;
      await sendSms(b.phone, verificationReminderSms(b.nameBn, day), purpose).catch(() => undefined);
      reminded++;
    }
  }
  return { expired, reminded };
}
