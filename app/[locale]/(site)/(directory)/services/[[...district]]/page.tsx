import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DistrictBar } from '@/components/district/district-bar';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { categoryCounts, districtInPath, servedDistricts } from '@/lib/cache/reads';
import { categoryHref } from '@/lib/directory/filter-paths';
import { servicesByKind } from '@/lib/directory/home-categories';
import { areaName } from '@/lib/geo/queries';
import type { AppLocale } from '@/lib/i18n/routing';

// /services[/<district>]: every category of a district, grouped, with how many are listed in each
// (the home page shows only the most used). The default district's, or the remembered one's
// through the rewrite (lib/tenancy/districts.ts); the same for everyone, cached.
type Props = { params: Promise<{ locale: AppLocale; district?: string[] }> };

export async function generateStaticParams() {
  return [{ district: [] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Services' });
  return { title: t('title') };
}

export default async function ServicesPage({ params }: Props) {
  const { locale, district: segments } = await params;
  setRequestLocale(locale);
  const district = await districtInPath(segments);
  if (!district) notFound();
  const named = segments?.[0];
  const t = await getTranslations('Services');
  const h = await getTranslations('Home');
  const [categories, served] = await Promise.all([categoryCounts(district), servedDistricts()]);
  return (
    <>
      <DistrictBar district={district} locale={locale} several={served.length > 1} />
      <div className="space-y-6 px-4 py-6">
        <header>
          <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
          <p className="mt-1 text-stone-700">{t('lead', { district: areaName(district, locale) })}</p>
        </header>
        {servicesByKind(categories).map((group) => (
          <section key={group.kind} aria-labelledby={`group-${group.kind}`}>
            <h2 id={`group-${group.kind}`} className="mb-2 text-lg font-bold">
              {t(`group_${group.kind}`)}
            </h2>
            <ul className="grid gap-1 sm:grid-cols-2" data-testid="service-list">
              {group.categories.map((c) => (
                <li key={c.id}>
                  <Link
                    href={categoryHref(c, named)}
                    className={`flex min-h-12 items-center gap-3 rounded-lg border px-3 py-1 ${c.providers > 0 ? 'border-stone-200 bg-white hover:border-brand-600' : 'border-transparent text-stone-600'}`}
                   
                  >
                    <Icon name={c.icon} className="size-5 shrink-0" />
                    <span className="min-w-0 flex-1 font-semibold leading-tight">{locale === 'bn' ? c.nameBn : c.nameEn}</span>
                    <span className="shrink-0 text-sm text-stone-600" data-testid="category-count">
                      {h('providerCount', { count: c.providers })}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
