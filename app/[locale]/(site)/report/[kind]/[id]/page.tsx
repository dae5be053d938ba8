import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ReportForm } from '@/components/directory/report-form';
import { REPORTABLE, reportablePreview, type Reportable } from '@/lib/directory/reviews';
import type { Locale } from '@/lib/i18n/format';

// Reporting one thing shown in a list (a review, a rental) or on a storefront: the cached pages
// carry only a small link here, not a form per item. Rendered per request; the form posts to the
// same report action as the provider page's (guests limited per client).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale; kind: string; id: string }> };

export const metadata: Metadata = { robots: { index: false } };

export default async function ReportPage({ params }: Props) {
  const { locale, kind, id } = await params;
  setRequestLocale(locale);
  const type = kind.toUpperCase() as Reportable;
  if (!REPORTABLE.includes(type) || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const preview = await reportablePreview({ type, id });
  if (!preview) notFound();
  const t = await getTranslations('Report');
  return (
    <article className="space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-900">{t(`title_${type}`)}</h1>
      <section className="rounded-xl border border-stone-200 bg-white p-3" data-testid="reported-thing">
        <p className="font-semibold">{preview.name}</p>
        {preview.snippet && <p className="mt-1 whitespace-pre-line text-stone-700">{preview.snippet}</p>}
      </section>
      <p className="text-sm text-stone-600">{t('note')}</p>
      <ReportForm subject={{ type, id }} />
    </article>
  );
}
