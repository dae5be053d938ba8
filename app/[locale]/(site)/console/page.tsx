import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { db } from '@/lib/db';
import { notDonorOnly } from '@/lib/directory/blood';
import { pageScope } from '@/lib/auth/page-guards';
import { formatNumber, type Locale } from '@/lib/i18n/format';

// What needs an officer today, in their area: counts that link to the queues.
export default async function ConsoleHome({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Console');
  const scope = await pageScope(locale, '/console');
  const inArea = scope.path ? { area: { path: { startsWith: scope.path } } } : {};
  const areaIds = scope.path ? (await db.area.findMany({ where: { path: { startsWith: scope.path } }, select: { id: true } })).map((a) => a.id) : null;
  const [pendingProviders, pendingShops, openReports, openAppeals, suspendedProviders, suspendedShops] = await Promise.all([
    db.provider.count({ where: { ...inArea, status: { in: ['ACTIVE', 'HIDDEN'] }, verification: { in: ['PENDING', 'EXPIRED'] }, ...notDonorOnly } }),
    db.shop.count({ where: { ...inArea, status: 'ACTIVE', verification: { in: ['PENDING', 'EXPIRED'] } } }),
    db.report.count({ where: { status: 'OPEN', ...(areaIds ? { areaId: { in: areaIds } } : {}) } }),
    // Appeals carry no area: count those whose provider, shop or product lies in scope.
    db.appeal.findMany({ where: { status: 'OPEN' }, select: { subject: true, subjectId: true } }).then(async (open) => {
      if (!scope.path) return open.length;
      const ids = (subject: string) => open.filter((a) => a.subject === subject).map((a) => a.subjectId);
      const [p, s, pr] = await Promise.all([
        db.provider.count({ where: { id: { in: ids('PROVIDER') }, ...inArea } }),
        db.shop.count({ where: { id: { in: ids('SHOP') }, ...inArea } }),
        db.product.count({ where: { id: { in: ids('PRODUCT') }, shop: inArea } }),
      ]);
      return p + s + pr;
    }),
    db.provider.count({ where: { ...inArea, status: 'SUSPENDED' } }),
    db.shop.count({ where: { ...inArea, status: 'SUSPENDED' } }),
  ]);
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
