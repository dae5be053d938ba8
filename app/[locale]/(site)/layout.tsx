import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SiteHeader } from '@/components/layout/site-header';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { servedDistricts } from '@/lib/cache/reads';
import { env } from '@/lib/env';
import { areaName } from '@/lib/geo/queries';
import type { AppLocale } from '@/lib/i18n/routing';

// The directory, accounts and dashboard: the platform's header (with the one search box) and footer.
export default async function SiteLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, market] = await Promise.all([getTranslations('Footer'), getTranslations('Livestock')]);
  // One district: the header names it. Several: each district page says its own under the header
  // (components/district/district-bar.tsx), which a layout cannot know.
  const served = await servedDistricts();
  // Search by SMS for those without a smartphone (lib/notify/inbound): shown when the number is set.
  const smsNumber = env().SMS_INBOUND_NUMBER;
  return (
    <>
      <SiteHeader locale={locale} districtName={served.length === 1 ? areaName(served[0]!, locale) : undefined} />
      <main id="main" className="mx-auto max-w-5xl">
        {children}
      </main>
      <footer className="mx-auto mt-10 max-w-5xl border-t border-stone-200 px-4 py-6 text-sm text-stone-600">
        <p>{t('about')}</p>
        <p className="mt-1 font-semibold text-red-700">{t('emergency')}</p>
        {smsNumber && (
          <p className="mt-1" data-testid="footer-sms">
            {t('smsSearch', { number: smsNumber })}
          </p>
        )}
        <p className="mt-2">
          <Link href="/training" className="inline-flex min-h-12 items-center gap-2 font-semibold text-brand-800 underline">
            <Icon name="graduation-cap" className="size-5 shrink-0" />
            {t('training')}
          </Link>
          <Link href="/haat" className="ml-4 inline-flex min-h-12 items-center gap-2 font-semibold text-brand-800 underline" data-testid="footer-haat">
            <Icon name="paw-print" className="size-5 shrink-0" />
            {market('navLink')}
          </Link>
        </p>
      </footer>
    </>
  );
}
