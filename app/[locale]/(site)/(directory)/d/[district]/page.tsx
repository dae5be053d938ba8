import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DistrictHome } from '@/components/district/district-home';
import { servedDistrict } from '@/lib/cache/reads';
import { areaName, getServedDistricts } from '@/lib/geo/queries';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: AppLocale; district: string }> };

/** Every served district's front page is built ahead, in each language; any other slug is a 404. */
export async function generateStaticParams() {
  return (await getServedDistricts()).map((d) => ({ district: d.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, district: slug } = await params;
  const district = await servedDistrict(slug);
  if (!district) return {};
  const t = await getTranslations({ locale, namespace: 'Meta' });
  return { title: { absolute: t('title', { district: areaName(district, locale) }) }, description: t('description', { district: areaName(district, locale) }) };
}

// A served district's front page, shareable: opening it remembers the district (the server gate or
// proxy.ts sets the cookie), and "/" is served from here for a visitor who remembers it.
export default async function DistrictPage({ params }: Props) {
  const { locale, district: slug } = await params;
  setRequestLocale(locale);
  const district = await servedDistrict(slug);
  if (!district) notFound();
  return <DistrictHome district={district} locale={locale} ask={false} />;
}
