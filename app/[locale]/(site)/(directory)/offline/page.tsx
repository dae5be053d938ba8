import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import type { AppLocale } from '@/lib/i18n/routing';

export async function generateMetadata({ params }: { params: Promise<{ locale: AppLocale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Offline' });
  return { title: t('title'), robots: { index: false } };
}

// What the service worker shows for a page it cannot fetch and has not kept (lib/pwa/sw.ts): it is
// precached with the worker, in both languages. Plain links only: it works without JavaScript.
export default async function OfflinePage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Offline');
  const big = 'flex min-h-16 items-center gap-3 rounded-2xl px-5 text-lg font-bold';
  return (
    <div className="space-y-5 px-4 py-8" data-testid="offline-page">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <p className="text-stone-800">{t('body')}</p>
      <nav className="grid gap-3 sm:grid-cols-2">
        <Link href="/emergency" className={`${big} bg-red-700 text-white hover:bg-red-800`}>
          <Icon name="siren" className="size-7" />
          {t('emergency')}
        </Link>
        <Link href="/saved" className={`${big} bg-brand-700 text-white hover:bg-brand-800`}>
          <Icon name="bookmark" className="size-7" />
          {t('saved')}
        </Link>
        <Link href="/" className={`${big} border border-stone-300 bg-white text-stone-900`}>
          <Icon name="house" className="size-7" />
          {t('home')}
        </Link>
      </nav>
      <p className="text-stone-600">{t('retry')}</p>
    </div>
  );
}
