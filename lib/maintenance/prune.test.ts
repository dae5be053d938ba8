import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { enqueueJob } from '@/lib/jobs/queue';
import { pruneOldRecords, RETENTION } from './prune';

const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

describe('pruning', () => {
  it('deletes what is past its keeping time and keeps everything younger', async () => {
    await db.rateLimit.createMany({ data: [{ key: 'test:old', count: 3, resetAt: daysAgo(0.01) }, { key: 'test:live', count: 3, resetAt: new Date(Date.now() + 60_000) }] });
    await db.searchOutbox.createMany({
      data: [
        { entity: 'PROVIDER', entityId: 'old', op: 'UPSERT', processedAt: daysAgo(RETENTION.outboxDays + 1) },
        { entity: 'PROVIDER', entityId: 'recent', op: 'UPSERT', processedAt: daysAgo(1) },
        { entity: 'PROVIDER', entityId: 'pending', op: 'UPSERT', createdAt: daysAgo(30) },
      ],
    });
    await db.smsMessage.createMany({
      data: [
        { to: '+8801711999001', body: 'old', purpose: 'test', transport: 'dev-sink', createdAt: daysAgo(RETENTION.smsLogDays + 1) },
        { to: '+8801711999001', body: 'recent', purpose: 'test', transport: 'dev-sink', createdAt: daysAgo(RETENTION.smsLogDays - 1) },
      ],
    });
    await db.devSms.createMany({ data: [{ to: '+8801711999001', body: 'old', createdAt: daysAgo(2) }, { to: '+8801711999001', body: 'new' }] });
    await db.otpCode.createMany({
      data: [
        { phone: '+8801711999001', purpose: 'SIGN_UP', codeHash: 'x', expiresAt: daysAgo(2) },
        { phone: '+8801711999001', purpose: 'SIGN_UP', codeHash: 'y', expiresAt: new Date(Date.now() + 60_000) },
      ],
    });
    await db.user.createMany({
      data: [
        { phone: '+8801711999002', name: 'never confirmed', status: 'PENDING', createdAt: daysAgo(2) },
        { phone: '+8801711999003', name: 'signing up now', status: 'PENDING' },
        { phone: '+8801711999004', name: 'waiting guest with a confirmed number', status: 'PENDING', phoneVerifiedAt: daysAgo(3), createdAt: daysAgo(3) },
        { phone: '+8801711999005', name: 'active', status: 'ACTIVE', createdAt: daysAgo(400) },
      ],
    });
    await db.inboundSms.createMany({
      data: [
        { gatewayId: 'prune-old', sender: '+8801711999001', text: 'old', command: 'help', outcome: 'replied', createdAt: daysAgo(RETENTION.smsLogDays + 1) },
        { gatewayId: 'prune-recent', sender: '+8801711999001', text: 'recent', command: 'help', outcome: 'replied' },
      ],
    });
    await enqueueJob('maintenance.prune', {}, { maxAttempts: 1 });
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = 1, updated_at = now() - interval '2 days'`;

    const pruned = await pruneOldRecords();
    expect(pruned).toMatchObject({ rateLimits: 1, outbox: 1, smsLog: 1, inboundSms: 1, devSms: 1, otpCodes: 1, signUps: 1, failedJobs: 1 });

    expect((await db.rateLimit.findMany({ where: { key: { startsWith: 'test:' } } })).map((r) => r.key)).toEqual(['test:live']);
    expect((await db.searchOutbox.findMany({ where: { entityId: { in: ['old', 'recent', 'pending'] } } })).map((r) => r.entityId).sort()).toEqual(['pending', 'recent']);
    expect((await db.smsMessage.findMany({ where: { to: '+8801711999001' } })).map((r) => r.body)).toEqual(['recent']);
    expect((await db.inboundSms.findMany({ where: { sender: '+8801711999001' } })).map((r) => r.text)).toEqual(['recent']);
    expect((await db.devSms.findMany({ where: { to: '+8801711999001' } })).map((r) => r.body)).toEqual(['new']);
    expect(await db.otpCode.count({ where: { phone: '+8801711999001' } })).toBe(1);
    expect((await db.user.findMany({ where: { phone: { startsWith: '+88017119990' } }, orderBy: { phone: 'asc' } })).map((u) => u.phone)).toEqual([
      '+8801711999003',
      '+8801711999004',
      '+8801711999005',
    ]);
    // Nothing left to do: a second run deletes nothing.
    expect(Object.values(await pruneOldRecords()).every((n) => n === 0)).toBe(true);
  });
});
