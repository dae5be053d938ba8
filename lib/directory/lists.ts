// Read side of the directory's special lists: emergency numbers, offices and representatives,
// rentals. Every query takes an area inside the home district and includes everything below it.
import { db } from '@/lib/db';
import type { EmergencyKind, RentalKind } from '@/lib/generated/prisma/enums';
import type { AreaSummary } from '@/lib/geo/queries';
import { publicRental, rentalFields } from '@/lib/rentals/visibility';
import { rentalCategoryFor } from './rental-kinds';
import { PROVIDER_RANKING, providerCardSelect } from './queries';

const placeSelect = { select: { nameBn: true, nameEn: true, parent: { select: { nameBn: true, nameEn: true, level: true } } } } as const;

/** "Mirzapur, Sherpur" — the area and its parent, but never the district itself twice. */
export type Place = { nameBn: string; nameEn: string; parent: { nameBn: string; nameEn: string; level: string } | null };

// ───────────────────────────── emergency ─────────────────────────────

export const EMERGENCY_PROVIDER_CATEGORIES = ['ambulance', 'hospital'] as const;
export const LOCAL_EMERGENCY_ORDER: Exclude<EmergencyKind, 'NATIONAL'>[] = ['AMBULANCE', 'HOSPITAL', 'FIRE', 'POLICE', 'OTHER'];

export interface EmergencyEntry {
  key: string;
  nameBn: string;
  nameEn: string;
  phone: string;
  noteBn: string | null;
  place: Place | null;
}

export interface EmergencyNumbers {
  /** Kind NATIONAL, 999 first. */
  national: EmergencyEntry[];
  /** The district's numbers by kind (district ones first, national ones of that kind after). */
  local: Record<Exclude<EmergencyKind, 'NATIONAL'>, EmergencyEntry[]>;
}

export async function getEmergencyNumbers(district: AreaSummary): Promise<EmergencyNumbers> {
  const [contacts, providers] = await Promise.all([
    db.emergencyContact.findMany({
      where: { isActive: true, OR: [{ areaId: null }, { kind: 'NATIONAL' }, { area: { path: { startsWith: district.path } } }] },
      orderBy: [{ sortOrder: 'asc' }, { nameBn: 'asc' }],
      select: { id: true, kind: true, nameBn: true, nameEn: true, phone: true, noteBn: true, areaId: true, area: placeSelect },
    }),
    db.provider.findMany({
      where: { status: 'ACTIVE', area: { path: { startsWith: district.path } }, categories: { some: { category: { slug: { in: [...EMERGENCY_PROVIDER_CATEGORIES] } } } } },
      orderBy: [{ verification: 'asc' }, { lastActiveAt: 'desc' }, { id: 'asc' }],
      take: 60,
      select: { id: true, nameBn: true, nameEn: true, phone: true, area: placeSelect, categories: { select: { category: { select: { slug: true } } } } },
    }),
  ]);
  const entry = (c: (typeof contacts)[number]): EmergencyEntry => ({ key: c.id, nameBn: c.nameBn, nameEn: c.nameEn, phone: c.phone, noteBn: c.noteBn, place: c.area });
  const national = contacts.filter((c) => c.kind === 'NATIONAL').sort((a, b) => Number(b.phone === '999') - Number(a.phone === '999')).map(entry);
  const local: EmergencyNumbers['local'] = { AMBULANCE: [], HOSPITAL: [], FIRE: [], POLICE: [], OTHER: [] };
  for (const c of contacts) if (c.kind !== 'NATIONAL' && c.areaId !== null) local[c.kind].push(entry(c));
  for (const p of providers) {
    const kind = p.categories.some((c) => c.category.slug === 'ambulance') ? 'AMBULANCE' : 'HOSPITAL';
    local[kind].push({ key: p.id, nameBn: p.nameBn, nameEn: p.nameEn ?? p.nameBn, phone: p.phone, noteBn: null, place: p.area });
  }
  for (const c of contacts) if (c.kind !== 'NATIONAL' && c.areaId === null) local[c.kind].push(entry(c));
  return { national, local };
}

// ───────────────────────────── offices ─────────────────────────────

export interface OfficeGroup {
  category: { id: number; slug: string; nameBn: string; nameEn: string; icon: string };
  offices: { id: string; nameBn: string; nameEn: string | null; designation: string | null; phone: string; verified: boolean; place: Place }[];
}

/** Providers in OFFICE-kind categories in the area, grouped by category in the categories' order. */
export async function listOffices(area: AreaSummary): Promise<OfficeGroup[]> {
  const categories = await db.category.findMany({ where: { kind: 'OFFICE', isActive: true }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, slug: true, nameBn: true, nameEn: true, icon: true } });
  const ids = categories.map((c) => c.id);
  const providers = await db.provider.findMany({
    where: { status: 'ACTIVE', area: { path: { startsWith: area.path } }, categories: { some: { categoryId: { in: ids } } } },
    orderBy: [{ verification: 'asc' }, { nameBn: 'asc' }, { id: 'asc' }],
    take: 300,
    select: {
      id: true,
      nameBn: true,
      nameEn: true,
      designation: true,
      phone: true,
      verification: true,
      area: placeSelect,
      categories: { where: { categoryId: { in: ids } }, orderBy: { isPrimary: 'desc' }, select: { categoryId: true } },
    },
  });
  const groups = new Map<number, OfficeGroup>(categories.map((c) => [c.id, { category: c, offices: [] }]));
  for (const p of providers) {
    const group = groups.get(p.categories[0]!.categoryId)!;
    group.offices.push({ id: p.id, nameBn: p.nameBn, nameEn: p.nameEn, designation: p.designation, phone: p.phone, verified: p.verification === 'VERIFIED', place: p.area });
  }
  return [...groups.values()].filter((g) => g.offices.length > 0);
}

// ───────────────────────────── rentals ─────────────────────────────

export { isRentalKind, RENTAL_KINDS, rentalCategoryFor } from './rental-kinds';
export const RENTALS_SHOWN = 30;

/** Public rental listings in the area (newest first), of one kind or all. */
export async function listRentals(area: AreaSummary, kind: RentalKind | null) {
  const where = { ...publicRental(), area: { path: { startsWith: area.path } }, ...(kind ? { kind } : {}) };
  const [total, rentals] = await Promise.all([
    db.rentalListing.count({ where }),
    db.rentalListing.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      take: RENTALS_SHOWN,
      select: {
        ...rentalFields,
        area: placeSelect,
        photos: { take: 1, orderBy: { sortOrder: 'asc' }, select: { media: { select: { key: true, storage: true, url: true, thumbUrl: true, alt: true } } } },
        provider: { select: { nameBn: true, nameEn: true } },
        owner: { select: { name: true } },
      },
    }),
  ]);
  return { total, rentals };
}

export type RentalListItem = Awaited<ReturnType<typeof listRentals>>['rentals'][number];

/** Providers of RENTAL-kind categories (or the one category matching a kind), ranked like a category page. */
export async function listRentalProviders(area: AreaSummary, kind: RentalKind | null) {
  const category = kind ? { slug: rentalCategoryFor[kind] } : { kind: 'RENTAL' as const, isActive: true };
  const where = { status: 'ACTIVE' as const, categories: { some: { category } }, area: { path: { startsWith: area.path } } };
  const [total, providers] = await Promise.all([
    db.provider.count({ where }),
    db.provider.findMany({
      where,
      orderBy: PROVIDER_RANKING,
      take: 20,
      select: providerCardSelect,
    }),
  ]);
  return { total, providers };
}
