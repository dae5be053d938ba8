import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth/session';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

export const metadata: Metadata = { robots: { index: false } };

// Everything under /dashboard needs a signed-in account; each action checks again on the server.
export default async function DashboardLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  if (!(await getCurrentUser())) redirect(localizeHref({ pathname: '/sign-in', query: { next: '/dashboard' } }, locale));
  return <div className="mx-auto max-w-2xl px-4 py-6">{children}</div>;
}
