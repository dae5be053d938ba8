// Rows the training tests share (helpers A, B and C): a programme made straight in the database
// (no forms), and providers of a trade placed in an area. Only creates rows; the accounts and
// officers' scopes come from lib/console/test-fixtures.ts.
import { account, areaId, provider } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import type { ProgrammeStatus, Sex } from '@/lib/generated/prisma/enums';

const DAY = 86_400_000;

export interface ProgrammeRows {
  /** The area the programme belongs to (its office's upazila or district). */
  area?: string;
  /** Trades by category slug. */
  trades?: string[];
  /** The places it is open to (area slugs); default: its own area. */
  openTo?: string[];
  seats?: number;
  status?: ProgrammeStatus;
  startsAt?: Date;
  endsAt?: Date;
  requiredSex?: Sex | null;
  /** Sessions as [startsAt, endsAt]; default: one on startsAt of three hours. */
  sessions?: [Date, Date][];
  createdById?: string | null;
}

export async function programme(over: ProgrammeRows = {}) {
  const startsAt = over.startsAt ?? new Date(Date.now() + 10 * DAY);
  const endsAt = over.endsAt ?? new Date(startsAt.getTime() + 3 * 3_600_000);
  const area = over.area ?? 'sherpur-bogura';
  const trades = await db.category.findMany({ where: { slug: { in: over.trades ?? ['electrician'] } }, select: { id: true } });
  const openTo = await Promise.all((over.openTo ?? [area]).map(areaId));
  return db.trainingProgramme.create({
    data: {
      titleBn: 'ঘরের ওয়্যারিং ও নিরাপত্তা প্রশিক্ষণ',
      office: 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর',
      description: 'তিন দিনের হাতে-কলমে প্রশিক্ষণ।',
      areaId: await areaId(area),
      seats: over.seats ?? 10,
      startsAt,
      endsAt,
      venue: 'উপজেলা পরিষদ মিলনায়তন',
      status: over.status ?? 'OPEN',
      requiredSex: over.requiredSex ?? null,
      createdById: over.createdById ?? null,
      categories: { create: trades.map((c) => ({ categoryId: c.id })) },
      areas: { create: openTo.map((id) => ({ areaId: id })) },
      sessions: { create: (over.sessions ?? [[startsAt, endsAt]]).map(([s, e]) => ({ startsAt: s, endsAt: e })) },
    },
  });
}

export interface TradespersonRows {
  trade?: string;
  verified?: boolean;
  sex?: Sex | null;
  experienceYears?: number | null;
  name?: string;
  kind?: 'INDIVIDUAL' | 'OFFICE';
  status?: 'ACTIVE' | 'SUSPENDED';
  lastActiveAt?: Date;
  /** Without an account of her own (a listing someone keeps for her). */
  noAccount?: boolean;
}

/** A provider of a trade (an electrician by default) in an area, with an account of her own. */
export async function tradesperson(areaSlug: string, over: TradespersonRows = {}) {
  const userId = over.noAccount ? null : (await account(['BUYER', 'PROVIDER'])).id;
  const row = await provider(areaSlug, { userId, kind: over.kind, status: over.status });
  const category = await db.category.findUniqueOrThrow({ where: { slug: over.trade ?? 'electrician' }, select: { id: true } });
  await db.providerCategory.create({ data: { providerId: row.id, categoryId: category.id, isPrimary: true } });
  return db.provider.update({
    where: { id: row.id },
    data: {
      nameBn: over.name ?? row.nameBn,
      verification: over.verified === false ? 'PENDING' : 'VERIFIED',
      verifiedAt: over.verified === false ? null : new Date(),
      sex: over.sex ?? null,
      experienceYears: over.experienceYears ?? null,
      ...(over.lastActiveAt ? { lastActiveAt: over.lastActiveAt } : {}),
    },
    include: { user: { select: { id: true, phone: true, name: true, roles: true, officerAreaId: true, sessionVersion: true } } },
  });
}
