import path from 'node:path';
import { it } from 'vitest';
import { db } from '@/lib/db';
import { seedDemo } from './demo';
it('time', async () => {
  const t0 = Date.now();
  const summary = await seedDemo(db, path.join(process.env.HAAT_DATA_DIR!, 'media'));
  console.log('SEED', Date.now() - t0, 'ms', summary);
}, 120_000);
