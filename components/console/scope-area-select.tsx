// A <select> of the areas an officer may choose (their own and those below it): each district
// (an admin's are every served district), then its upazilas as groups, each group offering the
// whole upazila and its unions. Plain HTML, no script.
import type { Locale } from '@/lib/i18n/format';

type Area = { id: number; level: string; nameBn: string; nameEn: string; parentId: number | null };

export function ScopeAreaSelect({
  areas,
  name,
  defaultValue,
  locale,
  placeholder,
  wholeUpazila,
  id,
  className,
}: {
  areas: Area[];
  name: string;
  defaultValue: string;
  locale: Locale;
  /** The empty choice: "choose" or, for admins, "the whole country". */
  placeholder: string;
  wholeUpazila: string;
  id?: string;
  className?: string;
}) {
  const label = (a: Area) => (locale === 'en' ? a.nameEn : a.nameBn);
  const districts = areas.filter((a) => a.level === 'DISTRICT');
  const upazilasOf = (parentId: number | null) => areas.filter((a) => a.level === 'UPAZILA' && a.parentId === parentId);
  const unionsOf = (upazilaId: number) => areas.filter((a) => a.level === 'UNION' && a.parentId === upazilaId);
  const group = (u: Area) => (
    <optgroup key={u.id} label={label(u)}>
      <option value={u.id}>
        {label(u)} ({wholeUpazila})
      </option>
      {unionsOf(u.id).map((union) => (
        <option key={union.id} value={union.id}>
          {label(union)}
        </option>
      ))}
    </optgroup>
  );
  // An upazila officer's areas have no district above them: their upazila is the only group.
  const orphans = areas.filter((a) => a.level === 'UPAZILA' && !districts.some((d) => d.id === a.parentId));
  return (
    <select id={id} name={name} defaultValue={defaultValue} className={className}>
      <option value="">{placeholder}</option>
      {orphans.map(group)}
      {districts.flatMap((d) => [
        <option key={d.id} value={d.id}>
          {label(d)}
        </option>,
        ...upazilasOf(d.id).map(group),
      ])}
    </select>
  );
}
