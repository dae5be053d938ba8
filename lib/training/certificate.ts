// Certificates of completed trainees: the short public code printed on each (and held in
// Trainee.certificateCode), the address its QR code opens, the certificate itself (for the provider
// herself and officers whose scope covers the programme; anyone else gets "not found") and the
// public verification of a code.
import 'server-only';
import { randomInt } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/auth';
import { scopeOf } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { qrCodeSvg } from '@/lib/shops/poster';
import { rootOrigin } from '@/lib/tenancy/urls';

/** Letters and digits nobody confuses when reading a printed code aloud: no 0/O, 1/I/L. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 8;
const CODE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A fresh random code (31^8 ≈ 8.5·10^11 of them: not guessable, short enough to type). */
export function newCertificateCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Whether a string has the shape of a code (after trimming and upper-casing, as typed). */
export const normaliseCode = (raw: unknown): string | null => {
  if (typeof raw !== 'string' || raw.length > 20) return null;
  const code = raw.trim().toUpperCase();
  return CODE.test(code) ? code : null;
};

/** A code no trainee holds yet (checked inside the transaction that stores it; @unique guards the rest). */
export async function unusedCertificateCode(tx: Prisma.TransactionClient): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const code = newCertificateCode();
    if (!(await tx.trainee.findUnique({ where: { certificateCode: code }, select: { id: true } }))) return code;
  }
  throw new AppError('conflict', 'codeExhausted');
}

/** The absolute address of a code's verification page (what the QR code holds). */
export const verifyUrl = (code: string) => `${rootOrigin()}/training/verify/${code}`;
/** The certificate's own page (for the provider and officers), relative to the site. */
export const certificatePath = (code: string) => `/training/certificate/${code}`;

/** The certificate's QR code as an SVG document: it opens the verification page. */
export const certificateQrSvg = (code: string) => qrCodeSvg(verifyUrl(code));

const certificateSelect = {
  id: true,
  status: true,
  completedAt: true,
  certificateCode: true,
  provider: { select: { id: true, nameBn: true, nameEn: true, slug: true, userId: true, area: { select: { nameBn: true, nameEn: true } } } },
  programme: {
    select: {
      id: true,
      titleBn: true,
      titleEn: true,
      office: true,
      startsAt: true,
      endsAt: true,
      area: { select: { id: true, path: true, nameBn: true, nameEn: true } },
    },
  },
} as const;

export type Certificate = Prisma.TraineeGetPayload<{ select: typeof certificateSelect }> & { certificateCode: string; completedAt: Date };

async function completedByCode(code: string): Promise<Certificate | null> {
  const row = await db.trainee.findFirst({ where: { certificateCode: code, status: 'COMPLETED' }, select: certificateSelect });
  return row && row.certificateCode && row.completedAt ? (row as Certificate) : null;
}

/**
 * The certificate with this code, for its provider or an officer (or admin) whose scope covers the
 * programme. Anyone else, an unknown code or a malformed one: "not found".
 */
export async function certificateFor(user: SessionUser, rawCode: unknown): Promise<Certificate> {
  const code = normaliseCode(rawCode);
  const cert = code ? await completedByCode(code) : null;
  if (!cert) throw notFound();
  if (cert.provider.userId === user.id) return cert;
  if (user.roles.includes('OFFICER') || user.roles.includes('ADMIN')) {
    const scope = await scopeOf(user).catch(() => null);
    if (scope && (scope.isAdmin || cert.programme.area.path.startsWith(scope.path))) return cert;
  }
  throw notFound();
}

export interface Verification {
  name: string;
  nameEn: string | null;
  programme: string;
  programmeEn: string | null;
  office: string;
  completedAt: Date;
}

/** What the public verification page shows for a code: null when no completed trainee holds it. */
export async function verifyCertificate(rawCode: unknown): Promise<Verification | null> {
  const code = normaliseCode(rawCode);
  const cert = code ? await completedByCode(code) : null;
  if (!cert) return null;
  return {
    name: cert.provider.nameBn,
    nameEn: cert.provider.nameEn,
    programme: cert.programme.titleBn,
    programmeEn: cert.programme.titleEn,
    office: cert.programme.office,
    completedAt: cert.completedAt,
  };
}
