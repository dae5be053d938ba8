// The console's season and haat forms (/console/haat): plain HTML fields in a FormShell (they work
// without JavaScript); the server reads them with lib/livestock/haat-schemas.ts.
import { getTranslations } from 'next-intl/server';
import { DateField } from '@/components/forms/date-field';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextField } from '@/components/forms/text-field';
import type { ActionResult } from '@/lib/forms/action-result';
import { areaName } from '@/lib/geo/queries';
import type { Locale } from '@/lib/i18n/format';
import { clockOf } from '@/lib/livestock/calendar';
import { dhakaDay } from '@/lib/shops/calendar';

type Action = (state: ActionResult, form: FormData) => Promise<ActionResult>;
interface AreaOption {
  id: number;
  level: string;
  nameBn: string;
  nameEn: string;
}

const check = 'flex min-h-12 items-center gap-3 rounded-lg px-1';
const box = 'size-5 shrink-0 accent-brand-700';
const WEEKDAYS = [6, 0, 1, 2, 3, 4, 5] as const;

export async function SeasonForm({
  action,
  districts,
  locale,
  season,
}: {
  action: Action;
  districts: AreaOption[];
  locale: Locale;
  season?: { nameBn: string; nameEn: string | null; areaId: number; startsOn: Date; endsOn: Date };
}) {
  const t = await getTranslations('ConsoleHaat');
  return (
    <FormShell action={action} submitLabel={season ? t('save') : t('createSeason')} className="space-y-4">
      <TextField label={t('seasonNameBn')} name="nameBn" defaultValue={season?.nameBn} maxLength={120} hint={t('seasonNameHint')} required />
      <TextField label={t('seasonNameEn')} name="nameEn" defaultValue={season?.nameEn ?? ''} maxLength={120} lang="en" />
      <label className="block font-semibold">
        {t('district')}
        <select name="areaId" defaultValue={season ? String(season.areaId) : districts.length === 1 ? String(districts[0]!.id) : ''} className={inputClass}>
          <option value="">{t('choose')}</option>
          {districts.map((d) => (
            <option key={d.id} value={d.id}>
              {areaName(d, locale)}
            </option>
          ))}
        </select>
      </label>
      <FieldError name="areaId" />
      <DateField label={t('startsOn')} name="startsOn" day={season ? dhakaDay(season.startsOn) : null} required />
      <DateField label={t('endsOn')} name="endsOn" day={season ? dhakaDay(season.endsOn) : null} required />
    </FormShell>
  );
}

export interface HaatValues {
  nameBn: string;
  nameEn: string | null;
  areaId: number;
  place: string;
  opensOn: Date;
  closesOn: Date;
  weekdays: number[];
  opensAt: number;
  closesAt: number;
  leaseOffice: string | null;
  leasePhone: string | null;
  vetBooth: boolean;
  vetNote: string | null;
}

export async function HaatForm({ action, areas, locale, haat }: { action: Action; areas: AreaOption[]; locale: Locale; haat?: HaatValues }) {
  const t = await getTranslations('ConsoleHaat');
  const days = new Set(haat?.weekdays ?? []);
  return (
    <FormShell action={action} submitLabel={haat ? t('save') : t('createHaat')} className="space-y-4">
      <TextField label={t('haatNameBn')} name="nameBn" defaultValue={haat?.nameBn} maxLength={120} required />
      <TextField label={t('haatNameEn')} name="nameEn" defaultValue={haat?.nameEn ?? ''} maxLength={120} lang="en" />
      <label className="block font-semibold">
        {t('union')}
        <select name="areaId" defaultValue={haat ? String(haat.areaId) : ''} className={inputClass}>
          <option value="">{t('choose')}</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.level === 'UPAZILA' ? t('upazilaOption', { area: areaName(a, locale) }) : `— ${areaName(a, locale)}`}
            </option>
          ))}
        </select>
      </label>
      <FieldError name="areaId" />
      <TextField label={t('place')} name="place" defaultValue={haat?.place} maxLength={200} hint={t('placeHint')} required />
      <DateField label={t('opensOn')} name="opensOn" day={haat ? dhakaDay(haat.opensOn) : null} required />
      <DateField label={t('closesOn')} name="closesOn" day={haat ? dhakaDay(haat.closesOn) : null} required />
      <fieldset className="space-y-1 rounded-xl border border-stone-200 p-3" aria-describedby="weekdays-hint">
        <legend className="px-1 font-semibold">{t('weekdays')}</legend>
        <p id="weekdays-hint" className="text-sm text-stone-600">
          {t('weekdaysHint')}
        </p>
        <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-4">
          {WEEKDAYS.map((d) => (
            <label key={d} className={check}>
              <input type="checkbox" name="weekdays" value={d} defaultChecked={days.has(d)} className={box} />
              {t(`weekday_${d}`)}
            </label>
          ))}
        </div>
        <FieldError name="weekdays" />
      </fieldset>
      <div className="grid grid-cols-2 gap-3">
        <TextField label={t('opensAt')} name="opensAt" defaultValue={clockOf(haat?.opensAt ?? 480)} inputMode="numeric" maxLength={5} hint={t('clockHint')} />
        <TextField label={t('closesAt')} name="closesAt" defaultValue={clockOf(haat?.closesAt ?? 1080)} inputMode="numeric" maxLength={5} />
      </div>
      <TextField label={t('leaseOffice')} name="leaseOffice" defaultValue={haat?.leaseOffice ?? ''} maxLength={150} hint={t('leaseOfficeHint')} />
      <TextField label={t('leasePhone')} name="leasePhone" defaultValue={haat?.leasePhone ?? ''} inputMode="tel" maxLength={20} />
      <label className={check}>
        <input type="checkbox" name="vetBooth" value="on" defaultChecked={haat?.vetBooth ?? false} className={box} />
        {t('vetBooth')}
      </label>
      <TextField label={t('vetNote')} name="vetNote" defaultValue={haat?.vetNote ?? ''} maxLength={200} />
    </FormShell>
  );
}
