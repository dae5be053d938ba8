import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { servedDistrictCentres } from '@/lib/cache/reads';
import type { AreaSummary } from '@/lib/geo/queries';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { NearMe } from './near-me';

/**
 * The served districts as big plain links to /d/<district>: opening one remembers it (the server
 * sets the cookie, lib/tenancy/districts.ts), so it works without JavaScript. Bengali names first.
 * With JavaScript, "use my location" above them picks the nearest (components/district/near-me.tsx).
 */
export async function DistrictChooser({ districts, locale, current }: { districts: AreaSummary[]; locale: AppLocale; current?: string }) {
  const t = await getTranslations('District');
  const centres = await servedDistrictCentres();
  return (
    <section aria-labelledby="choose-district" data-testid="district-chooser" className="rounded-2xl border-2 border-brand-100 bg-brand-50 p-4">
      <h2 id="choose-district" className="text-lg font-bold text-brand-900">
        {t('chooseHeading')}
      </h2>
      <p className="mt-1 text-stone-700">{t('chooseLead')}</p>
      {centres.length > 1 && centres.some((d) => d.lat !== null) && (
        <NearMe
          districts={centres}
          prefix={localizeHref('/d/', locale)}
          labels={{ button: t('nearButton'), finding: t('nearFinding'), denied: t('nearDenied'), unavailable: t('nearUnavailable'), far: t('nearFar') }}
          icon={<Icon name="map-pin" className="size-6 shrink-0" />}
        />
      )}
      <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {districts.map((d) => (
          <li key={d.id}>
            <a
              href={localizeHref(`/d/${d.slug}`, locale)}
              aria-current={d.slug === current ? 'true' : undefined}
              className={`flex min-h-14 flex-col items-center justify-center rounded-xl border-2 px-3 py-2 text-center hover:bg-brand-100 ${d.slug === current ? 'border-brand-700 bg-white' : 'border-stone-300 bg-white'}`}
            >
              <span lang="bn" className="text-lg font-bold leading-tight text-brand-900">
                {d.nameBn}
              </span>
              <span lang="en" className="text-sm text-stone-600">
                {d.nameEn}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
