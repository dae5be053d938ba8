// What the candidates page's filter form (a GET form) and the invitation forms send, written once
// for the page and the server. A junk value in the query falls back to its default: a filter link
// someone edited never breaks the page.
import { z } from 'zod';
import { toAsciiDigits } from '@/lib/i18n/digits';

const pick = <T extends string>(values: readonly [T, ...T[]], fallback: T) => z.enum(values).catch(fallback);
const count = (max: number) =>
  z
    .unknown()
    .transform((v) => (typeof v === 'string' ? Number(toAsciiDigits(v).trim() || 'NaN') : NaN))
    .pipe(z.number().int().min(0).max(max))
    .optional()
    .catch(undefined);

export const CANDIDATE_SORTS = ['verified', 'experience', 'name', 'active'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

export const candidateFiltersSchema = z.object({
  /** "1": verified providers only (the default); "0": everyone. */
  verified: pick(['1', '0'], '1'),
  minYears: count(60),
  /** Already trained in this trade (a completed programme of one of its trades) or not. */
  trained: pick(['any', 'yes', 'no'], 'any'),
  /** Only when the programme does not set it itself. */
  sex: pick(['any', 'FEMALE', 'MALE'], 'any'),
  union: count(999_999_999),
  sort: pick(CANDIDATE_SORTS, 'verified'),
  page: count(10_000),
});
export type CandidateFilters = z.output<typeof candidateFiltersSchema>;

export const CANDIDATES_PER_PAGE = 25;
/** The most providers one invitation form may name. */
export const MAX_INVITES = 200;

export const codeSchema = z.object({ code: z.string().transform((v) => toAsciiDigits(v).replace(/\s/g, '')).pipe(z.string().regex(/^\d{6}$/, 'codeInvalid')) });
