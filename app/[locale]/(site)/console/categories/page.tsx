import { forbidden } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextArea, TextField } from '@/components/forms/text-field';
import { Icon } from '@/components/ui/icon';
import { CATEGORY_KINDS, listCategories, MAX_ALIASES } from '@/lib/console/categories';
import { addCategoryAction, editCategoryAction, mergeCategoryAction, moveCategoryAction } from '@/lib/console/categories-actions';
import { pageScope } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';

const button = 'inline-flex min-h-12 min-w-12 items-center justify-center rounded-lg px-3 text-sm font-semibold';
const card = 'space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';
const summary = 'flex min-h-12 cursor-pointer items-center font-semibold text-brand-800';

type Category = Awaited<ReturnType<typeof listCategories>>[number];

/** Names, icon and other words; slug and kind only when adding (the slug is in shared links). */
async function CategoryFields({ category }: { category?: Category }) {
  const t = await getTranslations('ConsoleAdmin');
  return (
    <>
      <TextField label={t('nameBn')} name="nameBn" defaultValue={category?.nameBn} maxLength={60} />
      <TextField label={t('nameEn')} name="nameEn" defaultValue={category?.nameEn} maxLength={60} lang="en" />
      <TextField label={t('icon')} name="icon" defaultValue={category?.icon} list="category-icons" maxLength={40} autoCapitalize="none" lang="en" />
      <p className="text-sm text-stone-600">{t('iconHint')}</p>
      <label className="block font-semibold">
        {t('aliases')}
        <textarea name="aliases" rows={3} defaultValue={category?.aliases.join('\n')} className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2 text-base" />
      </label>
      <p className="text-sm text-stone-600">{t('aliasesHint', { max: MAX_ALIASES })}</p>
      <FieldError name="aliases" />
    </>
  );
}

// Admins only: the categories people browse and search by. Rename, change the icon or the other
// words people use, move up or down the home grid, or merge a duplicate into the right one.
export default async function CategoriesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/categories');
  if (!scope.isAdmin) forbidden();
  const t = await getTranslations('ConsoleAdmin');
  const categories = await listCategories(scope);
  const icons = [...new Set(categories.map((c) => c.icon))].sort();
  const name = (c: { nameBn: string; nameEn: string }) => (locale === 'en' ? c.nameEn : c.nameBn);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('categoriesTitle')}</h1>
      <datalist id="category-icons">
        {icons.map((icon) => (
          <option key={icon} value={icon} />
        ))}
      </datalist>
      <details className={card}>
        <summary className={summary}>{t('addCategory')}</summary>
        <FormShell action={addCategoryAction} submitLabel={t('add')} className="space-y-3">
          {/* No maxLength: a longer address is refused with a message, never cut short. */}
          <TextField label={t('slug')} name="slug" hint={t('slugLength')} autoCapitalize="none" lang="en" />
          <p className="text-sm text-stone-600">{t('slugHint')}</p>
          <label className="block font-semibold">
            {t('kind')}
            <select name="kind" defaultValue="SERVICE" className={inputClass}>
              {CATEGORY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind_${k}`)}
                </option>
              ))}
            </select>
          </label>
          <FieldError name="kind" />
          <CategoryFields />
        </FormShell>
      </details>

      {CATEGORY_KINDS.map((kind) => {
        const ofKind = categories.filter((c) => c.kind === kind);
        const targets = ofKind.filter((c) => c.isActive && c.mergedIntoId === null);
        if (ofKind.length === 0) return null;
        return (
          <section key={kind} className="space-y-2">
            <h2 className="text-xl font-bold">{t(`kind_${kind}`)}</h2>
            <ol className="space-y-2">
              {ofKind.map((c, index) => (
                <li key={c.id} className={`${card} ${c.isActive ? '' : 'opacity-70'}`} data-testid="category-item">
                  <div className="flex flex-wrap items-center gap-3">
                    <Icon name={c.icon} className="size-6 shrink-0 text-brand-800" />
                    <p className="min-w-0 flex-1">
                      <span className="font-bold">{name(c)}</span> <span className="text-sm text-stone-600">/c/{c.slug}</span>
                      <span className="block text-sm text-stone-600">
                        {t('usedBy', { providers: c._count.providers, products: c._count.products })}
                        {c.mergedInto ? ` · ${t('mergedInto', { name: name(c.mergedInto) })}` : !c.isActive && ` · ${t('inactive')}`}
                      </span>
                    </p>
                    <FormShell action={moveCategoryAction} className="flex gap-1">
                      <input type="hidden" name="id" value={c.id} />
                      <button name="command" value="up" disabled={index === 0} aria-label={t('moveUp', { name: name(c) })} className={`${button} border border-stone-300 bg-white disabled:opacity-40`}>
                        ↑
                      </button>
                      <button name="command" value="down" disabled={index === ofKind.length - 1} aria-label={t('moveDown', { name: name(c) })} className={`${button} border border-stone-300 bg-white disabled:opacity-40`}>
                        ↓
                      </button>
                    </FormShell>
                  </div>
                  {c.aliases.length > 0 && <p className="text-sm text-stone-700">{c.aliases.join(', ')}</p>}
                  {c.mergedIntoId === null && (
                    <details>
                      <summary className={summary}>{t('edit')}</summary>
                      <FormShell action={editCategoryAction.bind(null, c.id)} submitLabel={t('save')} className="space-y-3">
                        <CategoryFields category={c} />
                      </FormShell>
                    </details>
                  )}
                  {c.isActive && c.mergedIntoId === null && targets.length > 1 && (
                    <details>
                      <summary className={summary}>{t('merge')}</summary>
                      <FormShell action={mergeCategoryAction} submitLabel={t('mergeSubmit')} className="space-y-3">
                        <input type="hidden" name="id" value={c.id} />
                        <p className="text-sm text-stone-700">{t('mergeLead', { name: name(c), count: c._count.providers + c._count.products })}</p>
                        <label className="block font-semibold">
                          {t('mergeTarget')}
                          <select name="targetId" defaultValue="" className={inputClass}>
                            <option value="">{t('choose')}</option>
                            {targets
                              .filter((target) => target.id !== c.id)
                              .map((target) => (
                                <option key={target.id} value={target.id}>
                                  {name(target)}
                                </option>
                              ))}
                          </select>
                        </label>
                        <FieldError name="targetId" />
                        <TextArea name="reason" label={t('reason')} rows={2} maxLength={500} />
                      </FormShell>
                    </details>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
