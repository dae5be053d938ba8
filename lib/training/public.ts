// Training programmes as everyone sees them (/training, /training/<id>, read through the cached
// reads of lib/cache/reads.ts) and as a provider sees those meant for her (the dashboard's
// "প্রশিক্ষণ" block), and her application: a signed-in provider whose trade and place the
// programme is for applies once (Trainee source APPLIED, status APPLIED); the officer decides.
import 'server-only';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { getServedDistricts } from '@/lib/geo/queries';
import { HOLDS_SEAT, lockProgramme } from './seats';

const areaFields = { id: true, nameBn: true, nameEn: true, level: true, path: true } as const;

const publicSelect = {
  id: true,
  titleBn: true,
  titleEn: true,
  office: true,
  description: true,
  status: true,
  seats: true,
  startsAt: true,
  endsAt: true,
  mode: true,
  venue: true,
  languages: true,
  costPoisha: true,
  allowancePoisha: true,
  eligibility: true,
  requiredSex: true,
  minExperienceYears: true,
  area: { select: areaFields },
  photo: { select: { storage: true, key: true, url: true, thumbUrl: true, width: true, height: true } },
  categories: { select: { category: { select: { id: true, slug: true, nameBn: true, nameEn: true } } } },
  areas: { select: { area: { select: areaFields } } },
  sessions: { orderBy: { startsAt: 'asc' }, select: { startsAt: true, endsAt: true } },
} satisfies Prisma.TrainingProgrammeSelect;

async function withSeatsLeft<T extends { id: string; seats: number }>(rows: T[]): Promise<(T & { seatsLeft: number })[]> {
  if (!rows.length) return [];
  const held = await db.trainee.groupBy({ by: ['programmeId'], where: { programmeId: { in: rows.map((r) => r.id) }, status: { in: [...HOLDS_SEAT] } }, _count: { _all: true } });
  const byId = new Map(held.map((h) => [h.programmeId, h._count._all]));
  return rows.map((r) => ({ ...r, seatsLeft: Math.max(0, r.seats - (byId.get(r.id) ?? 0)) }));
}

/** Where the served districts' programmes live: a programme elsewhere (a district no longer served) is not shown. */
async function servedOnly(): Promise<Prisma.TrainingProgrammeWhereInput> {
  const districts = await getServedDistricts();
  return { OR: districts.map((d) => ({ area: { path: { startsWith: d.path } } })) };
}

/** Open programmes, the soonest first (the page leaves out those already started). */
export async function listOpenProgrammes() {
  const rows = await db.trainingProgramme.findMany({
    where: { status: 'OPEN', ...(await servedOnly()) },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: 200,
    select: publicSelect,
  });
  return withSeatsLeft(rows);
}

export type PublicProgramme = Awaited<ReturnType<typeof listOpenProgrammes>>[number];

/** One programme's public page: open, closed or completed ones (a draft is nobody's business yet). */
export async function getPublicProgramme(id: string): Promise<PublicProgramme | null> {
  const row = await db.trainingProgramme.findFirst({ where: { id, status: { not: 'DRAFT' }, ...(await servedOnly()) }, select: publicSelect });
  return row ? (await withSeatsLeft([row]))[0]! : null;
}

/** Whether the programme is taking applications now: open, and its first session still ahead. */
export const takesApplications = (p: { status: string; startsAt: Date }, now: Date) => p.status === 'OPEN' && p.startsAt > now;

// ───────────────────────────── a provider's view ─────────────────────────────

/** The places a provider counts as being in: her own area and every area above it. */
const placeIds = (path: string) => path.split('/').filter(Boolean).map(Number);

/** The provider behind an account, with what a programme asks of her. */
async function providerOf(userId: string) {
  return db.provider.findUnique({
    where: { userId },
    select: { id: true, kind: true, status: true, sex: true, experienceYears: true, area: { select: { path: true } }, categories: { select: { categoryId: true } } },
  });
}

/** Open programmes for her trades and place (her union, its upazila or district), not yet started. */
export async function programmesForProvider(userId: string, now = new Date()) {
  const provider = await providerOf(userId);
  if (!provider) return { programmes: [], applications: [] };
  const [rows, applications] = await Promise.all([
    db.trainingProgramme.findMany({
      where: {
        status: 'OPEN',
        startsAt: { gt: now },
        categories: { some: { categoryId: { in: provider.categories.map((c) => c.categoryId) } } },
        areas: { some: { areaId: { in: placeIds(provider.area.path) } } },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: 20,
      select: publicSelect,
    }),
    db.trainee.findMany({
      where: { providerId: provider.id },
      orderBy: { createdAt: 'desc' },
      take: 20,
      select: { id: true, status: true, source: true, createdAt: true, programme: { select: { id: true, titleBn: true, titleEn: true, office: true, startsAt: true, status: true } } },
    }),
  ]);
  const mine = new Set(applications.map((a) => a.programme.id));
  return { programmes: (await withSeatsLeft(rows)).map((p) => ({ ...p, applied: mine.has(p.id) })), applications };
}

/**
 * Her application. Refused with a message when she has no provider profile, it is suspended, the
 * programme takes no applications, or it is not for her trade, place, sex or experience; a second
 * application (a double tap, another tab) is "already applied" and leaves the one row.
 */
export async function applyToProgramme(userId: string, programmeId: string, now = new Date()): Promise<{ status: string; already: boolean }> {
  const provider = await providerOf(userId);
  if (!provider) throw new AppError('forbidden', 'notProvider');
  if (provider.status === 'SUSPENDED') throw new AppError('forbidden', 'providerSuspended');
  // Courses are for people: an office's or a hospital's listing, or a profile not yet finished, cannot apply.
  if (provider.kind !== 'INDIVIDUAL' || provider.status === 'DRAFT') throw new AppError('forbidden', 'notProvider');
  const programme = await db.trainingProgramme.findFirst({
    where: { id: programmeId, status: { not: 'DRAFT' } },
    select: {
      id: true,
      requiredSex: true,
      minExperienceYears: true,
      categories: { select: { categoryId: true } },
      areas: { select: { area: { select: { path: true } } } },
    },
  });
  if (!programme) throw notFound();
  return db.$transaction(async (tx) => {
    const locked = await lockProgramme(tx, programmeId);
    if (!locked) throw notFound();
    const existing = await tx.trainee.findUnique({ where: { programmeId_providerId: { programmeId, providerId: provider.id } }, select: { status: true } });
    if (existing) return { status: existing.status, already: true };
    if (!takesApplications(locked, now)) throw new AppError('conflict', 'programmeClosed');
    const trades = new Set(provider.categories.map((c) => c.categoryId));
    if (!programme.categories.some((c) => trades.has(c.categoryId))) throw new AppError('forbidden', 'wrongTrade');
    if (!programme.areas.some((a) => provider.area.path.startsWith(a.area.path))) throw new AppError('forbidden', 'wrongPlace');
    if (programme.requiredSex && provider.sex !== programme.requiredSex) throw new AppError('forbidden', programme.requiredSex === 'FEMALE' ? 'womenOnly' : 'menOnly');
    if (programme.minExperienceYears && (provider.experienceYears ?? 0) < programme.minExperienceYears) throw new AppError('forbidden', 'tooLittleExperience');
    await tx.trainee.create({ data: { programmeId, providerId: provider.id, source: 'APPLIED', status: 'APPLIED' } });
    return { status: 'APPLIED', already: false };
  });
}

