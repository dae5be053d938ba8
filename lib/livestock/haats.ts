// Seasons and official haats in the console (/console/haat). A season belongs to a district and is
// made and changed by that district's officers (and admins); its haats lie in an upazila or union
// of that district, so an upazila officer sees her district's seasons and makes and publishes the
// haats of her own upazila. Every season and haat is loaded through seasonInScope/haatInScope, so an
// id from elsewhere is "not found"; every change is audited with its area in its own transaction.
import 'server-only';
import { audit } from '@/lib/console/audit';
import { assertAreaInScope, inScope, type Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { getServedDistricts, servedArea, servedDistrictOf, type AreaSummary } from '@/lib/geo/queries';
import { enqueueSearch } from '@/lib/search/outbox';
import type { HaatInput, SeasonInput } from './haat-schemas';

const validId = (id: unknown): id is string => typeof id === 'string' && id.length > 0 && id.length <= 40;

/** The served districts the officer works in: all for admins, her own district otherwise (an upazila officer's too). */
export async function districtsOfScope(scope: Scope): Promise<AreaSummary[]> {
  const districts = await getServedDistricts();
  if (scope.isAdmin) return districts;
  const own = await servedDistrictOf({ path: scope.path });
  return own ? districts.filter((d) => d.id === own.id) : [];
}

/** Whether she may make and change seasons of this district (its officers and admins, not an upazila's). */
const ownsDistrict = (scope: Scope, district: { path: string }) => scope.isAdmin || district.path.startsWith(scope.path);

const seasonInclude = {
  area: { select: { id: true, slug: true, path: true, nameBn: true, nameEn: true } },
} as const;

/** A season by id, if it is of her district; "not found" otherwise. `edit`: she must also own the district. */
export async function seasonInScope(scope: Scope, id: string, { edit = false } = {}) {
  if (!validId(id)) throw notFound();
  const season = await db.livestockSeason.findUnique({ where: { id }, include: seasonInclude });
  if (!season) throw notFound();
  const districts = await districtsOfScope(scope);
  if (!districts.some((d) => d.id === season.areaId)) throw notFound();
  if (edit && !ownsDistrict(scope, season.area)) throw notFound();
  return season;
}

/** A haat by id, if its union lies in her scope; "not found" otherwise. */
export async function haatInScope(scope: Scope, id: string) {
  if (!validId(id)) throw notFound();
  const haat = await db.livestockHaat.findFirst({
    where: { id, ...inScope(scope) },
    include: { season: { include: seasonInclude }, area: { select: { id: true, path: true, nameBn: true, nameEn: true } } },
  });
  if (!haat) throw notFound();
  return haat;
}

/** Seasons of her districts, the latest first, with the haats in her scope. */
export async function listSeasons(scope: Scope) {
  const districts = await districtsOfScope(scope);
  if (!districts.length) return [];
  const seasons = await db.livestockSeason.findMany({
    where: { areaId: { in: districts.map((d) => d.id) } },
    orderBy: [{ startsOn: 'desc' }, { id: 'asc' }],
    take: 50,
    include: {
      ...seasonInclude,
      haats: {
        where: inScope(scope),
        orderBy: [{ opensOn: 'asc' }, { nameBn: 'asc' }],
        select: { id: true, nameBn: true, nameEn: true, place: true, opensOn: true, closesOn: true, publishedAt: true, area: { select: { nameBn: true, nameEn: true } } },
      },
    },
  });
  return seasons.map((s) => ({ ...s, canEdit: ownsDistrict(scope, s.area) }));
}

/** The unions and upazilas of the season's district a haat of hers may be in. */
export async function haatAreaOptions(scope: Scope, season: { area: { path: string } }) {
  return db.area.findMany({
    where: { path: { startsWith: season.area.path }, level: { in: ['UPAZILA', 'UNION'] }, ...(scope.isAdmin ? {} : { AND: [{ path: { startsWith: scope.path } }] }) },
    orderBy: [{ path: 'asc' }],
    select: { id: true, level: true, nameBn: true, nameEn: true, parentId: true },
  });
}

// ───────────────────────────── seasons ─────────────────────────────

async function assertDistrict(scope: Scope, areaId: number) {
  const district = await servedArea(areaId, { levels: ['DISTRICT'], message: 'districtRequired', outside: 'districtOutside' });
  await assertAreaInScope(scope, district.id);
  return district;
}

/** A district has one season at a time: sellers' listings and the public page follow "the" season. */
async function assertNoOverlap(input: SeasonInput, except?: string) {
  const overlapping = await db.livestockSeason.count({
    where: { areaId: input.areaId, startsOn: { lte: input.endsOn }, endsOn: { gte: input.startsOn }, ...(except ? { id: { not: except } } : {}) },
  });
  if (overlapping) throw new AppError('conflict', 'seasonOverlaps');
}

const seasonData = (input: SeasonInput) => ({ nameBn: input.nameBn, nameEn: input.nameEn, areaId: input.areaId, startsOn: input.startsOn, endsOn: input.endsOn });

export async function createSeason(scope: Scope, input: SeasonInput): Promise<{ id: string }> {
  await assertDistrict(scope, input.areaId);
  await assertNoOverlap(input);
  const data = seasonData(input);
  return db.$transaction(async (tx) => {
    const created = await tx.livestockSeason.create({ data: { ...data, createdById: scope.user.id }, select: { id: true } });
    await audit(tx, { actorId: scope.user.id, action: 'haat.seasonCreate', subject: 'LIVESTOCK_SEASON', subjectId: created.id, areaId: data.areaId, after: data });
    return created;
  });
}

/** Changes a season; its haats must still lie inside its days (and its district stays). */
export async function updateSeason(scope: Scope, id: string, input: SeasonInput): Promise<void> {
  const season = await seasonInScope(scope, id, { edit: true });
  if (input.areaId !== season.areaId) throw new AppError('invalid', 'districtFixed');
  const data = seasonData(input);
  const outside = await db.livestockHaat.count({ where: { seasonId: id, OR: [{ opensOn: { lt: data.startsOn } }, { closesOn: { gt: data.endsOn } }] } });
  if (outside) throw new AppError('conflict', 'haatsOutsideSeason');
  await assertNoOverlap(input, id);
  const before = seasonData({ ...season, nameEn: season.nameEn });
  await db.$transaction(async (tx) => {
    await tx.livestockSeason.update({ where: { id }, data });
    await audit(tx, { actorId: scope.user.id, action: 'haat.seasonUpdate', subject: 'LIVESTOCK_SEASON', subjectId: id, areaId: season.areaId, before, after: data });
  });
}

// ───────────────────────────── haats ─────────────────────────────

/** The haat's union: an upazila or union of the season's district, inside her scope; its days inside the season. */
async function checkHaat(scope: Scope, season: { areaId: number; startsOn: Date; endsOn: Date }, input: HaatInput) {
  const area = await servedArea(input.areaId, { levels: ['UPAZILA', 'UNION'], message: 'unionRequired', outside: 'unionOutside' });
  if (area.district.id !== season.areaId) throw new AppError('invalid', 'unionOutside');
  await assertAreaInScope(scope, area.id);
  if (input.opensOn < season.startsOn || input.closesOn > season.endsOn) throw new AppError('invalid', 'outsideSeason');
  return area;
}

const haatData = (input: HaatInput) => ({
  nameBn: input.nameBn,
  nameEn: input.nameEn,
  areaId: input.areaId,
  place: input.place,
  opensOn: input.opensOn,
  closesOn: input.closesOn,
  weekdays: input.weekdays,
  opensAt: input.opensAt,
  closesAt: input.closesAt,
  leaseOffice: input.leaseOffice,
  leasePhone: input.leasePhone,
  vetBooth: input.vetBooth,
  vetNote: input.vetNote,
});

/** A new haat of the season, a draft: the public and sellers see it once it is published. */
export async function createHaat(scope: Scope, seasonId: string, input: HaatInput): Promise<{ id: string }> {
  const season = await seasonInScope(scope, seasonId);
  await checkHaat(scope, season, input);
  const data = haatData(input);
  return db.$transaction(async (tx) => {
    const created = await tx.livestockHaat.create({ data: { ...data, seasonId, createdById: scope.user.id }, select: { id: true } });
    await audit(tx, { actorId: scope.user.id, action: 'haat.create', subject: 'LIVESTOCK_HAAT', subjectId: created.id, areaId: data.areaId, after: data });
    return created;
  });
}

export async function updateHaat(scope: Scope, id: string, input: HaatInput): Promise<void> {
  const haat = await haatInScope(scope, id);
  await checkHaat(scope, haat.season, input);
  const data = haatData(input);
  const before = haatData({ ...haat, weekdays: haat.weekdays } as HaatInput);
  await db.$transaction(async (tx) => {
    await tx.livestockHaat.update({ where: { id }, data });
    // The haat's own area, and the new one when it moved: both offices see the change.
    for (const areaId of new Set([haat.areaId, data.areaId])) {
      await audit(tx, { actorId: scope.user.id, action: 'haat.update', subject: 'LIVESTOCK_HAAT', subjectId: id, areaId, before, after: data });
    }
    await requeueListings(tx, id);
  });
}

/** Publishes (or takes back to a draft) a haat; the change is conditional, so a second press is a conflict. */
export async function setHaatPublished(scope: Scope, id: string, publish: boolean, now = new Date()): Promise<void> {
  const haat = await haatInScope(scope, id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.livestockHaat.updateMany({ where: { id, publishedAt: publish ? null : { not: null } }, data: { publishedAt: publish ? now : null } });
    if (!count) throw new AppError('conflict', publish ? 'alreadyPublished' : 'alreadyDraft');
    await audit(tx, {
      actorId: scope.user.id,
      action: publish ? 'haat.publish' : 'haat.unpublish',
      subject: 'LIVESTOCK_HAAT',
      subjectId: id,
      areaId: haat.areaId,
      before: { publishedAt: haat.publishedAt },
      after: { publishedAt: publish ? now : null },
    });
    await requeueListings(tx, id);
  });
}

/** A listing's search document names its haat (if published): its listings are indexed again when the haat changes. */
async function requeueListings(tx: Parameters<typeof enqueueSearch>[0], haatId: string) {
  for (const { id } of await tx.livestockListing.findMany({ where: { haatId }, select: { id: true } })) await enqueueSearch(tx, 'LIVESTOCK', id);
}

// ───────────────────────────── public ─────────────────────────────
