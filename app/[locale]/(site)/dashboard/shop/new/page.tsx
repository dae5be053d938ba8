import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AreaSelect } from '@/components/forms/area-select';
import { CountedInput } from '@/components/forms/counted-input';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { pageUser } from '@/lib/auth/page-guards';
import { formatPhone, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { openShopAction } from '@/lib/shops/actions';
import { getOwnShop } from '@/lib/shops/manage';
import { hostName, SLUG_MAX_LENGTH } from '@/lib/tenancy/host';
import { env } from '@/lib/env';

const input = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';
const label = 'block font-semibold';

// Opening a shop takes four answers; everything else (logo, colours, delivery) comes after.
export default async function OpenShopPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ShopDashboard');
  const user = await pageUser(locale, '/dashboard/shop/new');
  if (await getOwnShop(user.id)) redirect(localizeHref('/dashboard/shop', locale));
  const root = hostName(env().ROOT_DOMAIN);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('openTitle')}</h1>
      <p className="text-stone-700">{t('openLead')}</p>
      <FormShell action={openShopAction} submitLabel={t('openSubmit')} pendingLabel={t('saving')}>
        <label className={label}>
          {t('nameBn')}
          <input name="nameBn" maxLength={60} placeholder={t('nameBnExample')} className={input} />
        </label>
        <FieldError name="nameBn" />
        <label className={label}>
          {t('slug')}
          <span className="mt-1 flex items-stretch overflow-hidden rounded-lg border border-stone-300 bg-white focus-within:ring-2 focus-within:ring-brand-600">
            {/* No maxLength: a longer address is refused with a message (slugTooLong), never cut short. */}
            <CountedInput
              name="slug"
              limit={SLUG_MAX_LENGTH}
              locale={locale}
              autoCapitalize="none"
              autoCorrect="off"
              spellCheck={false}
              inputMode="url"
              placeholder="pitha-ghor"
              aria-describedby="slug-hint"
              className="min-h-12 min-w-0 flex-1 px-3 text-lg outline-none"
            />
            <span className="flex items-center bg-stone-100 px-2 text-sm text-stone-600" dir="ltr">
              .{root}
            </span>
          </span>
        </label>
        <p id="slug-hint" className="text-sm text-stone-600">
          {t('slugHint')}
        </p>
        <FieldError name="slug" />
        <label className={label}>
          {t('area')}
          <AreaSelect name="areaId" defaultValue="" locale={locale} placeholder={t('chooseArea')} wholeUpazila={t('wholeUpazila')} className={input} />
        </label>
        <FieldError name="areaId" />
        <label className={label}>
          {t('phone')}
          <input name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={formatPhone(user.phone, 'en').replace('-', '')} className={input} />
        </label>
        <FieldError name="phone" />
      </FormShell>
    </div>
  );
}
