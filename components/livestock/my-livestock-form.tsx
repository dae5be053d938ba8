// The seller's animal form: one form for a new listing and for changes, rendered on the server and
// working without JavaScript. Breeds are grouped by animal (the server checks the pair); the haat is
// one of the published haats of her district's season, the day one it meets on (lib/livestock/manage.ts).
import { getTranslations } from 'next-intl/server';
import { AreaSelect } from '@/components/forms/area-select';
import { NarrowBreeds } from './narrow-breeds';
import { DateField } from '@/components/forms/date-field';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextArea, TextField } from '@/components/forms/text-field';
import { dayValue, localPhone, takaValue } from '@/components/forms/values';
import { formatDateRange, type Locale } from '@/lib/i18n/format';
import { saveLivestockAction } from '@/lib/livestock/actions';
import { ANIMALS, BREEDS, TEETH } from '@/lib/livestock/kinds';
import type { OwnLivestock } from '@/lib/livestock/manage';
import type { seasonHaats } from '@/lib/livestock/markets';

const label = 'block font-semibold';
const box = 'space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';
const check = 'flex min-h-12 items-center gap-3 font-semibold';

/** The haats she may choose from: each served district's season and its published haats. */
export type HaatChoice = { district: { nameBn: string; nameEn: string } } & Awaited<ReturnType<typeof seasonHaats>>;

export async function MyLivestockForm({ listing, phone, locale, choices, formKey }: { listing: OwnLivestock | null; phone: string; locale: Locale; choices: HaatChoice[]; formKey?: string }) {
  const t = await getTranslations('MyLivestock');
  const l = await getTranslations('Livestock');
  const name = (thing: { nameBn: string; nameEn: string | null }) => (locale === 'bn' ? thing.nameBn : thing.nameEn || thing.nameBn);
  const seasons = choices.filter((c) => c.haats.length > 0);
  return (
    <FormShell action={saveLivestockAction} submitLabel={listing ? t('save') : t('post')} pendingLabel={t('saving')} className="space-y-5">
      {listing ? <input type="hidden" name="listingId" value={listing.id} /> : formKey && <input type="hidden" name="formKey" value={formKey} />}
      <section className={box}>
        <label className={label}>
          {t('animal')}
          <select name="animal" defaultValue={listing?.animal ?? ''} className={inputClass} required data-testid="livestock-animal">
            <option value="" disabled>
              —
            </option>
            {ANIMALS.map((a) => (
              <option key={a} value={a}>
                {l(`animal_${a}`)}
              </option>
            ))}
          </select>
        </label>
        <FieldError name="animal" />
        <label className={label}>
          {t('breed')}
          <select name="breed" defaultValue={listing ? `${listing.breed}` : ''} className={inputClass} required data-testid="livestock-breed">
            <option value="" disabled>
              —
            </option>
            {ANIMALS.map((a) => (
              <optgroup key={a} label={l(`animal_${a}`)} data-animal={a}>
                {BREEDS[a].map((b) => (
                  <option key={`${a}-${b}`} value={b}>
                    {l(`breed_${b}` as `breed_OTHER`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <p className="text-sm text-stone-600">{t('breedHint')}</p>
        <FieldError name="breed" />
        <NarrowBreeds />
        <div className="grid grid-cols-2 gap-3">
          <TextField name="colour" label={t('colour')} maxLength={40} defaultValue={listing?.colour ?? ''} placeholder={t('colourExample')} />
          <div>
            <label className={label}>
              {t('teeth')}
              <select name="teeth" defaultValue={listing?.teeth ?? ''} className={inputClass}>
                <option value="">—</option>
                {TEETH.map((x) => (
                  <option key={x} value={x}>
                    {l(`teeth_${x}`)}
                  </option>
                ))}
              </select>
            </label>
            <FieldError name="teeth" />
          </div>
        </div>
      </section>
      <section className={box}>
        <TextField name="weightKg" label={t('weight')} inputMode="numeric" defaultValue={listing?.weightKg ?? ''} placeholder="৩২০" />
        <label className={check}>
          <input type="checkbox" name="weightEstimated" value="on" defaultChecked={listing?.weightEstimated ?? true} className="size-6" />
          {t('weightEstimated')}
        </label>
        <TextField name="price" label={t('price')} inputMode="numeric" defaultValue={takaValue(listing?.pricePoisha)} placeholder="১,২০,০০০" />
        <label className={check}>
          <input type="checkbox" name="negotiable" value="on" defaultChecked={listing?.negotiable ?? true} className="size-6" />
          {t('negotiable')}
        </label>
      </section>
      <section className={box}>
        <label className={label}>
          {t('area')}
          <AreaSelect name="areaId" defaultValue={listing ? String(listing.areaId) : ''} locale={locale} placeholder={t('areaPlaceholder')} wholeUpazila={t('wholeUpazila')} className={inputClass} />
        </label>
        <FieldError name="areaId" />
        <TextField name="seeAt" label={t('seeAt')} maxLength={120} defaultValue={listing?.seeAt ?? ''} placeholder={t('seeAtExample')} />
        <label className={label}>
          {t('haat')}
          <select name="haatId" defaultValue={listing?.haatId ?? ''} className={inputClass} data-testid="livestock-haat">
            <option value="">{t('noHaat')}</option>
            {seasons.map(({ district, season, haats }) => (
              <optgroup key={season!.id} label={`${name(district)} · ${name(season!)}`}>
                {haats.map((h) => (
                  <option key={h.id} value={h.id}>
                    {`${name(h)} — ${h.place} (${formatDateRange(h.opensOn, h.closesOn, locale)})`}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <p className="text-sm text-stone-600">{seasons.length ? t('haatHint') : t('noSeason')}</p>
        <FieldError name="haatId" />
        <DateField name="haatOn" label={t('haatOn')} day={dayValue(listing?.haatOn)} />
      </section>
      <section className={box}>
        <TextArea name="description" label={t('description')} rows={4} maxLength={1000} defaultValue={listing?.description ?? ''} />
        <TextField name="phone" label={t('phone')} type="tel" inputMode="tel" autoComplete="tel" defaultValue={localPhone(listing?.phone ?? phone)} />
        <TextField name="whatsapp" label={t('whatsapp')} type="tel" inputMode="tel" defaultValue={localPhone(listing ? listing.whatsapp : phone)} />
      </section>
    </FormShell>
  );
}
