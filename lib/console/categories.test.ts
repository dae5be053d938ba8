import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { categoryEditSchema, categorySchema, createCategory, isIconName, listCategories, mergeCategory, mergeSchema, moveCategory, updateCategory } from './categories';
import { consoleScopes, provider, shop, unique } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  s = await consoleScopes();
});

const newCategory = (over: Record<string, string> = {}) =>
  categorySchema.parse({ slug: unique('trade').slice(0, 40), kind: 'SERVICE', nameBn: 'রাজমিস্ত্রি', nameEn: 'Mason', icon: 'brick-wall', aliases: 'মিস্ত্রি, mistri\nমিস্ত্রি', ...over });

describe('categories', () => {
  it('are the admins’ alone', async () => {
    await expect(listCategories(s.sherpur)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(createCategory(s.sherpur, newCategory())).rejects.toMatchObject({ code: 'forbidden' });
    const electrician = await db.category.findUniqueOrThrow({ where: { slug: 'electrician' } });
    await expect(updateCategory(s.sherpur, electrician.id, categoryEditSchema.parse({ nameBn: 'x', nameEn: 'x', icon: 'zap', aliases: '' }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(moveCategory(s.kahaloo, electrician.id, 'up')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(mergeCategory(s.sherpur, electrician.id, { targetId: electrician.id + 1, reason: 'একই' })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.auditLog.count({ where: { subject: 'CATEGORY' } })).toBe(0);
  });

  it('validate names, slug, icon and aliases', () => {
    const result = categorySchema.safeParse({ slug: 'Bad Slug!', kind: 'NOPE', nameBn: ' ', nameEn: '', icon: 'constructor', aliases: 'ক'.repeat(41) });
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(byField).toEqual({ slug: 'slugInvalid', kind: 'kindRequired', nameBn: 'nameRequired', nameEn: 'nameEnRequired', icon: 'iconInvalid', aliases: 'aliasTooLong' });
    expect(isIconName('zap')).toBe(true);
    expect(isIconName('toString')).toBe(false);
    expect(newCategory().aliases).toEqual(['মিস্ত্রি', 'mistri']);
  });

  it('adds, renames and re-icons with audit entries, and queues the category’s records for search', async () => {
    const created = await createCategory(s.adminScope, newCategory());
    expect(created).toMatchObject({ kind: 'SERVICE', isActive: true, icon: 'brick-wall' });
    await expect(createCategory(s.adminScope, newCategory({ slug: created.slug }))).rejects.toMatchObject({ code: 'conflict', message: 'slugTaken' });
    const p = await provider('mirzapur-sherpur-bogura');
    await db.providerCategory.create({ data: { providerId: p.id, categoryId: created.id, isPrimary: true } });

    await updateCategory(s.adminScope, created.id, categoryEditSchema.parse({ nameBn: 'রাজমিস্ত্রী', nameEn: 'Mason', icon: 'hammer', aliases: 'মিস্ত্রি' }));
    const entries = await db.auditLog.findMany({ where: { subject: 'CATEGORY', subjectId: String(created.id) }, orderBy: { id: 'asc' } });
    expect(entries.map((e) => e.action)).toEqual(['category.create', 'category.update']);
    expect(entries[1]).toMatchObject({ actorId: s.admin.id, before: { nameBn: 'রাজমিস্ত্রি', icon: 'brick-wall' }, after: { nameBn: 'রাজমিস্ত্রী', icon: 'hammer', requeued: { providers: 1, products: 0 } } });
    expect(await db.searchOutbox.count({ where: { entity: 'PROVIDER', entityId: p.id } })).toBe(1);
  });

  it('reorder within their kind', async () => {
    const kind = 'EMERGENCY' as const;
    const before = await db.category.findMany({ where: { kind }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    expect(before.length).toBeGreaterThan(1);
    await moveCategory(s.adminScope, before[1]!.id, 'up');
    const after = await db.category.findMany({ where: { kind }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
    expect(after.map((c) => c.id)).toEqual([before[1]!.id, before[0]!.id, ...before.slice(2).map((c) => c.id)]);
    await moveCategory(s.adminScope, after[0]!.id, 'up'); // already first: nothing happens
    expect((await db.category.findMany({ where: { kind }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] })).map((c) => c.id)).toEqual(after.map((c) => c.id));
    expect(await db.auditLog.findFirstOrThrow({ where: { subject: 'CATEGORY', subjectId: String(before[1]!.id), action: 'category.move' } })).toMatchObject({ after: { direction: 'up' } });
  });

  it('merge: links and products move to the target, the source is switched off, records are queued for search', async () => {
    const source = await createCategory(s.adminScope, newCategory({ nameBn: 'রাজ মিস্ত্রি', nameEn: 'Builder', aliases: 'রাজমিস্ত্রি ভাই' }));
    const target = await createCategory(s.adminScope, newCategory({ nameBn: 'মিস্ত্রি', nameEn: 'Mason', aliases: 'mistri' }));
    const [onlySource, both, bothPrimaryInSource] = await Promise.all([1, 2, 3].map(() => provider('mirzapur-sherpur-bogura')));
    await db.providerCategory.createMany({
      data: [
        { providerId: onlySource!.id, categoryId: source.id, isPrimary: true },
        { providerId: both!.id, categoryId: source.id, isPrimary: false },
        { providerId: both!.id, categoryId: target.id, isPrimary: true },
        { providerId: bothPrimaryInSource!.id, categoryId: source.id, isPrimary: true },
        { providerId: bothPrimaryInSource!.id, categoryId: target.id, isPrimary: false },
      ],
    });
    const productCategory = await createCategory(s.adminScope, newCategory({ kind: 'PRODUCT' }));
    const productTarget = await createCategory(s.adminScope, newCategory({ kind: 'PRODUCT', nameBn: 'পিঠা-পুলি' }));
    const seller = await shop('mirzapur-sherpur-bogura');
    const product = await db.product.create({ data: { shopId: seller.id, slug: 'bhapa', nameBn: 'ভাপা পিঠা', pricePoisha: 2000, categoryId: productCategory.id } });

    expect(mergeSchema.safeParse({ targetId: String(target.id), reason: '' }).error?.issues[0]?.message).toBe('reasonRequired');
    await expect(mergeCategory(s.adminScope, source.id, { targetId: productTarget.id, reason: 'একই' })).rejects.toMatchObject({ message: 'mergeKindMismatch' });
    await expect(mergeCategory(s.adminScope, source.id, { targetId: source.id, reason: 'একই' })).rejects.toMatchObject({ message: 'mergeIntoItself' });

    expect(await mergeCategory(s.adminScope, source.id, { targetId: target.id, reason: 'একই কাজ, দুই নাম' })).toEqual({ providers: 3, products: 0 });
    expect(await db.providerCategory.count({ where: { categoryId: source.id } })).toBe(0);
    const links = await db.providerCategory.findMany({ where: { categoryId: target.id } });
    expect(Object.fromEntries(links.map((l) => [l.providerId, l.isPrimary]))).toEqual({ [onlySource!.id]: true, [both!.id]: true, [bothPrimaryInSource!.id]: true });
    expect(await db.category.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ isActive: false, mergedIntoId: target.id });
    expect((await db.category.findUniqueOrThrow({ where: { id: target.id } })).aliases).toEqual(['mistri', 'রাজ মিস্ত্রি', 'Builder', 'রাজমিস্ত্রি ভাই']);
    for (const p of [onlySource!, both!, bothPrimaryInSource!]) expect(await db.searchOutbox.count({ where: { entity: 'PROVIDER', entityId: p.id } })).toBeGreaterThan(0);
    expect((await db.provider.findUniqueOrThrow({ where: { id: onlySource!.id } })).searchText).toContain('রাজ');
    const entry = await db.auditLog.findFirstOrThrow({ where: { subject: 'CATEGORY', subjectId: String(source.id), action: 'category.merge' } });
    expect(entry).toMatchObject({ reason: 'একই কাজ, দুই নাম', before: { isActive: true, mergedIntoId: null }, after: { isActive: false, mergedIntoId: target.id, providersMoved: 3 } });
    await expect(mergeCategory(s.adminScope, source.id, { targetId: target.id, reason: 'আবার' })).rejects.toMatchObject({ code: 'conflict', message: 'alreadyMerged' });
    await expect(mergeCategory(s.adminScope, target.id, { targetId: source.id, reason: 'উল্টো' })).rejects.toMatchObject({ message: 'mergeTargetInactive' });

    await mergeCategory(s.adminScope, productCategory.id, { targetId: productTarget.id, reason: 'একই পণ্য' });
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).categoryId).toBe(productTarget.id);
    expect(await db.searchOutbox.count({ where: { entity: 'PRODUCT', entityId: product.id } })).toBe(1);
    expect(await db.searchOutbox.count({ where: { entity: 'SHOP', entityId: seller.id } })).toBe(1);
  });
});
