import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { registerPendingAccount } from './accounts';

describe('registerPendingAccount', () => {
  it('creates one account when the form is sent many times at once', async () => {
    const phone = '+8801555000111';
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => registerPendingAccount({ name: `নাম ${i}`, phone, passwordHash: `h${i}` })));
    expect(results.every((r) => r === 'pending')).toBe(true);
    expect(await db.user.count({ where: { phone } })).toBe(1);
  });

  it('refreshes an unconfirmed account and refuses a confirmed number', async () => {
    const phone = '+8801555000222';
    await registerPendingAccount({ name: 'প্রথম', phone, passwordHash: 'h1' });
    await registerPendingAccount({ name: 'দ্বিতীয়', phone, passwordHash: 'h2' });
    expect(await db.user.findUniqueOrThrow({ where: { phone }, select: { name: true, passwordHash: true } })).toEqual({ name: 'দ্বিতীয়', passwordHash: 'h2' });
    await db.user.update({ where: { phone }, data: { status: 'ACTIVE' } });
    expect(await registerPendingAccount({ name: 'অন্য কেউ', phone, passwordHash: 'h3' })).toBe('taken');
    expect((await db.user.findUniqueOrThrow({ where: { phone } })).name).toBe('দ্বিতীয়');
  });
});

describe('the worker side', () => {
  it('loads in plain Node, as the worker runs it (no server-only import on its way)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '-e', "import('./lib/jobs/tasks.ts').then(() => import('./lib/auth/accounts.ts')).then(() => console.log('loaded'))"], { encoding: 'utf8', timeout: 60_000 });
    expect(run.stderr).not.toContain('Error');
    expect(run.stdout).toContain('loaded');
  });
});
