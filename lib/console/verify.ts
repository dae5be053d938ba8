// The verification queue: providers and shops in the officer's area waiting for a check, oldest
// first, with their photos and papers. Three answers — approve (a badge with the date, valid for
// a configurable number of months), ask for changes, reject with a reason — each recorded as a
// verification event and in the audit log, and sent to the owner by SMS.
import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { notDonorOnly } from '@/lib/directory/blood';
import type { VerificationStatus } from '@/lib/generated/prisma/enums';
import { sendSms } from '@/lib/notify/sms';
import { enqueueSearch } from '@/lib/search/outbox';
import { audit } from './audit';
import { assertAreaInScope, type Scope } from './scope';

/**
 * The stored file of a paper a provider or shop uploaded for verification, for an officer whose
 * area holds the record (or an admin): null when there is none, "not found" outside the scope.
 */
export async function verificationDocumentMedia(scope: Scope, id: string) {
  const doc = await db.verificationDocument.findUnique({
    where: { id },
    select: { media: { select: { key: true, storage: true, url: true } }, provider: { select: { areaId: true } }, shop: { select: { areaId: true } } },
  });
  if (!doc?.media) return null;
  await assertAreaInScope(scope, doc.provider?.areaId ?? doc.shop?.areaId);
  return doc.media;
}

export type VerifySubject = 'PROVIDER' | 'SHOP';
export type Decision = 'VERIFIED' | 'CHANGES_REQUESTED' | 'REJECTED';

/** Statuses an officer may decide on. */
const OPEN: VerificationStatus[] = ['PENDING', 'CHANGES_REQUESTED', 'EXPIRED'];
export const DEFAULT_VALID_MONTHS = 12;
export const VALID_MONTHS_SETTING = 'verification.validMonths';

export async function validMonths(): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: VALID_MONTHS_SETTING } });
  const months = Number((row?.value as { months?: unknown } | null)?.months);
  return Number.isInteger(months) && months >= 1 && months <= 60 ? months : DEFAULT_VALID_MONTHS;
}

const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

const areaFilter = (scope: Scope) => (scope.path ? { area: { path: { startsWith: scope.path } } } : {});

/** Waiting providers and shops in scope, oldest first. */
export async function verificationQueue(scope: Scope) {
  const [providers, shops] = await Promise.all([
    db.provider.findMany({
      where: { ...areaFilter(scope), status: { in: ['ACTIVE', 'HIDDEN'] }, verification: { in: ['PENDING', 'EXPIRED'] }, ...notDonorOnly },
      orderBy: { createdAt: 'asc' },
      take: 100,
      include: {
        area: { include: { parent: true } },
        categories: { include: { category: true } },
        photos: { include: { media: true }, orderBy: { sortOrder: 'asc' }, take: 4 },
        documents: { include: { media: true } },
      },
    }),
    db.shop.findMany({
      where: { ...areaFilter(scope), status: 'ACTIVE', verification: { in: ['PENDING', 'EXPIRED'] } },
      orderBy: { createdAt: 'asc' },
      take: 100,
      include: { area: { include: { parent: true } }, logo: true, documents: { include: { media: true } }, _count: { select: { products: true } } },
    }),
  ]);
  return { providers, shops };
}

const SMS: Record<Decision, (name: string, note: string, until?: string) => string> = {
  VERIFIED: (name, _note, until) => `হাট: অভিনন্দন! "${name}" যাচাই করা হয়েছে — এখন যাচাইয়ের ব্যাজ দেখা যাবে (${until} পর্যন্ত)।`,
  CHANGES_REQUESTED: (name, note) => `হাট: "${name}" যাচাইয়ের আগে কিছু বদলাতে হবে: ${note.slice(0, 100)}`,
  REJECTED: (name, note) => `হাট: "${name}" যাচাই করা গেল না। কারণ: ${note.slice(0, 100)}`,
};

/** One decision; refuses what is no longer waiting ("already decided"). Returns the SMS to send. */
async function decideOne(scope: Scope, subject: VerifySubject, id: string, decision: Decision, note: string, now: Date, months: number) {
  const trimmed = note.trim();
  if (decision !== 'VERIFIED' && !trimmed) throw new AppError('invalid', 'reasonRequired');
  const record =
    subject === 'PROVIDER'
      ? await db.provider.findUnique({ where: { id }, select: { areaId: true, verification: true, phone: true, nameBn: true } })
      : await db.shop.findUnique({ where: { id }, select: { areaId: true, verification: true, phone: true, nameBn: true } });
  if (!record) throw new AppError('notFound');
  await assertAreaInScope(scope, record.areaId);
  if (!OPEN.includes(record.verification)) throw new AppError('conflict', 'alreadyDecided');
  const expires = addMonths(now, months);
  await db.$transaction(async (tx) => {
    // A badge is dated and expires the same way for providers and shops (lib/console/expiry.ts).
    const data = decision === 'VERIFIED' ? { verification: decision, verifiedAt: now, verificationExpiresAt: expires } : { verification: decision };
    const changed =
      subject === 'PROVIDER'
        ? await tx.provider.updateMany({ where: { id, verification: { in: OPEN } }, data })
        : await tx.shop.updateMany({ where: { id, verification: { in: OPEN } }, data });
    if (changed.count !== 1) throw new AppError('conflict', 'alreadyDecided');
    await tx.verificationEvent.create({ data: { subject, ...(subject === 'PROVIDER' ? { providerId: id } : { shopId: id }), status: decision, note: trimmed || null, actorId: scope.user.id } });
    await enqueueSearch(tx, subject, id);
    await audit(tx, { actorId: scope.user.id, action: `verify.${decision.toLowerCase()}`, subject, subjectId: id, areaId: record.areaId, before: { verification: record.verification }, after: { verification: decision }, reason: trimmed || null });
  });
  return { phone: record.phone, body: SMS[decision](record.nameBn, trimmed, expires.toISOString().slice(0, 10)) };
}

export async function decideVerification(scope: Scope, subject: VerifySubject, id: string, decision: Decision, note: string, now = new Date()) {
  const sms = await decideOne(scope, subject, id, decision, note, now, await validMonths());
  await sendSms(sms.phone, sms.body, `verification-${decision.toLowerCase()}`).catch(() => undefined);
}

/** Approves many obvious cases at once; each is checked and recorded on its own. */
export async function bulkApprove(scope: Scope, items: { subject: VerifySubject; id: string }[], now = new Date()) {
  const months = await validMonths();
  const results = { approved: 0, skipped: 0 };
  for (const item of items.slice(0, 100)) {
    try {
      const sms = await decideOne(scope, item.subject, item.id, 'VERIFIED', '', now, months);
      results.approved++;
      await sendSms(sms.phone, sms.body, 'verification-verified').catch(() => undefined);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.skipped++;
    }
  }
  return results;
}
