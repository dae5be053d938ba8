// The product editor: one form for a new product and for changes, rendered on the server. Amounts
// are typed in taka with Bengali or ASCII digits; options are rows of (group, choice, price
// difference, capacity units).
import { getTranslations } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { formatTaka, type Locale } from '@/lib/i18n/format';
import { productCategories, type getOwnProduct } from '@/lib/shops/manage';
import { saveProductAction } from '@/lib/shops/actions';
import { MAX_OPTIONS, PRODUCT_UNITS } from '@/lib/shops/schemas';

const input = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';
const label = 'block font-semibold';
const box = 'space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

const taka = (poisha: number | null | undefined) => (poisha == null ? '' : formatTaka(poisha, 'en').replace('৳', '').replace(/,/g, ''));

export async function ProductForm({ product, locale }: { product: Awaited<ReturnType<typeof getOwnProduct>> | null; locale: Locale }) {
  const t = await getTranslations('ShopDashboard');
  const s = await getTranslations('Storefront');
  const categories = await productCategories();
  const lead = product?.leadTimeHours ?? 24;
  const leadInDays = lead > 0 && lead % 24 === 0;
  const options = [...(product?.options ?? []), ...Array.from({ length: MAX_OPTIONS }, () => null)].slice(0, Math.max(3, (product?.options.length ?? 0) + 2));
  const madeToOrder = (product?.fulfilment ?? 'MADE_TO_ORDER') === 'MADE_TO_ORDER';
  return (
    <FormShell action={saveProductAction} submitLabel={t('saveProduct')} pendingLabel={t('saving')} className="space-y-5">
      {product && <input type="hidden" name="productId" value={product.id} />}
      <section className={box}>
        <label className={label}>
          {t('productNameBn')}
          <input name="nameBn" maxLength={80} defaultValue={product?.nameBn ?? ''} placeholder={t('productNameExample')} className={input} />
        </label>
        <FieldError name="nameBn" />
        <label className={label}>
          {t('productNameEn')}
          <input name="nameEn" maxLength={80} defaultValue={product?.nameEn ?? ''} lang="en" className={input} />
        </label>
        <FieldError name="nameEn" />
        <div className="grid grid-cols-2 gap-3">
          <label className={label}>
            {t('price')}
            <input name="price" inputMode="decimal" defaultValue={taka(product?.pricePoisha)} placeholder="১২০০" className={input} />
          </label>
          <label className={label}>
            {t('unit')}
            <select name="unit" defaultValue={product?.unit ?? 'PIECE'} className={input}>
              {PRODUCT_UNITS.map((u) => (
                <option key={u} value={u}>
                  {s(`unit.${u}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <FieldError name="price" />
        <label className={label}>
          {t('compareAt')}
          <input name="compareAt" inputMode="decimal" defaultValue={taka(product?.compareAtPoisha)} className={input} />
        </label>
        <FieldError name="compareAt" />
        <label className={label}>
          {t('description')}
          <textarea name="description" rows={5} maxLength={2000} defaultValue={product?.description ?? ''} className={`${input} py-2`} />
        </label>
        <FieldError name="description" />
        <label className={label}>
          {t('category')}
          <select name="categoryId" defaultValue={product?.categoryId ? String(product.categoryId) : ''} className={input}>
            <option value="">{t('noCategory')}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {locale === 'en' ? c.nameEn : c.nameBn}
              </option>
            ))}
          </select>
        </label>
        <FieldError name="categoryId" />
        <label className={label}>
          {t('tags')}
          <input name="tags" defaultValue={product?.tags.join(', ') ?? ''} placeholder={t('tagsExample')} className={input} />
        </label>
        <FieldError name="tags" />
      </section>

      <section className={box}>
        <h2 className="text-lg font-bold">{t('howMade')}</h2>
        <label className="flex min-h-12 items-start gap-2 rounded-lg border border-stone-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
          <input type="radio" name="fulfilment" value="MADE_TO_ORDER" defaultChecked={madeToOrder} className="mt-1 size-5 accent-brand-700" />
          <span>
            <span className="block font-semibold">{t('madeToOrder')}</span>
            <span className="block text-sm text-stone-600">{t('madeToOrderHint')}</span>
          </span>
        </label>
        <div className="grid grid-cols-3 gap-2">
          <label className={`${label} col-span-2`}>
            {t('leadTime')}
            <input name="leadTime" inputMode="numeric" defaultValue={leadInDays ? lead / 24 : lead} className={input} />
          </label>
          <label className={label}>
            <span className="sr-only">{t('leadUnit')}</span>
            <select name="leadUnit" defaultValue={leadInDays ? 'days' : 'hours'} className={`${input} mt-7`}>
              <option value="hours">{t('hours')}</option>
              <option value="days">{t('days')}</option>
            </select>
          </label>
        </div>
        <FieldError name="leadTime" />
        <label className={label}>
          {t('dailyCapacity')}
          <input name="dailyCapacity" inputMode="numeric" defaultValue={product?.dailyCapacity ?? ''} placeholder={t('noLimit')} className={input} />
        </label>
        <FieldError name="dailyCapacity" />
        <label className="flex min-h-12 items-start gap-2 rounded-lg border border-stone-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
          <input type="radio" name="fulfilment" value="READY_STOCK" defaultChecked={!madeToOrder} className="mt-1 size-5 accent-brand-700" />
          <span>
            <span className="block font-semibold">{t('readyStock')}</span>
            <span className="block text-sm text-stone-600">{t('readyStockHint')}</span>
          </span>
        </label>
        <label className={label}>
          {t('stock')}
          <input name="stock" inputMode="numeric" defaultValue={product?.stock ?? ''} className={input} />
        </label>
        <FieldError name="stock" />
        <FieldError name="fulfilment" />
      </section>

      <section className={box}>
        <h2 className="text-lg font-bold">{t('options')}</h2>
        <p className="text-sm text-stone-600">{t('optionsHint')}</p>
        {options.map((o, i) => (
          <div key={o?.id ?? `new-${i}`} className="grid grid-cols-2 gap-2 border-b border-stone-100 pb-3 sm:grid-cols-4">
            <input name="optionGroup" aria-label={`${t('optionGroup')} ${i + 1}`} placeholder={t('optionGroup')} maxLength={30} defaultValue={o?.groupBn ?? ''} className={`${input} mt-0`} />
            <input name="optionName" aria-label={`${t('optionName')} ${i + 1}`} placeholder={t('optionName')} maxLength={40} defaultValue={o?.nameBn ?? ''} className={`${input} mt-0`} />
            <input
              name="optionDelta"
              inputMode="decimal"
              aria-label={`${t('optionDelta')} ${i + 1}`}
              placeholder={t('optionDelta')}
              defaultValue={o && o.priceDeltaPoisha !== 0 ? `${o.priceDeltaPoisha > 0 ? '+' : '-'}${taka(Math.abs(o.priceDeltaPoisha))}` : ''}
              className={`${input} mt-0`}
            />
            <input name="optionUnits" inputMode="numeric" aria-label={`${t('optionUnits')} ${i + 1}`} placeholder={t('optionUnits')} defaultValue={o && o.capacityUnits !== 1 ? o.capacityUnits : ''} className={`${input} mt-0`} />
          </div>
        ))}
        <FieldError name="options" />
      </section>

      <section className={box}>
        <label className="flex min-h-12 items-center gap-2 font-semibold">
          <input type="checkbox" name="isAvailable" defaultChecked={product?.isAvailable ?? true} className="size-5 accent-brand-700" />
          {t('isAvailable')}
        </label>
        <label className="flex min-h-12 items-center gap-2 font-semibold">
          <input type="checkbox" name="publish" defaultChecked={product ? product.status === 'ACTIVE' : true} className="size-5 accent-brand-700" />
          {t('publish')}
        </label>
        <p className="text-sm text-stone-600">{t('publishHint')}</p>
      </section>
    </FormShell>
  );
}
