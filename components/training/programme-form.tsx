// The console's programme form, new or existing: plain HTML fields (works without JavaScript) in
// a FormShell; the server reads it with lib/training/schemas.ts (readProgrammeForm). Session rows
// are the planned ones plus a few empty ones; empty rows are left out.
import { getTranslations } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextArea, TextField } from '@/components/forms/text-field';
import type { ActionResult } from '@/lib/forms/action-result';
import { areaName } from '@/lib/geo/queries';
import { toBengaliDigits } from '@/lib/i18n/digits';
import type { Locale } from '@/lib/i18n/format';
import { typedDay } from '@/lib/i18n/typed-date';
import type { ProgrammeFormOptions } from '@/lib/training/programmes';
import { dhakaParts, PROGRAMME_MODES, SPARE_SESSION_ROWS, TEACHING_LANGUAGES } from '@/lib/training/schemas';

export interface ProgrammeValues {
  titleBn: string;
  titleEn: string | null;
  office: string;
  description: string;
  areaId: number;
  seats: number;
  mode: string;
  venue: string | null;
  onlineLink: string | null;
  languages: string[];
  costPoisha: number;
  allowancePoisha: number;
  eligibility: string | null;
  requiredSex: string | null;
  minExperienceYears: number | null;
  categories: { category: { id: number } }[];
  areas: { area: { id: number } }[];
  sessions: { startsAt: Date; endsAt: Date }[];
}

const digits = (text: string, locale: Locale) => (locale === 'bn' ? toBengaliDigits(text) : text);
const taka = (poisha: number, locale: Locale) => (poisha ? digits(String(poisha / 100), locale) : '');

const fieldset = 'space-y-2 rounded-xl border border-stone-200 p-3';
const legend = 'px-1 font-semibold';
const check = 'flex min-h-12 items-center gap-3 rounded-lg px-1';
const box = 'size-5 shrink-0 accent-brand-700';

export async function ProgrammeForm({
  action,
  options,
  locale,
  programme,
}: {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  options: ProgrammeFormOptions;
  locale: Locale;
  programme?: ProgrammeValues;
}) {
  const t = await getTranslations('Training');
  const trades = new Set(programme?.categories.map((c) => c.category.id) ?? []);
  const places = new Set(programme?.areas.map((a) => a.area.id) ?? []);
  const languages = new Set(programme?.languages ?? ['bn']);
  const mode = programme?.mode ?? 'IN_PERSON';
  const sessionRows = [...(programme?.sessions ?? []).map((s) => ({ start: dhakaParts(s.startsAt), end: dhakaParts(s.endsAt) })), ...Array.from({ length: SPARE_SESSION_ROWS }, () => null)];
  const homes = options.homes;
  const unionsOf = (parentId: number) => options.areas.filter((a) => a.level === 'UNION' && a.parentId === parentId);
  const upazilasOf = (parentId: number) => options.areas.filter((a) => a.level === 'UPAZILA' && a.parentId === parentId);
  // The tops of the officer's scope: districts for admins and district officers, her upazila otherwise.
  const tops = options.areas.filter((a) => (a.level === 'DISTRICT' || a.level === 'UPAZILA') && !options.areas.some((p) => p.id === a.parentId));
  const placeBox = (a: { id: number; nameBn: string; nameEn: string }, label: string) => (
    <label key={a.id} className={check}>
      <input type="checkbox" name="areaIds" value={a.id} defaultChecked={places.has(a.id)} className={box} />
      {label}
    </label>
  );
  const upazilaPlaces = (u: (typeof options.areas)[number]) => (
    <div key={u.id} className="space-y-1 border-l-2 border-stone-200 pl-3">
      {placeBox(u, t('wholeArea', { area: areaName(u, locale) }))}
      <div className="grid gap-x-4 sm:grid-cols-2">{unionsOf(u.id).map((union) => placeBox(union, areaName(union, locale)))}</div>
    </div>
  );

  return (
    <FormShell action={action} submitLabel={programme ? t('save') : t('create')} className="space-y-4">
      <TextField label={t('titleBn')} name="titleBn" defaultValue={programme?.titleBn} maxLength={150} required />
      <TextField label={t('titleEn')} name="titleEn" defaultValue={programme?.titleEn ?? ''} maxLength={150} lang="en" />
      <TextField label={t('office')} name="office" defaultValue={programme?.office} maxLength={150} hint={t('officeHint')} required />
      <TextArea label={t('description')} name="description" defaultValue={programme?.description ?? ''} maxLength={3000} rows={4} />

      <label className="block font-semibold">
        {t('area')}
        <select name="areaId" defaultValue={programme ? String(programme.areaId) : homes.length === 1 ? String(homes[0]!.id) : ''} className={inputClass} aria-describedby="areaId-hint">
          <option value="">{t('choose')}</option>
          {homes.map((a) => (
            <option key={a.id} value={a.id}>
              {a.level === 'DISTRICT' ? t('wholeArea', { area: areaName(a, locale) }) : areaName(a, locale)}
            </option>
          ))}
        </select>
      </label>
      <p id="areaId-hint" className="text-sm text-stone-600">
        {t('areaHint')}
      </p>
      <FieldError name="areaId" />

      <fieldset className={fieldset}>
        <legend className={legend}>{t('trades')}</legend>
        {(['SERVICE', 'PRODUCT'] as const).map((kind) => (
          <div key={kind}>
            <p className="text-sm font-semibold text-stone-600">{t(kind === 'SERVICE' ? 'tradeServices' : 'tradeProducts')}</p>
            <div className="grid gap-x-4 sm:grid-cols-2">
              {options.trades
                .filter((c) => c.kind === kind)
                .map((c) => (
                  <label key={c.id} className={check}>
                    <input type="checkbox" name="categoryIds" value={c.id} defaultChecked={trades.has(c.id)} className={box} />
                    {locale === 'en' ? c.nameEn : c.nameBn}
                  </label>
                ))}
            </div>
          </div>
        ))}
        <FieldError name="categoryIds" />
      </fieldset>

      <fieldset className={fieldset} aria-describedby="areaIds-hint">
        <legend className={legend}>{t('places')}</legend>
        <p id="areaIds-hint" className="text-sm text-stone-600">
          {t('placesHint')}
        </p>
        {tops.map((top) =>
          top.level === 'UPAZILA' ? (
            upazilaPlaces(top)
          ) : (
            <div key={top.id} className="space-y-2">
              {placeBox(top, t('wholeArea', { area: areaName(top, locale) }))}
              {upazilasOf(top.id).map(upazilaPlaces)}
            </div>
          ),
        )}
        <FieldError name="areaIds" />
      </fieldset>

      <TextField label={t('seats')} name="seats" defaultValue={programme ? digits(String(programme.seats), locale) : ''} inputMode="numeric" maxLength={6} required />

      <fieldset className={fieldset} aria-describedby="sessions-hint">
        <legend className={legend}>{t('sessions')}</legend>
        <p id="sessions-hint" className="text-sm text-stone-600">
          {t('sessionsHint')}
        </p>
        {sessionRows.map((row, i) => (
          <div key={i} className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)] gap-2" data-testid="session-row">
            <label className="block text-sm font-semibold">
              {t('sessionNumber', { n: digits(String(i + 1), locale) })} · {t('sessionDate')}
              <input name="sessionDate" inputMode="numeric" autoComplete="off" maxLength={12} defaultValue={row ? typedDay(row.start.day, locale) : ''} className={`${inputClass} font-normal`} />
            </label>
            <label className="block text-sm font-semibold">
              {t('sessionStart')}
              <input name="sessionStart" inputMode="numeric" autoComplete="off" maxLength={5} defaultValue={row ? digits(row.start.time, locale) : ''} className={`${inputClass} font-normal`} />
            </label>
            <label className="block text-sm font-semibold">
              {t('sessionEnd')}
              <input name="sessionEnd" inputMode="numeric" autoComplete="off" maxLength={5} defaultValue={row ? digits(row.end.time, locale) : ''} className={`${inputClass} font-normal`} />
            </label>
          </div>
        ))}
        <FieldError name="sessions" />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t('mode')}</legend>
        {PROGRAMME_MODES.map((m) => (
          <label key={m} className={check}>
            <input type="radio" name="mode" value={m} defaultChecked={mode === m} className={box} />
            {t(`mode_${m}`)}
          </label>
        ))}
        <FieldError name="mode" />
        <TextField label={t('venue')} name="venue" defaultValue={programme?.venue ?? ''} maxLength={300} hint={t('venueHint')} />
        <TextField label={t('onlineLink')} name="onlineLink" defaultValue={programme?.onlineLink ?? ''} maxLength={500} hint={t('onlineLinkHint')} type="url" lang="en" />
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t('languages')}</legend>
        {TEACHING_LANGUAGES.map((l) => (
          <label key={l} className={check}>
            <input type="checkbox" name="languages" value={l} defaultChecked={languages.has(l)} className={box} />
            {t(`language_${l}`)}
          </label>
        ))}
        <FieldError name="languages" />
      </fieldset>

      <TextField label={t('cost')} name="cost" defaultValue={programme ? taka(programme.costPoisha, locale) : ''} inputMode="decimal" maxLength={12} hint={t('costHint')} />
      <TextField label={t('allowance')} name="allowance" defaultValue={programme ? taka(programme.allowancePoisha, locale) : ''} inputMode="decimal" maxLength={12} hint={t('allowanceHint')} />
      <TextArea label={t('eligibility')} name="eligibility" defaultValue={programme?.eligibility ?? ''} maxLength={1000} rows={2} hint={t('eligibilityHint')} />
      <label className="block font-semibold">
        {t('requiredSex')}
        <select name="requiredSex" defaultValue={programme?.requiredSex ?? ''} className={inputClass}>
          <option value="">{t('sex_any')}</option>
          <option value="FEMALE">{t('sex_FEMALE')}</option>
          <option value="MALE">{t('sex_MALE')}</option>
        </select>
      </label>
      <FieldError name="requiredSex" />
      <TextField
        label={t('minExperience')}
        name="minExperienceYears"
        defaultValue={programme?.minExperienceYears != null ? digits(String(programme.minExperienceYears), locale) : ''}
        inputMode="numeric"
        maxLength={3}
      />
    </FormShell>
  );
}
