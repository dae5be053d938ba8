// Builds the area tree from the bd-geo CSV files (prisma/data/bd-geo, MIT, see its README).
// Ids are offset by level so one integer names any area: division 1–8, district 100+,
// upazila 1000+, union 10000+ (the source's own id added to the offset).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AreaLevel } from '../../lib/generated/prisma/enums';

const DATA = path.join(import.meta.dirname, '..', 'data', 'bd-geo');
export const AREA_ID_OFFSET = { DIVISION: 0, DISTRICT: 100, UPAZILA: 1000, UNION: 10000 } as const;

export interface AreaRow {
  id: number;
  level: AreaLevel;
  code: string;
  slug: string;
  nameBn: string;
  nameEn: string;
  parentId: number | null;
  path: string;
  lat: number | null;
  lon: number | null;
}

/** Minimal CSV reader for the dataset's fully quoted rows. */
export function readCsv(file: string): string[][] {
  return readFileSync(path.join(DATA, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim())
    // NFC everywhere: the dataset mixes precomposed and decomposed forms of letters such as ড়.
    .map((line) => [...line.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!.replace(/""/g, '"').trim().normalize('NFC')));
}

export const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The whole tree with unique, readable slugs: districts keep their plain name ("bogura"),
 * divisions get "-division", an upazila gets its plain name unless another area has it
 * ("sherpur-bogura"), and a union is named with its upazila ("mirzapur-sherpur-bogura").
 */
export function buildAreaTree(): AreaRow[] {
  const rows: AreaRow[] = [];
  const taken = new Set<string>();
  const claim = (candidates: string[], id: number) => {
    const slug = candidates.find((c) => c && !taken.has(c)) ?? `${candidates[0]}-${id}`;
    taken.add(slug);
    return slug;
  };
  const byId = new Map<number, AreaRow>();
  const add = (row: AreaRow) => {
    rows.push(row);
    byId.set(row.id, row);
  };

  const districts = readCsv('districts.csv');
  const upazilas = readCsv('upazilas.csv');
  const unions = readCsv('unions.csv');
  const districtNames = new Set(districts.map((d) => slugify(d[2]!)));
  for (const name of districtNames) taken.add(name);
  taken.clear();

  for (const [id, name, bn] of readCsv('divisions.csv')) {
    const areaId = AREA_ID_OFFSET.DIVISION + Number(id);
    add({ id: areaId, level: 'DIVISION', code: `division:${id}`, slug: '', nameBn: bn!, nameEn: name!, parentId: null, path: `/${areaId}/`, lat: null, lon: null });
  }
  // Districts first, so they own their plain names.
  for (const [id, divisionId, name, bn, lat, lon] of districts) {
    const areaId = AREA_ID_OFFSET.DISTRICT + Number(id);
    const parent = byId.get(AREA_ID_OFFSET.DIVISION + Number(divisionId))!;
    add({ id: areaId, level: 'DISTRICT', code: `district:${id}`, slug: claim([slugify(name!)], areaId), nameBn: bn!, nameEn: name!, parentId: parent.id, path: `${parent.path}${areaId}/`, lat: Number(lat) || null, lon: Number(lon) || null });
  }
  for (const row of rows.filter((r) => r.level === 'DIVISION')) row.slug = claim([`${slugify(row.nameEn)}-division`], row.id);

  const upazilaNameCount = new Map<string, number>();
  for (const u of upazilas) upazilaNameCount.set(slugify(u[2]!), (upazilaNameCount.get(slugify(u[2]!)) ?? 0) + 1);
  for (const [id, districtId, name, bn] of upazilas) {
    const areaId = AREA_ID_OFFSET.UPAZILA + Number(id);
    const parent = byId.get(AREA_ID_OFFSET.DISTRICT + Number(districtId))!;
    const base = slugify(name!);
    const unique = upazilaNameCount.get(base) === 1 && !districtNames.has(base);
    add({ id: areaId, level: 'UPAZILA', code: `upazila:${id}`, slug: claim(unique ? [base, `${base}-${parent.slug}`] : [`${base}-${parent.slug}`], areaId), nameBn: bn!, nameEn: name!, parentId: parent.id, path: `${parent.path}${areaId}/`, lat: null, lon: null });
  }
  for (const [id, upazilaId, name, bn] of unions) {
    const areaId = AREA_ID_OFFSET.UNION + Number(id);
    const parent = byId.get(AREA_ID_OFFSET.UPAZILA + Number(upazilaId));
    if (!parent) continue; // a few rows point at upazilas the set does not have
    const district = byId.get(parent.parentId!)!;
    const base = slugify(name!);
    const withUpazila = parent.slug.endsWith(`-${district.slug}`) ? `${base}-${parent.slug}` : `${base}-${parent.slug}-${district.slug}`;
    add({ id: areaId, level: 'UNION', code: `union:${id}`, slug: claim([withUpazila], areaId), nameBn: bn!, nameEn: name!, parentId: parent.id, path: `${parent.path}${areaId}/`, lat: null, lon: null });
  }
  return rows;
}
