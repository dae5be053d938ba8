import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DistrictChooser } from '@/components/district/district-chooser';
import { servedDistricts } from '@/lib/cache/reads';
import type { AppLocale } from '@/lib/i18n/routing';

export async function generateMetadata({ params }: { params: Promise<{ locale: AppLocale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'District' });
  return { title: t('chooseHeading') };
}

// The served districts to choose from (the "change" link of every district page): the same for everyone.
export default async function ChooseDistrictPage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <div className="px-4 py-6">
      <DistrictChooser districts={await servedDistricts()} locale={locale} />
    </div>
  );
}
