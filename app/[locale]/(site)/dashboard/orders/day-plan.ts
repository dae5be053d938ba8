import { redirect } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { formatDay } from '@/components/shops/storefront-bits';
import { pageUser } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { parseDay, productionPlan, sellerShop } from '@/lib/orders/reports';
import { addDays, dhakaDay } from '@/lib/shops/calendar';

/** The seller's shop and her orders to make on the asked day (tomorrow unless `?day=` names another). */
export async function dayPlan(locale: Locale, asked: string | string[] | undefined) {
  setRequestLocale(locale);
  const user = await pageUser(locale, '/dashboard/orders');
  const shop = await sellerShop(user.id);
  if (!shop) redirect(localizeHref('/dashboard/shop/new', locale));
  const today = dhakaDay(new Date());
  const day = parseDay(asked) ?? addDays(today, 1);
  return { shop, today, day, plan: await productionPlan(shop.id, day), dayText: formatDay(day, locale).text };
}
