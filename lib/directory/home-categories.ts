// Which categories a district's home page shows as tiles: the most used there first, so the page
// stays one short screen; every category is on the district's "all services" page (/services).
import type { CategoryWithCount } from './queries';

/** Tiles on a home page at most: a phone's first two screens. */
export const HOME_TILES = 10;

/**
 * The home page's tiles: categories with someone listed, the most listed first (ties keep the
 * admins' order), at most `max`. Emergency categories with someone listed always stay on it,
 * taking the place of the least used others.
 */
export function homeCategories(categories: readonly CategoryWithCount[], max = HOME_TILES): CategoryWithCount[] {
  const used = categories
    .map((category, order) => ({ category, order }))
    .filter(({ category }) => category.providers > 0)
    .sort((a, b) => b.category.providers - a.category.providers || a.order - b.order);
  const emergency = used.filter(({ category }) => category.kind === 'EMERGENCY').slice(0, max);
  const others = used.filter(({ category }) => category.kind !== 'EMERGENCY').slice(0, max - emergency.length);
  return [...emergency, ...others].sort((a, b) => b.category.providers - a.category.providers || a.order - b.order).map(({ category }) => category);
}

/** Every category in groups by kind, in this order, each keeping the admins' order. */
export const SERVICE_GROUPS = ['SERVICE', 'EMERGENCY', 'BLOOD', 'RENTAL', 'OFFICE'] as const;

export function servicesByKind(categories: readonly CategoryWithCount[]): { kind: (typeof SERVICE_GROUPS)[number]; categories: CategoryWithCount[] }[] {
  return SERVICE_GROUPS.map((kind) => ({ kind, categories: categories.filter((c) => c.kind === kind) })).filter((group) => group.categories.length > 0);
}
