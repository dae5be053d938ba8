// What only admins do with the categories: add, rename, change the icon or the other words,
// reorder, merge one into another. Every change is audited in its own transaction; records whose
// search text carries a category's names are queued for search.
import 'server-only';
import { z } from 'zod';
import { hasIcon } from '@/components/ui/icon-set';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { CategoryKind } from '@/lib/generated/prisma/enums';
import { enqueueSearch } from '@/lib/search/outbox';
import { audit } from './audit';
import { idField, reasonField, requiredText } from './schemas';
import { assertAdmin, type Scope } from './scope';

// A merge moves every link of a category; a district's biggest trade has a few thousand.
const LONG_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

// ───────────────────────────── schemas ─────────────────────────────

export const CATEGORY_KINDS = ['SERVICE', 'RENTAL', 'EMERGENCY', 'BLOOD', 'OFFICE', 'PRODUCT'] as const satisfies readonly CategoryKind[];

/** A name the icon set has ("zap", "hard-hat"); the prototype's own names ("constructor") are not icons. */
export const isIconName = (name: string) => /^[a-z0-9-]{1,40}$/.test(name) && !(name in Object.prototype) && hasIcon(name);

export const MAX_ALIASES = 30;
/** Other words for the trade, one per line or separated by commas; each once. */
const aliasesField = z
  .string()
  .transform((v) => v.normalize('NFC').split(/[,،\n]+/).map((a) => a.replace(/\s+/g, ' ').trim()).filter(Boolean))
  .pipe(z.array(z.string().max(40, 'aliasTooLong')).max(MAX_ALIASES, 'tooManyAliases'))
  .transform((list) => [...new Map(list.map((a) => [a.toLowerCase(), a])).values()]);

export const categoryEditSchema = z.object({
  nameBn: requiredText(60, 'nameRequired', 'nameTooLong'),
  nameEn: requiredText(60, 'nameEnRequired', 'nameTooLong'),
  icon: z.string().trim().refine(isIconName, 'iconInvalid'),
  aliases: aliasesField,
});

export const categorySchema = categoryEditSchema.extend({
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(2, 'slugTooShort')
    .max(40, 'slugTooLong')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slugInvalid'),
  kind: z.enum(CATEGORY_KINDS, { error: 'kindRequired' }),
});

export const mergeSchema = z.object({ targetId: idField('targetRequired'), reason: reasonField });


// ───────────────────────────── categories ─────────────────────────────

const categoryFields = { slug: true, kind: true, nameBn: true, nameEn: true, icon: true, aliases: true, sortOrder: true, isActive: true, mergedIntoId: true } as const;

/** Every category, by kind and in the order people see them, with how many records use each. */
export async function listCategories(scope: Scope) {
  assertAdmin(scope);
  return db.category.findMany({
    orderBy: [{ kind: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, ...categoryFields, mergedInto: { select: { nameBn: true, nameEn: true } }, _count: { select: { providers: true, products: true } } },
  });
}

/** Queues every provider and product of these categories, whose search text carries the categories' names. */
async function requeueCategoryRecords(tx: Prisma.TransactionClient, categoryIds: number[]) {
  const providers = await tx.providerCategory.findMany({ where: { categoryId: { in: categoryIds } }, select: { providerId: true }, distinct: ['providerId'] });
  const products = await tx.product.findMany({ where: { categoryId: { in: categoryIds } }, select: { id: true } });
  for (const p of providers) await enqueueSearch(tx, 'PROVIDER', p.providerId);
  for (const p of products) await enqueueSearch(tx, 'PRODUCT', p.id);
  return { providers: providers.length, products: products.length };
}

export async function createCategory(scope: Scope, input: z.infer<typeof categorySchema>) {
  assertAdmin(scope);
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.category.aggregate({ where: { kind: input.kind }, _max: { sortOrder: true } });
      const created = await tx.category.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 10 }, select: { id: true, ...categoryFields } });
      const { id, ...after } = created;
      await audit(tx, { actorId: scope.user.id, action: 'category.create', subject: 'CATEGORY', subjectId: String(id), after });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new AppError('conflict', 'slugTaken');
    throw error;
  }
}

/** Renames, re-icons or changes the other words of a category; its records are queued for search when words changed. */
export async function updateCategory(scope: Scope, id: number, input: z.infer<typeof categoryEditSchema>) {
  assertAdmin(scope);
  const before = await db.category.findUnique({ where: { id }, select: categoryFields });
  if (!before) throw notFound();
  if (before.mergedIntoId !== null) throw new AppError('conflict', 'categoryMerged');
  const wordsChanged = before.nameBn !== input.nameBn || before.nameEn !== input.nameEn || before.aliases.join('\n') !== input.aliases.join('\n');
  return db.$transaction(async (tx) => {
    const after = await tx.category.update({ where: { id }, data: input, select: categoryFields });
    const requeued = wordsChanged ? await requeueCategoryRecords(tx, [id]) : null;
    await audit(tx, {
      actorId: scope.user.id,
      action: 'category.update',
      subject: 'CATEGORY',
      subjectId: String(id),
      before: { nameBn: before.nameBn, nameEn: before.nameEn, icon: before.icon, aliases: before.aliases },
      after: { nameBn: after.nameBn, nameEn: after.nameEn, icon: after.icon, aliases: after.aliases, ...(requeued ? { requeued } : {}) },
    });
    return after;
  }, LONG_TRANSACTION);
}

/** Moves a category one place up or down among those of its kind (the home grid's order). */
export async function moveCategory(scope: Scope, id: number, direction: 'up' | 'down') {
  assertAdmin(scope);
  const category = await db.category.findUnique({ where: { id }, select: { kind: true } });
  if (!category) throw notFound();
  await db.$transaction(async (tx) => {
    // Two admins reordering at once take turns, so the numbering stays whole.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`categories:${category.kind}`}))`;
    const siblings = await tx.category.findMany({ where: { kind: category.kind }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, sortOrder: true } });
    const at = siblings.findIndex((c) => c.id === id);
    const to = direction === 'up' ? at - 1 : at + 1;
    if (to < 0 || to >= siblings.length) return;
    const order = siblings.map((c) => c.id);
    [order[at], order[to]] = [order[to]!, order[at]!];
    for (const [index, categoryId] of order.entries()) {
      const sortOrder = (index + 1) * 10;
      if (siblings.find((c) => c.id === categoryId)!.sortOrder !== sortOrder) await tx.category.update({ where: { id: categoryId }, data: { sortOrder } });
    }
    await audit(tx, {
      actorId: scope.user.id,
      action: 'category.move',
      subject: 'CATEGORY',
      subjectId: String(id),
      before: { sortOrder: siblings[at]!.sortOrder },
      after: { sortOrder: (to + 1) * 10, direction },
    });
  });
}

/**
 * Merges one category into another of the same kind: its providers and products move to the
 * target (a provider in both keeps one link, primary if either was), its names become the
 * target's other words so searches for them still find the records, and it is switched off with
 * mergedIntoId pointing at the target (as are categories merged into it before). Moved records
 * are queued for search.
 */
export async function mergeCategory(scope: Scope, sourceId: number, input: z.infer<typeof mergeSchema>) {
  assertAdmin(scope);
  const targetId = input.targetId;
  if (sourceId === targetId) throw new AppError('invalid', 'mergeIntoItself');
  const [source, target] = await Promise.all([
    db.category.findUnique({ where: { id: sourceId }, select: categoryFields }),
    db.category.findUnique({ where: { id: targetId }, select: categoryFields }),
  ]);
  if (!source) throw notFound();
  if (!target) throw new AppError('invalid', 'targetRequired');
  if (source.kind !== target.kind) throw new AppError('invalid', 'mergeKindMismatch');
  if (!target.isActive || target.mergedIntoId !== null) throw new AppError('invalid', 'mergeTargetInactive');

  return db.$transaction(async (tx) => {
    const claimed = await tx.category.updateMany({ where: { id: sourceId, mergedIntoId: null }, data: { isActive: false, mergedIntoId: targetId } });
    if (!claimed.count) throw new AppError('conflict', 'alreadyMerged');
    await tx.category.updateMany({ where: { mergedIntoId: sourceId }, data: { mergedIntoId: targetId } });

    const links = await tx.providerCategory.findMany({ where: { categoryId: sourceId }, select: { providerId: true, isPrimary: true } });
    const inBoth = new Set(
      (await tx.providerCategory.findMany({ where: { categoryId: targetId, providerId: { in: links.map((l) => l.providerId) } }, select: { providerId: true } })).map((l) => l.providerId),
    );
    const primaryInBoth = links.filter((l) => l.isPrimary && inBoth.has(l.providerId)).map((l) => l.providerId);
    await tx.providerCategory.deleteMany({ where: { categoryId: sourceId, providerId: { in: [...inBoth] } } });
    if (primaryInBoth.length) await tx.providerCategory.updateMany({ where: { categoryId: targetId, providerId: { in: primaryInBoth } }, data: { isPrimary: true } });
    await tx.providerCategory.updateMany({ where: { categoryId: sourceId }, data: { categoryId: targetId } });
    const products = await tx.product.findMany({ where: { categoryId: sourceId }, select: { id: true } });
    await tx.product.updateMany({ where: { categoryId: sourceId }, data: { categoryId: targetId } });

    const ownNames = new Set([target.nameBn, target.nameEn].map((n) => n.toLowerCase()));
    const words = [...target.aliases, source.nameBn, source.nameEn, ...source.aliases].filter((w) => !ownNames.has(w.toLowerCase()));
    const aliases = [...new Map(words.map((w) => [w.toLowerCase(), w])).values()];
    await tx.category.update({ where: { id: targetId }, data: { aliases } });

    for (const l of links) await enqueueSearch(tx, 'PROVIDER', l.providerId);
    for (const p of products) await enqueueSearch(tx, 'PRODUCT', p.id);

    await audit(tx, {
      actorId: scope.user.id,
      action: 'category.merge',
      subject: 'CATEGORY',
      subjectId: String(sourceId),
      before: { slug: source.slug, isActive: source.isActive, mergedIntoId: null, targetAliases: target.aliases },
      after: { isActive: false, mergedIntoId: targetId, targetSlug: target.slug, targetAliases: aliases, providersMoved: links.length, productsMoved: products.length },
      reason: input.reason,
    });
    return { providers: links.length, products: products.length };
  }, LONG_TRANSACTION);
}
