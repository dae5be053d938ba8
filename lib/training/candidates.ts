// Who an officer may invite to a programme: active, individual providers with one of its trades,
// placed in one of the areas it is open to, and inside the officer's own scope (a programme in
// scope may still name nothing outside it, but the scope is applied again, never assumed). The
// page's filters narrow that set; invitations re-check every id against the same set.
import 'server-only';
import type { Scope } from '@/lib/console/scope';
import { inScope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import type { Prisma, TraineeStatus } from '@/lib/generated/prisma/client';
import { programmeInScope, type ScopedProgramme } from './access';
import { HOLDS_SEAT } from './seats';
import { CANDIDATES_PER_PAGE, type CandidateFilters, type CandidateSort } from './invite-schemas';

type ProgrammeShape = Pick<ScopedProgramme, 'id' | 'requiredSex' | 'categories' | 'areas' | 'area'>;

const tradeIds = (programme: ProgrammeShape) => programme.categories.map((c) => c.category.id);
const openPaths = (programme: ProgrammeShape) => (programme.areas.length ? programme.areas.map((a) => a.area.path) : [programme.area.path]);

/** Every candidate of the programme, before the page's filters. */
export function candidateWhere(scope: Scope, programme: ProgrammeShape): Prisma.ProviderWhereInput {
  return {
    kind: 'INDIVIDUAL',
    status: 'ACTIVE',
    categories: { some: { categoryId: { in: tradeIds(programme) } } },
    ...(programme.requiredSex ? { sex: programme.requiredSex } : {}),
    AND: [{ OR: openPaths(programme).map((path) => ({ area: { path: { startsWith: path } } })) }, inScope(scope)],
  };
}

/** Completed a programme of one of these trades (any office, any year). */
const trainedIn = (programme: ProgrammeShape): Prisma.ProviderWhereInput => ({
  trainings: { some: { status: 'COMPLETED', programme: { categories: { some: { categoryId: { in: tradeIds(programme) } } } } } },
});

function filtered(scope: Scope, programme: ProgrammeShape, filters: CandidateFilters, unionPath: string | null): Prisma.ProviderWhereInput {
  const and: Prisma.ProviderWhereInput[] = [candidateWhere(scope, programme)];
  if (filters.verified === '1') and.push({ verification: 'VERIFIED' });
  if (filters.minYears) and.push({ experienceYears: { gte: filters.minYears } });
  if (filters.trained === 'yes') and.push(trainedIn(programme));
  if (filters.trained === 'no') and.push({ NOT: trainedIn(programme) });
  if (!programme.requiredSex && filters.sex !== 'any') and.push({ sex: filters.sex });
  if (unionPath) and.push({ area: { path: { startsWith: unionPath } } });
  return { AND: and };
}

const ORDER: Record<CandidateSort, Prisma.ProviderOrderByWithRelationInput[]> = {
  verified: [{ verifiedAt: { sort: 'desc', nulls: 'last' } }, { experienceYears: { sort: 'desc', nulls: 'last' } }, { nameBn: 'asc' }],
  experience: [{ experienceYears: { sort: 'desc', nulls: 'last' } }, { nameBn: 'asc' }],
  name: [{ nameBn: 'asc' }],
  active: [{ lastActiveAt: 'desc' }, { nameBn: 'asc' }],
};

export interface CandidateRow {
  id: string;
  slug: string;
  name: string;
  area: { nameBn: string; nameEn: string };
  verified: boolean;
  experienceYears: number | null;
  sex: string | null;
  lastActiveAt: Date;
  trainedBefore: boolean;
  /** Her place in this programme already (invited, applied, waitlisted…), or null. */
  here: TraineeStatus | null;
}

/**
 * The candidates page: one page of rows, the total, and how many candidates each place holds
 * (with every filter but the place itself, so the officer sees where else to look).
 */
export async function findCandidates(scope: Scope, programmeId: string, filters: CandidateFilters) {
  const programme = await programmeInScope(scope, programmeId);
  // The programme's own minimum experience is where the filter starts; the officer may change it.
  filters = { ...filters, minYears: filters.minYears ?? programme.minExperienceYears ?? undefined };
  const union = filters.union ? await db.area.findUnique({ where: { id: filters.union }, select: { id: true, path: true } }) : null;
  // A place outside the programme's areas (an edited link) is simply not applied.
  const unionPath = union && openPaths(programme).some((p) => union.path.startsWith(p)) ? union.path : null;
  const where = filtered(scope, programme, filters, unionPath);
  const total = await db.provider.count({ where });
  const pages = Math.max(1, Math.ceil(total / CANDIDATES_PER_PAGE));
  const page = Math.min(Math.max(1, filters.page ?? 1), pages);
  const trades = tradeIds(programme);
  const rows = await db.provider.findMany({
    where,
    orderBy: [...ORDER[filters.sort], { id: 'asc' }],
    skip: (page - 1) * CANDIDATES_PER_PAGE,
    take: CANDIDATES_PER_PAGE,
    select: {
      id: true,
      slug: true,
      nameBn: true,
      verification: true,
      experienceYears: true,
      sex: true,
      lastActiveAt: true,
      area: { select: { nameBn: true, nameEn: true } },
      trainings: {
        where: { OR: [{ programmeId: programme.id }, { status: 'COMPLETED', programme: { categories: { some: { categoryId: { in: trades } } } } }] },
        select: { programmeId: true, status: true },
      },
    },
  });
  const byPlace = await db.provider.groupBy({ by: ['areaId'], where: filtered(scope, programme, filters, null), _count: { _all: true } });
  const places = await db.area.findMany({ where: { id: { in: byPlace.map((g) => g.areaId) } }, select: { id: true, nameBn: true, nameEn: true } });
  const unions = places
    .map((a) => ({ ...a, count: byPlace.find((g) => g.areaId === a.id)?._count._all ?? 0 }))
    .sort((a, b) => b.count - a.count || a.nameBn.localeCompare(b.nameBn, 'bn'));
  const held = await db.trainee.count({ where: { programmeId: programme.id, status: { in: [...HOLDS_SEAT] } } });
  return {
    programme,
    filters,
    held,
    total,
    page,
    pages,
    union: unionPath ? union!.id : null,
    unions,
    rows: rows.map(
      (r): CandidateRow => ({
        id: r.id,
        slug: r.slug,
        name: r.nameBn,
        area: r.area,
        verified: r.verification === 'VERIFIED',
        experienceYears: r.experienceYears,
        sex: r.sex,
        lastActiveAt: r.lastActiveAt,
        trainedBefore: r.trainings.some((t) => t.status === 'COMPLETED' && t.programmeId !== programme.id),
        here: r.trainings.find((t) => t.programmeId === programme.id)?.status ?? null,
      }),
    ),
  };
}

/** Of these provider ids, those that are real candidates of the programme in this scope. */
export async function realCandidates(scope: Scope, programme: ProgrammeShape, ids: string[]): Promise<Set<string>> {
  const found = await db.provider.findMany({ where: { AND: [candidateWhere(scope, programme), { id: { in: ids } }] }, select: { id: true } });
  return new Set(found.map((p) => p.id));
}
