import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RentalCommands, rentalState } from '@/components/rentals/rental-commands';
import { MyNoticesHead, NoticeThumb } from '@/components/account/my-notices';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { formatTaka, type Locale } from '@/lib/i18n/format';
import { listOwnRentals } from '@/lib/rentals/manage';

export const metadata: Metadata = { robots: { index: false } };

// "My rentals": an owner's to-let notices, under her account because anyone may let a room or a
// shop — she needs no provider profile or shop (those live under /dashboard).
export default async function MyRentalsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ deleted?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/account/rentals');
  const t = await getTranslations('MyRentals');
  const r = await getTranslations('Rentals');
  const rentals = await listOwnRentals(user);
  const now = new Date();
  const states = await Promise.all(rentals.map((rental) => rentalState(rental, locale, now)));
  return (
    <div className="space-y-5 px-4 py-6">
      <MyNoticesHead title={t('title')} lead={t('lead')} deleted={(await searchParams).deleted ? t('deleted') : null} newHref="/account/rentals/new" newLabel={t('new')} />
      {rentals.length === 0 ? (
        <p className="rounded-xl bg-white p-4">{t('none')}</p>
      ) : (
        <ul className="space-y-3">
          {rentals.map((rental, i) => {
            return (
              <li key={rental.id} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-3 shadow-sm" data-testid="my-rental">
                <div className="flex gap-3">
                  <NoticeThumb media={rental.photos[0]?.media} />
                  <div className="min-w-0 flex-1">
                    <p className="text-sm font-semibold text-brand-800">{r(`kind_${rental.kind}`)}</p>
                    <h2 className="font-bold leading-snug">{rental.title}</h2>
                    <p>{r('rent', { amount: formatTaka(rental.rentPoisha, locale), period: rental.period })}</p>
                    <p className="text-sm text-stone-700" data-testid="my-rental-state">
                      {states[i]}
                    </p>
                  </div>
                </div>
                <div className="flex flex-wrap items-center gap-2">
                  <Link href={`/account/rentals/${rental.id}`} className="inline-flex min-h-12 items-center rounded-lg border border-brand-700 px-4 font-semibold text-brand-800">
                    {t('edit')}
                  </Link>
                  <RentalCommands rental={rental} now={now} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
