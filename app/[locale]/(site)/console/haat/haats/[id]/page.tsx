import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FormShell } from '@/components/forms/form-shell';
import { HaatForm } from '@/components/livestock/haat-forms';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { areaName } from '@/lib/geo/queries';
import { formatDateTime, type Locale } from '@/lib/i18n/format';
import { haatPublishAction, updateHaatAction } from '@/lib/livestock/haat-actions';
import { haatAreaOptions, haatInScope } from '@/lib/livestock/haats';
import { marketsPath } from '@/lib/livestock/paths';

const card = 'space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

// One haat in her scope: published or a draft (the button says which it becomes), and its form.
export default async function HaatPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { created } = await searchParams;
  const scope = await pageScope(locale, `/console/haat/haats/${id}`);
  const haat = await haatInScope(scope, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const t = await getTranslations('ConsoleHaat');
  const areas = await haatAreaOptions(scope, haat.season);
  return (
    <div className="space-y-4">
      <Link href={`/console/haat/seasons/${haat.seasonId}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {locale === 'en' && haat.season.nameEn ? haat.season.nameEn : haat.season.nameBn}
      </Link>
      <h1 className="text-2xl font-bold text-brand-900" data-testid="haat-title">
        {locale === 'en' && haat.nameEn ? haat.nameEn : haat.nameBn}
      </h1>
      <p className="text-stone-700">
        {areaName(haat.area, locale)} · {haat.place}
      </p>
      {created && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900">
          {t('haatCreated')}
        </p>
      )}
      <section className={card} aria-labelledby="publishing">
        <h2 id="publishing" className="text-lg font-bold">
          {t('publishing')}
        </h2>
        <p data-testid="haat-status">{haat.publishedAt ? t('publishedOn', { date: formatDateTime(haat.publishedAt, locale) }) : t('draftNote')}</p>
        <FormShell action={haatPublishAction.bind(null, haat.id)}>
          <button
            type="submit"
            name="command"
            value={haat.publishedAt ? 'unpublish' : 'publish'}
            className={`inline-flex min-h-12 items-center rounded-lg px-4 font-semibold ${haat.publishedAt ? 'border border-stone-300 bg-white' : 'bg-brand-700 text-white'}`}
          >
            {t(haat.publishedAt ? 'unpublish' : 'publish')}
          </button>
        </FormShell>
        {haat.publishedAt && (
          <Link href={marketsPath(haat.season.area.slug)} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
            {t('seePublic')}
          </Link>
        )}
      </section>
      <section className={card} aria-labelledby="haat-form">
        <h2 id="haat-form" className="text-lg font-bold">
          {t('editHaat')}
        </h2>
        <HaatForm action={updateHaatAction.bind(null, haat.id)} areas={areas} locale={locale} haat={haat} />
      </section>
    </div>
  );
}
