// The one Prisma client. Scripts and tests import this file; app code imports lib/db, which adds
// the server-only guard. Password hashes are omitted from every query unless asked for.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export function createDb(connectionString: string, max = 10) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max, idleTimeoutMillis: 30_000 }),
    omit: { user: { passwordHash: true } },
  });
}

export type Db = ReturnType<typeof createDb>;

const globalForDb = globalThis as unknown as { haatDb?: Db };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the app with `npm start`, which provides one.');
  return url;
}

/** Created on first use so that importing a module never needs a database. */
export const db: Db = new Proxy({} as Db, {
  get(_, prop) {
    globalForDb.haatDb ??= createDb(connectionString());
    const value = Reflect.get(globalForDb.haatDb, prop);
    return typeof value === 'function' ? value.bind(globalForDb.haatDb) : value;
  },
});
