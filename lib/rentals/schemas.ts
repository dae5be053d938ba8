// The rules of a to-let notice, shared by the owner's form and the server (lib/rentals/manage.ts).
// Message keys live under the RentalErrors namespace. Rent and advance are typed in taka (Bengali
// or ASCII digits) and stored in poisha; the date is a plain YYYY-MM-DD from <input type="date">.
import { z } from 'zod';
import { areaIdField } from '@/lib/geo/area-id';
import { RENTAL_KINDS } from '@/lib/directory/rental-kinds';
import { optionalPhone, plainText } from '@/lib/i18n/text-input';
import { parseTypedDay } from '@/lib/i18n/typed-date';
import { oneLine, optionalCount, optionalTaka, taka } from '@/lib/shops/schemas';

/** A listing stays public this long after it was posted or renewed. */
export const RENTAL_DAYS = 60;
/** The owner is reminded by SMS this many days before it expires. */
export const RENTAL_REMIND_DAYS = 5;
export const MAX_RENTAL_PHOTOS = 6;
export const RENT_PERIODS = ['MONTH', 'DAY', 'TRIP'] as const;

const money = { invalid: 'amountInvalid', range: 'amountRange' };

export const rentalSchema = z.object({
  kind: z.enum(RENTAL_KINDS, { error: 'kindRequired' }),
  title: oneLine(100, 'titleTooLong').pipe(z.string().min(4, 'titleTooShort')),
  areaId: areaIdField('areaRequired'),
  rent: taka(1, 10_000_000, money),
  period: z.enum(RENT_PERIODS, { error: 'periodRequired' }).default('MONTH'),
  // The column is a 32-bit integer of poisha: at most ২ কোটি taka.
  advance: optionalTaka(0, 20_000_000, money),
  rooms: optionalCount(0, 100, 'roomsInvalid'),
  size: oneLine(80, 'sizeTooLong'),
  availableFrom: z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (!value) return null;
      const day = parseTypedDay(value);
      const date = day ? new Date(`${day}T00:00:00+06:00`) : null;
      if (!day || !date || day < '2020' || day > '2100') {
        ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
        return z.NEVER;
      }
      return date;
    }),
  description: plainText(2000, 'descriptionTooLong'),
  phone: optionalPhone,
  whatsapp: optionalPhone,
});

export type RentalInput = z.output<typeof rentalSchema>;
