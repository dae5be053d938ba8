// The owner's side of verification: the papers a provider or a seller hands in for an officer to
// check — the last four digits of an NID, or a photo of a trade licence (stored privately, never
// served publicly). Handing in papers after "changes requested" or "rejected" puts the record back
// in the queue.
import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound, suspended } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { herShop } from '@/lib/shops/own';

export type PaperOwner = 'PROVIDER' | 'SHOP';

export const nidDigitsSchema = z
  .string()
  .transform((v) => toAsciiDigits(v).replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{4}$/, 'nidDigitsInvalid'));

/** The signed-in person's own provider profile or shop, never one named by an id; a suspended one is read-only. */
async function own(actorId: string, subject: PaperOwner) {
  const record =
    subject === 'PROVIDER'
      ? await db.provider.findUnique({ where: { userId: actorId }, select: { id: true, verification: true, status: true } })
      : await db.shop.findFirst({ ...herShop(actorId), select: { id: true, verification: true, status: true } });
  if (!record) throw notFound();
  if (record.status === 'SUSPENDED') throw suspended();
  return record;
}

async function backInQueue(tx: Prisma.TransactionClient, subject: PaperOwner, id: string, verification: string) {
  if (verification !== 'CHANGES_REQUESTED' && verification !== 'REJECTED') return;
  if (subject === 'PROVIDER') await tx.provider.update({ where: { id }, data: { verification: 'PENDING' } });
  else await tx.shop.update({ where: { id }, data: { verification: 'PENDING' } });
  await tx.verificationEvent.create({ data: { subject, ...(subject === 'PROVIDER' ? { providerId: id } : { shopId: id }), status: 'PENDING', note: 'নতুন কাগজ দেওয়া হয়েছে' } });
}

const owner = (subject: PaperOwner, id: string) => (subject === 'PROVIDER' ? { providerId: id } : { shopId: id });

export async function submitNidDigits(actor: { id: string }, subject: PaperOwner, digits: string) {
  const record = await own(actor.id, subject);
  await db.$transaction(async (tx) => {
    await tx.verificationDocument.deleteMany({ where: { ...owner(subject, record.id), kind: 'NID_LAST_DIGITS' } });
    await tx.verificationDocument.create({ data: { ...owner(subject, record.id), kind: 'NID_LAST_DIGITS', value: digits } });
    await backInQueue(tx, subject, record.id, record.verification);
  });
}

export const MAX_PAPERS = 3;

export async function attachLicence(actor: { id: string }, subject: PaperOwner, mediaId: string) {
  const record = await own(actor.id, subject);
  const media = await db.media.findUnique({ where: { id: mediaId }, select: { ownerId: true, purpose: true, isPublic: true, document: { select: { id: true } } } });
  if (!media || media.ownerId !== actor.id || media.purpose !== 'DOCUMENT' || media.isPublic) throw forbidden('not your paper');
  if (media.document) return;
  if ((await db.verificationDocument.count({ where: { ...owner(subject, record.id), kind: 'TRADE_LICENCE' } })) >= MAX_PAPERS) throw new AppError('conflict', 'tooManyPapers');
  await db.$transaction(async (tx) => {
    await tx.verificationDocument.create({ data: { ...owner(subject, record.id), kind: 'TRADE_LICENCE', mediaId } });
    await backInQueue(tx, subject, record.id, record.verification);
  });
}

/** What the owner sees: the status, the officer's last note, and the papers handed in (no images). */
export async function ownVerification(actorId: string, subject: PaperOwner) {
  const record =
    subject === 'PROVIDER'
      ? await db.provider.findUnique({ where: { userId: actorId }, select: { id: true, nameBn: true, status: true, verification: true, verifiedAt: true, verificationExpiresAt: true, documents: { select: { id: true, kind: true, value: true, createdAt: true } }, verificationEvents: { orderBy: { createdAt: 'desc' }, take: 1, select: { status: true, note: true, createdAt: true } } } })
      : await db.shop.findFirst({ ...herShop(actorId), select: { id: true, nameBn: true, status: true, verification: true, verifiedAt: true, verificationExpiresAt: true, documents: { select: { id: true, kind: true, value: true, createdAt: true } }, verificationEvents: { orderBy: { createdAt: 'desc' }, take: 1, select: { status: true, note: true, createdAt: true } } } });
  return record;
}
