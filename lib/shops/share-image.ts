// The preview image a shared link shows on Facebook, WhatsApp and Messenger: 1200×630, the shop's
// colour, its name (and a product's name and price) in Bengali, and a photo when there is one.
// Drawn with sharp: Pango + HarfBuzz shape Bengali correctly, which Satori (next/og) does not.
import 'server-only';
import { createTranslator } from 'next-intl';
import sharp, { type OverlayOptions } from 'sharp';
import { db } from '@/lib/db';
import type { Media } from '@/lib/generated/prisma/client';
import { formatTaka } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { readPublicMedia } from '@/lib/media/local-store';
import { isValidShopSlug } from '@/lib/tenancy/host';
import { shopPublicUrl } from '@/lib/tenancy/urls';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import { SHARE_FONT_FAMILY, shareFonts, type ShareFontWeight } from './share-font';
import { drawableText, escapeMarkup, truncateText } from './share';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

const PRODUCT_SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const DEFAULT_THEME = '#0f766e';

export interface ShareCard {
  shopName: string;
  /** "pitha.haat-bogura.gov.bd" or "haat-bogura.gov.bd/s/pitha": where buyers find the shop. */
  address: string;
  /** Under the shop's name when there is no product: its place. */
  place: string | null;
  product: { name: string; price: string } | null;
  themeColor: string;
  /** "হাট": the platform's name, drawn large when there is no photo. */
  brand: string;
  photo: Pick<Media, 'storage' | 'key' | 'url' | 'isPublic'> | null;
}

const mediaSelect = { select: { storage: true, key: true, url: true, isPublic: true } } as const;

/** What the image of an active shop (or of an active product in it) shows; null when there is none. */
export async function loadShareCard(shopSlug: string, productSlug: string | null, locale: AppLocale): Promise<ShareCard | null> {
  if (!isValidShopSlug(shopSlug) || (productSlug !== null && !PRODUCT_SLUG.test(productSlug))) return null;
  const shop = await db.shop.findUnique({
    where: { slug: shopSlug },
    select: {
      id: true, slug: true, nameBn: true, nameEn: true, themeColor: true, status: true,
      area: { select: { nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true } } } },
      banner: mediaSelect,
      logo: mediaSelect,
    },
  });
  if (!shop || shop.status !== 'ACTIVE') return null;
  const product = productSlug
    ? await db.product.findUnique({
        where: { shopId_slug: { shopId: shop.id, slug: productSlug } },
        select: { nameBn: true, nameEn: true, pricePoisha: true, unit: true, status: true, photos: { orderBy: { sortOrder: 'asc' }, take: 1, select: { media: mediaSelect } } },
      })
    : null;
  if (productSlug && product?.status !== 'ACTIVE') return null;
  const t = createTranslator({ locale, messages: locale === 'en' ? en : bn });
  const name = (item: { nameBn: string; nameEn: string | null }) => (locale === 'en' && item.nameEn ? item.nameEn : item.nameBn);
  const place = (area: { nameBn: string; nameEn: string }) => (locale === 'en' ? area.nameEn : area.nameBn);
  const publicPhoto = [product?.photos[0]?.media, shop.banner, shop.logo].find((m) => m?.isPublic) ?? null;
  return {
    shopName: name(shop),
    address: shopPublicUrl(shop.slug, '/', locale).replace(/^https?:\/\//, ''),
    place: [shop.area, shop.area.parent].filter((a) => a !== null).map(place).join(', '),
    product: product && { name: name(product), price: t('Share.pricePerUnit', { price: formatTaka(product.pricePoisha, locale), unit: t(`Storefront.unit.${product.unit}`) }) },
    themeColor: /^#[0-9a-f]{6}$/i.test(shop.themeColor) ? shop.themeColor : DEFAULT_THEME,
    brand: t('Nav.brand'),
    photo: publicPhoto,
  };
}

/** The bytes of a stored public image; null when it cannot be had quickly (the card goes without). */
async function photoBytes(photo: NonNullable<ShareCard['photo']>): Promise<Buffer | null> {
  if (photo.storage === 'LOCAL') return readPublicMedia(photo.key);
  if (!photo.url) return null;
  try {
    const res = await fetch(photo.url, { signal: AbortSignal.timeout(3000) });
    if (!res.ok) return null;
    const bytes = Buffer.from(await res.arrayBuffer());
    return bytes.length <= 10_000_000 ? bytes : null;
  } catch {
    return null;
  }
}

/** Black or white, whichever reads better on the background (WCAG relative luminance). */
function inkOn(hex: string): { ink: string; soft: string } {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.179 ? { ink: '#1c1917', soft: '#1c1917cc' } : { ink: '#ffffff', soft: '#ffffffd9' };
}

interface TextBlock {
  text: string;
  size: number;
  weight: ShareFontWeight;
  color: string;
  width: number;
  maxLines: number;
  /** The room there is, in pixels, when that is less than maxLines lines. */
  maxHeight?: number;
  /** Hard limit in letters before the text is even drawn. */
  maxLetters: number;
}

interface DrawnText {
  data: Buffer;
  width: number;
  height: number;
}

async function drawText(text: string, block: TextBlock, fontfile: string): Promise<DrawnText> {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${block.color}">${escapeMarkup(text)}</span>`,
      font: `${SHARE_FONT_FAMILY} ${block.weight === 700 ? 'Bold ' : ''}${block.size}`,
      fontfile,
      width: block.width,
      dpi: 72,
      rgba: true,
      wrap: 'word-char',
      spacing: Math.round(block.size * 0.15),
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const lineHeights = new Map<string, number>();

/**
 * The text drawn within its width and at most maxLines lines, shortened with "…" when longer.
 * Null when it cannot be drawn at all (it then simply is not on the card).
 */
async function fitText(block: TextBlock, fontfile: string): Promise<DrawnText | null> {
  // More letters than could ever fit (at about half an em each) are cut before drawing.
  const fits = Math.ceil(block.width / (block.size * 0.45)) * block.maxLines;
  const text = truncateText(drawableText(block.text), Math.min(block.maxLetters, fits));
  if (!text) return null;
  try {
    const key = `${block.size}/${block.weight}`;
    if (!lineHeights.has(key)) {
      const one = await drawText('অ A', block, fontfile);
      const two = await drawText('অ A\nঅ A', { ...block, width: 10_000 }, fontfile).catch(() => one);
      lineHeights.set(key, two.height - one.height || one.height);
    }
    const line = lineHeights.get(key)!;
    const limit = Math.min(line * block.maxLines + Math.round(block.size * 0.6), block.maxHeight ?? Infinity);
    const full = await drawText(text, block, fontfile);
    if (full.height <= limit) return full;
    // Too many lines: the longest prefix that fits, found in a few tries.
    const letters = Array.from(new Intl.Segmenter('bn', { granularity: 'grapheme' }).segment(text)).length;
    let [lo, hi, best] = [1, letters - 1, null as DrawnText | null];
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      const drawn = await drawText(truncateText(text, mid), block, fontfile);
      if (drawn.height <= limit) [best, lo] = [drawn, mid + 1];
      else hi = mid - 1;
    }
    return best;
  } catch (e) {
    console.warn('[haat] share image: could not draw a text', e);
    return null;
  }
}

let fontsRegistered: Promise<Record<ShareFontWeight, string>> | null = null;

/** Hands every font file to sharp once (libvips keeps them for the process); the main file per weight. */
function registeredFonts(): Promise<Record<ShareFontWeight, string>> {
  fontsRegistered ??= shareFonts()
    .then(async (files) => {
      for (const file of [...files[400], ...files[700]]) await sharp({ text: { text: '.', fontfile: file, font: SHARE_FONT_FAMILY } }).png().toBuffer();
      return { 400: files[400][0]!, 700: files[700][0]! };
    })
    .catch((e: unknown) => {
      fontsRegistered = null;
      throw e;
    });
  return fontsRegistered;
}

const PAD = 64;
const PHOTO = { left: 680, top: 40, width: 480, height: SHARE_IMAGE_HEIGHT - 80, radius: 32 };

async function photoLayer(bytes: Buffer): Promise<OverlayOptions | null> {
  try {
    const mask = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${PHOTO.width}" height="${PHOTO.height}"><rect width="100%" height="100%" rx="${PHOTO.radius}" fill="#fff"/></svg>`);
    const input = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(PHOTO.width, PHOTO.height, { fit: 'cover', position: 'attention' })
      .composite([{ input: mask, blend: 'dest-in' }])
      .png()
      .toBuffer();
    return { input, left: PHOTO.left, top: PHOTO.top };
  } catch {
    return null; // a damaged file: the card goes without a photo
  }
}

/** The card as a PNG; never fails on a seller's text (what cannot be drawn is left out). */
export async function renderShareImage(card: ShareCard): Promise<Buffer> {
  const fonts = await registeredFonts();
  const bytes = card.photo ? await photoBytes(card.photo) : null;
  const photo = bytes ? await photoLayer(bytes) : null;
  const width = (photo ? PHOTO.left : SHARE_IMAGE_WIDTH) - 2 * PAD + (photo ? PAD / 2 : 0);
  const { ink, soft } = inkOn(card.themeColor);

  const block = (text: string, size: number, weight: ShareFontWeight, maxLines: number, color = ink, maxLetters = 90, maxHeight?: number) =>
    fitText({ text, size, weight, color, width, maxLines, maxHeight, maxLetters }, fonts[weight]);
  const [kicker, price, address] = await Promise.all([
    card.product ? block(card.shopName, 38, 700, 1, soft) : card.place ? block(card.place, 34, 400, 1, soft) : null,
    card.product ? block(card.product.price, 54, 700, 1, ink === '#ffffff' ? card.themeColor : '#ffffff', 40) : null,
    block(card.address, 30, 400, 2, soft, 70),
  ]);
  // The name takes the room the other lines leave: top to bottom, kicker, name, price, address.
  const titleTop = 70 + (kicker ? kicker.height + 16 : 0);
  const addressTop = SHARE_IMAGE_HEIGHT - 60 - (address?.height ?? 0);
  const pill = price && { width: price.width + 56, height: price.height + 20 };
  const titleRoom = addressTop - 24 - (pill ? pill.height + 28 : 0) - titleTop;
  const title = await block(card.product?.name ?? card.shopName, card.product ? 66 : 76, 700, 3, ink, 90, titleRoom);

  const layers: OverlayOptions[] = photo ? [photo] : [];
  if (kicker) layers.push({ input: kicker.data, left: PAD, top: 70 });
  if (title) layers.push({ input: title.data, left: PAD, top: titleTop });
  if (price && pill) {
    // The price on a pill like a price tag: white with the shop's colour, or dark on a light colour.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pill.width}" height="${pill.height}"><rect width="100%" height="100%" rx="${pill.height / 2}" fill="${ink}"/></svg>`;
    const top = titleTop + (title ? title.height + 28 : 0);
    layers.push({ input: Buffer.from(svg), left: PAD, top }, { input: price.data, left: PAD + 28, top: top + 10 });
  }
  if (address) layers.push({ input: address.data, left: PAD, top: addressTop });
  if (!photo) {
    // Without a photo the right side carries the platform's name, faintly, like a watermark.
    const brand = await fitText({ text: card.brand, size: 190, weight: 700, color: `${ink}2e`, width: 520, maxLines: 1, maxLetters: 12 }, fonts[700]);
    if (brand) layers.push({ input: brand.data, left: SHARE_IMAGE_WIDTH - PAD - brand.width, top: SHARE_IMAGE_HEIGHT - 40 - brand.height });
  }

  return sharp({ create: { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, channels: 3, background: card.themeColor } })
    .composite(layers)
    .png({ compressionLevel: 7 })
    .toBuffer();
}
