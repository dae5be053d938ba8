// One training programme in a list (/training and the provider's dashboard): title, office,
// trades, places, when, where, seats left and cost, with a link to its page. Server-rendered, no script.
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { areaName } from '@/lib/geo/queries';
import { formatDate, formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import type { PublicProgramme } from '@/lib/training/public';

export const programmeTitle = (p: Pick<PublicProgramme, 'titleBn' | 'titleEn'>, locale: Locale) => (locale === 'en' && p.titleEn ? p.titleEn : p.titleBn);

/** "ইলেকট্রিশিয়ান, দর্জি" — a programme's trades in the page's language. */
export const tradeNames = (p: Pick<PublicProgramme, 'categories'>, locale: Locale) => p.categories.map((c) => areaName(c.category, locale)).join(', ');
/** "মির্জাপুর, খামারকান্দি" — the places it is open to. */
export const placeNames = (p: Pick<PublicProgramme, 'areas'>, locale: Locale) => p.areas.map((a) => areaName(a.area, locale)).join(', ');

export async function ProgrammeCard({ programme: p, locale, children }: { programme: PublicProgramme; locale: Locale; children?: React.ReactNode }) {
  const t = await getTranslations('TrainingPublic');
  return (
    <article className="space-y-1 rounded-xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="programme-card">
      <h3 className="text-lg font-bold leading-snug">
        <Link href={`/training/${p.id}`} className="inline-flex min-h-12 items-center text-brand-800 underline">
          {programmeTitle(p, locale)}
        </Link>
      </h3>
      <p className="text-stone-800">{p.office}</p>
      <p className="flex items-center gap-1 text-sm text-stone-700">
        <Icon name="briefcase" className="size-4 shrink-0" />
        {tradeNames(p, locale)}
      </p>
      <p className="flex items-center gap-1 text-sm text-stone-700">
        <Icon name="map-pin" className="size-4 shrink-0" />
        {placeNames(p, locale)}
      </p>
      <p className="flex items-center gap-1 text-sm text-stone-700">
        <Icon name="calendar" className="size-4 shrink-0" />
        {t('firstClass', { date: formatDate(p.startsAt, locale) })} · {p.mode === 'ONLINE' ? t('online') : p.venue}
      </p>
      <p className="flex flex-wrap gap-x-3 text-sm font-semibold">
        <span className={p.seatsLeft > 0 ? 'text-green-800' : 'text-amber-800'}>{p.seatsLeft > 0 ? t('seatsLeft', { count: formatNumber(p.seatsLeft, locale) }) : t('full')}</span>
        <span>{p.costPoisha ? `${t('cost')}: ${formatTaka(p.costPoisha, locale)}` : t('free')}</span>
        {p.allowancePoisha > 0 && <span>{`${t('allowance')}: ${formatTaka(p.allowancePoisha, locale)}`}</span>}
      </p>
      {children}
    </article>
  );
}
