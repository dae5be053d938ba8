// One animal on the /haat list and a farm page: its photo, animal · breed · weight (estimated or
// weighed), the price with per kg and "negotiable", its union, the haat and day it goes to, and
// "reserved" when a buyer has spoken for it. The whole card links to the listing's page.
import { getTranslations } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { breedKey } from '@/lib/livestock/labels';
import { listingPath } from '@/lib/livestock/paths';
import type { LivestockCardItem } from '@/lib/livestock/public';
import { formatDate, formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';

export async function LivestockCard({ listing, locale }: { listing: LivestockCardItem; locale: Locale }) {
  const t = await getTranslations('Livestock');
  const photo = listing.photos[0]?.media;
  const haat = listing.haat?.publishedAt ? listing.haat : null;
  const animal = t(`animal_${listing.animal}`);
  return (
    <article className="relative rounded-xl border border-stone-200 bg-white p-3 shadow-sm" data-testid="livestock-card">
      <div className="flex flex-wrap gap-3">
        {photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail
          <img src={mediaUrl(photo, true)} alt={photo.alt ?? ''} width={112} height={84} loading="lazy" className="h-21 w-28 shrink-0 rounded-lg object-cover" />
        ) : (
          <span className="flex h-21 w-28 shrink-0 items-center justify-center rounded-lg bg-stone-100 text-stone-400">
            <Icon name="paw-print" className="size-8" />
          </span>
        )}
        <div className="min-w-0 flex-1 basis-40">
          <h3 className="font-bold leading-snug">
            <Link href={listingPath(listing.id)} className="after:absolute after:inset-0">
              {animal} · {t(breedKey(listing.breed))}
            </Link>
          </h3>
          <p className="text-stone-800">
            {t('weight', { kg: formatNumber(listing.weightKg, locale) })} <span className="text-sm text-stone-600">{listing.weightEstimated ? t('estimated') : t('weighed')}</span>
          </p>
          <p className="text-lg font-bold text-stone-900">{formatTaka(listing.pricePoisha, locale)}</p>
          <p className="text-sm text-stone-700">
            {t('perKg', { price: formatTaka(listing.perKgPoisha, locale, { whole: true }) })}
            {listing.negotiable ? ` · ${t('negotiable')}` : ''}
          </p>
        </div>
      </div>
      <ul className="mt-2 space-y-0.5 text-sm text-stone-700">
        <li className="flex items-center gap-1">
          <Icon name="map-pin" className="size-4 shrink-0" />
          {placeName(listing.area, locale)}
        </li>
        {haat && (
          <li className="flex items-center gap-1">
            <Icon name="calendar" className="size-4 shrink-0" />
            {listing.haatOn ? t('atHaatOn', { haat: locale === 'en' && haat.nameEn ? haat.nameEn : haat.nameBn, day: formatDate(listing.haatOn, locale) }) : t('atHaat', { haat: locale === 'en' && haat.nameEn ? haat.nameEn : haat.nameBn })}
          </li>
        )}
      </ul>
      {listing.sale === 'RESERVED' && (
        <p className="mt-2 inline-block rounded-full bg-amber-100 px-3 py-1 text-sm font-semibold text-amber-900" data-testid="reserved">
          {t('sale_RESERVED')}
        </p>
      )}
    </article>
  );
}
