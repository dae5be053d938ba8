import { randomInt } from 'node:crypto';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/share-image/route';
import { facebookShareUrl, ShareButton, whatsappShareUrl } from '@/components/shops/share-button';
import { db } from '@/lib/db';
import { processImage } from '@/lib/media/process';
import { storeImage } from '@/lib/media/storage';
import { rootOrigin } from '@/lib/tenancy/urls';
import { readDemoPicture } from '../../prisma/demo-pictures/catalogue';
import { drawableText, escapeMarkup, shareImageUrl, truncateText } from './share';
import { woffToSfnt } from './share-font';
import { loadShareCard, renderShareImage, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-image';

let serial = 0;
let areaId: number;
let ownerId: string;

beforeAll(async () => {
  areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  const owner = await db.user.create({ data: { phone: `+88017${String(randomInt(1e8)).padStart(8, '0')}`, name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } });
  ownerId = owner.id;
});

async function photo(seed: number, purpose: 'PRODUCT_PHOTO' | 'SHOP_BANNER') {
  const picture = ['bhapa-pitha', 'patishapta', 'puli-pitha', 'malpua'][seed % 4]!;
  return storeImage(await processImage(await readDemoPicture(picture)), { purpose, ownerId, isPublic: true });
}

async function shop(data: { nameBn?: string; status?: 'ACTIVE' | 'SUSPENDED' | 'DRAFT' | 'CLOSED'; themeColor?: string; banner?: boolean } = {}) {
  const slug = `share-shop-${++serial}`;
  const banner = data.banner ? await photo(serial, 'SHOP_BANNER') : null;
  return db.shop.create({
    data: { slug, ownerId, nameBn: data.nameBn ?? 'মায়ের হাতের পিঠা', nameEn: "Mother's Pitha", areaId, phone: '+8801711234567', status: data.status ?? 'ACTIVE', themeColor: data.themeColor ?? '#b45309', bannerId: banner?.id },
  });
}

async function product(shopId: string, data: { nameBn?: string; status?: 'ACTIVE' | 'HIDDEN' | 'DRAFT' | 'SUSPENDED'; pricePoisha?: number; withPhoto?: boolean } = {}) {
  const media = data.withPhoto ? await photo(++serial, 'PRODUCT_PHOTO') : null;
  return db.product.create({
    data: {
      shopId, slug: `product-${++serial}`, nameBn: data.nameBn ?? 'ক্ষীরের পাটিসাপটা', nameEn: 'Patishapta', pricePoisha: data.pricePoisha ?? 120_000, unit: 'DOZEN', status: data.status ?? 'ACTIVE',
      photos: media ? { create: [{ mediaId: media.id }] } : undefined,
    },
  });
}

const get = (query: string) => GET(new Request(`http://localhost:3000/api/share-image?${query}`));

describe('shareImageUrl', () => {
  it('is an absolute address on the root origin, with the product and a non-default language when given', () => {
    expect(shareImageUrl('pitha')).toBe(`${rootOrigin()}/api/share-image?shop=pitha`);
    expect(shareImageUrl('pitha', 'bhapa-pitha')).toBe(`${rootOrigin()}/api/share-image?shop=pitha&product=bhapa-pitha`);
    expect(shareImageUrl('pitha', undefined, 'en')).toBe(`${rootOrigin()}/api/share-image?shop=pitha&locale=en`);
  });
});

describe('text for the image', () => {
  it('escapes markup so a seller’s name is drawn as written', () => {
    expect(escapeMarkup(`<b>x</b> & 'y' "z"`)).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &apos;y&apos; &quot;z&quot;');
    expect(escapeMarkup('মায়ের পিঠা')).toBe('মায়ের পিঠা');
  });

  it('drops emoji and control characters but keeps Bengali joiners', () => {
    expect(drawableText('  পিঠা 🎂🇧🇩 ঘর 👩‍🍳\n\tনতুন\u0000 ')).toBe('পিঠা ঘর নতুন');
    expect(drawableText('র‍্যাব')).toBe('র‍্যাব'); // ZWJ: র‍্য, not র্য
    expect(drawableText('😀')).toBe('');
    expect(drawableText('\u202Eঘর\u202C \u200D')).toBe('ঘর');
  });

  it('shortens long text with … at a letter boundary, never leaving a hasanta', () => {
    expect(truncateText('ভাপা পিঠা', 20)).toBe('ভাপা পিঠা');
    expect(truncateText('দুধ চিতই পিঠা আর নারকেলের নাড়ু', 10)).toBe('দুধ চিতই…');
    const cut = truncateText('ক্ষক্ষক্ষক্ষক্ষক্ষ', 4);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\u09CD…$/);
  });
});

describe('WOFF fonts', () => {
  it('unpacks to a TrueType file', async () => {
    const { readFile } = await import('node:fs/promises');
    const { createRequire } = await import('node:module');
    const woff = await readFile(createRequire(import.meta.url).resolve('@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff'));
    const ttf = woffToSfnt(woff);
    expect(ttf.readUInt32BE(0)).toBe(woff.readUInt32BE(4)); // the wrapped flavour, 0x00010000 for TrueType
    expect(ttf.length).toBe(woff.readUInt32BE(16)); // totalSfntSize from the WOFF header
    expect(() => woffToSfnt(Buffer.from('not a font'))).toThrow();
  });
});

describe('GET /api/share-image', () => {
  it('draws a 1200×630 PNG of a shop, cacheable for an hour', async () => {
    const s = await shop({ banner: true });
    const res = await get(`shop=${s.slug}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'png', width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
  });

  it('draws a product with its price in Bengali digits, and in English on request', async () => {
    const s = await shop();
    const p = await product(s.id, { withPhoto: true });
    const res = await get(`shop=${s.slug}&product=${p.slug}`);
    expect(res.status).toBe(200);
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(SHARE_IMAGE_WIDTH);
    expect((await loadShareCard(s.slug, p.slug, 'bn'))?.product).toEqual({ name: 'ক্ষীরের পাটিসাপটা', price: '৳১,২০০ / ডজন' });
    expect((await loadShareCard(s.slug, p.slug, 'en'))?.product).toEqual({ name: 'Patishapta', price: '৳1,200 / dozen' });
  });

  it('answers 404 for an unknown, suspended, draft or closed shop and for a hidden or unknown product', async () => {
    const open = await shop();
    const hidden = await product(open.id, { status: 'HIDDEN' });
    const draft = await product(open.id, { status: 'DRAFT' });
    const other = await shop();
    const elsewhere = await product(other.id);
    for (const status of ['SUSPENDED', 'DRAFT', 'CLOSED'] as const) {
      const s = await shop({ status });
      const p = await product(s.id);
      expect((await get(`shop=${s.slug}`)).status, status).toBe(404);
      expect((await get(`shop=${s.slug}&product=${p.slug}`)).status, status).toBe(404);
    }
    for (const query of ['shop=no-such-shop', '', 'shop=<script>', `shop=${open.slug}&product=${hidden.slug}`, `shop=${open.slug}&product=${draft.slug}`, `shop=${open.slug}&product=nothing`, `shop=${open.slug}&product=${elsewhere.slug}`]) {
      expect((await get(query)).status, query).toBe(404);
    }
  });

  it('draws markup, emoji and very long names without failing, fast', async () => {
    const names = ['<b>x</b> & <i>পিঠা</i>', '🎂🎂🎂', 'ষষ্ঠী ক্ষীর '.repeat(40), 'x'.repeat(500), '\u0007\uFFFF\uD800 \u202E'];
    for (const nameBn of names) {
      const s = await shop({ nameBn, themeColor: '#fde68a' });
      const p = await product(s.id, { nameBn, pricePoisha: 99_999_999 });
      for (const query of [`shop=${s.slug}`, `shop=${s.slug}&product=${p.slug}`]) {
        const started = performance.now();
        const res = await get(query);
        expect(res.status, nameBn).toBe(200);
        expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).height).toBe(SHARE_IMAGE_HEIGHT);
        expect(performance.now() - started).toBeLessThan(2000);
      }
    }
  });

  it('leaves out what cannot be drawn', async () => {
    const s = await shop();
    const card = (await loadShareCard(s.slug, null, 'bn'))!;
    const png = await renderShareImage({ ...card, shopName: '\u0000</span><span>', place: '\u0000' });
    expect((await sharp(png).metadata()).width).toBe(SHARE_IMAGE_WIDTH);
  });

  it('goes without the photo when its file is missing', async () => {
    const s = await shop({ banner: true });
    const card = (await loadShareCard(s.slug, null, 'bn'))!;
    const png = await renderShareImage({ ...card, photo: { ...card.photo!, key: 'shop/missing.webp' } });
    expect((await sharp(png).metadata()).width).toBe(SHARE_IMAGE_WIDTH);
  });
});

describe('ShareButton', () => {
  const labels = { share: 'শেয়ার করুন', copy: 'লিংক কপি করুন', copied: 'কপি হয়েছে', whatsapp: 'হোয়াটসঅ্যাপে পাঠান', facebook: 'ফেসবুকে শেয়ার করুন' };

  it('builds WhatsApp and Facebook share links with the address encoded', () => {
    const url = 'https://pitha.haat-bogura.gov.bd/p/bhapa?x=1&y=2';
    expect(whatsappShareUrl(url, 'ভাপা পিঠা — ৳১৫')).toBe(`https://wa.me/?text=${encodeURIComponent(`ভাপা পিঠা — ৳১৫\n${url}`)}`);
    expect(whatsappShareUrl(url)).toBe(`https://wa.me/?text=${encodeURIComponent(url)}`);
    expect(facebookShareUrl(url)).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fpitha.haat-bogura.gov.bd%2Fp%2Fbhapa%3Fx%3D1%26y%3D2');
  });

  it('renders links that work before any script runs, and no copy button until one does', () => {
    const html = renderToStaticMarkup(createElement(ShareButton, { url: 'https://pitha.example/', title: 'পিঠা', text: 'মায়ের হাতের পিঠা', labels }));
    expect(html).toContain(`href="${whatsappShareUrl('https://pitha.example/', 'মায়ের হাতের পিঠা').replaceAll('&', '&amp;')}"`);
    expect(html).toContain(`href="${facebookShareUrl('https://pitha.example/')}"`);
    expect(html).toContain('হোয়াটসঅ্যাপে পাঠান');
    expect(html).not.toContain(labels.copy);
    expect(html.match(/min-h-12/g)?.length).toBe(2);
  });
});
