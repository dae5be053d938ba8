'use server';

// Server actions of the admins' categories page, on the one action pipeline (lib/forms/action.ts)
// with admin access; the functions in categories.ts refuse anyone else again.
import { z } from 'zod';
import { formAction } from '@/lib/forms/action';
import { fieldsOf, numberIn, one } from '@/lib/forms/action-result';
import { categoryEditSchema, categorySchema, createCategory, mergeCategory, mergeSchema, moveCategory, updateCategory } from './categories';

const fieldOf = {
  slugTaken: 'slug',
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
