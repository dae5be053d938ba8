// The printable poster of a shop (app/[locale]/(shop)/s/[shop]/poster): what it shows and its QR
// code, which leads to the shop's own address (its subdomain when those are on).
import 'server-only';
import QRCode from 'qrcode';
import { cache } from 'react';
import { db } from '@/lib/db';
import { formatPhone, formatTaka } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { mediaUrl } from '@/lib/media/local-store';
import { isValidShopSlug } from '@/lib/tenancy/host';
import { shopPublicUrl } from '@/lib/tenancy/urls';
import type { ProductUnit } from '@/lib/generated/prisma/enums';

export const POSTER_SIZES = ['a4', 'a5'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];

/** "?size=a5" → a5; anything else → a4. */
export const posterSize = (value: string | string[] | undefined): PosterSize => (value === 'a5' ? 'a5' : 'a4');

/** How many products fit under the QR code on each paper size. */
export const POSTER_PRODUCTS: Record<PosterSize, number> = { a4: 6, a5: 4 };

export interface PosterShop {
  slug: string;
  name: string;
  themeColor: string;
  logoUrl: string | null;
  /** Where the QR code leads: the shop's public address in the poster's language. */
  url: string;
  /** The same address without "https://", for people who type it. */
  displayUrl: string;
  phone: string;
  address: string;
  products: { id: string; name: string; price: string; unit: ProductUnit }[];
}

const name = (item: { nameBn: string; nameEn: string | null }, locale: AppLocale) => (locale === 'en' && item.nameEn ? item.nameEn : item.nameBn);

/** An active shop's poster, with up to `productCount` of its products on show; null otherwise. */
export const loadPosterShop = cache(async (slug: string, locale: AppLocale, productCount: number = POSTER_PRODUCTS.a4): Promise<PosterShop | null> => {
  if (!isValidShopSlug(slug)) return null;
  const place = { select: { nameBn: true, nameEn: true, level: true } } as const;
  const shop = await db.shop.findUnique({
    where: { slug },
    select: {
      slug: true, nameBn: true, nameEn: true, themeColor: true, status: true, phone: true, pickupAddress: true, pickupPrivacy: true,
      logo: { select: { storage: true, key: true, url: true, isPublic: true } },
      area: { select: { ...place.select, parent: { select: { ...place.select, parent: place } } } },
      products: {
        where: { status: 'ACTIVE' },
        orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
        take: productCount,
        select: { id: true, nameBn: true, nameEn: true, pricePoisha: true, unit: true },
      },
    },
  });
  if (!shop || shop.status !== 'ACTIVE') return null;
  // Union, upazila, district: the division adds nothing a local buyer needs.
  const areas = [shop.area, shop.area.parent, shop.area.parent?.parent].filter((a) => a && a.level !== 'DIVISION') as { nameBn: string; nameEn: string }[];
  const street = shop.pickupPrivacy === 'EXACT' && shop.pickupAddress?.trim() ? [shop.pickupAddress.trim()] : [];
  const url = shopPublicUrl(shop.slug, '/', locale);
  return {
    slug: shop.slug,
    name: name(shop, locale),
    themeColor: /^#[0-9a-f]{6}$/i.test(shop.themeColor) ? shop.themeColor : '#0f766e',
    logoUrl: shop.logo?.isPublic ? mediaUrl(shop.logo) : null,
    url,
    displayUrl: url.replace(/^https?:\/\//, ''),
    phone: formatPhone(shop.phone, locale),
    address: [...street, ...areas.map((a) => (locale === 'en' ? a.nameEn : a.nameBn))].join(', '),
    products: shop.products.map((p) => ({ id: p.id, name: name(p, locale), price: formatTaka(p.pricePoisha, locale), unit: p.unit })),
  };
});

/** The QR code for a URL as an SVG document (black on white, sized by CSS). */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
