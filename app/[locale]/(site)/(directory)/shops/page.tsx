import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ShopCard } from '@/components/shops/shop-card';
import { homeDistrict, shops as listShops } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import type { Locale } from '@/lib/i18n/format';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Shops' });
  return { title: t('title') };
}

export default async function ShopsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Shops');
  const district = await homeDistrict();
  const shops = await listShops();
  return (
    <div className="px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <p className="mt-1 text-stone-700">{t('lead', { district: areaName(district, locale) })}</p>
      {shops.length === 0 ? (
        <p className="mt-6 rounded-xl bg-white p-4">{t('empty')}</p>
      ) : (
        <ul className="mt-4 grid gap-2 sm:grid-cols-2">
          {shops.map((shop) => (
            <li key={shop.id}>
              <ShopCard shop={shop} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
