// The console's home page (/console): what needs an officer today in their area, as counts that
// link to the queues.
import 'server-only';
import { db } from '@/lib/db';
import { notDonorOnly } from '@/lib/directory/blood';
import { inScope, type Scope } from './scope';

export interface HomeCounts {
  pendingProviders: number;
  pendingShops: number;
  openReports: number;
  openAppeals: number;
  suspendedProviders: number;
  suspendedShops: number;
}

export async function homeCounts(scope: Scope): Promise<HomeCounts> {
  const inArea = inScope(scope);
  const areaIds = scope.path ? (await db.area.findMany({ where: { path: { startsWith: scope.path } }, select: { id: true } })).map((a) => a.id) : null;
  const [pendingProviders, pendingShops, openReports, openAppeals, suspendedProviders, suspendedShops] = await Promise.all([
    db.provider.count({ where: { ...inArea, status: { in: ['ACTIVE', 'HIDDEN'] }, verification: { in: ['PENDING', 'EXPIRED'] }, ...notDonorOnly } }),
    db.shop.count({ where: { ...inArea, status: 'ACTIVE', verification: { in: ['PENDING', 'EXPIRED'] } } }),
    db.report.count({ where: { status: 'OPEN', ...(areaIds ? { areaId: { in: areaIds } } : {}) } }),
    // Appeals carry no area: count those whose provider, shop, product or rental lies in scope.
    db.appeal.findMany({ where: { status: 'OPEN' }, select: { subject: true, subjectId: true } }).then(async (open) => {
      if (!scope.path) return open.length;
      const ids = (subject: string) => open.filter((a) => a.subject === subject).map((a) => a.subjectId);
      const [p, s, pr, r] = await Promise.all([
        db.provider.count({ where: { id: { in: ids('PROVIDER') }, ...inArea } }),
        db.shop.count({ where: { id: { in: ids('SHOP') }, ...inArea } }),
        db.product.count({ where: { id: { in: ids('PRODUCT') }, shop: inArea } }),
        db.rentalListing.count({ where: { id: { in: ids('RENTAL') }, ...inArea } }),
      ]);
      return p + s + pr + r;
    }),
    db.provider.count({ where: { ...inArea, status: 'SUSPENDED' } }),
    db.shop.count({ where: { ...inArea, status: 'SUSPENDED' } }),
  ]);
  return { pendingProviders, pendingShops, openReports, openAppeals, suspendedProviders, suspendedShops };
}
