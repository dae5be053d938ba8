import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SeasonForm } from '@/components/livestock/haat-forms';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';
import { createSeasonAction } from '@/lib/livestock/haat-actions';
import { districtsOfScope } from '@/lib/livestock/haats';

// A new season (Eid-ul-Adha's haats) for a district of hers.
export default async function NewSeasonPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/haat/seasons/new');
  const t = await getTranslations('ConsoleHaat');
  const districts = (await districtsOfScope(scope)).filter((d) => scope.isAdmin || d.path.startsWith(scope.path));
  return (
    <div className="space-y-4">
      <Link href="/console/haat" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
      <h1 className="text-2xl font-bold text-brand-900">{t('newSeason')}</h1>
      {districts.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4">{t('seasonsDistrictOnly')}</p>
      ) : (
        <section className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
          <SeasonForm action={createSeasonAction} districts={districts} locale={locale} />
        </section>
      )}
    </div>
  );
}
