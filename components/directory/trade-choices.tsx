// The trades a provider picks (checkboxes named categoryIds, icon and name each): her own profile's
// first step and the Union Digital Centre's forms made for her.
import { Icon } from '@/components/ui/icon';
import type { Locale } from '@/lib/i18n/format';

type Trade = { id: number; icon: string; nameBn: string; nameEn: string };

export function TradeChoices({ categories, chosen, locale, legend, columns = 'grid-cols-2 sm:grid-cols-3' }: { categories: Trade[]; chosen?: ReadonlySet<number>; locale: Locale; legend: string; columns?: string }) {
  return (
    <fieldset>
      <legend className="block font-semibold">{legend}</legend>
      <div className={`mt-2 grid gap-2 ${columns}`}>
        {categories.map((c) => (
          <label key={c.id} className="flex min-h-14 cursor-pointer items-center gap-2 rounded-xl border border-stone-300 bg-white p-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
            <input type="checkbox" name="categoryIds" value={c.id} defaultChecked={chosen?.has(c.id)} className="size-5 accent-brand-700" />
            <Icon name={c.icon} className="size-5 shrink-0 text-brand-800" />
            <span className="leading-tight">{locale === 'bn' ? c.nameBn : c.nameEn}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
