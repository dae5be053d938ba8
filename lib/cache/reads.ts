// What public pages read, cached: each read is kept (per process) until a change to what it read
// expires its tags (lib/cache/tags.ts, named by the database on commit, lib/cache/broadcast.ts),
// with a cacheLife profile (next.config.mjs) only as a backstop. Pages read through here, never
// straight from the queries, so a page made of these reads is prerendered or rendered once and
// kept. The queries themselves stay plain, for the dashboard, console, scripts and tests.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { getPublicProvider } from '@/lib/directory/provider-page';
import { getEmergencyNumbers, listOffices, listRentalProviders, listRentals } from '@/lib/directory/lists';
import { getAreaCounts, getCategoryBySlug, getCategoryCounts, getMergedCategorySlug, listProviders, type ProviderFilters } from '@/lib/directory/queries';
import type { RentalKind } from '@/lib/generated/prisma/enums';
import { getAreaBySlug, getAreaChain, getChildAreas, getHomeDistrict, type AreaSummary } from '@/lib/geo/queries';
import { search, type SearchParams } from '@/lib/search/search';
import { listShops } from '@/lib/shops/queries';
import { getShopReviews, getStorefront, getStorefrontProduct, getStorefrontProducts, type Storefront } from '@/lib/shops/storefront';
import { ALL_TAG, tags } from './tags';

/**
 * For generateStaticParams of pages rendered on their first visit and kept: Next.js builds a route
 * with at least one value, and this one names nothing (its page is the 404). Pages built at
 * build time would be thrown away at start anyway (lib/cache/broadcast.ts): the build may have
 * seen another database.
 */
export const FIRST_VISIT = '-';

/**
 * The time a cached page counts days from ("today", "tomorrow", "available from"): read once and
 * kept like the catalogue ('catalog', ten minutes), never per request.
 */
export async function catalogClock(): Promise<Date> {
  'use cache';
  cacheLife('catalog');
  cacheTag(ALL_TAG);
  return new Date();
}

export async function homeDistrict() {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getHomeDistrict();
}

export async function areaBySlug(slug: string) {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getAreaBySlug(slug);
}

/**
 * The place an address narrows a district list to: the district itself when none is named, a
 * place below it when one is, and null for anything else (another district's place, the district's
 * own slug — its list lives at the address without it — or no place at all).
 */
export async function areaInDistrict(slug: string | undefined): Promise<AreaSummary | null> {
  const district = await homeDistrict();
  if (slug === undefined) return district;
  const area = await areaBySlug(slug);
  return area && area.id !== district.id && area.path.startsWith(district.path) ? area : null;
}

export async function childAreas(parentId: number) {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getChildAreas(parentId);
}

export async function areaChain(area: AreaSummary) {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getAreaChain(area);
}

export async function categoryBySlug(slug: string) {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.categories);
  return getCategoryBySlug(slug);
}

export async function mergedCategorySlug(slug: string) {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.categories);
  return getMergedCategorySlug(slug);
}

export async function categoryCounts(area: AreaSummary) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.categories, tags.providers);
  return getCategoryCounts(area);
}

export async function areaCounts(parent: AreaSummary) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.areas, tags.providers);
  return getAreaCounts(parent);
}

export async function providerList(categoryId: number, area: AreaSummary, page: number, filters: ProviderFilters) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providers);
  return listProviders(categoryId, area, page, filters);
}

/** A provider's public page data; null (kept too, until that address is taken) when none. */
export async function publicProvider(slug: string) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providerSlug(slug), tags.categories, tags.areas);
  const provider = await getPublicProvider(slug);
  if (provider) cacheTag(tags.provider(provider.id));
  return provider;
}

export async function emergencyNumbers(district: AreaSummary) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.contacts, tags.providers, tags.areas);
  return getEmergencyNumbers(district);
}

export async function offices(area: AreaSummary) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providers, tags.categories, tags.areas);
  return listOffices(area);
}

export async function rentals(area: AreaSummary, kind: RentalKind | null) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.rentals, tags.providers, tags.areas);
  return listRentals(area, kind);
}

export async function rentalProviders(area: AreaSummary, kind: RentalKind | null) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providers, tags.categories);
  return listRentalProviders(area, kind);
}

export async function shops(area?: AreaSummary) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.shops, tags.areas);
  return listShops(area);
}

/** A shop by its address, whatever its status (the page decides); null when there is none. */
export async function storefront(slug: string) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.shopSlug(slug), tags.areas);
  const shop = await getStorefront(slug);
  if (shop) cacheTag(tags.shop(shop.id));
  return shop;
}

export async function storefrontReviews(shopId: string) {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.shop(shopId));
  return getShopReviews(shopId);
}

/**
 * Search results: a spike asks the same few things again and again ("পিঠা" before Eid, "O+" when a
 * blood appeal is shared), so each answer is kept until a provider, shop or product changes or the
 * worker has brought the index up to date, and a minute at most ('search' profile).
 */
export async function searchResults(params: SearchParams, locale: 'bn' | 'en') {
  'use cache';
  cacheLife('search');
  cacheTag(ALL_TAG, tags.search, tags.providers, tags.shops, tags.categories);
  return search(params, locale);
}

/** Her products with the earliest day each can be had: that moves with the clock, hence 'catalog'. */
export async function storefrontProducts(shop: Pick<Storefront, 'id' | 'openDays'>) {
  'use cache';
  cacheLife('catalog');
  cacheTag(ALL_TAG, tags.shop(shop.id), tags.categories);
  return getStorefrontProducts(shop);
}

export async function storefrontProduct(shop: Pick<Storefront, 'id' | 'openDays'>, productSlug: string) {
  'use cache';
  cacheLife('catalog');
  cacheTag(ALL_TAG, tags.shop(shop.id), tags.categories);
  const product = await getStorefrontProduct(shop, productSlug);
  if (product) cacheTag(tags.product(product.id));
  return product;
}
