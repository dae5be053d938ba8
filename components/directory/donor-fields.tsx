// A blood donor's details on a form (group, sex, date of birth, last donation; the names
// lib/directory/donor-schemas.ts reads): her own /blood/donor page and a UDC operator's form.
import { getTranslations } from 'next-intl/server';
import { DateField } from '@/components/forms/date-field';
import { FieldError } from '@/components/forms/form-shell';
import { BLOOD_GROUPS, bloodGroupLabel } from '@/lib/directory/blood';
import { DONOR_SEXES } from '@/lib/directory/donor-schemas';

const choice = 'flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-xl border border-rose-200 bg-white px-2 has-[:checked]:border-rose-700 has-[:checked]:bg-rose-700 has-[:checked]:text-white';

/** `birthDay`, `lastDonationDay`: the days the fields start with, "YYYY-MM-DD". */
export async function DonorFields({ group, sex, birthDay = null, lastDonationDay = null }: { group?: string | null; sex?: string | null; birthDay?: string | null; lastDonationDay?: string | null }) {
  const t = await getTranslations('Blood');
  return (
    <>
      <fieldset>
        <legend className="font-semibold">{t('groupField')}</legend>
        <div className="mt-1 grid grid-cols-4 gap-2">
          {BLOOD_GROUPS.map((g) => (
            <label key={g} className={`${choice} text-lg font-bold`}>
              <input type="radio" name="bloodGroup" value={g} defaultChecked={group === g} className="size-5 accent-rose-900" />
              {bloodGroupLabel[g]}
            </label>
          ))}
        </div>
        <FieldError name="bloodGroup" />
      </fieldset>
      <fieldset>
        <legend className="font-semibold">{t('sexField')}</legend>
        <div className="mt-1 grid grid-cols-3 gap-2">
          {DONOR_SEXES.map((s) => (
            <label key={s} className={choice}>
              <input type="radio" name="sex" value={s} defaultChecked={sex === s} className="size-5 accent-rose-900" />
              {t(`sex_${s}`)}
            </label>
          ))}
        </div>
        <FieldError name="sex" />
      </fieldset>
      <DateField name="birthDate" label={t('birthLabel')} hint={t('dateHint')} day={birthDay} />
      <DateField name="lastDonation" label={t('lastDonationLabel')} hint={t('lastDonationHint')} day={lastDonationDay} />
    </>
  );
}
