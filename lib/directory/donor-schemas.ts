// A blood donor's own registration form, shared by the form and the server action. Messages are
// keys under Blood.errors (the name's under ProfileErrors, the same rule as a provider's name).
import { z } from 'zod';
import { areaIdField } from '@/lib/geo/area-id';
import { BLOOD_GROUPS, parseDonationDate, typedDate } from './blood';
import { basicsSchema } from './profile-schemas';

export const DONOR_SEXES = ['FEMALE', 'MALE', 'OTHER'] as const;
export const DONOR_MIN_AGE = 18;
export const DONOR_MAX_AGE = 60;

export const donorSchema = z.object({
  nameBn: basicsSchema.shape.nameBn,
  bloodGroup: z.enum(BLOOD_GROUPS, { error: 'groupRequired' }),
  sex: z.enum(DONOR_SEXES, { error: 'sexRequired' }),
  birthDate: typedDate('birthRequired'),
  /** Optional: empty means no donation to record (an earlier one stays). */
  lastDonation: z
    .string()
    .default('')
    .transform((value, ctx) => {
      if (!value.trim()) return null;
      const date = parseDonationDate(value);
      if (!date) ctx.addIssue({ code: 'custom', message: 'dateInvalid' });
      return date;
    }),
  areaId: areaIdField('unionRequired'),
});

export type DonorInput = z.output<typeof donorSchema>;
