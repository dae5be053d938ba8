import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { assertOfficerFor, assertProviderOwner, assertSellerOf, type Actor } from './guards';

const areaId = async (slug: string) => (await db.area.findUniqueOrThrow({ where: { slug } })).id;
let n = 0;
const user = (roles: Actor['roles'], officerAreaId: number | null = null) =>
  db.user.create({ data: { phone: `+88019${String(20000000 + ++n * 13 + Math.floor(Math.random() * 1e4) * 1e3).slice(0, 8)}`, name: 'x', roles, officerAreaId, status: 'ACTIVE' } });

let sherpurOfficer: Actor, kahalooOfficer: Actor, boguraOfficer: Actor, admin: Actor, sellerA: Actor, sellerB: Actor;
let shopA: string, providerOfA: string, mirzapur: number, kishoreganjArea: number;

beforeAll(async () => {
  const [sherpur, kahaloo, bogura] = await Promise.all([areaId('sherpur-bogura'), areaId('kahaloo'), areaId('bogura')]);
  mirzapur = await areaId('mirzapur-sherpur-bogura');
  kishoreganjArea = await areaId('kishoreganj');
  [sherpurOfficer, kahalooOfficer, boguraOfficer, admin, sellerA, sellerB] = await Promise.all([
    user(['OFFICER'], sherpur), user(['OFFICER'], kahaloo), user(['OFFICER'], bogura), user(['ADMIN']), user(['SELLER', 'BUYER']), user(['SELLER', 'BUYER']),
  ]);
  shopA = (await db.shop.create({ data: { slug: `shop-${n}`, ownerId: sellerA.id, nameBn: 'দোকান', areaId: mirzapur, phone: '+8801711000000' } })).id;
  providerOfA = (await db.provider.create({ data: { slug: `prov-${n}`, userId: sellerA.id, nameBn: 'x', areaId: mirzapur, phone: '+8801711000000' } })).id;
});

describe('ownership', () => {
  it('lets a seller act on her own shop only, whatever id is sent', async () => {
    await expect(assertSellerOf(sellerA, shopA)).resolves.toBeUndefined();
    await expect(assertSellerOf(sellerB, shopA)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assertSellerOf(sellerB, 'no-such-shop')).rejects.toMatchObject({ code: 'notFound' });
    await expect(assertSellerOf(admin, shopA)).resolves.toBeUndefined();
  });

  it('lets a provider edit only the profile that is hers', async () => {
    await expect(assertProviderOwner(sellerA, providerOfA)).resolves.toBeUndefined();
    await expect(assertProviderOwner(sellerB, providerOfA)).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('officer scope', () => {
  it('covers the officer’s upazila and everything below it, and nothing else', async () => {
    await expect(assertOfficerFor(sherpurOfficer, mirzapur)).resolves.toBeUndefined();
    await expect(assertOfficerFor(kahalooOfficer, mirzapur)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assertOfficerFor(boguraOfficer, mirzapur)).resolves.toBeUndefined();
    await expect(assertOfficerFor(sherpurOfficer, kishoreganjArea)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assertOfficerFor(admin, kishoreganjArea)).resolves.toBeUndefined();
    await expect(assertOfficerFor(sellerA, mirzapur)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
