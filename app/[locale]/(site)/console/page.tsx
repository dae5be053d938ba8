import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { homeCounts } from '@/lib/console/home';
import { formatNumber, type Locale } from '@/lib/i18n/format';

// What needs an officer today, in their area: counts that link to the queues.
export default async function ConsoleHome({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Console');
  const scope = await pageScope(locale, '/console');
  const { pendingProviders, pendingShops, openReports, openAppeals, suspendedProviders, suspendedShops } = await homeCounts(scope);
  const tiles = [
    ['/console/verify', t('tileVerify'), pendingProviders + pendingShops],
    ['/console/reports', t('tileReports'), openReports],
    ['/console/appeals', t('tileAppeals'), openAppeals],
    ['/console/records?status=suspended', t('tileSuspended'), suspendedProviders + suspendedShops],
  ] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {tiles.map(([href, label, count]) => (
          <li key={href}>
            <Link href={href} className="flex min-h-20 items-center justify-between rounded-2xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-600">
              <span className="font-semibold">{label}</span>
              <span className="text-3xl font-bold text-brand-800" data-testid={`tile-${href.split('/')[2]?.split('?')[0]}`}>
                {formatNumber(count, locale)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
