import { PwaRegister } from '@/components/pwa/pwa-register';
import type { AppLocale } from '@/lib/i18n/routing';

// The directory's public pages: they register the service worker (installable, offline; lib/pwa/sw.ts).
export default async function DirectoryLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  return (
    <>
      {children}
      <PwaRegister locale={locale} />
    </>
  );
}
