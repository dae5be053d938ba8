// The service worker's registration on public pages, with the pages it should keep for offline
// use from the start: the emergency numbers of every served district and her list, in the page's
// language. The same for everyone (cached pages).
import { servedDistricts } from '@/lib/cache/reads';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { rootOrigin } from '@/lib/tenancy/urls';
import { SwRegister } from './sw-register';

export async function PwaRegister({ locale }: { locale: AppLocale }) {
  const served = await servedDistricts();
  const paths = ['/emergency', ...(served.length > 1 ? served.map((d) => `/emergency/${d.slug}`) : []), '/saved'];
  return <SwRegister origin={rootOrigin()} warm={paths.map((p) => localizeHref(p, locale))} />;
}
