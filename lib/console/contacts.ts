// What officers keep up to date for /emergency and /offices: the district's emergency numbers and
// its offices and representatives (Provider rows of kind OFFICE). Officers add and change those
// in their area; numbers for the whole country (kind NATIONAL, or no area) are the admins'. Every
// change is audited with before and after; an office's change is queued for search.
import 'server-only';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError, forbidden, notFound } from '@/lib/errors';
import type { EmergencyKind } from '@/lib/generated/prisma/enums';
import { getServedDistricts, servedArea } from '@/lib/geo/queries';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { plainText } from '@/lib/i18n/text-input';
import { normalizePhone } from '@/lib/phone';
import { enqueueSearch } from '@/lib/search/outbox';
import { audit } from './audit';
import { assertAreaInScope, type Scope } from './scope';

// ───────────────────────────── schemas ─────────────────────────────

export const EMERGENCY_KINDS = ['NATIONAL', 'AMBULANCE', 'HOSPITAL', 'FIRE', 'POLICE', 'OTHER'] as const satisfies readonly EmergencyKind[];

/**
 * A number as people dial it: mobiles become +8801XXXXXXXXX; hotlines (999, 16263: 3–6 digits,
 * never starting with 0) and landlines ("051-66078": 0, an area code, the number) are kept as
 * typed, in ASCII digits.
 */
export function normalizeEmergencyPhone(input: string): string | null {
  const mobile = normalizePhone(input);
  if (mobile) return mobile;
  const typed = toAsciiDigits(input).trim();
  const digits = typed.replace(/[\s\-().]/g, '');
  if (/^[1-9]\d{2,5}$/.test(digits)) return digits;
  if (/^0[2-9]\d{6,9}$/.test(digits) && /^[\d\s\-().]+$/.test(typed)) return typed.replace(/[\s().-]+/g, '-').replace(/^-|-$/g, '');
  return null;
}

const requiredText = (max: number, required: string, tooLong: string) => plainText(max, tooLong).pipe(z.string().min(1, required));

/** An area id from a <select>: empty is null (no area). */
const areaField = z.string().transform((value, ctx) => {
  const text = toAsciiDigits(value).trim();
  if (!text) return null;
  if (!/^\d{1,9}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message: 'areaRequired' });
    return z.NEVER;
  }
  return Number(text);
});

/** A small whole number, Bengali digits welcome; empty is 0. */
const wholeNumber = (max: number, message: string) =>
  z.string().transform((value, ctx) => {
    const text = toAsciiDigits(value).trim();
    if (!text) return 0;
    if (!/^\d{1,9}$/.test(text) || Number(text) > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return Number(text);
  });

export const contactSchema = z.object({
  kind: z.enum(EMERGENCY_KINDS, { error: 'kindRequired' }),
  nameBn: requiredText(120, 'nameRequired', 'nameTooLong'),
  /** Optional: the Bengali name stands in on English pages. */
  nameEn: plainText(120, 'nameTooLong'),
  phone: z
    .string()
    .trim()
    .min(1, 'phoneRequired')
    .transform((value, ctx) => {
      const phone = normalizeEmergencyPhone(value);
      if (!phone) ctx.addIssue({ code: 'custom', message: 'emergencyPhoneInvalid' });
      return phone ?? '';
    }),
  noteBn: plainText(200, 'noteTooLong'),
  /** Empty: a number for the whole country (admins only). */
  areaId: areaField,
  sortOrder: wholeNumber(9999, 'sortOrderInvalid'),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const officeSchema = z.object({
  categoryId: z.coerce.number({ error: 'categoryRequired' }).int('categoryRequired').positive('categoryRequired'),
  nameBn: requiredText(120, 'nameRequired', 'nameTooLong'),
  nameEn: plainText(120, 'nameTooLong'),
  designation: plainText(120, 'designationTooLong'),
  phone: z
    .string()
    .trim()
    .min(1, 'phoneRequired')
    .transform((value, ctx) => {
      const phone = normalizePhone(value);
      if (!phone) ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
      return phone ?? '';
    }),
  areaId: areaField.pipe(z.number({ error: 'areaRequired' })),
});
export type OfficeInput = z.infer<typeof officeSchema>;

// ───────────────────────────── areas ─────────────────────────────

/**
 * The areas an officer may place a number or an office in: their own and everything below it; an
 * admin's are the served districts and everything below them. Nothing outside the served districts.
 */
export async function areasInScope(scope: Scope) {
  const districts = await getServedDistricts();
  const bases = scope.isAdmin ? districts.map((d) => d.path) : districts.some((d) => scope.path.startsWith(d.path)) ? [scope.path] : [];
  if (!bases.length) return [];
  return db.area.findMany({
    where: { OR: bases.map((base) => ({ path: { startsWith: base } })), level: { in: ['DISTRICT', 'UPAZILA', 'UNION'] } },
    orderBy: [{ path: 'asc' }],
    select: { id: true, level: true, nameBn: true, nameEn: true, parentId: true, path: true },
  });
}

/** The area must lie in a served district and (for officers) in scope; otherwise a message or "not found". */
async function assertPlaceable(scope: Scope, areaId: number) {
  await servedArea(areaId, { levels: ['DISTRICT', 'UPAZILA', 'UNION'], message: 'areaInvalid' });
  await assertAreaInScope(scope, areaId);
}

// ───────────────────────────── emergency numbers ─────────────────────────────

const contactFields = { kind: true, nameBn: true, nameEn: true, phone: true, noteBn: true, areaId: true, sortOrder: true, isActive: true } as const;
const isNational = (c: { kind: string; areaId: number | null }) => c.kind === 'NATIONAL' || c.areaId === null;

/** May this scope change this number? National ones: admins; local ones: officers of its area. */
async function assertContactEditable(scope: Scope, contact: { kind: string; areaId: number | null }) {
  if (isNational(contact)) {
    if (!scope.isAdmin) throw forbidden('nationalAdminOnly');
    return;
  }
  await assertAreaInScope(scope, contact.areaId);
}

/** Numbers in scope (and, read-only for officers, the national ones), active first. */
export async function listContacts(scope: Scope) {
  const rows = await db.emergencyContact.findMany({
    where: scope.isAdmin ? {} : { OR: [{ area: { path: { startsWith: scope.path } } }, { areaId: null }, { kind: 'NATIONAL' }] },
    orderBy: [{ isActive: 'desc' }, { kind: 'asc' }, { sortOrder: 'asc' }, { nameBn: 'asc' }],
    select: { id: true, ...contactFields, updatedAt: true, area: { select: { nameBn: true, nameEn: true } }, updatedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ ...row, editable: scope.isAdmin || !isNational(row) }));
}

/** Adds a number (id null) or changes one; "national" (kind NATIONAL or no area) needs an admin. */
export async function saveContact(scope: Scope, id: string | null, input: ContactInput) {
  if (!scope.isAdmin && input.kind !== 'NATIONAL' && input.areaId === null) throw new AppError('invalid', 'areaRequired');
  if (!scope.isAdmin && isNational(input)) throw forbidden('nationalAdminOnly');
  if (!input.phone) throw new AppError('invalid', 'emergencyPhoneInvalid');
  const existing = id ? await db.emergencyContact.findUnique({ where: { id }, select: contactFields }) : null;
  if (id && !existing) throw notFound();
  if (existing) await assertContactEditable(scope, existing);
  const areaId = input.kind === 'NATIONAL' ? null : input.areaId;
  if (areaId !== null) await assertPlaceable(scope, areaId);
  const data = { kind: input.kind, nameBn: input.nameBn, nameEn: input.nameEn || input.nameBn, phone: input.phone, noteBn: input.noteBn || null, areaId, sortOrder: input.sortOrder, updatedById: scope.user.id };
  return db.$transaction(async (tx) => {
    const saved = existing ? await tx.emergencyContact.update({ where: { id: id! }, data, select: { id: true, ...contactFields } }) : await tx.emergencyContact.create({ data, select: { id: true, ...contactFields } });
    const { id: savedId, ...after } = saved;
    await audit(tx, { actorId: scope.user.id, action: existing ? 'contact.update' : 'contact.create', subject: 'EMERGENCY_CONTACT', subjectId: savedId, areaId, before: existing, after });
    return saved;
  });
}

/** Takes a number off /emergency (or puts it back); saying the same twice is a conflict. */
export async function setContactActive(scope: Scope, id: string, isActive: boolean) {
  const existing = await db.emergencyContact.findUnique({ where: { id }, select: contactFields });
  if (!existing) throw notFound();
  await assertContactEditable(scope, existing);
  await db.$transaction(async (tx) => {
    const { count } = await tx.emergencyContact.updateMany({ where: { id, isActive: !isActive }, data: { isActive, updatedById: scope.user.id } });
    if (!count) throw new AppError('conflict', isActive ? 'alreadyActive' : 'alreadyInactive');
    await audit(tx, {
      actorId: scope.user.id,
      action: isActive ? 'contact.activate' : 'contact.deactivate',
      subject: 'EMERGENCY_CONTACT',
      subjectId: id,
      areaId: existing.areaId,
      before: { isActive: !isActive },
      after: { isActive },
    });
  });
}

// ───────────────────────────── offices and representatives ─────────────────────────────

const officeFields = { nameBn: true, nameEn: true, designation: true, phone: true, areaId: true, status: true } as const;

export async function officeCategories() {
  return db.category.findMany({ where: { kind: 'OFFICE', isActive: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, slug: true, nameBn: true, nameEn: true } });
}

/** Offices and representatives in scope, by name. */
export async function listOfficesInScope(scope: Scope) {
  return db.provider.findMany({
    where: { kind: 'OFFICE', ...(scope.path ? { area: { path: { startsWith: scope.path } } } : {}) },
    orderBy: [{ nameBn: 'asc' }, { id: 'asc' }],
    take: 500,
    select: {
      id: true,
      slug: true,
      ...officeFields,
      area: { select: { nameBn: true, nameEn: true } },
      categories: { where: { category: { kind: 'OFFICE' } }, orderBy: { isPrimary: 'desc' }, take: 1, select: { categoryId: true } },
    },
  });
}

async function officeCategory(categoryId: number) {
  const category = await db.category.findFirst({ where: { id: categoryId, kind: 'OFFICE', isActive: true }, select: { id: true, slug: true } });
  if (!category) throw new AppError('invalid', 'categoryRequired');
  return category;
}

/** Adds an office (id null) or changes one's name, designation, phone, area or kind; only offices, only in scope. */
export async function saveOffice(scope: Scope, id: string | null, input: OfficeInput) {
  const existing = id
    ? await db.provider.findFirst({ where: { id, kind: 'OFFICE' }, select: { ...officeFields, categories: { where: { category: { kind: 'OFFICE' } }, select: { categoryId: true } } } })
    : null;
  if (id && !existing) throw notFound();
  if (existing) await assertAreaInScope(scope, existing.areaId);
  await assertPlaceable(scope, input.areaId);
  const category = await officeCategory(input.categoryId);
  const data = { nameBn: input.nameBn, nameEn: input.nameEn || null, designation: input.designation || null, phone: input.phone, areaId: input.areaId };
  return db.$transaction(async (tx) => {
    let saved: { id: string };
    if (existing) {
      saved = await tx.provider.update({ where: { id: id! }, data, select: { id: true } });
      if (!existing.categories.some((c) => c.categoryId === category.id)) {
        await tx.providerCategory.deleteMany({ where: { providerId: id!, category: { kind: 'OFFICE' } } });
        await tx.providerCategory.create({ data: { providerId: id!, categoryId: category.id, isPrimary: true } });
      }
    } else {
      const area = await tx.area.findUniqueOrThrow({ where: { id: input.areaId }, select: { slug: true, nameBn: true } });
      saved = await tx.provider.create({
        data: {
          ...data,
          slug: `${category.slug}-${area.slug.split('-')[0]}-${randomBytes(3).toString('hex')}`,
          kind: 'OFFICE',
          address: area.nameBn,
          addressPrivacy: 'EXACT',
          // An office an officer lists is vouched for by the officer.
          verification: 'VERIFIED',
          verifiedAt: new Date(),
          onboardingStep: 99,
          categories: { create: [{ categoryId: category.id, isPrimary: true }] },
        },
        select: { id: true },
      });
    }
    await enqueueSearch(tx, 'PROVIDER', saved.id);
    const { categories: before, ...beforeFields } = existing ?? { categories: null };
    await audit(tx, {
      actorId: scope.user.id,
      action: existing ? 'office.update' : 'office.create',
      subject: 'PROVIDER',
      subjectId: saved.id,
      areaId: input.areaId,
      before: existing ? { ...beforeFields, categoryId: before?.[0]?.categoryId ?? null } : null,
      after: { ...data, categoryId: category.id },
    });
    return saved;
  });
}
