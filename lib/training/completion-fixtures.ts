// Programmes, sessions and trainees made directly for the completion tests (attendance,
// completion, certificates, numbers), placed in Sherpur (Bogura) unless told otherwise.
import { areaId, provider, unique } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import type { TraineeStatus } from '@/lib/generated/prisma/enums';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * A programme with `sessions` daily sessions, the first `startedDaysAgo` days ago (negative: in the
 * future), for the given trades (category slugs).
 */
export async function programme(over: { area?: string; sessions?: number; startedDaysAgo?: number; seats?: number; trades?: string[]; office?: string; status?: 'OPEN' | 'CLOSED' | 'DRAFT' } = {}) {
  const first = Date.now() - (over.startedDaysAgo ?? 10) * DAY;
  const count = over.sessions ?? 3;
  const categories = await db.category.findMany({ where: { slug: { in: over.trades ?? ['electrician'] } }, select: { id: true } });
  return db.trainingProgramme.create({
    data: {
      titleBn: `বৈদ্যুতিক ওয়্যারিং ${unique('প্রশিক্ষণ')}`,
      titleEn: 'House wiring',
      office: over.office ?? 'উপজেলা যুব উন্নয়ন অফিস, শেরপুর',
      description: 'হাতে-কলমে ঘরের ওয়্যারিং শেখা',
      areaId: await areaId(over.area ?? 'sherpur-bogura'),
      seats: over.seats ?? 10,
      startsAt: new Date(first),
      endsAt: new Date(first + (count - 1) * DAY + 3 * HOUR),
      status: over.status ?? 'CLOSED',
      categories: { create: categories.map((c) => ({ categoryId: c.id })) },
      sessions: { create: Array.from({ length: count }, (_, i) => ({ startsAt: new Date(first + i * DAY), endsAt: new Date(first + i * DAY + 3 * HOUR), topic: `ক্লাস ${i + 1}` })) },
    },
    include: { sessions: { orderBy: { startsAt: 'asc' } } },
  });
}

/** A provider (new, in `area`) with a place of the given status in the programme. */
export async function trainee(programmeId: string, status: TraineeStatus = 'ACCEPTED', area = 'mirzapur-sherpur-bogura', trade = 'electrician') {
  const p = await provider(area);
  const category = await db.category.findUniqueOrThrow({ where: { slug: trade }, select: { id: true } });
  await db.providerCategory.create({ data: { providerId: p.id, categoryId: category.id } });
  const t = await db.trainee.create({ data: { programmeId, providerId: p.id, source: 'INVITED', status, invitedAt: new Date(), respondedAt: new Date() } });
  return { ...t, provider: p };
}
