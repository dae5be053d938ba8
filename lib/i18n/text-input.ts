// What every form does with text and phone numbers people type, shared by all schemas: text is
// plain (NFC, no control characters, single spaces, line breaks kept; never interpreted as HTML)
// and phone numbers are normalised to +8801XXXXXXXXX.
import { z } from 'zod';
import { normalizePhone } from '@/lib/phone';

/** Plain text up to `max` characters; `tooLong` is the message key when it is longer. */
export const plainText = (max: number, tooLong: string) =>
  z
    .string()
    .transform((v) =>
      v
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
        .replace(/[ \t]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    )
    .pipe(z.string().max(max, tooLong));

/** A Bangladeshi mobile number, or null when left empty; message key `phoneInvalid`. */
export const optionalPhone = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return null;
    const phone = normalizePhone(value);
    if (!phone) ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
    return phone;
  });
