// Officers find any provider, shop or product in their area and suspend or reinstate it with a
// reason. A suspended record leaves the directory and search (its outbox row is written in the same
// transaction), a suspended shop's storefront says "temporarily closed", and the owner is told why
// by SMS and may appeal once.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { sendSms } from '@/lib/notify/sms';
import { enqueueSearch } from '@/lib/search/outbox';
import { audit } from './audit';
import { assertAreaInScope, type Scope } from './scope';

export type RecordSubject = 'PROVIDER' | 'SHOP' | 'PRODUCT' | 'RENTAL';
export const RECORD_SUBJECTS: readonly RecordSubject[] = ['PROVIDER', 'SHOP', 'PRODUCT', 'RENTAL'];
export const isRecordSubject = (value: string): value is RecordSubject => (RECORD_SUBJECTS as readonly string[]).includes(value);

/** The console page of a record (/console/records/…): providers, shops, products and rentals have one. */
export const recordHref = (subject: string, id: string) => (isRecordSubject(subject) ? `/console/records/${subject.toLowerCase()}/${encodeURIComponent(id)}` : null);

const areaFilter = (scope: Scope) => (scope.path ? { area: { path: { startsWith: scope.path } } } : {});

/** Providers, shops, products and rental listings in scope whose name (title), slug or phone matches. */
export async function findRecords(scope: Scope, query: string, subject?: RecordSubject) {
  const q = query.trim().slice(0, 80);
  const digits = q.replace(/[^\d]/g, '');
  const text = q ? { contains: q, mode: 'insensitive' as const } : undefined;
  const phone = digits.length >= 5 ? { contains: digits.slice(-10) } : undefined;
  const take = 50;
  const [providers, shops, products, rentals] = await Promise.all([
    !subject || subject === 'PROVIDER'
      ? db.provider.findMany({
          where: { ...areaFilter(scope), ...(q ? { OR: [{ nameBn: text }, { nameEn: text }, { slug: text }, ...(phone ? [{ phone }] : [])] } : {}) },
          orderBy: { updatedAt: 'desc' },
          take,
          select: { id: true, nameBn: true, slug: true, phone: true, status: true, verification: true, area: { select: { nameBn: true, nameEn: true } } },
        })
      : [],
    !subject || subject === 'SHOP'
      ? db.shop.findMany({
          where: { ...areaFilter(scope), ...(q ? { OR: [{ nameBn: text }, { nameEn: text }, { slug: text }, ...(phone ? [{ phone }] : [])] } : {}) },
          orderBy: { updatedAt: 'desc' },
          take,
          select: { id: true, nameBn: true, slug: true, phone: true, status: true, verification: true, area: { select: { nameBn: true, nameEn: true } } },
        })
      : [],
    !subject || subject === 'PRODUCT'
      ? db.product.findMany({
          where: { shop: areaFilter(scope), ...(q ? { OR: [{ nameBn: text }, { nameEn: text }, { slug: text }] } : {}) },
          orderBy: { updatedAt: 'desc' },
          take,
          select: { id: true, nameBn: true, slug: true, status: true, shop: { select: { nameBn: true, slug: true, area: { select: { nameBn: true, nameEn: true } } } } },
        })
      : [],
    !subject || subject === 'RENTAL'
      ? db.rentalListing.findMany({
          where: { ...areaFilter(scope), ...(q ? { OR: [{ title: text }, ...(phone ? [{ phone }] : [])] } : {}) },
          orderBy: { updatedAt: 'desc' },
          take,
          select: { id: true, title: true, kind: true, phone: true, status: true, letAt: true, expiredAt: true, area: { select: { nameBn: true, nameEn: true } } },
        })
      : [],
  ]);
  return { providers, shops, products, rentals };
}

/** The record's area (a product's is its shop's), or notFound when there is no such record. */
async function recordArea(subject: RecordSubject, id: string): Promise<{ areaId: number; status: string; phone: string; name: string; shopId?: string }> {
  if (subject === 'PROVIDER') {
    const p = await db.provider.findUnique({ where: { id }, select: { areaId: true, status: true, phone: true, nameBn: true } });
    if (!p) throw notFound();
    return { areaId: p.areaId, status: p.status, phone: p.phone, name: p.nameBn };
  }
  if (subject === 'SHOP') {
    const s = await db.shop.findUnique({ where: { id }, select: { areaId: true, status: true, phone: true, nameBn: true } });
    if (!s) throw notFound();
    return { areaId: s.areaId, status: s.status, phone: s.phone, name: s.nameBn };
  }
  if (subject === 'RENTAL') {
    // The owner hears on her account's number (the listing's own may be someone else's).
    const r = await db.rentalListing.findUnique({ where: { id }, select: { areaId: true, status: true, phone: true, title: true, owner: { select: { phone: true } } } });
    if (!r) throw notFound();
    return { areaId: r.areaId, status: r.status, phone: r.owner?.phone ?? r.phone, name: r.title };
  }
  const product = await db.product.findUnique({ where: { id }, select: { status: true, nameBn: true, shopId: true, shop: { select: { areaId: true, phone: true } } } });
  if (!product) throw notFound();
  return { areaId: product.shop.areaId, status: product.status, phone: product.shop.phone, name: product.nameBn, shopId: product.shopId };
}

/** A record in scope with what its console page shows; outside scope it is "not found". */
export async function getRecord(scope: Scope, subject: RecordSubject, id: string) {
  const { areaId } = await recordArea(subject, id);
  await assertAreaInScope(scope, areaId);
  const [record, history] = await Promise.all([
    subject === 'PROVIDER'
      ? db.provider.findUnique({
          where: { id },
          include: {
            area: { include: { parent: true } },
            categories: { include: { category: true } },
            photos: { include: { media: true }, orderBy: { sortOrder: 'asc' } },
            documents: { include: { media: true } },
            verificationEvents: { orderBy: { createdAt: 'desc' }, take: 20, include: { actor: { select: { name: true } } } },
            user: { select: { name: true, phone: true } },
          },
        })
      : subject === 'SHOP'
        ? db.shop.findUnique({
            where: { id },
            include: {
              area: { include: { parent: true } },
              logo: true,
              documents: { include: { media: true } },
              verificationEvents: { orderBy: { createdAt: 'desc' }, take: 20, include: { actor: { select: { name: true } } } },
              owner: { select: { name: true, phone: true } },
              products: { select: { id: true, nameBn: true, status: true }, orderBy: { sortOrder: 'asc' } },
            },
          })
        : subject === 'PRODUCT'
          ? db.product.findUnique({ where: { id }, include: { shop: { select: { id: true, nameBn: true, slug: true, area: true } }, photos: { include: { media: true } } } })
          : db.rentalListing.findUnique({
              where: { id },
              include: { area: { include: { parent: true } }, owner: { select: { name: true, phone: true } }, photos: { include: { media: true }, orderBy: { sortOrder: 'asc' } } },
            }),
    db.auditLog.findMany({ where: { subject, subjectId: id }, orderBy: { createdAt: 'desc' }, take: 30, include: { actor: { select: { name: true } } } }),
  ]);
  if (!record) throw notFound();
  return { subject, record, history };
}

const SMS_SUSPENDED = (name: string, reason: string) => `হাট: "${name}" সাময়িকভাবে বন্ধ করা হয়েছে। কারণ: ${reason.slice(0, 80)}। আপিল করতে ড্যাশবোর্ডে যান।`;
const SMS_REINSTATED = (name: string) => `হাট: "${name}" আবার চালু হয়েছে। ধন্যবাদ।`;

async function setStatus(scope: Scope, subject: RecordSubject, id: string, suspend: boolean, reason: string, notify = true) {
  const trimmed = reason.trim();
  if (!trimmed) throw new AppError('invalid', 'reasonRequired');
  const current = await recordArea(subject, id);
  await assertAreaInScope(scope, current.areaId);
  if (suspend ? current.status === 'SUSPENDED' : current.status !== 'SUSPENDED') throw new AppError('conflict', 'alreadyDecided');
  const to = suspend ? 'SUSPENDED' : 'ACTIVE';
  await db.$transaction(async (tx) => {
    // Conditional on the status read above: of two officers acting at once, one wins.
    const changed =
      subject === 'PROVIDER'
        ? await tx.provider.updateMany({ where: { id, status: current.status as never }, data: { status: to, statusReason: suspend ? trimmed : null } })
        : subject === 'SHOP'
          ? await tx.shop.updateMany({ where: { id, status: current.status as never }, data: { status: to, statusReason: suspend ? trimmed : null } })
          : subject === 'PRODUCT'
            ? await tx.product.updateMany({ where: { id, status: current.status as never }, data: { status: to, statusReason: suspend ? trimmed : null } })
            : await tx.rentalListing.updateMany({ where: { id, status: current.status as never }, data: { status: to, statusReason: suspend ? trimmed : null } });
    if (changed.count !== 1) throw new AppError('conflict', 'alreadyDecided');
    await enqueueSearch(tx, subject, id);
    // Reinstated: any appeal still waiting about it is answered by that.
    if (!suspend) await tx.appeal.updateMany({ where: { subject, subjectId: id, status: 'OPEN' }, data: { status: 'RESOLVED', decision: trimmed, decidedById: scope.user.id, decidedAt: new Date() } });
    await audit(tx, {
      actorId: scope.user.id,
      action: suspend ? 'suspend' : 'reinstate',
      subject,
      subjectId: id,
      areaId: current.areaId,
      before: { status: current.status },
      after: { status: to },
      reason: trimmed,
    });
  });
  if (notify) await sendSms(current.phone, suspend ? SMS_SUSPENDED(current.name, trimmed) : SMS_REINSTATED(current.name), suspend ? 'record-suspended' : 'record-reinstated').catch(() => undefined);
}

export const suspendRecord = (scope: Scope, subject: RecordSubject, id: string, reason: string) => setStatus(scope, subject, id, true, reason);
/** `notify: false` when the caller tells the owner itself (an accepted appeal sends its decision). */
export const reinstateRecord = (scope: Scope, subject: RecordSubject, id: string, reason: string, opts: { notify?: boolean } = {}) =>
  setStatus(scope, subject, id, false, reason, opts.notify ?? true);
