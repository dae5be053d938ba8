// The shop's and the catalog's rules, shared by the dashboard forms and their server actions.
// Messages are keys under the ShopErrors namespace. Amounts are typed in taka (Bengali or ASCII
// digits, "১২০০" = ৳1,200) and stored in poisha.
import { z } from 'zod';
import { areaIdField, MAX_AREA_ID } from '@/lib/geo/area-id';
import { parseTakaToPoisha, parseWholeNumber, toAsciiDigits } from '@/lib/i18n/digits';
import { optionalPhone, plainText } from '@/lib/i18n/text-input';
import { RESERVED_SLUGS, SLUG_MAX_LENGTH, SLUG_PATTERN } from '@/lib/tenancy/host';

export const oneLine = (max: number, tooLong: string) => plainText(max, tooLong).transform((v) => v.replace(/\n+/g, ' '));

const checkbox = z.union([z.literal('on'), z.literal('1'), z.literal(''), z.undefined(), z.null()]).transform((v) => v === 'on' || v === '1');

/** Taka typed by a person → poisha, within [min, max] taka. */
export const taka = (min: number, max: number, messages: { invalid: string; range: string }) =>
  z.string().transform((value, ctx) => {
    const poisha = parseTakaToPoisha(value);
    if (poisha === null) {
      ctx.addIssue({ code: 'custom', message: messages.invalid });
      return z.NEVER;
    }
    if (poisha < min * 100 || poisha > max * 100) {
      ctx.addIssue({ code: 'custom', message: messages.range });
      return z.NEVER;
    }
    return poisha;
  });

export const optionalTaka = (min: number, max: number, messages: { invalid: string; range: string }) =>
  z.string().transform((value, ctx) => {
    if (!toAsciiDigits(value).trim()) return null;
    const parsed = taka(min, max, messages).safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', message: parsed.error.issues[0]!.message });
      return z.NEVER;
    }
    return parsed.data;
  });

/** A whole number typed by a person, optional, within [min, max]. */
export const optionalCount = (min: number, max: number, message: string) =>
  z.string().transform((value, ctx) => {
    if (!toAsciiDigits(value).trim()) return null;
    const n = parseWholeNumber(value);
    if (n === null || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return n;
  });

// ─── the shop ───

export const slugSchema = z
  .string()
  .transform((v) => toAsciiDigits(v).trim().toLowerCase())
  .superRefine((slug, ctx) => {
    if (slug.length < 3) ctx.addIssue({ code: 'custom', message: 'slugTooShort' });
    else if (slug.length > SLUG_MAX_LENGTH) ctx.addIssue({ code: 'custom', message: 'slugTooLong' });
    else if (RESERVED_SLUGS.has(slug)) ctx.addIssue({ code: 'custom', message: 'slugReserved' });
    else if (!SLUG_PATTERN.test(slug)) ctx.addIssue({ code: 'custom', message: 'slugInvalid' });
  });

/** Relative luminance of an sRGB colour "#rrggbb" (WCAG 2). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Contrast of white text on this colour; 4.5 or more is readable (WCAG AA). */
export const contrastWithWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

/** The colours offered in the dashboard: each carries white text at AA contrast. */
export const THEME_COLOURS = ['#0f766e', '#15803d', '#1d4ed8', '#6d28d9', '#be123c', '#b45309', '#9d174d', '#334155', '#7c2d12', '#0e7490'] as const;

export const themeColourSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^#[0-9a-f]{6}$/, 'colourInvalid')
  .pipe(z.string().refine((hex) => contrastWithWhite(hex) >= 4.5, 'colourUnreadable'));

const facebookUrl = z
  .string()
  .trim()
  .transform((value, ctx) => {
    if (!value) return null;
    let url: URL;
    try {
      url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'facebookInvalid' });
      return z.NEVER;
    }
    if (!/^((www|m|web)\.)?(facebook\.com|fb\.com)$/i.test(url.hostname) || url.pathname.length < 2) {
      ctx.addIssue({ code: 'custom', message: 'facebookInvalid' });
      return z.NEVER;
    }
    url.protocol = 'https:';
    return url.toString().slice(0, 200);
  });

export const openShopSchema = z.object({
  nameBn: oneLine(60, 'nameTooLong').pipe(z.string().min(2, 'nameTooShort')),
  slug: slugSchema,
  areaId: areaIdField('areaRequired'),
  phone: optionalPhone.pipe(z.string({ error: 'phoneRequired' })),
});

const days = z.array(z.coerce.number().int().min(0).max(6)).min(1, 'openDaysRequired').max(7).transform((d) => [...new Set(d)].sort());

export const deliveryZonesSchema = z
  .array(z.object({ areaId: z.coerce.number().int().positive().max(MAX_AREA_ID), fee: taka(0, 2000, { invalid: 'feeInvalid', range: 'feeRange' }) }))
  .max(40, 'tooManyZones')
  .refine((zones) => new Set(zones.map((z) => z.areaId)).size === zones.length, 'zoneTwice');

export const shopSettingsSchema = z
  .object({
    nameBn: oneLine(60, 'nameTooLong').pipe(z.string().min(2, 'nameTooShort')),
    nameEn: oneLine(60, 'nameTooLong'),
    story: plainText(1000, 'storyTooLong'),
    themeColor: themeColourSchema,
    areaId: areaIdField('areaRequired'),
    pickupAvailable: checkbox,
    pickupAddress: oneLine(200, 'addressTooLong'),
    pickupPrivacy: z.enum(['UNION_ONLY', 'EXACT'], { error: 'privacyRequired' }),
    openDays: days,
    minOrder: z.string().transform((v) => (toAsciiDigits(v).trim() ? v : '0')).pipe(taka(0, 50_000, { invalid: 'amountInvalid', range: 'minOrderRange' })),
    acceptsCod: checkbox,
    bkashNumber: optionalPhone,
    nagadNumber: optionalPhone,
    acceptsCard: checkbox,
    phone: optionalPhone.pipe(z.string({ error: 'phoneRequired' })),
    whatsapp: optionalPhone,
    facebookUrl,
    zones: deliveryZonesSchema,
  })
  .superRefine((v, ctx) => {
    if (!v.acceptsCod && !v.bkashNumber && !v.nagadNumber && !v.acceptsCard) ctx.addIssue({ code: 'custom', path: ['payments'], message: 'paymentRequired' });
    if (!v.pickupAvailable && v.zones.length === 0) ctx.addIssue({ code: 'custom', path: ['zones'], message: 'pickupOrDelivery' });
    if (v.pickupPrivacy === 'EXACT' && !v.pickupAddress) ctx.addIssue({ code: 'custom', path: ['pickupAddress'], message: 'addressRequired' });
  })
  .transform(({ minOrder, zones, nameEn, story, pickupAddress, ...v }) => ({
    ...v,
    nameEn: nameEn || null,
    story: story || null,
    pickupAddress: pickupAddress || null,
    minOrderPoisha: minOrder,
    zones,
  }));

// ─── the catalog ───

export const PRODUCT_UNITS = ['PIECE', 'KG', 'POUND', 'GRAM', 'LITRE', 'DOZEN', 'BOX', 'PACKET', 'PLATE'] as const;
export const MAX_PRODUCT_PHOTOS = 6;
export const MAX_OPTIONS = 12;
/** Longest lead time a made-to-order product may have: 30 days. */
export const MAX_LEAD_HOURS = 30 * 24;

const price = { invalid: 'priceInvalid', range: 'priceRange' };

export const productOptionSchema = z.object({
  group: oneLine(30, 'optionTooLong'),
  name: oneLine(40, 'optionTooLong'),
  /** Price difference in taka; may be negative (a smaller size), never below the product's price. */
  delta: z.string().transform((value, ctx) => {
    const text = toAsciiDigits(value).trim().replace(/^\+/, '');
    if (!text) return 0;
    const negative = /^[-−]/.test(text);
    const poisha = parseTakaToPoisha(text.replace(/^[-−]\s*/, ''));
    if (poisha === null || poisha > 100_000_00) {
      ctx.addIssue({ code: 'custom', message: 'priceInvalid' });
      return z.NEVER;
    }
    return negative ? -poisha : poisha;
  }),
  units: optionalCount(1, 20, 'unitsInvalid').transform((n) => n ?? 1),
});

export const productSchema = z
  .object({
    nameBn: oneLine(80, 'nameTooLong').pipe(z.string().min(2, 'nameTooShort')),
    nameEn: oneLine(80, 'nameTooLong'),
    description: plainText(2000, 'descriptionTooLong'),
    price: taka(1, 1_000_000, price),
    compareAt: optionalTaka(1, 1_000_000, price),
    unit: z.enum(PRODUCT_UNITS, { error: 'unitRequired' }),
    categoryId: z
      .string()
      .transform((v) => (v ? Number(v) : null))
      .pipe(z.number().int().positive().nullable()),
    tags: z
      .string()
      .transform((v) =>
        [...new Set(v.normalize('NFC').split(/[,،;\n]+/).map((t) => t.replace(/[<>]/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean))],
      )
      .pipe(z.array(z.string().max(24, 'tagTooLong')).max(8, 'tooManyTags')),
    fulfilment: z.enum(['MADE_TO_ORDER', 'READY_STOCK'], { error: 'fulfilmentRequired' }),
    leadTime: optionalCount(0, 720, 'leadTimeInvalid'),
    leadUnit: z.enum(['hours', 'days']).default('hours'),
    dailyCapacity: optionalCount(1, 1000, 'capacityInvalid'),
    stock: optionalCount(0, 100_000, 'stockInvalid'),
    isAvailable: checkbox,
    publish: checkbox,
    options: z
      .array(productOptionSchema)
      .transform((rows) => rows.filter((r) => r.group || r.name))
      .pipe(z.array(z.object({ group: z.string(), name: z.string(), delta: z.number(), units: z.number() })).max(MAX_OPTIONS, 'tooManyOptions')),
  })
  .superRefine((v, ctx) => {
    if (v.compareAt !== null && v.compareAt <= v.price) ctx.addIssue({ code: 'custom', path: ['compareAt'], message: 'compareAtLow' });
    if (v.fulfilment === 'MADE_TO_ORDER') {
      const hours = (v.leadTime ?? 0) * (v.leadUnit === 'days' ? 24 : 1);
      if (hours > MAX_LEAD_HOURS) ctx.addIssue({ code: 'custom', path: ['leadTime'], message: 'leadTimeInvalid' });
    } else if (v.stock === null) ctx.addIssue({ code: 'custom', path: ['stock'], message: 'stockRequired' });
    v.options.forEach((o, i) => {
      if (!o.group || !o.name) ctx.addIssue({ code: 'custom', path: ['options', i], message: 'optionIncomplete' });
      if (v.price + o.delta < 100) ctx.addIssue({ code: 'custom', path: ['options', i], message: 'optionPriceLow' });
    });
  })
  .transform((v) => ({
    nameBn: v.nameBn,
    nameEn: v.nameEn || null,
    description: v.description || null,
    pricePoisha: v.price,
    compareAtPoisha: v.compareAt,
    unit: v.unit,
    categoryId: v.categoryId,
    tags: v.tags,
    fulfilment: v.fulfilment,
    leadTimeHours: v.fulfilment === 'MADE_TO_ORDER' ? (v.leadTime ?? 0) * (v.leadUnit === 'days' ? 24 : 1) : 0,
    dailyCapacity: v.fulfilment === 'MADE_TO_ORDER' ? v.dailyCapacity : null,
    stock: v.fulfilment === 'READY_STOCK' ? v.stock : null,
    isAvailable: v.isAvailable,
    publish: v.publish,
    options: v.options.map((o, i) => ({ groupBn: o.group, nameBn: o.name, priceDeltaPoisha: o.delta, capacityUnits: o.units, sortOrder: i })),
  }));

export type ProductInput = z.infer<typeof productSchema>;
export type ShopSettingsInput = z.infer<typeof shopSettingsSchema>;
