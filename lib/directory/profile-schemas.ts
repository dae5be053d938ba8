// The provider profile's rules, one schema per onboarding step, shared by the forms and the
// server actions. Messages are keys under the ProfileErrors namespace.
import { z } from 'zod';
import { areaIdField } from '@/lib/geo/area-id';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { normalizePhone } from '@/lib/phone';
import { optionalPhone, plainText } from '@/lib/i18n/text-input';

const text = plainText;

export const basicsSchema = z.object({
  nameBn: text(80, 'nameTooLong').pipe(z.string().min(2, 'nameTooShort')),
  categoryIds: z.array(z.coerce.number().int().positive()).min(1, 'categoryRequired').max(5, 'tooManyCategories'),
});

export const areaSchema = z.object({
  areaId: areaIdField('areaRequired'),
  address: text(200, 'addressTooLong'),
  addressPrivacy: z.enum(['EXACT', 'UNION_ONLY'], { error: 'privacyRequired' }),
});

export const contactSchema = z.object({
  phone: optionalPhone.pipe(z.string({ error: 'phoneRequired' })),
  otherPhones: z
    .string()
    .transform((v) => toAsciiDigits(v).split(/[,;\n]+/).map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(z.string()).max(3, 'tooManyPhones'))
    .transform((list, ctx) => {
      const phones = list.map(normalizePhone);
      if (phones.some((p) => !p)) ctx.addIssue({ code: 'custom', message: 'phoneInvalid' });
      return [...new Set(phones.filter((p): p is string => Boolean(p)))];
    }),
  whatsapp: optionalPhone,
});

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'timeInvalid');

export const hoursSchema = z
  .object({
    days: z.array(z.coerce.number().int().min(0).max(6)).max(7),
    opens: z.union([z.literal(''), time]),
    closes: z.union([z.literal(''), time]),
    availableNow: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (Boolean(v.opens) !== Boolean(v.closes)) ctx.addIssue({ code: 'custom', path: ['closes'], message: 'hoursIncomplete' });
    if (v.opens && v.closes && v.opens >= v.closes) ctx.addIssue({ code: 'custom', path: ['closes'], message: 'closesBeforeOpens' });
  });

export const servicesSchema = z.object({
  services: z
    .array(z.object({ name: text(80, 'serviceTooLong'), priceNote: text(60, 'priceNoteTooLong') }))
    .transform((rows) => rows.filter((r) => r.name || r.priceNote))
    .pipe(z.array(z.object({ name: z.string().min(1, 'serviceNameRequired'), priceNote: z.string() })).max(8, 'tooManyServices')),
  experienceYears: z
    .string()
    .transform((v) => toAsciiDigits(v).trim())
    .pipe(z.union([z.literal(''), z.string().regex(/^\d{1,2}$/, 'experienceInvalid')]))
    .transform((v) => (v === '' ? null : Number(v))),
  bio: text(1000, 'bioTooLong'),
});

export const captionSchema = text(120, 'captionTooLong');

export const MAX_WORK_PHOTOS = 8;
