// Sharing a listing: its public address, its 1200×630 preview image (drawn by the shops' one
// renderer, lib/shops/share-image.ts) with the animal, weight and price in Bengali, and the
// share button's text.
import 'server-only';
import { createTranslator } from 'next-intl';
import { db } from '@/lib/db';
import { formatNumber, formatTaka } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import type { ShareCard } from '@/lib/shops/share-image';
import { rootOrigin } from '@/lib/tenancy/urls';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';
import { breedKey } from '@/lib/livestock/labels';
import { listingPath } from './paths';
import { publicLivestock } from './visibility';

const ID = /^[a-z0-9]{8,40}$/;
const MARKET_GREEN = '#166534';

/** A listing's absolute public address in a language. */
export const listingUrl = (id: string, locale: AppLocale = 'bn') => `${rootOrigin()}${localizeHref(listingPath(id), locale)}`;

/** The absolute address of a listing's preview image, for `openGraph.images`. */
export function livestockShareImageUrl(id: string, locale: AppLocale = 'bn'): string {
  const query = new URLSearchParams({ livestock: id });
  if (locale !== 'bn') query.set('locale', locale);
  return `${rootOrigin()}/api/share-image?${query}`;
}

/** "ষাঁড় · শাহীওয়াল · ৩২০ কেজি" and "৳১,৬০,০০০": what a shared listing says, in its language. */
export function shareWords(listing: { animal: string; breed: string; weightKg: number; pricePoisha: number }, locale: AppLocale) {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'LivestockShare' });
  const l = createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'Livestock' });
  const animal = l(`animal_${listing.animal}` as 'animal_COW');
  const breed = l(breedKey(listing.breed));
  const weight = l('weight', { kg: formatNumber(listing.weightKg, locale) });
  const price = formatTaka(listing.pricePoisha, locale);
  return { animal, breed, weight, price, title: t('title', { animal, breed, weight }), text: t('text', { animal, breed, weight, price }) };
}

/** What a public listing's preview image shows; null when it is not public. */
export async function loadLivestockShareCard(id: string, locale: AppLocale): Promise<ShareCard | null> {
  if (!ID.test(id)) return null;
  const listing = await db.livestockListing.findFirst({
    where: { id, ...publicLivestock() },
    select: {
      animal: true, breed: true, weightKg: true, pricePoisha: true,
      area: { select: { nameBn: true, nameEn: true } },
      photos: { orderBy: { sortOrder: 'asc' }, take: 1, select: { media: { select: { storage: true, key: true, url: true, isPublic: true } } } },
    },
  });
  if (!listing) return null;
  const words = shareWords(listing, locale);
  const t = createTranslator({ locale, messages: locale === 'en' ? en : bn });
  const photo = listing.photos[0]?.media;
  return {
    shopName: `${words.breed} · ${locale === 'en' ? listing.area.nameEn : listing.area.nameBn}`,
    address: listingUrl(id, locale).replace(/^https?:\/\//, ''),
    place: null,
    product: { name: `${words.animal} · ${words.weight}`, price: words.price },
    themeColor: MARKET_GREEN,
    brand: t('Nav.brand'),
    photo: photo?.isPublic ? photo : null,
  };
}
