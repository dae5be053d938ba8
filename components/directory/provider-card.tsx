import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import type { ProviderListItem } from '@/lib/directory/queries';
import { formatNumber, formatPhone, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { whatsappNumber } from '@/lib/phone';
import { providerEntry } from '@/lib/saved/entry';
import { SaveEntry } from '@/components/saved/save-entry';

/** `heading`: the card's name is a heading one level under the list's (h2 on a page whose list has no heading of its own). */
export async function ProviderCard({ provider, locale, heading: Heading = 'h3' }: { provider: ProviderListItem; locale: Locale; heading?: 'h2' | 'h3' }) {
  const t = await getTranslations('Provider');
  const name = locale === 'en' && provider.nameEn ? provider.nameEn : provider.nameBn;
  const place = [provider.area, provider.area.parent].filter(Boolean).map((a) => (locale === 'bn' ? a!.nameBn : a!.nameEn)).join(', ');
  const photo = provider.photos[0]?.media;
  const verified = provider.verification === 'VERIFIED';
  const whatsappText = encodeURIComponent(t('whatsappGreeting'));
  return (
    // The data-* let the list's clock (listing-clock.tsx) say "open now" when the visitor looks and sort by place.
    <article
      className="flex flex-wrap gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm"
      data-listing=""
      data-hours={provider.hours ? JSON.stringify(provider.hours) : undefined}
      data-available={provider.availableNow ? '1' : '0'}
      data-path={provider.area.path}
    >
      {photo ? (
        // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail
        <img src={mediaUrl(photo, true)} alt="" width={96} height={72} loading="lazy" className="h-18 w-24 shrink-0 rounded-lg object-cover" />
      ) : (
        <span className="flex h-18 w-24 shrink-0 items-center justify-center rounded-lg bg-stone-100 text-stone-400">
          <Icon name="user-round" className="size-8" />
        </span>
      )}
      <div className="min-w-0 flex-1 basis-48">
        <Heading className="font-bold leading-snug">
          <Link href={`/p/${provider.slug}`} className="underline decoration-stone-300 underline-offset-4 hover:text-brand-700">
            {name}
          </Link>
        </Heading>
        {provider.designation && <p className="text-sm text-stone-700">{provider.designation}</p>}
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
          <span className="inline-flex items-center gap-1">
            <Icon name="map-pin" className="size-4" />
            {place}
          </span>
          {verified ? (
            <span className="inline-flex items-center gap-1 font-semibold text-brand-700">
              <Icon name="badge-check" className="size-4" />
              {t('verified')}
            </span>
          ) : (
            <span className="rounded bg-amber-100 px-1.5 text-amber-900">{t('unverified')}</span>
          )}
          {!provider.availableNow && <span className="rounded bg-stone-200 px-1.5 font-semibold text-stone-700">{t('busy')}</span>}
          {provider.ratingCount > 0 && (
            <span className="inline-flex items-center gap-1">
              <Icon name="star" className="size-4 text-amber-500" />
              {t('rating', { rating: formatNumber(Math.round(provider.ratingAvg * 10) / 10, locale), count: provider.ratingCount })}
            </span>
          )}
        </p>
        {provider.availableNow && provider.hours && (
          // "Open now / closed" is worked out in the browser (listing-clock.tsx) from the hours; its
          // line is there from the start, so filling it moves nothing on the page.
          <p className="min-h-5 text-sm">
            <span data-open-badge="" hidden className="rounded bg-stone-200 px-1.5 font-semibold text-stone-700 data-[state=open]:bg-green-100 data-[state=open]:text-green-800" />
          </p>
        )}
        <div className="mt-2 flex flex-wrap gap-2">
          <a href={`tel:${provider.phone}`} aria-label={t('callName', { name })} className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            <Icon name="phone" className="size-5" />
            {t('call')} <span className="sr-only">{formatPhone(provider.phone, locale)}</span>
          </a>
          {provider.whatsapp && (
            <a href={`https://wa.me/${whatsappNumber(provider.whatsapp)}?text=${whatsappText}`} rel="noopener" className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-green-700 px-4 font-semibold text-green-800 hover:bg-green-50">
              <Icon name="message-circle" className="size-5" />
              {t('whatsapp')}
            </a>
          )}
          <SaveEntry entry={providerEntry(provider)} locale={locale} className="border-stone-300 text-stone-800" />
        </div>
      </div>
    </article>
  );
}
