'use server';

// Server actions of the admins' categories and officers pages. The functions in admin.ts refuse
// anyone but an admin; answers are translated and nothing typed is lost.
import type { ActionResult } from '@/components/forms/form-shell';
import {
  appointOfficer,
  categoryEditSchema,
  categorySchema,
  createCategory,
  mergeCategory,
  mergeSchema,
  moveCategory,
  officerSchema,
  rescopeOfficer,
  rescopeSchema,
  retireOfficer,
  retireSchema,
  updateCategory,
} from './admin';
import { attempt, failed, one } from '@/lib/forms/action-result';
import { requireConsole } from './scope';

const fieldOf = {
  slugTaken: 'slug',
  nameRequired: 'name',
  officerAreaInvalid: 'areaId',
  targetRequired: 'targetId',
  mergeKindMismatch: 'targetId',
  mergeTargetInactive: 'targetId',
  mergeIntoItself: 'targetId',
};

const categoryInput = (form: FormData) => ({ nameBn: one(form, 'nameBn'), nameEn: one(form, 'nameEn'), icon: one(form, 'icon'), aliases: one(form, 'aliases') });

/** Adds a category, or (with an id) renames it, changes its icon or its other words. */
export async function saveCategoryAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const id = Number(one(form, 'id')) || null;
  if (id) {
    const parsed = categoryEditSchema.safeParse(categoryInput(form));
    if (!parsed.success) return failed('ConsoleAdmin', parsed.error);
    return attempt('ConsoleAdmin', async () => {
      await updateCategory(scope, id, parsed.data);
      return { key: 'categorySaved' };
    });
  }
  const parsed = categorySchema.safeParse({ ...categoryInput(form), slug: one(form, 'slug'), kind: one(form, 'kind') });
  if (!parsed.success) return failed('ConsoleAdmin', parsed.error);
  return attempt('ConsoleAdmin', async () => {
    await createCategory(scope, parsed.data);
    return { key: 'categoryAdded' };
  }, fieldOf);
}

/** The ↑ / ↓ buttons of the category list. */
export async function moveCategoryAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  return attempt('ConsoleAdmin', async () => {
    await moveCategory(scope, Number(one(form, 'id')), one(form, 'command') === 'up' ? 'up' : 'down');
    return { key: 'categoryMoved' };
  });
}

export async function mergeCategoryAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = mergeSchema.safeParse({ targetId: one(form, 'targetId'), reason: one(form, 'reason') });
  if (!parsed.success) return failed('ConsoleAdmin', parsed.error);
  return attempt('ConsoleAdmin', async () => {
    const moved = await mergeCategory(scope, Number(one(form, 'id')), parsed.data);
    return { key: 'mergeDone', values: { providers: moved.providers, products: moved.products } };
  }, fieldOf);
}

/** Appoints an officer; a new account's temporary password is shown once, in the answer. */
export async function appointOfficerAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = officerSchema.safeParse({ phone: one(form, 'phone'), name: one(form, 'name'), areaId: one(form, 'areaId') });
  if (!parsed.success) return failed('ConsoleAdmin', parsed.error);
  return attempt('ConsoleAdmin', async () => {
    const result = await appointOfficer(scope, parsed.data);
    return result.temporaryPassword ? { key: 'officerCreated', values: { password: result.temporaryPassword } } : { key: 'officerAppointed' };
  }, fieldOf);
}

export async function rescopeOfficerAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = rescopeSchema.safeParse({ areaId: one(form, 'areaId') });
  if (!parsed.success) return failed('ConsoleAdmin', parsed.error);
  return attempt('ConsoleAdmin', async () => {
    await rescopeOfficer(scope, one(form, 'userId'), parsed.data);
    return { key: 'officerRescoped' };
  }, fieldOf);
}

export async function retireOfficerAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = retireSchema.safeParse({ reason: one(form, 'reason') });
  if (!parsed.success) return failed('ConsoleAdmin', parsed.error);
  return attempt('ConsoleAdmin', async () => {
    await retireOfficer(scope, one(form, 'userId'), parsed.data);
    return { key: 'officerRetired' };
  });
}
