import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SavedList } from '@/components/saved/saved-list';
import { Icon } from '@/components/ui/icon';
import type { AppLocale } from '@/lib/i18n/routing';

export async function generateMetadata({ params }: { params: Promise<{ locale: AppLocale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Saved' });
  return { title: t('title'), robots: { index: false } };
}

// "আমার তালিকা": the same page for everyone (cached, and kept by the service worker for offline
// use); the list itself is on the phone and drawn there (components/saved/saved-list.tsx).
export default async function SavedPage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Saved');
  return (
    <div className="space-y-4 px-4 py-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold text-brand-900">
        <Icon name="bookmark" className="size-7" />
        {t('title')}
      </h1>
      <p className="text-stone-700">{t('intro')}</p>
      <noscript>
        <p className="rounded-xl border border-amber-300 bg-amber-50 p-3">{t('noScript')}</p>
      </noscript>
      <SavedList
        locale={locale}
        labels={{ loading: t('loading'), empty: t('empty'), call: t('call'), whatsapp: t('whatsapp'), remove: t('remove') }}
        icons={{ phone: <Icon name="phone" className="size-5" />, whatsapp: <Icon name="message-circle" className="size-5" />, place: <Icon name="map-pin" className="size-4" /> }}
      />
      <p className="text-sm text-stone-600">{t('accountNote')}</p>
    </div>
  );
}
