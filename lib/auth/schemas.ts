// The account forms' rules, written once and used by the forms and the server actions alike.
// Messages are keys under the Auth namespace of messages/*.json.
import { z } from 'zod';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { normalizePhone } from '@/lib/phone';
import { MAX_PASSWORD_LENGTH } from './passwords';

export const phoneField = z
  .string({ error: 'phoneRequired' })
  .trim()
  .min(1, 'phoneRequired')
  .transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (!phone) {
      ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
      return z.NEVER;
    }
    return phone;
  });

export const nameField = z
  .string({ error: 'nameRequired' })
  .transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(2, 'nameTooShort').max(80, 'nameTooLong'));

const passwordInput = z.string({ error: 'passwordRequired' }).min(1, 'passwordRequired').max(MAX_PASSWORD_LENGTH, 'passwordTooLong');

export const codeField = z
  .string({ error: 'codeRequired' })
  .transform((v) => toAsciiDigits(v).replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'codeInvalid'));

export const signInSchema = z.object({ phone: phoneField, password: passwordInput });
export const signUpSchema = z.object({ name: nameField, phone: phoneField, password: passwordInput });
export const verifySchema = z.object({ phone: phoneField, code: codeField });
export const forgotSchema = z.object({ phone: phoneField });
export const resetSchema = z.object({ phone: phoneField, code: codeField, password: passwordInput });
export const changeNameSchema = z.object({ name: nameField });
export const changePasswordSchema = z.object({ current: passwordInput, password: passwordInput });
export const changeLocaleSchema = z.object({ locale: z.enum(['bn', 'en'], { error: 'localeInvalid' }) });

export type FieldErrors = Record<string, string>;

/** zod issues → { field: messageKey }, first issue per field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}
