// Training on the console's numbers page (/console/numbers, section "training"): programmes by
// organising office and trade (how many, seats, seats filled, attendance and completion rates) and
// trained providers by place × trade. Read for the page's view (lib/console/numbers/view.ts), which
// always lies inside the officer's scope: a programme counts when its own area lies in the view.
import 'server-only';
import { createTranslator } from 'next-intl';
import { localName, partOf, type StatsArea, type StatsView } from '@/lib/console/numbers/view';
import type { CsvCell } from '@/lib/csv';
import { db } from '@/lib/db';
import type { AppLocale } from '@/lib/i18n/routing';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';

export interface ProgrammeRow {
  office: string;
  category: { id: number; nameBn: string; nameEn: string };
  programmes: number;
  seats: number;
  /** Places taken by accepted and completed trainees. */
  filled: number;
  /** Present marks of all marks given (null when no attendance was marked). */
  attendanceRate: number | null;
  /** Completed of those who had a place (accepted or completed; null when nobody had one). */
  completionRate: number | null;
}

export interface TrainedRow {
  category: { id: number; nameBn: string; nameEn: string };
  /** Providers trained (completed at least one programme of the trade), per part of the view. */
  cells: number[];
  whole: number;
  total: number;
}

export interface TrainingNumbers {
  programmes: ProgrammeRow[];
  trained: TrainedRow[];
  parts: StatsArea[];
  showWhole: boolean;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export async function trainingNumbers(view: StatsView): Promise<TrainingNumbers> {
  const path = view.area.path;
  const [programmes, trained] = await Promise.all([
    db.$queryRaw<{ office: string; categoryId: number; nameBn: string; nameEn: string; programmes: number; seats: number; filled: number; filledEnded: number; completed: number; marks: number; present: number }[]>`
      WITH p AS (
        SELECT tp.id, tp.office, tp.seats, tp."endsAt"
        FROM "TrainingProgramme" tp JOIN "Area" a ON a.id = tp."areaId"
        WHERE tp.status <> 'DRAFT' AND starts_with(a.path, ${path})
      ), t AS (
        SELECT t."programmeId",
          count(*) FILTER (WHERE t.status IN ('ACCEPTED', 'COMPLETED'))::int AS filled,
          count(*) FILTER (WHERE t.status = 'COMPLETED')::int AS completed
        FROM "Trainee" t WHERE t."programmeId" IN (SELECT id FROM p) GROUP BY t."programmeId"
      ), m AS (
        SELECT t."programmeId", count(*)::int AS marks, count(*) FILTER (WHERE ta.present)::int AS present
        FROM "TrainingAttendance" ta JOIN "Trainee" t ON t.id = ta."traineeId"
        WHERE t."programmeId" IN (SELECT id FROM p) GROUP BY t."programmeId"
      )
      SELECT p.office, c.id AS "categoryId", c."nameBn", c."nameEn",
        count(*)::int AS programmes, sum(p.seats)::int AS seats,
        coalesce(sum(t.filled), 0)::int AS filled, coalesce(sum(t.completed), 0)::int AS completed,
        -- Completion is counted only where the classes are over: a course not yet held is not a failure.
        coalesce(sum(t.filled) FILTER (WHERE p."endsAt" <= now()), 0)::int AS "filledEnded",
        coalesce(sum(m.marks), 0)::int AS marks, coalesce(sum(m.present), 0)::int AS present
      FROM p
      JOIN "TrainingProgrammeCategory" pc ON pc."programmeId" = p.id
      JOIN "Category" c ON c.id = pc."categoryId"
      LEFT JOIN t ON t."programmeId" = p.id
      LEFT JOIN m ON m."programmeId" = p.id
      GROUP BY p.office, c.id, c."nameBn", c."nameEn"
      ORDER BY p.office, c."nameBn"`,
    db.$queryRaw<{ categoryId: number; nameBn: string; nameEn: string; path: string; n: number }[]>`
      SELECT c.id AS "categoryId", c."nameBn", c."nameEn", a.path, count(DISTINCT t."providerId")::int AS n
      FROM "Trainee" t
      JOIN "Provider" pr ON pr.id = t."providerId"
      JOIN "Area" a ON a.id = pr."areaId"
      JOIN "TrainingProgrammeCategory" pc ON pc."programmeId" = t."programmeId"
      JOIN "Category" c ON c.id = pc."categoryId"
      WHERE t.status = 'COMPLETED' AND starts_with(a.path, ${path})
      GROUP BY c.id, c."nameBn", c."nameEn", a.path`,
  ]);

  const byCategory = new Map<number, TrainedRow>();
  for (const row of trained) {
    let entry = byCategory.get(row.categoryId);
    if (!entry) {
      entry = { category: { id: row.categoryId, nameBn: row.nameBn, nameEn: row.nameEn }, cells: view.parts.map(() => 0), whole: 0, total: 0 };
      byCategory.set(row.categoryId, entry);
    }
    const part = partOf(view.parts, row.path);
    if (part === null) entry.whole += row.n;
    else entry.cells[part]! += row.n;
    entry.total += row.n;
  }
  // A provider trained twice in one trade, in one place, counts once per place (the SQL's DISTINCT).
  const trainedRows = [...byCategory.values()].sort((a, b) => b.total - a.total || a.category.nameBn.localeCompare(b.category.nameBn));

  return {
    programmes: programmes.map((r) => ({
      office: r.office,
      category: { id: r.categoryId, nameBn: r.nameBn, nameEn: r.nameEn },
      programmes: r.programmes,
      seats: r.seats,
      filled: r.filled,
      attendanceRate: rate(r.present, r.marks),
      completionRate: rate(r.completed, r.filledEnded),
    })),
    trained: trainedRows,
    parts: view.parts,
    showWhole: trainedRows.some((r) => r.whole > 0),
  };
}

// ───────────────────────────── CSV (/console/numbers/export) ─────────────────────────────

const trainingTranslator = (locale: AppLocale) => createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'TrainingCompletion' });

/** A rate as a percentage with one decimal, for a spreadsheet (empty when there is none). */
export const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

/** Programmes by office and trade, as the page's table. */
export function trainingProgrammesCsv(data: TrainingNumbers, locale: AppLocale): CsvCell[][] {
  const t = trainingTranslator(locale);
  return [
    [t('office'), t('trade'), t('programmes'), t('seats'), t('filled'), `${t('attendanceRate')} (%)`, `${t('completionRate')} (%)`],
    ...data.programmes.map((r) => [r.office, localName(r.category, locale), r.programmes, r.seats, r.filled, percent(r.attendanceRate), percent(r.completionRate)]),
  ];
}

/** Trained providers by trade × part of the view, as the page's table. */
export function trainedProvidersCsv(view: StatsView, data: TrainingNumbers, locale: AppLocale): CsvCell[][] {
  const t = trainingTranslator(locale);
  const whole = t('whole', { area: localName(view.area, locale) });
  return [
    [t('trade'), ...view.parts.map((part) => localName(part, locale)), ...(data.showWhole ? [whole] : []), t('total')],
    ...data.trained.map((r) => [localName(r.category, locale), ...r.cells, ...(data.showWhole ? [r.whole] : []), r.total]),
  ];
}
