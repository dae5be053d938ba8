// The served districts' upazilas with their unions, as one <select>: a provider's or a shop's area,
// a delivery zone, a rental (or the unions only, for a blood donor). Server-rendered; the options
// are plain HTML. With one district served each upazila is a group of its own; with several, the
// districts follow one another (the default first) and each group is named "upazila, district".
import { areaName, servedAreaTree } from '@/lib/geo/queries';
import type { Locale } from '@/lib/i18n/format';

export async function AreaSelect({
  name,
  defaultValue,
  locale,
  placeholder,
  wholeUpazila,
  className,
  label,
}: {
  name: string;
  defaultValue: string;
  locale: Locale;
  placeholder: string;
  /** "(whole upazila)": how the upazila itself is offered; without it only unions are (a blood donor's place). */
  wholeUpazila?: string;
  className?: string;
  label?: string;
}) {
  const tree = await servedAreaTree();
  const several = tree.length > 1;
  return (
    <select name={name} defaultValue={defaultValue} className={className} aria-label={label}>
      <option value="">{placeholder}</option>
      {tree.flatMap(({ district, upazilas }) =>
        upazilas.map((u) => (
          <optgroup key={u.id} label={several ? `${areaName(u, locale)}, ${areaName(district, locale)}` : areaName(u, locale)}>
            {wholeUpazila && (
              <option value={u.id}>
                {areaName(u, locale)} ({wholeUpazila})
              </option>
            )}
            {u.children.map((union) => (
              <option key={union.id} value={union.id}>
                {areaName(union, locale)}
              </option>
            ))}
          </optgroup>
        )),
      )}
    </select>
  );
}
