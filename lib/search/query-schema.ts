import { z } from 'zod';

/** The query string /search and /api/search accept; anything malformed is dropped, not an error. */
export const searchQuerySchema = z.object({
  q: z.string().trim().max(100).catch(''),
  type: z.enum(['provider', 'shop', 'product', 'rental', 'livestock']).optional().catch(undefined),
  category: z.string().regex(/^[a-z0-9-]{1,60}$/).optional().catch(undefined),
  area: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  /** A served district's slug: results inside it only (the visitor's district). */
  district: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  verified: z.enum(['1', 'true']).optional().catch(undefined),
  now: z.enum(['1', 'true']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(50).catch(1).default(1),
  locale: z.enum(['bn', 'en']).catch('bn').default('bn'),
});
