import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { telHref } from '@/components/directory/call-link';
import { breedKey } from '@/lib/livestock/labels';
import { ShareButton } from '@/components/shops/share-button';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { FIRST_VISIT, livestockGone, livestockListing } from '@/lib/cache/reads';
import { formatClock, formatDate, formatDateRange, formatNumber, formatPhone, formatTaka, type Locale } from '@/lib/i18n/format';
import { clockOf } from '@/lib/livestock/calendar';
import { farmPath, haatPath } from '@/lib/livestock/paths';
import { livestockContactHref } from '@/lib/livestock/public';
import { listingUrl, livestockShareImageUrl, shareWords } from '@/lib/livestock/share';
import { mediaUrl } from '@/lib/media/local-store';
import { shareLabels } from '@/lib/shops/share';

type Props = { params: Promise<{ locale: Locale; id: string }> };

/** Each listing's page is rendered on its first visit and kept until it changes. */
export async function generateStaticParams() {
  return [{ id: FIRST_VISIT }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const listing = await livestockListing(id);
  if (!listing) return { robots: { index: false } };
  const words = shareWords(listing, locale);
  const url = listingUrl(id, locale);
  return {
    title: `${words.title} — ${words.price}`,
    description: listing.description?.slice(0, 160) ?? undefined,
    alternates: { canonical: url },
    openGraph: { title: `${words.title} — ${words.price}`, url, type: 'website', images: [{ url: livestockShareImageUrl(id, locale), width: 1200, height: 630, alt: words.title }] },
  };
}

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6];

// One animal: photos, every detail, where to see it, the haat it goes to (days, hours, lease
// office, vet booth), and call/WhatsApp through the counting link. The same bytes for everyone.
export default async function LivestockListingPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const listing = await livestockListing(id);
  if (!listing) return <GoneListing id={id} />;
  const [t, share] = await Promise.all([getTranslations('Livestock'), getTranslations('LivestockShare')]);
  const words = shareWords(listing, locale);
  const name = (a: { nameBn: string; nameEn: string | null }) => (locale === 'en' && a.nameEn ? a.nameEn : a.nameBn);
  const places = [listing.area, listing.area.parent, listing.area.parent?.parent].filter((a) => a && !('level' in a && a.level === 'DIVISION')) as { nameBn: string; nameEn: string }[];
  const haat = listing.haat?.publishedAt ? listing.haat : null;
  const weekdayName = (d: number) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'bn-BD', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + d)));
  const rows: [string, React.ReactNode][] = [
    [t('filterAnimal'), t(`animal_${listing.animal}`)],
    [t('filterBreed'), t(breedKey(listing.breed))],
    [t('filterWeight'), `${t('weight', { kg: formatNumber(listing.weightKg, locale) })} ${listing.weightEstimated ? t('estimated') : t('weighed')}`],
    [t('filterPrice'), `${formatTaka(listing.pricePoisha, locale)} · ${t('perKg', { price: formatTaka(listing.perKgPoisha, locale, { whole: true }) })}${listing.negotiable ? ` · ${t('negotiable')}` : ` · ${t('fixedPrice')}`}`],
    ...(listing.colour ? [[t('colour'), listing.colour] as [string, string]] : []),
    ...(listing.teeth ? [[t('teeth'), t(`teeth_${listing.teeth}`)] as [string, string]] : []),
    [t('filterArea'), places.map((p) => (locale === 'en' ? p.nameEn : p.nameBn)).join(', ')],
    ...(listing.seeAt ? [[t('seeAt'), listing.seeAt] as [string, string]] : []),
  ];

  return (
    <div className="space-y-5 px-4 py-6">
      <nav className="text-sm">
        <Link href={haatPath()} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t('backToList')}
        </Link>
      </nav>
      <section>
        <h1 className="text-2xl font-bold text-brand-900">{words.title}</h1>
        <p className="mt-1 text-2xl font-bold text-stone-900" data-testid="listing-price">{words.price}</p>
        {listing.sale === 'RESERVED' && (
          <p className="mt-2 inline-block rounded-full bg-amber-100 px-3 py-1 font-semibold text-amber-900" data-testid="reserved">
            {t('sale_RESERVED')} — {t('reservedNote')}
          </p>
        )}
      </section>

      {listing.photos.length > 0 && (
        <ul className="flex snap-x gap-2 overflow-x-auto pb-2">
          {listing.photos.map((p) => (
            <li key={p.id} className="shrink-0 snap-start">
              {/* eslint-disable-next-line @next/next/no-img-element -- stored WebP, sized */}
              <img src={mediaUrl(p.media)} alt={p.media.alt ?? words.title} width={p.media.width} height={p.media.height} loading="lazy" className="h-56 w-auto rounded-xl object-cover" />
            </li>
          ))}
        </ul>
      )}

      <div className="flex flex-wrap gap-2">
        <a href={livestockContactHref(listing.id, 'call', locale)} className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800" data-testid="call-seller">
          <Icon name="phone" className="size-5" />
          {t('call')} <span className="whitespace-nowrap">{formatPhone(listing.phone, locale)}</span>
        </a>
        {listing.whatsapp && (
          <a href={livestockContactHref(listing.id, 'whatsapp', locale)} rel="noopener" className="inline-flex min-h-12 items-center gap-2 rounded-lg border border-green-700 px-4 font-semibold text-green-800 hover:bg-green-50" data-testid="whatsapp-seller">
            <Icon name="message-circle" className="size-5" />
            {t('whatsapp')}
          </a>
        )}
      </div>

      <section aria-labelledby="details-heading" className="rounded-xl border border-stone-200 bg-white p-4">
        <h2 id="details-heading" className="mb-2 text-lg font-bold">{t('details')}</h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-stone-700">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {listing.description && <p className="mt-3 whitespace-pre-line text-stone-800">{listing.description}</p>}
        <p className="mt-3 text-sm text-stone-600">{t('seller', { name: listing.seller.name })}</p>
        <Link href={farmPath(listing.sellerId)} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('farmLink')}
        </Link>
      </section>

      {haat && (
        <section aria-labelledby="haat-heading" className="rounded-xl border border-stone-200 bg-white p-4" data-testid="listing-haat">
          <h2 id="haat-heading" className="mb-2 flex items-center gap-2 text-lg font-bold">
            <Icon name="calendar" className="size-5" />
            {t('haatHeading', { haat: name(haat) })}
          </h2>
          <ul className="space-y-1 text-stone-800">
            {listing.haatOn && <li className="font-semibold">{t('haatDay', { day: formatDate(listing.haatOn, locale) })}</li>}
            <li>{t('haatPlace', { place: haat.place, area: locale === 'en' ? haat.area.nameEn : haat.area.nameBn })}</li>
            <li>
              {t('haatDays', { range: formatDateRange(haat.opensOn, haat.closesOn, locale), days: haat.weekdays.length === 0 || haat.weekdays.length === 7 ? t('everyDay') : WEEKDAYS.filter((d) => haat.weekdays.includes(d)).map(weekdayName).join(', ') })}
            </li>
            <li>{t('haatHours', { from: formatClock(clockOf(haat.opensAt), locale), to: formatClock(clockOf(haat.closesAt), locale) })}</li>
            {haat.leaseOffice && <li>{t('leaseOffice', { office: haat.leaseOffice })}{haat.leasePhone && <> · <a href={telHref(haat.leasePhone)} className="underline">{formatPhone(haat.leasePhone, locale)}</a></>}</li>}
            {haat.vetBooth && <li>{t('vetBooth')}{haat.vetNote ? ` — ${haat.vetNote}` : ''}</li>}
          </ul>
          <Link href={haatPath({ area: haat.season.area.slug, haat: haat.id })} className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
            {t('haatListings')}
          </Link>
        </section>
      )}

      <ShareButton url={listingUrl(listing.id, locale)} title={words.title} text={share('text', { animal: words.animal, breed: words.breed, weight: words.weight, price: words.price })} labels={await shareLabels()} />

      <Link href={`/report/livestock/${listing.id}`} rel="nofollow" className="inline-flex min-h-11 items-center text-sm text-stone-600 underline">
        {t('report')}
      </Link>
      <p className="text-xs text-stone-500">{t('listedOn', { date: formatDate(listing.createdAt, locale) })}</p>
    </div>
  );
}

/** A sold or expired animal's shared link: says so, and leads to more of the same animal; anything else is "not found". */
async function GoneListing({ id }: { id: string }) {
  const gone = await livestockGone(id);
  if (!gone) notFound();
  const t = await getTranslations('Livestock');
  const animal = t(`animal_${gone.animal}`);
  return (
    <div className="space-y-4 px-4 py-10 text-center">
      <Icon name="paw-print" className="mx-auto size-12 text-stone-500" />
      <h1 className="text-2xl font-bold text-brand-900">{t(gone.sold ? 'goneSold' : 'goneExpired', { animal })}</h1>
      <Link href={haatPath({ animal: gone.animal, area: gone.district ?? undefined })} className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-5 font-semibold text-white">
        {t('goneMore', { animal })}
      </Link>
      <p>
        <Link href="/haat" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('goneAll')}
        </Link>
      </p>
    </div>
  );
}
