import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PhotoUploader } from '@/components/directory/photo-uploader';
import { AreaSelect } from '@/components/forms/area-select';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { SuspendedView } from '@/components/console/suspended-view';
import { ShopPreview } from '@/components/shops/shop-preview';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { env } from '@/lib/env';
import { formatPhone, formatTaka, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { mediaUrl } from '@/lib/media/local-store';
import { removeShopImageAction, saveShopSettingsAction, setShopImageAction } from '@/lib/shops/actions';
import { getOwnShop } from '@/lib/shops/manage';
import { THEME_COLOURS } from '@/lib/shops/schemas';
import { shopLink, shopPublicUrl } from '@/lib/tenancy/urls';
import { uploadErrors } from '../upload-errors';

const input = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';
const label = 'block font-semibold';
const box = 'space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';
const check = 'flex min-h-12 items-center gap-2 rounded-lg border border-stone-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50';
/** Room for this many delivery zones beyond those already set. */
const EMPTY_ZONE_ROWS = 3;

const amount = (poisha: number) => (poisha === 0 ? '' : formatTaka(poisha, 'en').replace('৳', '').replace(/,/g, ''));

export default async function ShopSettingsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ opened?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ShopDashboard');
  const d = await getTranslations('Days');
  const user = await pageUser(locale, '/dashboard/shop');
  const shop = await getOwnShop(user.id);
  if (!shop) redirect(localizeHref('/dashboard/shop/new', locale));
  if (shop.status === 'SUSPENDED') return <SuspendedView subject="SHOP" subjectId={shop.id} locale={locale} title={shop.nameBn} />;
  const opened = (await searchParams).opened === '1';
  const local = (phone: string | null | undefined) => (phone ? formatPhone(phone, 'en').replace('-', '') : '');
  const href = shopLink(shop.slug, locale);
  const cardAvailable = Boolean(env().STRIPE_SECRET_KEY);
  const zones = [...shop.deliveryZones, ...Array.from({ length: EMPTY_ZONE_ROWS }, () => null)];
  const errors = await uploadErrors();

  return (
    <div className="space-y-5">
      {opened && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {t('openedNotice')}
        </p>
      )}
      <h1 className="text-2xl font-bold text-brand-900">{t('settings')}</h1>
      <div className="grid gap-2 sm:grid-cols-3">
        <a href={href} className="inline-flex min-h-12 items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white">
          {t('viewShop')}
        </a>
        <a href={`${href}/poster?size=a4`} className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 px-4 font-semibold">
          {t('posterA4')}
        </a>
        <a href={`${href}/poster?size=a5`} className="inline-flex min-h-12 items-center justify-center rounded-lg border border-stone-300 px-4 font-semibold">
          {t('posterA5')}
        </a>
      </div>

      <section className={box}>
        <h2 className="text-lg font-bold">{t('images')}</h2>
        {(['logo', 'banner'] as const).map((kind) => {
          const media = shop[kind];
          return (
            <div key={kind} className="space-y-2">
              <h3 className="font-semibold">{t(kind)}</h3>
              {media && (
                <div className="flex items-center gap-3">
                  {/* eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail */}
                  <img src={mediaUrl(media, true)} alt="" width={kind === 'logo' ? 80 : 240} height={80} className={kind === 'logo' ? 'size-20 rounded-full object-cover' : 'h-20 w-60 rounded-lg object-cover'} />
                  <form action={removeShopImageAction}>
                    <input type="hidden" name="kind" value={kind} />
                    <button className="inline-flex min-h-12 items-center rounded-lg border border-red-700 px-3 text-red-800">{t('remove')}</button>
                  </form>
                </div>
              )}
              <PhotoUploader
                attach={setShopImageAction.bind(null, kind)}
                purpose={kind === 'logo' ? 'SHOP_LOGO' : 'SHOP_BANNER'}
                labels={{ file: t(kind === 'logo' ? 'chooseLogo' : 'chooseBanner'), upload: t('upload'), uploading: t('uploading') }}
                errors={errors}
              />
            </div>
          );
        })}
      </section>

      <ShopPreview formId="shop-settings" initial={{ name: shop.nameBn, colour: shop.themeColor, story: shop.story ?? '', logo: shop.logo ? mediaUrl(shop.logo, true) : undefined }} label={t('preview')} />

      <div>
        <FormShell action={saveShopSettingsAction} submitLabel={t('save')} pendingLabel={t('saving')} className="space-y-5" formId="shop-settings">
          <section className={box}>
            <h2 className="text-lg font-bold">{t('aboutShop')}</h2>
            <p className="text-sm text-stone-600">
              {t('address')}: <span dir="ltr" className="font-mono">{shopPublicUrl(shop.slug).replace(/^https?:\/\//, '')}</span>
            </p>
            <label className={label}>
              {t('nameBn')}
              <input name="nameBn" maxLength={60} defaultValue={shop.nameBn} className={input} />
            </label>
            <FieldError name="nameBn" />
            <label className={label}>
              {t('nameEn')}
              <input name="nameEn" maxLength={60} defaultValue={shop.nameEn ?? ''} className={input} lang="en" />
            </label>
            <FieldError name="nameEn" />
            <label className={label}>
              {t('story')}
              <textarea name="story" rows={4} maxLength={1000} defaultValue={shop.story ?? ''} placeholder={t('storyExample')} className={`${input} py-2`} />
            </label>
            <FieldError name="story" />
            <fieldset>
              <legend className={label}>{t('colour')}</legend>
              <div className="mt-2 flex flex-wrap gap-2">
                {THEME_COLOURS.map((colour) => (
                  <label key={colour} className="flex size-12 cursor-pointer items-center justify-center rounded-full ring-offset-2 has-[:checked]:ring-4 has-[:checked]:ring-stone-900" style={{ backgroundColor: colour }}>
                    <input type="radio" name="themeColor" value={colour} defaultChecked={shop.themeColor === colour} className="sr-only" aria-label={colour} />
                  </label>
                ))}
              </div>
            </fieldset>
            <FieldError name="themeColor" />
          </section>

          <section className={box}>
            <h2 className="text-lg font-bold">{t('whereAndWhen')}</h2>
            <label className={label}>
              {t('area')}
              <AreaSelect name="areaId" defaultValue={String(shop.areaId)} locale={locale} placeholder={t('chooseArea')} wholeUpazila={t('wholeUpazila')} className={input} />
            </label>
            <FieldError name="areaId" />
            <label className={check}>
              <input type="checkbox" name="pickupAvailable" defaultChecked={shop.pickupAvailable} className="size-5 accent-brand-700" />
              {t('pickupAvailable')}
            </label>
            <label className={label}>
              {t('pickupAddress')}
              <input name="pickupAddress" maxLength={200} defaultValue={shop.pickupAddress ?? ''} className={input} />
            </label>
            <FieldError name="pickupAddress" />
            <fieldset>
              <legend className={label}>{t('pickupPrivacy')}</legend>
              {(['UNION_ONLY', 'EXACT'] as const).map((p) => (
                <label key={p} className={`mt-2 ${check}`}>
                  <input type="radio" name="pickupPrivacy" value={p} defaultChecked={shop.pickupPrivacy === p} className="size-5 accent-brand-700" />
                  {t(`privacy${p}`)}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend className={label}>{t('openDays')}</legend>
              <div className="mt-2 grid grid-cols-3 gap-2 sm:grid-cols-7">
                {[6, 0, 1, 2, 3, 4, 5].map((day) => (
                  <label key={day} className={`justify-center ${check}`}>
                    <input type="checkbox" name="openDays" value={day} defaultChecked={shop.openDays.includes(day)} className="size-5 accent-brand-700" />
                    {d(`d${day}` as 'd0')}
                  </label>
                ))}
              </div>
            </fieldset>
            <FieldError name="openDays" />
          </section>

          <section className={box}>
            <h2 className="text-lg font-bold">{t('delivery')}</h2>
            <p className="text-sm text-stone-600">{t('deliveryHint')}</p>
            {zones.map((zone, i) => (
              <div key={zone?.id ?? `new-${i}`} className="grid grid-cols-3 gap-2">
                <AreaSelect
                  name="zoneArea"
                  defaultValue={zone ? String(zone.areaId) : ''}
                  locale={locale}
                  placeholder={t('zoneNone')}
                  wholeUpazila={t('wholeUpazila')}
                  className={`${input} col-span-2 mt-0`}
                  label={`${t('zoneArea')} ${i + 1}`}
                />
                <input name="zoneFee" inputMode="decimal" aria-label={`${t('zoneFee')} ${i + 1}`} placeholder={t('zoneFee')} defaultValue={zone ? amount(zone.feePoisha) || '0' : ''} className={`${input} mt-0`} />
              </div>
            ))}
            <FieldError name="zones" />
            <label className={label}>
              {t('minOrder')}
              <input name="minOrder" inputMode="decimal" defaultValue={amount(shop.minOrderPoisha)} placeholder="০" className={input} />
            </label>
            <FieldError name="minOrder" />
          </section>

          <section className={box}>
            <h2 className="text-lg font-bold">{t('payments')}</h2>
            <label className={check}>
              <input type="checkbox" name="acceptsCod" defaultChecked={shop.acceptsCod} className="size-5 accent-brand-700" />
              {t('acceptsCod')}
            </label>
            <TextField label={t('bkashNumber')} name="bkashNumber" type="tel" inputMode="tel" defaultValue={local(shop.bkashNumber)} />
            <TextField label={t('nagadNumber')} name="nagadNumber" type="tel" inputMode="tel" defaultValue={local(shop.nagadNumber)} />
            {cardAvailable ? (
              <label className={check}>
                <input type="checkbox" name="acceptsCard" defaultChecked={shop.acceptsCard} className="size-5 accent-brand-700" />
                {t('acceptsCard')}
              </label>
            ) : (
              <p className="text-sm text-stone-600">{t('cardUnavailable')}</p>
            )}
            <FieldError name="payments" />
          </section>

          <section className={box}>
            <h2 className="text-lg font-bold">{t('contact')}</h2>
            <TextField label={t('phone')} name="phone" type="tel" inputMode="tel" defaultValue={local(shop.phone)} />
            <TextField label={t('whatsapp')} name="whatsapp" type="tel" inputMode="tel" defaultValue={local(shop.whatsapp)} />
            <label className={label}>
              {t('facebook')}
              <input name="facebookUrl" type="url" inputMode="url" defaultValue={shop.facebookUrl ?? ''} placeholder="facebook.com/…" className={input} />
            </label>
            <FieldError name="facebookUrl" />
          </section>
        </FormShell>
      </div>
      <Link href="/dashboard" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('backToDashboard')}
      </Link>
    </div>
  );
}
