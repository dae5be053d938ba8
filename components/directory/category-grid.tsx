import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { categoryHref } from '@/lib/directory/filter-paths';
import type { CategoryWithCount } from '@/lib/directory/queries';
import { Link } from '@/components/ui/link';

export async function CategoryGrid({ categories, locale, areaSlug }: { categories: CategoryWithCount[]; locale: string; areaSlug?: string }) {
  const t = await getTranslations('Home');
  return (
    <ul className="grid grid-cols-[repeat(auto-fill,minmax(min(10rem,100%),1fr))] gap-2 sm:grid-cols-3 md:grid-cols-4">
      {categories.map((c) => (
        <li key={c.id}>
          <Link
            href={categoryHref(c, areaSlug)}
            className="flex min-h-20 items-center gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm hover:border-brand-600 hover:bg-brand-50"
          >
            <span className={`flex size-11 shrink-0 items-center justify-center rounded-full ${c.kind === 'EMERGENCY' ? 'bg-red-100 text-red-700' : c.kind === 'BLOOD' ? 'bg-rose-100 text-rose-700' : 'bg-brand-100 text-brand-800'}`}>
              <Icon name={c.icon} />
            </span>
            <span className="min-w-0">
              <span className="block font-semibold leading-tight">{locale === 'bn' ? c.nameBn : c.nameEn}</span>
              <span className="block text-sm text-stone-600" data-testid="category-count">
                {t('providerCount', { count: c.providers })}
              </span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
