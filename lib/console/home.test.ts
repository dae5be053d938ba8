import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { homeCounts } from './home';
import { suspendRecord } from './records';
import { areaId, consoleScopes, provider, shop } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  s = await consoleScopes();
});

describe('homeCounts', () => {
  it('counts what waits in the officer’s own upazila only; an admin’s counts take in everything', async () => {
    const [sherpur, kahaloo, admin] = await Promise.all([homeCounts(s.sherpur), homeCounts(s.kahaloo), homeCounts(s.adminScope)]);
    const mirzapur = await areaId('mirzapur-sherpur-bogura');

    // A new provider and shop wait for verification; one report and one appeal are open; one more shop is suspended.
    const p = await provider('mirzapur-sherpur-bogura');
    await shop('mirzapur-sherpur-bogura');
    await db.report.create({ data: { subject: 'PROVIDER', subjectId: p.id, areaId: mirzapur, reason: 'WRONG_NUMBER' } });
    const suspended = await shop('mirzapur-sherpur-bogura');
    await suspendRecord(s.sherpur, 'SHOP', suspended.id, 'নকল পণ্য');
    await db.appeal.create({ data: { subject: 'SHOP', subjectId: suspended.id, userId: suspended.ownerId, text: 'সব পণ্য নিজের হাতে বানানো।' } });

    const more = { pendingProviders: 1, pendingShops: 1, openReports: 1, openAppeals: 1, suspendedProviders: 0, suspendedShops: 1 };
    const plus = (before: typeof sherpur) => Object.fromEntries(Object.entries(before).map(([k, v]) => [k, v + more[k as keyof typeof more]]));
    expect(await homeCounts(s.sherpur)).toEqual(plus(sherpur));
    expect(await homeCounts(s.adminScope)).toEqual(plus(admin));
    expect(await homeCounts(s.kahaloo)).toEqual(kahaloo);
  });
});
