import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ChipLinks } from '@/components/ui/chip-links';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { areaName } from '@/lib/geo/queries';
import { formatDate, formatNumber, type Locale } from '@/lib/i18n/format';
import { listProgrammes } from '@/lib/training/programmes';
import { PROGRAMME_STATUSES, type ProgrammeStatusName } from '@/lib/training/schemas';

const STATUS_COLOURS: Record<ProgrammeStatusName, string> = {
  DRAFT: 'bg-stone-100 text-stone-800',
  OPEN: 'bg-green-100 text-green-900',
  CLOSED: 'bg-amber-100 text-amber-900',
  COMPLETED: 'bg-brand-50 text-brand-900',
};

// Training programmes in the officer's scope (all of them for admins), by status, the latest first.
export default async function TrainingListPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ status?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { status: rawStatus } = await searchParams;
  const status = (PROGRAMME_STATUSES as readonly string[]).includes(rawStatus ?? '') ? (rawStatus as ProgrammeStatusName) : null;
  const scope = await pageScope(locale, '/console/training');
  const t = await getTranslations('Training');
  const programmes = await listProgrammes(scope, status);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <Link href="/console/training/new" className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-brand-700 px-4 font-semibold text-white">
          <Icon name="graduation-cap" className="size-5" />
          {t('new')}
        </Link>
      </div>
      <p className="text-stone-700">{t(scope.isAdmin ? 'leadAdmin' : 'lead')}</p>
      <nav aria-label={t('filterLabel')}>
        <ChipLinks
          chips={[
            { key: 'all', href: '/console/training', label: t('filterAll'), active: status === null },
            ...PROGRAMME_STATUSES.map((s) => ({ key: s, href: { pathname: '/console/training', query: { status: s } }, label: t(`status_${s}`), active: status === s })),
          ]}
        />
      </nav>
      {programmes.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('empty')}</p>}
      <ul className="space-y-2">
        {programmes.map((p) => (
          <li key={p.id} className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="programme-item">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/console/training/${p.id}`} className="inline-flex min-h-12 items-center text-lg font-bold text-brand-800 underline">
                {locale === 'en' && p.titleEn ? p.titleEn : p.titleBn}
              </Link>
              <span className={`rounded-full px-3 py-1 text-sm font-semibold ${STATUS_COLOURS[p.status]}`}>{t(`status_${p.status}`)}</span>
            </div>
            <p className="text-sm text-stone-700">
              {p.office} · {areaName(p.area, locale)}
            </p>
            <p className="text-sm text-stone-700">{p.categories.map((c) => areaName(c.category, locale)).join(', ')}</p>
            <p className="flex flex-wrap gap-x-3 text-sm">
              <span>{t('starts', { date: formatDate(p.startsAt, locale) })}</span>
              <span data-testid="programme-seats">{t('seatsHeld', { held: formatNumber(p.held, locale), seats: formatNumber(p.seats, locale) })}</span>
              {p.applied > 0 && <span className="font-semibold text-brand-800">{t('applicationsWaiting', { count: formatNumber(p.applied, locale) })}</span>}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
