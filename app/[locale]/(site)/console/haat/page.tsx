import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HaatConsoleTabs } from '@/components/livestock/haat-console-tabs';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { areaName } from '@/lib/geo/queries';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { districtsOfScope, listSeasons } from '@/lib/livestock/haats';

// The cattle market in the console: the seasons of her district (the latest first) with the haats
// in her scope, drafts marked. District officers and admins make seasons; anyone here adds haats.
export default async function HaatConsolePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/haat');
  const t = await getTranslations('ConsoleHaat');
  const [seasons, districts] = await Promise.all([listSeasons(scope), districtsOfScope(scope)]);
  const mayCreate = districts.some((d) => scope.isAdmin || d.path.startsWith(scope.path));

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <HaatConsoleTabs current="/console/haat" />
      <p className="text-stone-700">{t('lead')}</p>
      {mayCreate && (
        <Link href="/console/haat/seasons/new" className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white">
          {t('newSeason')}
        </Link>
      )}
      {seasons.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('noSeasons')}</p>}
      <ul className="space-y-3">
        {seasons.map((s) => (
          <li key={s.id} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="season-item">
            <Link href={`/console/haat/seasons/${s.id}`} className="inline-flex min-h-12 items-center text-lg font-bold text-brand-800 underline">
              {locale === 'en' && s.nameEn ? s.nameEn : s.nameBn}
            </Link>
            <p className="text-sm text-stone-700">
              {areaName(s.area, locale)} · {formatDate(s.startsOn, locale)} – {formatDate(s.endsOn, locale)}
            </p>
            {s.haats.length === 0 ? (
              <p className="text-sm text-stone-600">{t('noHaats')}</p>
            ) : (
              <ul className="divide-y divide-stone-100">
                {s.haats.map((h) => (
                  <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 py-1" data-testid="haat-item">
                    <Link href={`/console/haat/haats/${h.id}`} className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline">
                      {locale === 'en' && h.nameEn ? h.nameEn : h.nameBn}
                    </Link>
                    <span className="text-sm text-stone-700">
                      {areaName(h.area, locale)} · {formatDate(h.opensOn, locale, 'short')} – {formatDate(h.closesOn, locale, 'short')}
                    </span>
                    <span className={`rounded-full px-3 py-1 text-sm font-semibold ${h.publishedAt ? 'bg-green-100 text-green-900' : 'bg-stone-100 text-stone-800'}`}>
                      {t(h.publishedAt ? 'published' : 'draft')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
