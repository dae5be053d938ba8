import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgrammeCard } from '@/components/training/programme-card';
import { Icon } from '@/components/ui/icon';
import { catalogClock, openProgrammes } from '@/lib/cache/reads';
import type { Locale } from '@/lib/i18n/format';
import { takesApplications } from '@/lib/training/public';

// /training: programmes taking applications in the served districts, the soonest first. One kept
// page for everyone (lib/tenancy/cached-pages.ts); a programme's change expires it at once.
type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'TrainingPublic' });
  return { title: t('metaTitle'), description: t('lead') };
}

export default async function TrainingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('TrainingPublic');
  const [all, now] = await Promise.all([openProgrammes(), catalogClock()]);
  const programmes = all.filter((p) => takesApplications(p, now));
  return (
    <div className="space-y-5 px-4 py-6">
      <section>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-900">
          <Icon name="graduation-cap" className="size-7" />
          {t('title')}
        </h1>
        <p className="mt-1 text-stone-700">{t('lead')}</p>
      </section>
      {programmes.length === 0 ? (
        <p className="rounded-xl bg-white p-4">{t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {programmes.map((p) => (
            <li key={p.id}>
              <ProgrammeCard programme={p} locale={locale} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
