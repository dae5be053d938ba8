import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { HaatForm, SeasonForm } from '@/components/livestock/haat-forms';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { areaName } from '@/lib/geo/queries';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { createHaatAction, updateSeasonAction } from '@/lib/livestock/haat-actions';
import { haatAreaOptions, seasonInScope } from '@/lib/livestock/haats';

const card = 'space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

// One season of her district: its form (for the district's officers) and a new haat of it.
export default async function SeasonPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { created } = await searchParams;
  const scope = await pageScope(locale, `/console/haat/seasons/${id}`);
  const season = await seasonInScope(scope, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const t = await getTranslations('ConsoleHaat');
  const areas = await haatAreaOptions(scope, season);
  const canEdit = scope.isAdmin || season.area.path.startsWith(scope.path);
  return (
    <div className="space-y-4">
      <Link href="/console/haat" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
      <h1 className="text-2xl font-bold text-brand-900" data-testid="season-title">
        {locale === 'en' && season.nameEn ? season.nameEn : season.nameBn}
      </h1>
      <p className="text-stone-700">
        {areaName(season.area, locale)} · {formatDate(season.startsOn, locale)} – {formatDate(season.endsOn, locale)}
      </p>
      {created && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t('seasonCreated')}
        </p>
      )}
      <section className={card} aria-labelledby="new-haat">
        <h2 id="new-haat" className="text-lg font-bold">
          {t('newHaat')}
        </h2>
        <p className="text-sm text-stone-600">{t('newHaatLead')}</p>
        <HaatForm action={createHaatAction.bind(null, season.id)} areas={areas} locale={locale} />
      </section>
      {canEdit && (
        <details className={card}>
          <summary className="flex min-h-12 cursor-pointer items-center font-semibold text-brand-800">{t('editSeason')}</summary>
          <SeasonForm action={updateSeasonAction.bind(null, season.id)} districts={[season.area].map((a) => ({ ...a, level: 'DISTRICT' }))} locale={locale} season={season} />
        </details>
      )}
    </div>
  );
}
