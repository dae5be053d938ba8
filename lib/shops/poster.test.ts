import { randomInt } from 'node:crypto';
import jsQR from 'jsqr';
import { createTranslator } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import ShopPoster, { generateMetadata } from '@/app/[locale]/(shop)/s/[shop]/poster/page';
import { db } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { shopPublicUrl } from '@/lib/tenancy/urls';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import { loadPosterShop, posterSize, qrCodeSvg } from './poster';

// The page's translations without a Next.js request: the same messages, through next-intl's core.
const request = vi.hoisted(() => ({ locale: 'bn' as AppLocale }));
vi.mock('next-intl/server', () => ({
  setRequestLocale: (locale: AppLocale) => {
    request.locale = locale;
  },
  getTranslations: async (arg: string | { locale: AppLocale; namespace: string }) => {
    const { locale, namespace } = typeof arg === 'string' ? { locale: request.locale, namespace: arg } : arg;
    return createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: namespace as 'Poster' });
  },
}));

let serial = 0;
let areaId: number;
let ownerId: string;

beforeAll(async () => {
  areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  ownerId = (await db.user.create({ data: { phone: `+88017${String(randomInt(1e8)).padStart(8, '0')}`, name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } })).id;
});

async function shop(status: 'ACTIVE' | 'SUSPENDED' | 'DRAFT' | 'CLOSED' = 'ACTIVE', extra: { pickupAddress?: string; pickupPrivacy?: 'EXACT' | 'UNION_ONLY' } = {}) {
  const created = await db.shop.create({
    data: { slug: `poster-shop-${++serial}`, ownerId, nameBn: 'মায়ের হাতের পিঠা', nameEn: "Mother's Pitha", areaId, phone: '+8801711234567', status, ...extra },
  });
  const statuses = ['ACTIVE', 'HIDDEN', 'ACTIVE', 'DRAFT', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'ACTIVE', 'SUSPENDED'] as const;
  await db.product.createMany({
    data: statuses.map((s, i) => ({ shopId: created.id, slug: `p-${i}`, nameBn: `পিঠা ${i}`, nameEn: `Pitha ${i}`, pricePoisha: 1500 * (i + 1), unit: 'PIECE' as const, status: s, sortOrder: i })),
  });
  return created;
}

/** Reads the QR code back from the SVG, as a phone's camera would. */
async function decodeQr(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(600, 600, { kernel: 'nearest' }).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null;
}

const render = async (slug: string, locale: AppLocale = 'bn', size?: string) =>
  renderToStaticMarkup(await ShopPoster({ params: Promise.resolve({ locale, shop: slug }), searchParams: Promise.resolve({ size }) }));

describe('loadPosterShop', () => {
  it('leads to the shop’s public address and shows its active products with prices in Bengali digits', async () => {
    const s = await shop('ACTIVE', { pickupAddress: 'সাতমাথা মোড়, ১২ নম্বর বাড়ি', pickupPrivacy: 'EXACT' });
    const poster = (await loadPosterShop(s.slug, 'bn', 4))!;
    expect(poster.url).toBe(shopPublicUrl(s.slug));
    expect(poster.displayUrl).toBe(shopPublicUrl(s.slug).replace(/^https?:\/\//, ''));
    expect(poster.phone).toBe('০১৭১১-২৩৪৫৬৭');
    expect(poster.address).toBe('সাতমাথা মোড়, ১২ নম্বর বাড়ি, মির্জাপুর, শেরপুর, বগুড়া');
    expect(poster.products.map((p) => [p.name, p.price])).toEqual([['পিঠা 0', '৳১৫'], ['পিঠা 2', '৳৪৫'], ['পিঠা 4', '৳৭৫'], ['পিঠা 5', '৳৯০']]);

    const english = (await loadPosterShop(s.slug, 'en', 1))!;
    expect(english).toMatchObject({ name: "Mother's Pitha", url: shopPublicUrl(s.slug, '/', 'en'), phone: '01711-234567' });
    expect(english.products[0]!.price).toBe('৳15');
  });

  it('keeps the street private unless the seller shows it', async () => {
    const s = await shop('ACTIVE', { pickupAddress: 'গোপন বাড়ি', pickupPrivacy: 'UNION_ONLY' });
    expect((await loadPosterShop(s.slug, 'bn'))!.address).toBe('মির্জাপুর, শেরপুর, বগুড়া');
  });

  it('has no poster for a shop that is not open, or does not exist', async () => {
    for (const status of ['SUSPENDED', 'DRAFT', 'CLOSED'] as const) expect(await loadPosterShop((await shop(status)).slug, 'bn'), status).toBeNull();
    expect(await loadPosterShop('no-such-shop', 'bn')).toBeNull();
    expect(await loadPosterShop('../etc', 'bn')).toBeNull();
  });

  it('reads ?size: a5, else a4', () => {
    expect(posterSize('a5')).toBe('a5');
    expect(posterSize('a4')).toBe('a4');
    expect(posterSize(['a5', 'a4'])).toBe('a4');
    expect(posterSize(undefined)).toBe('a4');
    expect(posterSize('letter')).toBe('a4');
  });
});

describe('the QR code', () => {
  it('is an SVG that a camera reads as the shop’s address', async () => {
    const url = shopPublicUrl('pitha');
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(await decodeQr(svg)).toBe(url);
    expect(await decodeQr(await qrCodeSvg('https://pitha.haat-bogura.gov.bd/en'))).toBe('https://pitha.haat-bogura.gov.bd/en');
  });
});

describe('the poster page', () => {
  it('prints on one A4 page by default, with the QR code to the shop and relative size links', async () => {
    const s = await shop();
    const html = await render(s.slug);
    expect(html).toContain('@page { size: A4 portrait; margin: 0; }');
    expect(html).toContain('মোবাইলে স্ক্যান করে অর্ডার করুন');
    expect(html).toContain('ফোন: ০১৭১১-২৩৪৫৬৭');
    expect(html).toContain('৳১৫ / পিস');
    expect(html).toContain('href="?size=a5"');
    expect(html).not.toContain(`/s/${s.slug}/`);
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html.slice(html.indexOf('data-testid="poster"')))![0];
    expect(await decodeQr(svg)).toBe(shopPublicUrl(s.slug));
    expect((html.match(/<li /g) ?? []).length).toBe(6);

    const a5 = await render(s.slug, 'bn', 'a5');
    expect(a5).toContain('@page { size: A5 portrait; margin: 0; }');
    expect((a5.match(/<li /g) ?? []).length).toBe(4);
  });

  it('is in English under /en, and never indexed', async () => {
    const s = await shop();
    const html = await render(s.slug, 'en');
    expect(html).toContain('Scan with your phone to order');
    expect(html).toContain('৳15 / piece');
    const meta = await generateMetadata({ params: Promise.resolve({ locale: 'en', shop: s.slug }) });
    expect(meta).toMatchObject({ title: "Mother's Pitha — printable poster", robots: { index: false, follow: false } });
  });

  it('is not found for a suspended shop', async () => {
    const s = await shop('SUSPENDED');
    await expect(render(s.slug)).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
    expect(await generateMetadata({ params: Promise.resolve({ locale: 'bn', shop: s.slug }) })).toEqual({});
  });
});
