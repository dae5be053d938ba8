// The owner's to-let form: one form for a new notice and for changes, rendered on the server.
// Amounts are typed in taka with Bengali or ASCII digits; the numbers start as her own.
import { getTranslations } from 'next-intl/server';
import { AreaSelect } from '@/components/forms/area-select';
import { DateField } from '@/components/forms/date-field';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { TextArea } from '@/components/forms/text-field';
import { RENTAL_KINDS } from '@/lib/directory/rental-kinds';
import { dayValue, localPhone, takaValue } from '@/components/forms/values';
import type { Locale } from '@/lib/i18n/format';
import { saveRentalAction } from '@/lib/rentals/actions';
import type { OwnRental } from '@/lib/rentals/manage';
import { RENT_PERIODS } from '@/lib/rentals/schemas';

const input = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';
const label = 'block font-semibold';
const box = 'space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

const taka = takaValue;
const day = dayValue;
const local = localPhone;

export async function RentalForm({ rental, phone, locale }: { rental: OwnRental | null; phone: string; locale: Locale }) {
  const t = await getTranslations('MyRentals');
  const r = await getTranslations('Rentals');
  return (
    <FormShell action={saveRentalAction} submitLabel={rental ? t('save') : t('post')} pendingLabel={t('saving')} className="space-y-5">
      {rental && <input type="hidden" name="rentalId" value={rental.id} />}
      <section className={box}>
        <label className={label}>
          {t('kind')}
          <select name="kind" defaultValue={rental?.kind ?? ''} className={input} required>
            <option value="" disabled>
              —
            </option>
            {RENTAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {r(`kind_${k}`)}
              </option>
            ))}
          </select>
        </label>
        <FieldError name="kind" />
        <label className={label}>
          {t('titleLabel')}
          <input name="title" maxLength={100} defaultValue={rental?.title ?? ''} placeholder={t('titleExample')} className={input} />
        </label>
        <FieldError name="title" />
        <label className={label}>
          {t('area')}
          <AreaSelect name="areaId" defaultValue={rental ? String(rental.areaId) : ''} locale={locale} placeholder={t('areaPlaceholder')} wholeUpazila={t('wholeUpazila')} className={input} />
        </label>
        <FieldError name="areaId" />
      </section>
      <section className={box}>
        <div className="grid grid-cols-2 gap-3">
          <label className={label}>
            {t('rent')}
            <input name="rent" inputMode="decimal" defaultValue={taka(rental?.rentPoisha)} placeholder="৬০০০" className={input} />
          </label>
          <label className={label}>
            {t('period')}
            <select name="period" defaultValue={rental?.period ?? 'MONTH'} className={input}>
              {RENT_PERIODS.map((p) => (
                <option key={p} value={p}>
                  {t(`period_${p}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <FieldError name="rent" />
        <label className={label}>
          {t('advance')}
          <input name="advance" inputMode="decimal" defaultValue={taka(rental?.advancePoisha)} className={input} />
        </label>
        <FieldError name="advance" />
        <div className="grid grid-cols-2 gap-3">
          <label className={label}>
            {t('rooms')}
            <input name="rooms" inputMode="numeric" defaultValue={rental?.rooms ?? ''} className={input} />
          </label>
          <label className={label}>
            {t('size')}
            <input name="size" maxLength={80} defaultValue={rental?.size ?? ''} placeholder={t('sizeExample')} className={input} />
          </label>
        </div>
        <FieldError name="rooms" />
        <FieldError name="size" />
        <DateField name="availableFrom" label={t('availableFrom')} day={day(rental?.availableFrom)} />
        <TextArea name="description" label={t('description')} rows={4} maxLength={2000} defaultValue={rental?.description ?? ''} />
      </section>
      <section className={box}>
        <label className={label}>
          {t('phone')}
          <input name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={local(rental?.phone ?? phone)} className={input} />
        </label>
        <FieldError name="phone" />
        <label className={label}>
          {t('whatsapp')}
          <input name="whatsapp" type="tel" inputMode="tel" defaultValue={local(rental ? rental.whatsapp : phone)} className={input} />
        </label>
        <FieldError name="whatsapp" />
      </section>
    </FormShell>
  );
}
