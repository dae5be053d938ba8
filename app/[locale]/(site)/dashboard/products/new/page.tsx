import { redirect } from 'next/navigation';
import { SuspendedView } from '@/components/console/suspended-view';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProductForm } from '@/components/shops/product-form';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { getOwnShop } from '@/lib/shops/manage';

export default async function NewProductPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ShopDashboard');
  const user = await pageUser(locale, '/dashboard/products/new');
  const shop = await getOwnShop(user.id);
  if (!shop) redirect(localizeHref('/dashboard/shop/new', locale));
  if (shop.status === 'SUSPENDED') return <SuspendedView subject="SHOP" subjectId={shop.id} locale={locale} title={shop.nameBn} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('addProduct')}</h1>
      <p className="text-stone-700">{t('photosAfterSave')}</p>
      <ProductForm product={null} locale={locale} />
      <Link href="/dashboard/products" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('products')}
      </Link>
    </div>
  );
}
