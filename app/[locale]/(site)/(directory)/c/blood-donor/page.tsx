import { redirect } from 'next/navigation';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

// Blood donors are never listed like other trades (that would show every donor's number to
// anyone): the category's link goes to /blood, which masks numbers and shows only donors who may
// give again.
export default async function BloodDonorCategory({ params, searchParams }: { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ area?: string }> }) {
  const { locale } = await params;
  const { area } = await searchParams;
  redirect(localizeHref({ pathname: '/blood', query: { area: typeof area === 'string' && /^[a-z0-9-]{1,80}$/.test(area) ? area : undefined } }, locale));
}
