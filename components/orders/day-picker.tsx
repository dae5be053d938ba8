// Choosing the day a report looks at, without JavaScript: three links for the days that matter
// most, and a plain GET form with a date field (day/month/year) for any other.
import { getTranslations } from 'next-intl/server';
import { DateField } from '@/components/forms/date-field';
import { Link } from '@/components/ui/link';
import type { Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { addDays } from '@/lib/shops/calendar';

/** Which of the named days a day is, for titles: "কাল কী বানাতে হবে". */
export function relativeDay(day: string, today: string): 'today' | 'tomorrow' | 'dayAfter' | 'other' {
  return day === today ? 'today' : day === addDays(today, 1) ? 'tomorrow' : day === addDays(today, 2) ? 'dayAfter' : 'other';
}

const chip =
  'inline-flex min-h-12 min-w-12 items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold aria-[current=date]:border-stone-900 aria-[current=date]:bg-stone-900 aria-[current=date]:text-white';

export async function DayPicker({ pathname, day, today, locale }: { pathname: string; day: string; today: string; locale: Locale }) {
  const t = await getTranslations('SellerReports');
  const named = [
    ['today', today],
    ['tomorrow', addDays(today, 1)],
    ['dayAfter', addDays(today, 2)],
  ] as const;
  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        {named.map(([name, value]) => (
          <Link key={name} href={{ pathname, query: { day: value } }} aria-current={value === day ? 'date' : undefined} className={chip}>
            {t(name)}
          </Link>
        ))}
      </div>
      <form action={localizeHref(pathname, locale)} method="get" className="flex flex-wrap items-end gap-2">
        <DateField name="day" label={t('pickDay')} day={day} required />
        <button className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white">{t('show')}</button>
      </form>
    </div>
  );
}
