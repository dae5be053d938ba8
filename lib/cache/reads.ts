// What public pages read, cached: each read is kept (per process) until a change to what it read
// expires its tags (lib/cache/tags.ts, named by the database on commit, lib/cache/broadcast.ts),
// with a cacheLife profile (next.config.mjs) only as a backstop. Pages read through here, never
// straight from the queries, so a page made of these reads is prerendered or rendered once and
// kept. The queries themselves stay plain, for the dashboard, console, scripts and tests.
//
// Next.js gives every 'use cache' function a server reference, which anyone can invoke as if it
// were a server action, with any arguments. So each one checks its arguments before anything else
// (the schemas below) and answers null to what no page of ours would pass: never a 500, never a
// cache entry or tag made from junk. What they return is public anyway.
import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { z } from 'zod';
import { BLOOD_GROUPS, dhakaDayStart, listDonors } from '@/lib/directory/blood';
import { getNoticeBoard } from '@/lib/directory/notice-board';
import { getPublicProvider } from '@/lib/directory/provider-page';
import { getEmergencyNumbers, listOffices, listRentalProviders, listRentals } from '@/lib/directory/lists';
import { getAreaCounts, getCategoryBySlug, getCategoryCounts, getMergedCategorySlug, listProviders, type ProviderFilters } from '@/lib/directory/queries';
import type { RentalKind } from '@/lib/generated/prisma/enums';
import { MAX_AREA_ID } from '@/lib/geo/area-id';
import { getAreaBySlug, getAreaChain, getChildAreas, getHomeDistrict, getServedDistrictCentres, getServedDistricts, type AreaSummary } from '@/lib/geo/queries';
import { seasonHaats } from '@/lib/livestock/markets';
import { runningSeason } from '@/lib/livestock/season';
import { trainedLines } from '@/lib/training/completion';
import { findLeads, loadLeadVocabulary } from '@/lib/search/leads';
import { search, type SearchParams } from '@/lib/search/search';
import { listShops } from '@/lib/shops/queries';
import { getShopReviews, getStorefront, getStorefrontProduct, getStorefrontProducts, type Storefront } from '@/lib/shops/storefront';
import { getPublicProgramme, listOpenProgrammes } from '@/lib/training/public';
import { ALL_BREEDS, ANIMALS, PRICE_BANDS, SORTS, WEIGHT_BANDS } from '@/lib/livestock/kinds';
import { getFarm, getGoneListing, getPublicListing, listLivestock, type LivestockListFilters } from '@/lib/livestock/public';
import { ALL_TAG, tags } from './tags';

const SLUG = z.string().regex(/^[a-z0-9-]{1,80}$/);
const ID = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const AREA_ID = z.number().int().positive().max(MAX_AREA_ID);
const AREA = z.object({ id: AREA_ID, slug: SLUG, nameBn: z.string().max(200), nameEn: z.string().max(200), level: z.string().max(20), path: z.string().max(200), parentId: AREA_ID.nullable() });
const BLOOD_GROUP = z.enum(BLOOD_GROUPS).nullable();
const PAGE = z.number().int().min(1).max(500);
/** A calendar day in Dhaka (days since 1970), within a century of now. */
const DAY = z.number().int().min(0).max(100_000);
const SHOP_REF = z.object({ id: ID, openDays: z.array(z.number().int().min(0).max(6)).max(7) });
const RENTAL_KIND = z.enum(['HOUSE', 'FLAT', 'ROOM', 'SHOP', 'OFFICE', 'GODOWN', 'VEHICLE']).nullable();
const BAND = (bands: readonly (readonly [number, number | null])[]) => z.tuple([z.number(), z.number().nullable()]).refine(([a, b]) => bands.some(([x, y]) => x === a && y === b));
const LIVESTOCK_FILTERS = z.object({
  animal: z.enum(ANIMALS).nullish(),
  breed: z.enum(ALL_BREEDS as [string, ...string[]]).nullish(),
  weight: BAND(WEIGHT_BANDS).nullish(),
  price: BAND(PRICE_BANDS).nullish(),
  haat: z.string().regex(/^[a-z0-9]{8,40}$/).nullish(),
  sort: z.enum(SORTS),
  page: z.number().int().min(1).max(200),
}).strict();
const SEARCH_PARAMS = z.object({
  q: z.string().min(1).max(200),
  type: z.enum(['provider', 'shop', 'product', 'rental', 'livestock']).optional(),
  category: SLUG.optional(),
  areaId: AREA_ID.optional(),
  districtId: AREA_ID.optional(),
  verified: z.boolean().optional(),
  availableNow: z.boolean().optional(),
  limit: z.number().int().min(1).max(20).optional(),
  offset: z.number().int().min(0).max(10_000).optional(),
});

/** Whether every argument is one a page of ours passes. */
const valid = (checks: [z.ZodType, unknown][]) => checks.every(([schema, value]) => schema.safeParse(value).success);

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
  if (!valid([[SLUG, slug]])) return null as never;
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getAreaBySlug(slug);
}

/** The districts this deployment serves, the default first (lib/geo/queries.ts getServedDistricts). */
export async function servedDistricts() {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getServedDistricts();
}

/** The served districts' centres, for "use my location" on the chooser (lib/geo/nearest.ts). */
export async function servedDistrictCentres() {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getServedDistrictCentres();
}

/** A served district by its slug, the default one when none is named; null for any other slug. */
export async function servedDistrict(slug?: string): Promise<AreaSummary | null> {
  const districts = await servedDistricts();
  return slug === undefined ? districts[0]! : (districts.find((d) => d.slug === slug) ?? null);
}

/** The district a list's address names (`/shops/<district>`), the default one when it names none; null for anything else. */
export async function districtInPath(segments: string[] = []): Promise<AreaSummary | null> {
  return segments.length <= 1 ? servedDistrict(segments[0]) : null;
}

/**
 * The place an address narrows a district's list to, with its district: the default district
 * when none is named, any place of a served district (the district itself, an upazila, a union)
 * when one is, and null for anything else (a place outside the served districts, or none at all).
 */
export async function areaInDistrict(slug: string | undefined): Promise<{ area: AreaSummary; district: AreaSummary } | null> {
  const districts = await servedDistricts();
  if (slug === undefined) return { area: districts[0]!, district: districts[0]! };
  const area = await areaBySlug(slug);
  const district = area ? districts.find((d) => area.path.startsWith(d.path)) : undefined;
  return area && district ? { area, district } : null;
}

export async function childAreas(parentId: number) {
  'use cache';
  if (!valid([[AREA_ID, parentId]])) return null as never;
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getChildAreas(parentId);
}

export async function areaChain(a: AreaSummary) {
  'use cache';
  if (!valid([[AREA, a]])) return null as never;
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.areas);
  return getAreaChain(a);
}

export async function categoryBySlug(slug: string) {
  'use cache';
  if (!valid([[SLUG, slug]])) return null as never;
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.categories);
  return getCategoryBySlug(slug);
}

export async function mergedCategorySlug(slug: string) {
  'use cache';
  if (!valid([[SLUG, slug]])) return null as never;
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.categories);
  return getMergedCategorySlug(slug);
}

export async function categoryCounts(a: AreaSummary) {
  'use cache';
  if (!valid([[AREA, a]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.categories, tags.providers);
  return getCategoryCounts(a);
}

/**
 * A union's printable notice-board list (/a/<union>/print) with the time it was read, which the page
 * prints as its date: kept until a provider, category or place changes, so it is always current.
 */
export async function noticeBoard(a: AreaSummary) {
  'use cache';
  if (!valid([[AREA, a]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.categories, tags.providers, tags.areas);
  return { ...(await getNoticeBoard(a)), madeAt: new Date() };
}

export async function areaCounts(parent: AreaSummary) {
  'use cache';
  if (!valid([[AREA, parent]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.areas, tags.providers);
  return getAreaCounts(parent);
}

export async function providerList(categoryId: number, a: AreaSummary, page: number, filters: ProviderFilters) {
  'use cache';
  if (!valid([[AREA_ID, categoryId], [AREA, a], [z.number().int().min(1).max(500), page], [z.object({ verifiedOnly: z.boolean().optional(), availableNow: z.boolean().optional() }), filters]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providers);
  return listProviders(categoryId, a, page, filters);
}

/** A provider's public page data; null (kept too, until that address is taken) when none. */
export async function publicProvider(slug: string) {
  'use cache';
  if (!valid([[SLUG, slug]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providerSlug(slug), tags.categories, tags.areas);
  const provider = await getPublicProvider(slug);
  if (provider) cacheTag(tags.provider(provider.id));
  return provider;
}

/** A provider's "trained" lines (completed programmes she has not hidden): her profile shows them. */
export async function providerTrainings(providerId: string) {
  'use cache';
  if (!valid([[ID, providerId]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.provider(providerId));
  const lines = await trainedLines(providerId);
  // A programme's new title or office reaches exactly the profiles that name it.
  for (const line of lines) cacheTag(tags.programme(line.programmeId));
  return lines;
}

export async function emergencyNumbers(district: AreaSummary) {
  'use cache';
  if (!valid([[AREA, district]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.contacts, tags.providers, tags.areas);
  return getEmergencyNumbers(district);
}

export async function offices(a: AreaSummary) {
  'use cache';
  if (!valid([[AREA, a]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providers, tags.categories, tags.areas);
  return listOffices(a);
}

export async function rentals(a: AreaSummary, kind: RentalKind | null) {
  'use cache';
  if (!valid([[AREA, a], [RENTAL_KIND, kind]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.rentals, tags.providers, tags.areas);
  return listRentals(a, kind);
}

export async function rentalProviders(a: AreaSummary, kind: RentalKind | null) {
  'use cache';
  if (!valid([[AREA, a], [RENTAL_KIND, kind]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.providers, tags.categories);
  return listRentalProviders(a, kind);
}

/**
 * The blood donors who may give on `day` (a calendar day in Dhaka: who may give again changes at
 * midnight there, and the day in the key starts a fresh list), masked: the same for every visitor.
 * Kept until a donor, her categories or the intervals change ('donors', named by the database).
 * /blood adds the per-visitor part (lib/directory/blood.ts revealDonors).
 */
export async function donorList(group: string | null, a: AreaSummary, page: number, day: number) {
  'use cache';
  if (!valid([[BLOOD_GROUP, group], [AREA, a], [PAGE, page], [DAY, day]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.donors, tags.areas);
  return listDonors({ group: group as (typeof BLOOD_GROUPS)[number] | null, area: a, page }, dhakaDayStart(day));
}

export async function shops(a?: AreaSummary) {
  'use cache';
  if (!valid([[AREA.optional(), a]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.shops, tags.areas);
  return listShops(a);
}

/** A shop by its address, whatever its status (the page decides); null when there is none. */
export async function storefront(slug: string) {
  'use cache';
  if (!valid([[SLUG, slug]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.shopSlug(slug), tags.areas);
  const shop = await getStorefront(slug);
  if (shop) cacheTag(tags.shop(shop.id));
  return shop;
}

export async function storefrontReviews(shopId: string) {
  'use cache';
  if (!valid([[ID, shopId]])) return null as never;
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
  if (!valid([[SEARCH_PARAMS, params], [z.enum(['bn', 'en']), locale]])) return null as never;
  cacheLife('search');
  cacheTag(ALL_TAG, tags.search, tags.providers, tags.shops, tags.categories);
  // The cards above the first page (lib/search/leads.ts), matched in memory against the kept vocabulary.
  const [result, vocabulary] = await Promise.all([search(params, locale), params.offset ? null : searchLeadVocabulary()]);
  return { ...result, leads: vocabulary ? findLeads(params.q, vocabulary) : [] };
}

/** The words that lead a search to a category or page: read once, kept until a category changes (searchResults' alone). */
async function searchLeadVocabulary() {
  'use cache';
  cacheLife('reference');
  cacheTag(ALL_TAG, tags.categories);
  return loadLeadVocabulary();
}

/** Her products with the earliest day each can be had: that moves with the clock, hence 'catalog'. */
export async function storefrontProducts(shop: Pick<Storefront, 'id' | 'openDays'>) {
  'use cache';
  if (!valid([[SHOP_REF, shop]])) return null as never;
  cacheLife('catalog');
  cacheTag(ALL_TAG, tags.shop(shop.id), tags.categories);
  return getStorefrontProducts(shop);
}

export async function storefrontProduct(shop: Pick<Storefront, 'id' | 'openDays'>, productSlug: string) {
  'use cache';
  if (!valid([[SHOP_REF, shop], [SLUG, productSlug]])) return null as never;
  cacheLife('catalog');
  cacheTag(ALL_TAG, tags.shop(shop.id), tags.categories);
  const product = await getStorefrontProduct(shop, productSlug);
  if (product) cacheTag(tags.product(product.id));
  return product;
}

/** Open training programmes of the served districts (/training); the page leaves out those started. */
export async function openProgrammes() {
  'use cache';
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.training, tags.categories, tags.areas);
  return listOpenProgrammes();
}

/** One programme's public page (not drafts); null for anything else. */
export async function publicProgramme(id: string) {
  'use cache';
  if (!valid([[ID, id]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.programme(id), tags.categories, tags.areas);
  return getPublicProgramme(id);
}

/** A district's running (or coming) season and its published haats (/haat/markets[/<district>]). */
export async function haatMarkets(districtId: number) {
  'use cache';
  if (!valid([[AREA_ID, districtId]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.haats, tags.areas);
  return seasonHaats(districtId, new Date());
}

/** One page of the cattle market's list (/haat…): public listings of an area, filtered and sorted. */
export async function livestockList(a: AreaSummary, filters: LivestockListFilters) {
  'use cache';
  if (!valid([[AREA, a], [LIVESTOCK_FILTERS, filters]])) return null as never;
  cacheLife('directory');
  // Past its expiresAt a listing leaves the list even before the worker marks it: the 'directory' backstop re-reads.
  cacheTag(ALL_TAG, tags.livestock, tags.haats, tags.areas);
  return listLivestock(a, filters);
}

/** The published haats of a district, for the /haat filter form. */
export async function livestockHaats(district: AreaSummary) {
  'use cache';
  if (!valid([[AREA, district]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.haats, tags.areas);
  return (await seasonHaats(district.id, new Date())).haats;
}

/** One public listing's page (/haat/l/<id>); null when it is not public. */
export async function livestockListing(id: string) {
  'use cache';
  if (!valid([[ID, id]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.listing(id), tags.livestock, tags.haats, tags.areas);
  return getPublicListing(id);
}

/** What a sold or expired listing's page says instead (getGoneListing); null for anything else. */
export async function livestockGone(id: string) {
  'use cache';
  if (!valid([[ID, id]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.listing(id));
  return getGoneListing(id);
}

/** One seller's public listings (/haat/farm/<seller>); null when she has none. */
export async function livestockFarm(sellerId: string) {
  'use cache';
  if (!valid([[ID, sellerId]])) return null as never;
  cacheLife('directory');
  cacheTag(ALL_TAG, tags.livestock, tags.haats, tags.areas);
  return getFarm(sellerId);
}

/** The cattle-market season running in a district (the home page links /haat while it runs). */
export async function livestockSeason(district: AreaSummary) {
  'use cache';
  if (!valid([[AREA, district]])) return null as never;
  // Seasons start and end at midnight: the 'catalog' profile (ten minutes) notices the day turning.
  cacheLife('catalog');
  cacheTag(ALL_TAG, tags.haats, tags.areas);
  return runningSeason(district.id);
}
