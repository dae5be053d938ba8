'use server';

// Server actions of the admins' categories and officers pages, on the one action pipeline
// (lib/forms/action.ts) with admin access; the functions in admin.ts refuse anyone else again.
import { z } from 'zod';
import { formAction } from '@/lib/forms/action';
import { fieldsOf, idIn, numberIn, one } from '@/lib/forms/action-result';
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

const fieldOf = {
  slugTaken: 'slug',
  nameRequired: 'name',
  officerAreaInvalid: 'areaId',
  targetRequired: 'targetId',
  mergeKindMismatch: 'targetId',
  mergeTargetInactive: 'targetId',
  mergeIntoItself: 'targetId',
};

const categoryFields = (form: FormData) => fieldsOf(form, 'nameBn', 'nameEn', 'icon', 'aliases');

export const addCategoryAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: categorySchema, read: (form) => ({ ...categoryFields(form), ...fieldsOf(form, 'slug', 'kind') }), fieldOf },
  async ({ scope, input }) => {
    await createCategory(scope, input);
    return { done: 'categoryAdded' };
  },
);

/** Renames a category, changes its icon or its other words (bound: the category's id). */
export const editCategoryAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', bound: z.tuple([z.number().int().positive()]), schema: categoryEditSchema, read: categoryFields },
  async ({ scope, input, args: [id] }) => {
    await updateCategory(scope, id, input);
    return { done: 'categorySaved' };
  },
);

/** The ↑ / ↓ buttons of the category list. */
export const moveCategoryAction = formAction({ namespace: 'ConsoleAdmin', access: 'admin' }, async ({ scope, form }) => {
  await moveCategory(scope, numberIn(form, 'id'), one(form, 'command') === 'up' ? 'up' : 'down');
  return { done: 'categoryMoved' };
});

export const mergeCategoryAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: mergeSchema, read: (form) => fieldsOf(form, 'targetId', 'reason'), fieldOf },
  async ({ scope, input, form }) => {
    const moved = await mergeCategory(scope, numberIn(form, 'id'), input);
    return { done: 'mergeDone', values: { providers: moved.providers, products: moved.products } };
  },
);

/** Appoints an officer; a new account's temporary password is shown once, in the answer. */
export const appointOfficerAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: officerSchema, read: (form) => fieldsOf(form, 'phone', 'name', 'areaId'), fieldOf },
  async ({ scope, input }) => {
    const result = await appointOfficer(scope, input);
    return result.temporaryPassword ? { done: 'officerCreated', values: { password: result.temporaryPassword } } : { done: 'officerAppointed' };
  },
);

export const rescopeOfficerAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: rescopeSchema, read: (form) => fieldsOf(form, 'areaId'), fieldOf },
  async ({ scope, input, form }) => {
    await rescopeOfficer(scope, idIn(form, 'userId'), input);
    return { done: 'officerRescoped' };
  },
);

export const retireOfficerAction = formAction(
  { namespace: 'ConsoleAdmin', access: 'admin', schema: retireSchema, read: (form) => fieldsOf(form, 'reason') },
  async ({ scope, input, form }) => {
    await retireOfficer(scope, idIn(form, 'userId'), input);
    return { done: 'officerRetired' };
  },
);
