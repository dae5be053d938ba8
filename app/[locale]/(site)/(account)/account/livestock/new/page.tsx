import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MyLivestockForm } from '@/components/livestock/my-livestock-form';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';
import { haatChoices } from '@/lib/livestock/manage';
import { newCheckoutKey } from '@/lib/orders/codes';

export const metadata: Metadata = { robots: { index: false } };

export default async function NewLivestockPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/account/livestock/new');
  const t = await getTranslations('MyLivestock');
  return (
    <div className="space-y-5 px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('new')}</h1>
      {/* A fresh one-time key per form: a second submit of it finds the animal the first one listed. */}
      <MyLivestockForm listing={null} phone={user.phone} locale={locale} choices={await haatChoices()} formKey={newCheckoutKey()} />
      <Link href="/account/livestock" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
    </div>
  );
}
