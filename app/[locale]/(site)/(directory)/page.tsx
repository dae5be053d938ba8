import { setRequestLocale } from 'next-intl/server';
import { DistrictHome } from '@/components/district/district-home';
import { homeDistrict } from '@/lib/cache/reads';
import type { AppLocale } from '@/lib/i18n/routing';

// The default district's front page with the chooser of districts (when there is a choice), the
// same for everyone: prerendered and kept until a change expires it. A visitor who chose a district
// never sees it: the server gate serves "/" to her from /d/<district> (lib/tenancy/districts.ts).
// An upazila's own page is /a/<upazila> (the old /?area= address redirects there).
export default async function HomePage({ params }: { params: Promise<{ locale: AppLocale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <DistrictHome district={await homeDistrict()} locale={locale} ask />;
}
