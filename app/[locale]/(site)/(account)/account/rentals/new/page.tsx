import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RentalForm } from '@/components/rentals/rental-form';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';

export const metadata: Metadata = { robots: { index: false } };

export default async function NewRentalPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/account/rentals/new');
  const t = await getTranslations('MyRentals');
  return (
    <div className="space-y-5 px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('new')}</h1>
      <RentalForm rental={null} phone={user.phone} locale={locale} />
      <Link href="/account/rentals" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
    </div>
  );
}
