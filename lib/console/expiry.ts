// Badges do not last for ever: run by the worker (no Next.js, so no server-only imports here).
import { db } from '@/lib/db/client';
import { sendSms } from '@/lib/notify/sms';
import { enqueueSearch } from '@/lib/search/outbox';

/**
 * Run by the worker: badges past their date become EXPIRED (the badge disappears), and a month
 * before that the provider is reminded by SMS, once.
 */
export async function expireVerifications(now = new Date()): Promise<{ expired: number; reminded: number }> {
  const soon = new Date(now.getTime() + 30 * 24 * 3600 * 1000);
  const due = await db.provider.findMany({ where: { verification: 'VERIFIED', verificationExpiresAt: { lte: soon } }, select: { id: true, phone: true, nameBn: true, verificationExpiresAt: true } });
  let expired = 0;
  let reminded = 0;
  for (const p of due) {
    if (p.verificationExpiresAt! <= now) {
      await db.$transaction(async (tx) => {
        const changed = await tx.provider.updateMany({ where: { id: p.id, verification: 'VERIFIED' }, data: { verification: 'EXPIRED' } });
        if (changed.count === 1) {
          await tx.verificationEvent.create({ data: { subject: 'PROVIDER', providerId: p.id, status: 'EXPIRED', note: 'মেয়াদ শেষ' } });
          await enqueueSearch(tx, 'PROVIDER', p.id);
          expired++;
        }
      });
    } else {
      const purpose = `verification-reminder:${p.id}:${p.verificationExpiresAt!.toISOString().slice(0, 10)}`;
      if (await db.smsMessage.findFirst({ where: { purpose }, select: { id: true } })) continue;
      await sendSms(p.phone, `হাট: "${p.nameBn}"-এর যাচাইয়ের মেয়াদ ${p.verificationExpiresAt!.toISOString().slice(0, 10)} তারিখে শেষ হবে। নতুন করে যাচাইয়ের জন্য অফিসে যোগাযোগ করুন।`, purpose).catch(() => undefined);
      reminded++;
    }
  }
  return { expired, reminded };
}
