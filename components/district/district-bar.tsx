import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { areaName, type AreaSummary } from '@/lib/geo/queries';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

/**
 * The page's district, right under the site's header and in its colour, with a link to choose
 * another. The layouts cannot know a page's district (it is in the page's path, or the remembered
 * district's through the rewritten one: lib/tenancy/districts.ts), so each district page puts it here.
 * Plain links (no prefetch): opening /d/<district> remembers that district.
 */
export async function DistrictBar({ district, locale, several, flush = false }: { district: AreaSummary; locale: AppLocale; several: boolean; flush?: boolean }) {
  const t = await getTranslations('District');
  return (
    // `flush`: the first thing in a page's padded box (px-4 py-6), drawn to its edges.
    <div data-testid="district-bar" className={`bg-brand-700 text-white [box-shadow:0_0_0_100vmax_var(--color-brand-700)] [clip-path:inset(0_-100vmax)] ${flush ? '-mx-4 -mt-6 mb-4' : ''}`}>
      <div className="flex items-center gap-2 px-4 pb-2 text-sm">
        <Icon name="map-pin" className="size-4 shrink-0" />
        <span data-testid="district-name" className="font-semibold">
          {t('current', { district: areaName(district, locale) })}
        </span>
        {several && (
          <a href={localizeHref('/d', locale)} className="ml-auto inline-flex min-h-11 items-center rounded-lg px-2 font-semibold underline hover:bg-white/10">
            {t('change')}
          </a>
        )}
      </div>
    </div>
  );
}
