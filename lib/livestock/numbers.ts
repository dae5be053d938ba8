// The cattle market's numbers for the console (/console/haat/numbers): per union × animal, how
// many animals were listed, how many sold, and the median asking price per kg (percentile_cont in
// SQL, so the median of an even count is the mean of the middle two). Read for the numbers view
// (lib/console/numbers/view.ts), which always lies inside the officer's scope. Listings an officer
// hid or suspended are left out. The CSV is built from the same rows.
import 'server-only';
import { createTranslator } from 'next-intl';
import { localName, type StatsView } from '@/lib/console/numbers/view';
import type { CsvCell } from '@/lib/csv';
import { db } from '@/lib/db';
import type { LivestockAnimal } from '@/lib/generated/prisma/enums';
import type { AppLocale } from '@/lib/i18n/routing';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';

export interface LivestockNumberRow {
  area: { id: number; nameBn: string; nameEn: string };
  animal: LivestockAnimal;
  listings: number;
  sold: number;
  /** Median asking price per kg, in poisha (rounded). */
  medianPerKgPoisha: number;
}

export async function livestockNumbers(view: StatsView): Promise<LivestockNumberRow[]> {
  const rows = await db.$queryRaw<{ areaId: number; nameBn: string; nameEn: string; animal: LivestockAnimal; listings: number; sold: number; median: number }[]>`
    SELECT a.id AS "areaId", a."nameBn", a."nameEn", l.animal,
      count(*)::int AS listings,
      count(*) FILTER (WHERE l.sale = 'SOLD')::int AS sold,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY l."perKgPoisha")::float8 AS median
    FROM "LivestockListing" l JOIN "Area" a ON a.id = l."areaId"
    WHERE starts_with(a.path, ${view.area.path}) AND l.status = 'ACTIVE'
    GROUP BY a.id, a."nameBn", a."nameEn", l.animal
    ORDER BY a."nameEn", l.animal`;
  return rows.map((r) => ({ area: { id: r.areaId, nameBn: r.nameBn, nameEn: r.nameEn }, animal: r.animal, listings: r.listings, sold: r.sold, medianPerKgPoisha: Math.round(r.median) }));
}

const haatTranslator = (locale: AppLocale) => createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'ConsoleHaat' });
const livestockTranslator = (locale: AppLocale) => createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'Livestock' });

/** The table as CSV rows, header first; taka as numbers a spreadsheet can add up. */
export function livestockNumbersCsv(rows: LivestockNumberRow[], locale: AppLocale): CsvCell[][] {
  const t = haatTranslator(locale);
  const animal = livestockTranslator(locale);
  return [
    [t('numbersUnion'), t('numbersAnimal'), t('numbersListings'), t('numbersSold'), t('numbersMedianCsv')],
    ...rows.map((r) => [localName(r.area, locale), animal(`animal_${r.animal}`), r.listings, r.sold, r.medianPerKgPoisha / 100]),
  ];
}
