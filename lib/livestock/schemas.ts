// The rules of a livestock listing, shared by the seller's form and the server (lib/livestock/manage.ts).
// Message keys live under the LivestockErrors namespace. Weight is typed in kg and price in taka
// (Bengali or ASCII digits, "১,২০,০০০"), price stored in poisha.
import { z } from 'zod';
import { areaIdField } from '@/lib/geo/area-id';
import { parseWholeNumber, toAsciiDigits } from '@/lib/i18n/digits';
import { optionalPhone, plainText } from '@/lib/i18n/text-input';
import { parseTypedDay } from '@/lib/i18n/typed-date';
import { oneLine, taka } from '@/lib/shops/schemas';
import { ANIMALS, BREEDS, TEETH } from './kinds';

export const MIN_WEIGHT_KG = 5;
export const MAX_WEIGHT_KG = 2000;
export const MIN_PRICE_TAKA = 1_000;
export const MAX_PRICE_TAKA = 5_000_000;
export const MAX_LIVESTOCK_PHOTOS = 8;
/** New listings one seller may post in a day (Asia/Dhaka); more are refused with `dailyLimit`. */
export const LISTINGS_PER_DAY = 10;
/** Outside a season (or with no season published), a listing stays up this long, and again on renewal. */
export const OFF_SEASON_DAYS = 30;

const checkbox = z.union([z.literal('on'), z.literal('1'), z.literal(''), z.undefined(), z.null()]).transform((v) => v === 'on' || v === '1');
const optionalId = z.string().trim().max(40).optional().transform((v) => v || null);

export const livestockSchema = z
  .object({
    animal: z.enum(ANIMALS, { error: 'animalRequired' }),
    breed: z.string({ error: 'breedRequired' }).trim().min(1, 'breedRequired'),
    colour: oneLine(40, 'colourTooLong'),
    teeth: z.union([z.enum(TEETH), z.literal('')], { error: 'teethInvalid' }).optional().transform((v) => v || null),
    weightKg: z.string().transform((value, ctx) => {
      const kg = parseWholeNumber(value);
      if (!toAsciiDigits(value).trim()) ctx.addIssue({ code: 'custom', message: 'weightRequired' });
      else if (kg === null) ctx.addIssue({ code: 'custom', message: 'weightInvalid' });
      else if (kg < MIN_WEIGHT_KG || kg > MAX_WEIGHT_KG) ctx.addIssue({ code: 'custom', message: 'weightRange' });
      else return kg;
      return z.NEVER;
    }),
    weightEstimated: checkbox,
    price: taka(MIN_PRICE_TAKA, MAX_PRICE_TAKA, { invalid: 'priceInvalid', range: 'priceRange' }),
    negotiable: checkbox,
    areaId: areaIdField('areaRequired'),
    seeAt: oneLine(120, 'seeAtTooLong'),
    haatId: optionalId,
    haatOn: z
      .string()
      .trim()
      .optional()
      .transform((value, ctx) => {
        if (!value) return null;
        const day = parseTypedDay(value);
        if (!day || day < '2020' || day > '2100') {
          ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
          return z.NEVER;
        }
        return new Date(`${day}T00:00:00+06:00`);
      }),
    description: plainText(1000, 'descriptionTooLong'),
    phone: optionalPhone,
    whatsapp: optionalPhone,
  })
  .superRefine((v, ctx) => {
    if (!BREEDS[v.animal].includes(v.breed)) ctx.addIssue({ code: 'custom', path: ['breed'], message: 'breedNotOfAnimal' });
    if (v.haatOn && !v.haatId) ctx.addIssue({ code: 'custom', path: ['haatId'], message: 'haatRequiredForDay' });
  });

export type LivestockInput = z.output<typeof livestockSchema>;

/** Price per kg in poisha, as LivestockListing.perKgPoisha keeps it. */
export const perKg = (pricePoisha: number, weightKg: number) => Math.round(pricePoisha / weightKg);
