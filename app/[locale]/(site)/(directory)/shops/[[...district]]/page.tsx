import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DistrictBar } from '@/components/district/district-bar';
import { ShopCard } from '@/components/shops/shop-card';
import { districtInPath, servedDistricts, shops as listShops } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import type { AppLocale } from '@/lib/i18n/routing';

// /shops[/<district>]: a district's shops (the default district's, or the remembered one's through
// the rewrite, lib/tenancy/districts.ts), the same count as its home page says.
type Props = { params: Promise<{ locale: AppLocale; district?: string[] }> };

export async function generateStaticParams() {
  return [{ district: [] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Shops' });
  return { title: t('title') };
}

export default async function ShopsPage({ params }: Props) {
  const { locale, district: segments } = await params;
  setRequestLocale(locale);
  const district = await districtInPath(segments);
  if (!district) notFound();
  const t = await getTranslations('Shops');
  const [shops, served] = await Promise.all([listShops(district), servedDistricts()]);
  return (
    <>
      <DistrictBar district={district} locale={locale} several={served.length > 1} />
      <div className="px-4 py-6">
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <p className="mt-1 text-stone-700">{t('lead', { district: areaName(district, locale) })}</p>
        {shops.length === 0 ? (
          <p className="mt-6 rounded-xl bg-white p-4">{t('empty')}</p>
        ) : (
          <ul className="mt-4 grid gap-2 sm:grid-cols-2" data-testid="shop-list">
            {shops.map((shop) => (
              <li key={shop.id}>
                <ShopCard shop={shop} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
