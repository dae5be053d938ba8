import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MyNoticesHead, NoticeThumb } from '@/components/account/my-notices';
import { livestockState, MyLivestockCommands } from '@/components/livestock/my-livestock-commands';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { formatDate, formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import { listOwnLivestock } from '@/lib/livestock/manage';

export const metadata: Metadata = { robots: { index: false } };

// "My animals": a farmer's or trader's livestock listings, under her account because anyone with a
// confirmed number may sell an animal — no shop or provider profile needed. Sold ones stay here.
export default async function MyLivestockPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ deleted?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/account/livestock');
  const t = await getTranslations('MyLivestock');
  const l = await getTranslations('Livestock');
  const listings = await listOwnLivestock(user);
  const now = new Date();
  const states = await Promise.all(listings.map((listing) => livestockState(listing, locale, now)));
  return (
    <div className="space-y-5 px-4 py-6">
      <MyNoticesHead title={t('title')} lead={t('lead')} deleted={(await searchParams).deleted ? t('deleted') : null} newHref="/account/livestock/new" newLabel={t('new')} />
      {listings.length === 0 ? (
        <p className="rounded-xl bg-white p-4">{t('none')}</p>
      ) : (
        <ul className="space-y-3">
          {listings.map((listing, i) => {
            return (
              <li key={listing.id} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-3 shadow-sm" data-testid="my-livestock">
                <div className="flex gap-3">
                  <NoticeThumb media={listing.photos[0]?.media} />
                  <div className="min-w-0 flex-1">
                    <h2 className="font-bold leading-snug">
                      {l(`animal_${listing.animal}`)} · {l(`breed_${listing.breed}` as `breed_OTHER`)} · {t('kg', { kg: formatNumber(listing.weightKg, locale) })}
                    </h2>
                    <p>{formatTaka(listing.pricePoisha, locale)}</p>
                    {listing.haat && (
                      <p className="text-sm text-stone-700">
                        {t('atHaat', { haat: locale === 'bn' ? listing.haat.nameBn : listing.haat.nameEn || listing.haat.nameBn })}
                        {listing.haatOn && ` · ${formatDate(listing.haatOn, locale)}`}
                      </p>
                    )}
                    <p className="text-sm text-stone-700" data-testid="my-livestock-state">
                      {states[i]}
                    </p>
                    <p className="text-sm text-stone-700" data-testid="my-livestock-enquiries">
                      {t('enquiries', { calls: formatNumber(listing.callTaps, locale), whatsapp: formatNumber(listing.whatsappTaps, locale) })}
                    </p>
                  </div>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/account/livestock/${listing.id}`} className="inline-flex min-h-12 items-center rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
                    {t('edit')}
                  </Link>
                  <MyLivestockCommands listing={listing} now={now} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
