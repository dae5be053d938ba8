// What an area id can be, for schemas on both sides (no database here): there are about 5,000
// areas, and an id beyond PostgreSQL's integer (2,147,483,647) would be its error, not the form's.
import { z } from 'zod';

export const MAX_AREA_ID = 10_000_000;

/** An area id from a form: a whole number the areas table could hold, else `message`. */
export const areaIdField = (message: string) => z.coerce.number({ error: message }).int(message).positive(message).max(MAX_AREA_ID, message);
