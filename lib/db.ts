import 'server-only';

export { db } from './db/client';
export type { Db } from './db/client';
export * from './generated/prisma/enums';
