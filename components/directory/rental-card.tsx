// One rental listing: a small photo, what it is, the rent in taka per period, size, from when,
// where, and the owner's call and WhatsApp buttons.
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import type { RentalListItem } from '@/lib/directory/lists';
import { formatDate, formatTaka, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { whatsappNumber } from '@/lib/phone';
import { CallLink, placeName } from './call-link';

const kindIcon: Record<string, string> = { HOUSE: 'house', FLAT: 'building', ROOM: 'house', SHOP: 'store', OFFICE: 'building-2', GODOWN: 'warehouse', VEHICLE: 'bus' };

export async function RentalCard({ rental, locale, now }: { rental: RentalListItem; locale: Locale; now: Date }) {
  const t = await getTranslations('Rentals');
  const photo = rental.photos[0]?.media;
  const owner = rental.provider ? (locale === 'en' && rental.provider.nameEn ? rental.provider.nameEn : rental.provider.nameBn) : (rental.owner?.name ?? '');
  const from = rental.availableFrom && rental.availableFrom.getTime() > now.getTime() ? t('availableFrom', { date: formatDate(rental.availableFrom, locale) }) : t('availableNow');
  return (
    <article id={`rental-${rental.id}`} className="scroll-mt-4 rounded-xl border border-stone-200 bg-white p-3 shadow-sm" data-testid="rental-card">
      <div className="flex flex-wrap gap-3">
        {photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail
          <img src={mediaUrl(photo, true)} alt={photo.alt ?? ''} width={112} height={84} loading="lazy" className="h-21 w-28 shrink-0 rounded-lg object-cover" />
        ) : (
          <span className="flex h-21 w-28 shrink-0 items-center justify-center rounded-lg bg-stone-100 text-stone-400">
            <Icon name={kindIcon[rental.kind] ?? 'house'} className="size-8" />
          </span>
        )}
        <div className="min-w-0 flex-1 basis-40">
          <p className="text-sm font-semibold text-brand-800">{t(`kind_${rental.kind}`)}</p>
          <h3 className="font-bold leading-snug">{rental.title}</h3>
          <p className="text-lg font-bold text-stone-900">{t('rent', { amount: formatTaka(rental.rentPoisha, locale), period: rental.period })}</p>
          {rental.advancePoisha ? <p className="text-sm text-stone-700">{t('advance', { amount: formatTaka(rental.advancePoisha, locale) })}</p> : null}
        </div>
      </div>
      <ul className="mt-2 space-y-0.5 text-sm text-stone-700">
        {(rental.size || rental.rooms != null) && (
          <li className="flex items-center gap-1">
            <Icon name="ruler" className="size-4 shrink-0" />
            {[rental.rooms != null ? t('rooms', { count: rental.rooms }) : null, rental.size].filter(Boolean).join(' · ')}
          </li>
        )}
        <li className="flex items-center gap-1">
          <Icon name="calendar" className="size-4 shrink-0" />
          {from}
        </li>
        <li className="flex items-center gap-1">
          <Icon name="map-pin" className="size-4 shrink-0" />
          {placeName(rental.area, locale)}
        </li>
      </ul>
      {rental.description && <p className="mt-1 text-sm text-stone-700">{rental.description}</p>}
      <p className="mt-2 text-sm text-stone-600">{t('owner', { name: owner })}</p>
      <div className="mt-1 flex flex-wrap gap-2">
        <CallLink phone={rental.phone} locale={locale} label={t('callName', { name: owner })} />
        {rental.whatsapp && (
          <a
            href={`https://wa.me/${whatsappNumber(rental.whatsapp)}?text=${encodeURIComponent(t('whatsappGreeting', { title: rental.title }))}`}
            rel="noopener"
            className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-green-700 px-4 font-semibold text-green-800 hover:bg-green-50"
          >
            <Icon name="message-circle" className="size-5" />
            {t('whatsapp')}
          </a>
        )}
      </div>
      <Link href={`/report/rental/${rental.id}`} rel="nofollow" className="mt-1 inline-flex min-h-11 items-center text-sm text-stone-600 underline">
        {t('report')}
      </Link>
    </article>
  );
}
