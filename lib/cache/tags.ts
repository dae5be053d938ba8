// The cache tags of public pages. A cached read (lib/cache/reads.ts) carries the tags of what it
// read; the database names the same tags for every committed change (the triggers of lib/cache/install.ts —
// keep the two in step), and lib/cache/broadcast.ts expires them on
// every app instance.

/** The PostgreSQL channel changes are named on (lib/cache/install.ts, lib/cache/broadcast.ts). */
export const CACHE_CHANNEL = 'haat_cache';

/** Carried by every cached read: expiring it refreshes everything (a process start, a reconnect). */
export const ALL_TAG = 'haat';

export const tags = {
  /** Any list of providers: category and area pages, counts, emergency, offices, rentals' owners. */
  providers: 'providers',
  provider: (id: string) => `provider:${id}`,
  /** What a provider page's address shows, found or not (a new or renamed profile takes it over). */
  providerSlug: (slug: string) => `provider-slug:${slug}`,
  /** The blood donor list (/blood): donors' records, their categories and the donation intervals. */
  donors: 'donors',
  rentals: 'rentals',
  contacts: 'contacts',
  categories: 'categories',
  areas: 'areas',
  /** The shop list (and the shops on the home page). */
  shops: 'shops',
  /** A storefront and its product pages: the shop, its delivery zones, reviews and every product. */
  shop: (id: string) => `shop:${id}`,
  shopSlug: (slug: string) => `shop-slug:${slug}`,
  product: (id: string) => `product:${id}`,
  /** The public list of training programmes (/training). */
  training: 'training',
  /** One programme's public page: the programme, its trades, places, sessions and seats held. */
  programme: (id: string) => `training:${id}`,
  /** The cattle market's lists (/haat, a seller's farm page) and every listing's page. */
  livestock: 'livestock',
  /** One listing's page (/haat/l/<id>): the listing and its photos. */
  listing: (id: string) => `livestock:${id}`,
  /** The official haats and seasons (/haat/markets, the haat filter, a listing's haat). */
  haats: 'haats',
  /** What the search engine answers: named by the worker each time it has applied changes to it. */
  search: 'search',
} as const;
