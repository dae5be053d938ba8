// The one date field: a plain text box for day/month/year in Bengali or ASCII digits, with the
// format said beside it ("দিন/মাস/বছর, যেমন ১৫/০১/২০২৬"). The browser's own date box shows
// "mm/dd/yyyy" in English on most phones; this one reads the way people here write a date, works
// without JavaScript, and the server reads it with lib/i18n/typed-date.ts.
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/format';
import { typedDay } from '@/lib/i18n/typed-date';
import { FieldError } from './form-shell';
import { inputClass } from './text-field';

export async function DateField({
  label,
  name,
  day,
  hint,
  invalid = false,
  required = false,
}: {
  label: string;
  name: string;
  /** The day it starts with, "YYYY-MM-DD". */
  day?: string | null;
  /** Said under the field instead of the plain format (it should still name the format). */
  hint?: string;
  /** A GET form's date the server could not read: said under the field (a form action's comes through FieldError). */
  invalid?: boolean;
  required?: boolean;
}) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('DateField');
  return (
    <div>
      <label className="block font-semibold">
        {label}
        <input
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          placeholder={t('placeholder')}
          defaultValue={typedDay(day, locale)}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={`${name}-format`}
          className={`${inputClass} font-normal`}
          data-testid="date-field"
        />
      </label>
      <p id={`${name}-format`} className="mt-1 text-sm text-stone-600">
        {hint ?? t('format')}
      </p>
      {invalid && (
        <p role="alert" className="mt-1 text-sm font-semibold text-red-700">
          {t('invalid')}
        </p>
      )}
      <FieldError name={name} />
    </div>
  );
}
