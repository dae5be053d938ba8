import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CallRow, placeName } from '@/components/directory/call-link';
import { DistrictBar } from '@/components/district/district-bar';
import { Icon } from '@/components/ui/icon';
import { districtInPath, emergencyNumbers, servedDistricts } from '@/lib/cache/reads';
import { LOCAL_EMERGENCY_ORDER, type EmergencyEntry } from '@/lib/directory/lists';
import { areaName } from '@/lib/geo/queries';
import type { Locale } from '@/lib/i18n/format';

// /emergency[/<district>]: the national numbers, and the local ones of the district (the default
// one, or the remembered one through the rewrite, lib/tenancy/districts.ts).
type Props = { params: Promise<{ locale: Locale; district?: string[] }> };

export async function generateStaticParams() {
  return [{ district: [] }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, district: segments } = await params;
  const district = await districtInPath(segments);
  if (!district) return {};
  const t = await getTranslations({ locale, namespace: 'EmergencyPage' });
  return { title: t('metaTitle', { district: areaName(district, locale) }) };
}

// Tiny on purpose: text and tel: links only — no images, no client JavaScript.
export default async function EmergencyPage({ params }: Props) {
  const { locale, district: segments } = await params;
  setRequestLocale(locale);
  const district = await districtInPath(segments);
  if (!district) notFound();
  const t = await getTranslations('EmergencyPage');
  const [{ national, local }, served] = await Promise.all([emergencyNumbers(district), servedDistricts()]);
  const name = (e: EmergencyEntry) => (locale === 'bn' ? e.nameBn : e.nameEn);
  const note = (e: EmergencyEntry) => [locale === 'bn' ? e.noteBn : null, placeName(e.place, locale)].filter(Boolean).join(' · ');
  const others = national.filter((e) => e.phone !== '999');
  const kinds = LOCAL_EMERGENCY_ORDER.filter((k) => local[k].length > 0);

  return (
    <div className="space-y-6 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <h1 className="flex items-center gap-2 text-2xl font-bold text-red-800">
        <Icon name="siren" className="size-7" />
        {t('title')}
      </h1>

      <a href="tel:999" className="flex min-h-24 items-center justify-center gap-4 rounded-2xl bg-red-700 px-4 py-4 text-white shadow-md hover:bg-red-800">
        <Icon name="phone-call" className="size-10 shrink-0" />
        <span>
          <span className="block text-3xl font-bold leading-tight">{t('call999')}</span>
          <span className="block text-base">{t('note999')}</span>
        </span>
      </a>

      {others.length > 0 && (
        <section aria-labelledby="national-heading">
          <h2 id="national-heading" className="mb-2 text-lg font-bold">{t('national')}</h2>
          <ul className="space-y-2">
            {others.map((e) => (
              <li key={e.key}>
                <CallRow phone={e.phone} locale={locale} name={name(e)} note={note(e)} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {kinds.length === 0 ? (
        <p className="rounded-xl bg-white p-4">{t('empty', { district: areaName(district, locale) })}</p>
      ) : (
        kinds.map((kind) => (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`} className="mb-2 flex items-center gap-2 text-lg font-bold">
              <Icon name={{ AMBULANCE: 'ambulance', HOSPITAL: 'hospital', FIRE: 'flame', POLICE: 'shield', OTHER: 'phone' }[kind]} className="size-6 text-red-700" />
              {t(`kind_${kind}`)}
            </h2>
            <ul className="space-y-2">
              {local[kind].map((e) => (
                <li key={e.key}>
                  <CallRow phone={e.phone} locale={locale} name={name(e)} note={note(e)} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
