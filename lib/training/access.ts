// The one way console code finds a training programme: by id, inside the officer's scope (an
// officer of another upazila gets "not found", also for ids edited into a form or URL).
import 'server-only';
import { inScope, type Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';

export async function programmeInScope(scope: Scope, programmeId: string) {
  if (typeof programmeId !== 'string' || programmeId.length > 40) throw notFound();
  const programme = await db.trainingProgramme.findFirst({
    where: { id: programmeId, ...inScope(scope) },
    include: {
      area: { select: { id: true, nameBn: true, nameEn: true, path: true, level: true } },
      categories: { select: { category: { select: { id: true, slug: true, nameBn: true, nameEn: true } } } },
      areas: { select: { area: { select: { id: true, nameBn: true, nameEn: true, path: true, level: true } } } },
      sessions: { orderBy: { startsAt: 'asc' } },
    },
  });
  if (!programme) throw notFound();
  return programme;
}

export type ScopedProgramme = Awaited<ReturnType<typeof programmeInScope>>;
