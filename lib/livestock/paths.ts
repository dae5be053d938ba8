// The cattle market's addresses (pure: proxy.ts and the search worker read it):
//   /haat[/<animal>][/<area>][/breed-<breed>][/kg-<band>][/tk-<band>][/at-<haat id>][/sort-<sort>][/page-<n>]
//                                  the list; every combination one cached page, segments in this order
//   /haat/l/<id>                   one listing
//   /haat/farm/<seller id>         one seller's animals (her QR poster points here)
//   /haat/markets[/<district>]     the season's official haats: calendar and list
// Weight bands are kg, price bands taka (lib/livestock/kinds.ts).
import type { LivestockAnimal } from '@/lib/generated/prisma/enums';
import { ALL_BREEDS, ANIMALS, bandKey, bandOf, PRICE_BANDS, SORTS, WEIGHT_BANDS, type Band, type LivestockSort } from './kinds';

export const MAX_HAAT_PAGE = 200;
const SLUG = /^[a-z0-9][a-z0-9-]{0,80}$/;
const ID = /^[a-z0-9]{8,40}$/;

export interface HaatFilters {
  animal?: LivestockAnimal | null;
  area?: string;
  breed?: string | null;
  weight?: Band | null;
  price?: Band | null;
  haat?: string | null;
  sort?: LivestockSort;
  page?: number;
}

export function haatPath(f: HaatFilters = {}): string {
  const parts = ['/haat'];
  if (f.animal) parts.push(f.animal.toLowerCase());
  if (f.area) parts.push(f.area);
  if (f.breed) parts.push(`breed-${f.breed.toLowerCase().replace(/_/g, '-')}`);
  if (f.weight) parts.push(`kg-${bandKey(f.weight)}`);
  if (f.price) parts.push(`tk-${bandKey(f.price)}`);
  if (f.haat) parts.push(`at-${f.haat}`);
  if (f.sort && f.sort !== 'new') parts.push(`sort-${f.sort}`);
  if (f.page && f.page > 1) parts.push(`page-${f.page}`);
  return parts.join('/');
}

/** `/haat/…segments` → filters; null when not a canonical path (unknown, repeated or out of order). */
export function parseHaatFilters(segments: string[]): Required<Pick<HaatFilters, 'sort' | 'page'>> & HaatFilters | null {
  const out: Required<Pick<HaatFilters, 'sort' | 'page'>> & HaatFilters = { sort: 'new', page: 1 };
  const rest = [...segments];
  const animal = rest[0]?.toUpperCase();
  if (animal && (ANIMALS as readonly string[]).includes(animal) && rest[0] === rest[0]!.toLowerCase()) {
    out.animal = animal as LivestockAnimal;
    rest.shift();
  }
  if (rest[0] && SLUG.test(rest[0]) && !/^(breed|kg|tk|at|sort|page)-/.test(rest[0])) out.area = rest.shift();
  const take = (prefix: string) => (rest[0]?.startsWith(`${prefix}-`) ? rest.shift()!.slice(prefix.length + 1) : undefined);
  const breed = take('breed');
  if (breed !== undefined) {
    const key = breed.toUpperCase().replace(/-/g, '_');
    if (!ALL_BREEDS.includes(key) || breed !== breed.toLowerCase()) return null;
    out.breed = key;
  }
  const kg = take('kg');
  if (kg !== undefined && !(out.weight = bandOf(WEIGHT_BANDS, kg))) return null;
  const tk = take('tk');
  if (tk !== undefined && !(out.price = bandOf(PRICE_BANDS, tk))) return null;
  const haat = take('at');
  if (haat !== undefined) {
    if (!ID.test(haat)) return null;
    out.haat = haat;
  }
  const sort = take('sort');
  if (sort !== undefined) {
    if (!(SORTS as readonly string[]).includes(sort) || sort === 'new') return null;
    out.sort = sort as LivestockSort;
  }
  const page = take('page');
  if (page !== undefined) {
    const n = /^[1-9][0-9]{0,2}$/.test(page) ? Number(page) : 0;
    if (n < 2 || n > MAX_HAAT_PAGE) return null;
    out.page = n;
  }
  return rest.length === 0 ? out : null;
}

export const listingPath = (id: string) => `/haat/l/${id}`;
export const farmPath = (sellerId: string) => `/haat/farm/${sellerId}`;
export const marketsPath = (district?: string) => (district ? `/haat/markets/${district}` : '/haat/markets');
