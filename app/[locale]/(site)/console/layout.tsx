import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConsoleNav } from '@/components/console/console-nav';
import { passwordChangeHref } from '@/lib/auth/page-guards';
import { getCurrentUser } from '@/lib/auth/session';
import { scopeOf } from '@/lib/console/scope';
import { AppError } from '@/lib/errors';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

export const metadata: Metadata = { robots: { index: false, follow: false } };

const SECTIONS = [
  ['/console', 'home'],
  ['/console/verify', 'verify'],
  ['/console/records', 'records'],
  ['/console/reports', 'reports'],
  ['/console/appeals', 'appeals'],
  ['/console/training', 'training'],
  ['/console/haat', 'haat'],
  ['/console/numbers', 'numbers'],
  ['/console/udc', 'udc'],
  ['/console/contacts', 'contacts'],
  ['/console/print', 'print'],
  ['/console/audit', 'audit'],
] as const;
const ADMIN_SECTIONS = [
  ['/console/categories', 'categories'],
  ['/console/officers', 'officers'],
] as const;

// The officers' console: signed-in officers and admins only (guests go to sign-in from each page,
// anyone else gets 403). Every page and action checks the scope again on the server (lib/console/scope.ts).
export default async function ConsoleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  // A guest: the page itself sends them to sign in and back to where they were going.
  if (!user) return children;
  // A temporary password is replaced first (the pages and scopeOf refuse it too).
  if (user.mustChangePassword) redirect(passwordChangeHref(locale, '/console'));
  const scope = await scopeOf(user).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'forbidden') forbidden();
    throw error;
  });
  const t = await getTranslations('Console');
  return (
    <div className="px-4 py-4">
      <p className="text-sm text-stone-600" data-testid="console-scope">
        {scope.isAdmin ? t('scopeAdmin') : t('scopeOfficer', { area: locale === 'en' ? scope.areaName!.nameEn : scope.areaName!.nameBn })}
      </p>
      <ConsoleNav
        label={t('nav')}
        tabs={[...SECTIONS, ...(scope.isAdmin ? ADMIN_SECTIONS : [])].map(([path, key]) => ({ path, href: localizeHref(path, locale), label: t(`nav_${key}`) }))}
      />
      {children}
    </div>
  );
}
