// The strip at the top of the seller's order reports: back to the inbox, and the three reports.
// A chosen day goes along between "what to make" and "slips", which look at the same day.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';

export type ReportPage = 'production' | 'slips' | 'sales';

const PAGES = [
  ['inbox', '/dashboard/orders'],
  ['production', '/dashboard/orders/production'],
  ['slips', '/dashboard/orders/slips'],
  ['sales', '/dashboard/orders/sales'],
] as const;

export async function ReportsNav({ current, day }: { current: ReportPage; day?: string }) {
  const t = await getTranslations('SellerReports');
  return (
    <nav aria-label={t('navLabel')} className="print:hidden">
      <ul className="flex flex-wrap gap-2">
        {PAGES.map(([page, pathname]) => (
          <li key={page}>
            <Link
              href={{ pathname, query: { day: day && (page === 'production' || page === 'slips') ? day : undefined } }}
              aria-current={page === current ? 'page' : undefined}
              className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 bg-white px-3 font-semibold text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
            >
              {page === 'inbox' ? `← ${t('inbox')}` : t(page)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
