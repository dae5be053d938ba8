import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { pageScope } from '@/lib/auth/page-guards';
import { noticeBoardUnions, type NoticeBoardUnion } from '@/lib/console/print';
import { areaName } from '@/lib/geo/queries';
import { type Locale } from '@/lib/i18n/format';

// Officers' way to the printable union lists (the public /a/<union>/print) of their area.
export default async function ConsolePrint({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('NoticeBoard');
  const scope = await pageScope(locale, '/console/print');
  const unions = await noticeBoardUnions(scope);
  const byUpazila = new Map<string, NoticeBoardUnion[]>();
  for (const u of unions) {
    const upazila = locale === 'en' ? u.upazilaEn : u.upazilaBn;
    byUpazila.set(upazila, [...(byUpazila.get(upazila) ?? []), u]);
  }
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('consoleTitle')}</h1>
      <p className="text-stone-700">{t('consoleLead')}</p>
      {unions.length === 0 && <p className="rounded-xl bg-white p-4">{t('consoleEmpty')}</p>}
      {[...byUpazila].map(([upazila, list]) => (
        <section key={upazila} className="space-y-2">
          <h2 className="text-lg font-bold">{upazila}</h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {list.map((u) => (
              <li key={u.id}>
                <Link href={`/a/${u.slug}/print`} className="flex min-h-12 items-center justify-between gap-2 rounded-xl border border-stone-200 bg-white px-4 py-2 hover:border-brand-600" data-testid="console-print-union">
                  <span className="font-semibold text-brand-800 underline">{areaName(u, locale)}</span>
                  <span className="text-sm text-stone-600">{t('consoleCount', { count: u.providers })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
