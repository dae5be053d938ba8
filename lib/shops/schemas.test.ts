import { describe, expect, it } from 'vitest';
import { plainText } from '@/lib/i18n/text-input';
import { contrastWithWhite, openShopSchema, productSchema, shopSettingsSchema, slugSchema, THEME_COLOURS } from './schemas';

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0] ?? 'form'), i.message]));

const product = {
  nameBn: 'ভাপা পিঠা',
  nameEn: '',
  description: '',
  price: '২০',
  compareAt: '',
  unit: 'PIECE',
  categoryId: '',
  tags: '',
  fulfilment: 'MADE_TO_ORDER',
  leadTime: '12',
  leadUnit: 'hours',
  dailyCapacity: '',
  stock: '',
  isAvailable: 'on',
  publish: 'on',
  options: [],
};

describe('shop addresses', () => {
  it.each([
    ['ab', 'slugTooShort'],
    ['a'.repeat(31), 'slugTooLong'],
    // Refused, never cut to 30 (the form says the limit and counts).
    ['a'.repeat(32) + '-' + 'b'.repeat(31), 'slugTooLong'],
    ['admin', 'slugReserved'],
    ['www', 'slugReserved'],
    ['pitha ghor', 'slugInvalid'],
    ['pitha_ghor', 'slugInvalid'],
    ['-pitha', 'slugInvalid'],
    ['pitha--ghor', 'slugInvalid'],
    ['পিঠা', 'slugInvalid'],
  ])('%s → %s', (slug, message) => {
    expect(slugSchema.safeParse(slug).error?.issues[0]?.message).toBe(message);
  });
  it('lower-cases and trims what was typed', () => {
    expect(slugSchema.parse('  Pitha-Ghor ')).toBe('pitha-ghor');
    expect(slugSchema.parse('pitha২৪')).toBe('pitha24');
  });
  it('names every bad field of the open-shop form at once', () => {
    expect(errorsOf(openShopSchema.safeParse({ nameBn: 'ক', slug: 'api', areaId: undefined, phone: '12345' }))).toEqual({
      nameBn: 'nameTooShort',
      slug: 'slugReserved',
      areaId: 'areaRequired',
      phone: 'phoneInvalid',
    });
  });
  it('refuses an area id no area can have (beyond the database integer) as a missing area, not a 500', () => {
    for (const areaId of ['3000000000', '0', '1.5', 'x']) expect(errorsOf(openShopSchema.safeParse({ nameBn: 'পিঠাঘর', slug: 'pithaghor', areaId, phone: '01711000000' })).areaId, areaId).toBe('areaRequired');
  });
});

describe('theme colours', () => {
  it('offers only colours white text can be read on', () => {
    for (const colour of THEME_COLOURS) expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  });
  it('refuses pale colours and anything that is not a colour', () => {
    const base = { nameBn: 'দোকান', nameEn: '', story: '', areaId: '1', pickupAvailable: 'on', pickupAddress: '', pickupPrivacy: 'UNION_ONLY', openDays: ['1'], minOrder: '', acceptsCod: 'on', bkashNumber: '', nagadNumber: '', acceptsCard: '', phone: '01711000000', whatsapp: '', facebookUrl: '', zones: [] };
    expect(errorsOf(shopSettingsSchema.safeParse({ ...base, themeColor: '#fde68a' }))).toEqual({ themeColor: 'colourUnreadable' });
    expect(errorsOf(shopSettingsSchema.safeParse({ ...base, themeColor: 'red;background:url(x)' }))).toEqual({ themeColor: 'colourInvalid' });
    expect(errorsOf(shopSettingsSchema.safeParse({ ...base, themeColor: '#0F766E' })).themeColor).toBeUndefined();
  });
  it('needs a way to pay, a way to get the goods, and a real Facebook link', () => {
    const base = { nameBn: 'দোকান', nameEn: '', story: '', themeColor: '#0f766e', areaId: '1', pickupAddress: '', pickupPrivacy: 'UNION_ONLY', openDays: ['1'], minOrder: '', bkashNumber: '', nagadNumber: '', acceptsCard: '', phone: '01711000000', whatsapp: '', zones: [] };
    expect(errorsOf(shopSettingsSchema.safeParse({ ...base, acceptsCod: 'on', pickupAvailable: 'on', facebookUrl: 'https://evil.example/facebook.com' }))).toEqual({ facebookUrl: 'facebookInvalid' });
    expect(errorsOf(shopSettingsSchema.safeParse({ ...base, acceptsCod: '', pickupAvailable: '', facebookUrl: '' }))).toEqual({
      payments: 'paymentRequired',
      zones: 'pickupOrDelivery',
    });
    expect(errorsOf(shopSettingsSchema.safeParse({ ...base, acceptsCod: 'on', pickupAvailable: 'on', facebookUrl: '', openDays: [], minOrder: '৬০০০০' }))).toEqual({
      openDays: 'openDaysRequired',
      minOrder: 'minOrderRange',
    });
    expect(errorsOf(shopSettingsSchema.safeParse({ ...base, acceptsCod: 'on', pickupAvailable: 'on', facebookUrl: '', zones: [{ areaId: '5', fee: '-10' }, { areaId: '5', fee: '20' }] }))).toEqual({ zones: 'feeInvalid' });
  });
});

describe('product input', () => {
  it('reads prices in Bengali digits as taka', () => {
    expect(productSchema.parse({ ...product, price: '১২০০' }).pricePoisha).toBe(120000);
    expect(productSchema.parse({ ...product, price: '১,২০০.৫০' }).pricePoisha).toBe(120050);
    expect(productSchema.parse({ ...product, price: '৳ 75' }).pricePoisha).toBe(7500);
  });
  it.each([
    [{ price: '-5' }, { price: 'priceInvalid' }],
    [{ price: '0' }, { price: 'priceRange' }],
    [{ price: '99999999' }, { price: 'priceRange' }],
    [{ price: 'দুইশ' }, { price: 'priceInvalid' }],
    [{ price: '12.345' }, { price: 'priceInvalid' }],
    [{ compareAt: '10' }, { compareAt: 'compareAtLow' }],
    [{ dailyCapacity: '-1' }, { dailyCapacity: 'capacityInvalid' }],
    [{ dailyCapacity: '১০০০০' }, { dailyCapacity: 'capacityInvalid' }],
    [{ leadTime: '31', leadUnit: 'days' }, { leadTime: 'leadTimeInvalid' }],
    [{ fulfilment: 'READY_STOCK', stock: '' }, { stock: 'stockRequired' }],
    [{ fulfilment: 'READY_STOCK', stock: '2.5' }, { stock: 'stockInvalid' }],
    [{ nameBn: ' ' }, { nameBn: 'nameTooShort' }],
    [{ unit: 'TONNE' }, { unit: 'unitRequired' }],
    [{ tags: 'a,b,c,d,e,f,g,h,i' }, { tags: 'tooManyTags' }],
    [{ options: [{ group: 'ওজন', name: '', delta: '', units: '' }] }, { options: 'optionIncomplete' }],
    [{ options: [{ group: 'ওজন', name: 'ছোট', delta: '-২০', units: '' }] }, { options: 'optionPriceLow' }],
    [{ options: [{ group: 'ওজন', name: 'বড়', delta: '+১০', units: '৫০' }] }, { options: 'unitsInvalid' }],
  ])('%o → %o', (change, errors) => {
    expect(errorsOf(productSchema.safeParse({ ...product, ...change }))).toEqual(errors);
  });
  it('keeps HTML as text and line breaks as they were typed', () => {
    const parsed = productSchema.parse({ ...product, nameBn: '<script>alert(1)</script> পিঠা', description: 'প্রথম লাইন\r\n\r\n\r\n<b>দ্বিতীয়</b>\t লাইন' });
    expect(parsed.nameBn).toBe('<script>alert(1)</script> পিঠা');
    expect(parsed.description).toBe('প্রথম লাইন\n\n<b>দ্বিতীয়</b> লাইন');
    expect(plainText(10, 'x').parse('a\u0000b\u200bc')).toBe('ab\u200bc');
  });
  it('stores ready stock without a lead time and made-to-order without stock', () => {
    expect(productSchema.parse({ ...product, fulfilment: 'READY_STOCK', stock: '১২', leadTime: '5', dailyCapacity: '3' })).toMatchObject({ stock: 12, leadTimeHours: 0, dailyCapacity: null });
    expect(productSchema.parse({ ...product, stock: '12', leadTime: '২', leadUnit: 'days' })).toMatchObject({ stock: null, leadTimeHours: 48 });
  });
});
