import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { LivestockCard } from '@/components/livestock/livestock-card';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { FIRST_VISIT, livestockFarm } from '@/lib/cache/reads';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { farmPath, haatPath } from '@/lib/livestock/paths';

type Props = { params: Promise<{ locale: Locale; sellerId: string }> };

/** Each farm's page is rendered on its first visit and kept until one of its listings changes. */
export async function generateStaticParams() {
  return [{ sellerId: FIRST_VISIT }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, sellerId } = await params;
  const farm = await livestockFarm(sellerId);
  if (!farm) return {};
  const t = await getTranslations({ locale, namespace: 'Livestock' });
  return { title: t('farmTitle', { name: farm.name }) };
}

// One seller's animals for sale (her QR poster leads here); 404 when she has none on the list.
export default async function FarmPage({ params }: Props) {
  const { locale, sellerId } = await params;
  setRequestLocale(locale);
  const farm = await livestockFarm(sellerId);
  if (!farm) notFound();
  const t = await getTranslations('Livestock');
  return (
    <div className="space-y-5 px-4 py-6">
      <nav className="text-sm">
        <Link href={haatPath()} className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t('backToList')}
        </Link>
      </nav>
      <section>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-900">
          <Icon name="paw-print" className="size-7" />
          {t('farmTitle', { name: farm.name })}
        </h1>
        <p className="mt-1 text-stone-700">{t('farmLead', { count: farm.listings.length, shown: formatNumber(farm.listings.length, locale), area: placeName(farm.area, locale) })}</p>
        <Link href={`${farmPath(sellerId)}/poster`} rel="nofollow" className="mt-2 inline-flex min-h-12 items-center font-semibold text-brand-700 underline" data-testid="farm-poster">
          {t('posterLink')}
        </Link>
      </section>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {farm.listings.map((l) => (
          <li key={l.id}>
            <LivestockCard listing={l} locale={locale} />
          </li>
        ))}
      </ul>
    </div>
  );
}
