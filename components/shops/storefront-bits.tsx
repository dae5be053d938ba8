// Small server-rendered pieces of a storefront: prices, the earliest day, a product card.
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { formatTaka, type Locale } from '@/lib/i18n/format';
import { toBengaliDigits } from '@/lib/i18n/digits';
import { mediaUrl } from '@/lib/media/local-store';
import { dayToDate, relativeDayWord } from '@/lib/shops/calendar';
import type { StorefrontProduct } from '@/lib/shops/storefront';

/**
 * "আজ", "আগামীকাল", "গতকাল" or "বুধবার, ২৫ নভেম্বর": the day against today in Asia/Dhaka at `now`
 * (the moment of rendering, unless a cached page passes the time it read its data at).
 */
export function formatDay(day: string, locale: Locale, now = new Date()): { relative: 'today' | 'tomorrow' | 'yesterday' | null; text: string } {
  const text = new Intl.DateTimeFormat(locale === 'bn' ? 'bn-BD' : 'en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' }).format(dayToDate(day));
  return { relative: relativeDayWord(day, now), text: locale === 'bn' ? toBengaliDigits(text) : text };
}

/** `now`: a cached page passes the time its catalogue was read at (lib/cache/reads.ts catalogClock). */
export async function EarliestDay({ day, locale, now, className = '' }: { day: string | null; locale: Locale; now?: Date; className?: string }) {
  const t = await getTranslations('Storefront');
  if (!day) return <p className={`font-semibold text-red-800 ${className}`}>{t('notAvailable')}</p>;
  const { relative, text } = formatDay(day, locale, now);
  return (
    <p className={`flex items-center gap-1 font-semibold text-green-800 ${className}`}>
      <Icon name="calendar" className="size-4 shrink-0" />
      {relative === 'today' ? t('earliestToday') : relative === 'tomorrow' ? t('earliestTomorrow') : t('earliestOn', { day: text })}
    </p>
  );
}

export function Price({ poisha, compareAt, locale, unit }: { poisha: number; compareAt?: number | null; locale: Locale; unit?: string }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <span className="text-lg font-bold text-stone-900">{formatTaka(poisha, locale)}</span>
      {unit && <span className="text-sm text-stone-600">/ {unit}</span>}
      {compareAt && compareAt > poisha && <s className="text-sm text-stone-500">{formatTaka(compareAt, locale)}</s>}
    </span>
  );
}

export async function ProductCard({ product, base, locale, now }: { product: StorefrontProduct; base: string; locale: Locale; now: Date }) {
  const t = await getTranslations('Storefront');
  const photo = product.photos[0]?.media;
  const name = locale === 'en' && product.nameEn ? product.nameEn : product.nameBn;
  return (
    <Link href={`${base}/p/${product.slug}`} className="flex flex-col overflow-hidden rounded-xl border border-stone-200 bg-white shadow-sm hover:border-[var(--shop)]" data-testid="product-card">
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail
        <img src={mediaUrl(photo, true)} alt="" width={480} height={360} loading="lazy" className="aspect-[4/3] w-full object-cover" />
      ) : (
        <span className="flex aspect-[4/3] w-full items-center justify-center bg-stone-100 text-stone-400">
          <Icon name="package" className="size-10" />
        </span>
      )}
      <span className="flex flex-1 flex-col gap-1 p-3">
        <span className="font-bold leading-snug">{name}</span>
        <Price poisha={product.pricePoisha} compareAt={product.compareAtPoisha} locale={locale} unit={t(`unit.${product.unit}`)} />
        <EarliestDay day={product.earliest} locale={locale} now={now} className="text-sm" />
      </span>
    </Link>
  );
}
