import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { changeMark, listening, settle, startCacheListener, stopCacheListener } from './broadcast';
import { ALL_TAG, tags } from './tags';

// The database names what changed (lib/cache/install.ts, installed with the migrations of the
// template every test database copies); this process hears it and expires those tags in Next.js's
// own tag manifest, the one its page cache checks.
const manifest = (createRequire(`${process.cwd()}/package.json`)('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
  tagsManifest: Map<string, { expired?: number }>;
}).tagsManifest;

let areaId: number;
let categoryId: number;

beforeAll(async () => {
  startCacheListener(process.env.DATABASE_URL!);
  const deadline = Date.now() + 10_000;
  while (!listening() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  areaId = (await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } })).id;
  categoryId = (await db.category.findUniqueOrThrow({ where: { slug: 'tailor' } })).id;
});

afterAll(stopCacheListener);

/** The tags the database named for what `change` committed. */
async function tagsOf(change: () => Promise<unknown>): Promise<string[]> {
  await settle(changeMark()); // what earlier steps changed has all arrived
  const mark = changeMark();
  await change();
  return settle(mark);
}

describe('cache tags from the database', () => {
  it('expired everything this process might have kept from before it started', () => {
    expect(listening()).toBe(true);
    expect(manifest.get(ALL_TAG)?.expired).toBeGreaterThan(0);
  });

  it('names a provider, its address and the lists when it changes, and expires them here', async () => {
    const before = Date.now();
    const provider = await db.provider.create({ data: { slug: 'cache-t1', nameBn: 'দর্জি', areaId, phone: '+8801711000000', categories: { create: [{ categoryId }] } } });
    const renamed = await tagsOf(() => db.provider.update({ where: { id: provider.id }, data: { slug: 'cache-t1-new', bio: 'নতুন' } }));
    expect(renamed.sort()).toEqual([tags.provider(provider.id), tags.providerSlug('cache-t1'), tags.providerSlug('cache-t1-new'), tags.providers].sort());
    for (const tag of renamed) expect(manifest.get(tag)?.expired).toBeGreaterThanOrEqual(before);
  });

  it('says nothing for columns no page shows, nor for a change that rolled back', async () => {
    const provider = await db.provider.create({ data: { slug: 'cache-t2', nameBn: 'দর্জি', areaId, phone: '+8801711000000' } });
    expect(await tagsOf(() => db.provider.update({ where: { id: provider.id }, data: { searchText: 'x', lastActiveAt: new Date() } }))).toEqual([]);
    const rolledBack = await tagsOf(() =>
      db
        .$transaction(async (tx) => {
          await tx.provider.update({ where: { id: provider.id }, data: { bio: 'never' } });
          throw new Error('undo');
        })
        .catch(() => null),
    );
    expect(rolledBack).toEqual([]);
  });

  it('names the shop of a product, and the shop list', async () => {
    const owner = await db.user.create({ data: { phone: '+8801711000931', name: 'রাবেয়া' } });
    const shop = await db.shop.create({ data: { slug: 'cache-shop', nameBn: 'কেক', ownerId: owner.id, areaId, phone: '+8801711000931' } });
    const product = await db.product.create({ data: { shopId: shop.id, slug: 'cake', nameBn: 'কেক', pricePoisha: 50000, unit: 'PIECE' } });
    const priced = await tagsOf(() => db.product.update({ where: { id: product.id }, data: { pricePoisha: 60000 } }));
    expect(priced.sort()).toEqual([tags.product(product.id), tags.shop(shop.id), tags.shops].sort());
    const suspended = await tagsOf(() => db.shop.update({ where: { id: shop.id }, data: { status: 'SUSPENDED' } }));
    expect(suspended).toEqual(expect.arrayContaining([tags.shop(shop.id), tags.shopSlug('cache-shop'), tags.shops]));
  });

  it('names categories, places and emergency numbers as a whole', async () => {
    expect(await tagsOf(() => db.category.update({ where: { id: categoryId }, data: { nameBn: 'দর্জি (নতুন)' } }))).toEqual([tags.categories]);
    expect(await tagsOf(() => db.area.update({ where: { id: areaId }, data: { nameEn: 'Mirzapur (new)' } }))).toEqual([tags.areas]);
    expect(await tagsOf(() => db.emergencyContact.create({ data: { kind: 'POLICE', nameBn: 'থানা', nameEn: 'Police', phone: '01320123457', areaId } }))).toEqual([tags.contacts]);
  });

  it('names the rentals list for an owner’s listing (no provider), its photos and its let/expiry, not for reminders or search text', async () => {
    const owner = await db.user.create({ data: { phone: '+8801711000932', name: 'মালিক' } });
    const expiresAt = new Date(Date.now() + 60 * 86_400_000);
    const data = { ownerId: owner.id, kind: 'FLAT' as const, title: 'ফ্ল্যাট', rentPoisha: 600_000, areaId, phone: owner.phone, expiresAt };
    let id = '';
    expect(await tagsOf(async () => (id = (await db.rentalListing.create({ data })).id))).toEqual([tags.rentals]);
    expect(await tagsOf(() => db.rentalListing.update({ where: { id }, data: { letAt: new Date() } }))).toEqual([tags.rentals]);
    expect(await tagsOf(() => db.rentalListing.update({ where: { id }, data: { expiredAt: new Date() } }))).toEqual([tags.rentals]);
    expect(await tagsOf(() => db.rentalListing.update({ where: { id }, data: { remindedFor: expiresAt, searchText: 'x', expiresAt: new Date(expiresAt.getTime() + 1) } }))).toEqual([]);
    const media = await db.media.create({ data: { ownerId: owner.id, purpose: 'RENTAL_PHOTO', key: 'rental/cache-test.webp', width: 8, height: 6, bytes: 10 } });
    expect(await tagsOf(() => db.rentalPhoto.create({ data: { rentalId: id, mediaId: media.id } }))).toEqual([tags.rentals]);
    expect(await tagsOf(() => db.rentalListing.delete({ where: { id } }))).toEqual([tags.rentals]);
  });

  it('names the training list and a programme’s page for the programme, its trades, places, classes and seats', async () => {
    const district = (await db.area.findUniqueOrThrow({ where: { slug: 'sherpur-bogura' } })).id;
    const starts = new Date(Date.now() + 10 * 86_400_000);
    let id = '';
    const both = () => [tags.training, tags.programme(id)].sort();
    await tagsOf(async () => (id = (await db.trainingProgramme.create({ data: { titleBn: 'ওয়্যারিং', office: 'যুব উন্নয়ন', description: '', areaId: district, seats: 10, startsAt: starts, endsAt: starts } })).id));
    expect((await tagsOf(() => db.trainingProgramme.update({ where: { id }, data: { status: 'OPEN' } }))).sort()).toEqual(both());
    expect((await tagsOf(() => db.trainingProgrammeCategory.create({ data: { programmeId: id, categoryId } }))).sort()).toEqual(both());
    expect((await tagsOf(() => db.trainingProgrammeArea.create({ data: { programmeId: id, areaId } }))).sort()).toEqual(both());
    expect((await tagsOf(() => db.trainingSession.create({ data: { programmeId: id, startsAt: starts, endsAt: starts } }))).sort()).toEqual(both());
    const owner = await db.user.create({ data: { phone: '+8801711000933', name: 'প্রশিক্ষণার্থী' } });
    const provider = await db.provider.create({ data: { slug: 'cache-trainee', userId: owner.id, nameBn: 'প্রশিক্ষণার্থী', areaId, phone: owner.phone } });
    expect(await tagsOf(() => db.trainee.create({ data: { programmeId: id, providerId: provider.id, source: 'APPLIED', status: 'APPLIED' } }))).toEqual(expect.arrayContaining(both()));
  });
});
