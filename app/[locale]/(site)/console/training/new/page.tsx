import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgrammeForm } from '@/components/training/programme-form';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';
import { programmeFormOptions } from '@/lib/training/programmes';
import { createProgrammeAction } from '@/lib/training/programmes-actions';

// A new training programme: saved as a draft, then opened from its own page.
export default async function NewProgrammePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/training/new');
  const t = await getTranslations('Training');
  const options = await programmeFormOptions(scope);
  return (
    <div className="space-y-4">
      <Link href="/console/training" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
      <h1 className="text-2xl font-bold text-brand-900">{t('newTitle')}</h1>
      <section className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
        <ProgrammeForm action={createProgrammeAction} options={options} locale={locale} />
      </section>
    </div>
  );
}
