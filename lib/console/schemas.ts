// Form fields the console's pages share: each schema written once.
import { z } from 'zod';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { plainText } from '@/lib/i18n/text-input';

export const requiredText = (max: number, required: string, tooLong: string) => plainText(max, tooLong).pipe(z.string().min(1, required));

/** An officer's note or reason on a verification or a record's suspension. */
export const noteField = plainText(300, 'reasonTooLong');

export const reasonField = requiredText(500, 'reasonRequired', 'reasonTooLong');
/** An id typed or picked in a form, Bengali digits too. */
export const idField = (message: string) => z.string().transform((v, ctx) => {
  const text = toAsciiDigits(v).trim();
  if (!/^\d{1,9}$/.test(text)) {
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return Number(text);
});
