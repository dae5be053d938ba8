import { verify } from '@node-rs/argon2';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../lib/db/client';
import { buildAreaTree } from './areas';
import { categories } from './categories';
import { DEMO_PASSWORD } from './demo-content';
import { seedBase, seedOnStart } from './index';

const db = createDb(process.env.DATABASE_URL!, 2);
const mediaDir = path.join(process.env.HAAT_DATA_DIR!, 'media');

describe('area tree', () => {
  it('has every division, district, upazila and union with unique slugs', () => {
    const tree = buildAreaTree();
    const count = (level: string) => tree.filter((a) => a.level === level).length;
    expect([count('DIVISION'), count('DISTRICT'), count('UPAZILA'), count('UNION')]).toEqual([8, 64, 494, 4540]);
    expect(new Set(tree.map((a) => a.slug)).size).toBe(tree.length);
    expect(tree.every((a) => /^[a-z0-9-]+$/.test(a.slug))).toBe(true);
  });

  it('names districts plainly and a clashing upazila with its district', () => {
    const bySlug = new Map(buildAreaTree().map((a) => [a.slug, a]));
    expect(bySlug.get('sherpur')?.level).toBe('DISTRICT');
    expect(bySlug.get('sherpur-bogura')?.nameBn).toBe('শেরপুর');
    expect(bySlug.get('bogura')?.nameBn).toBe('বগুড়া'.normalize('NFC'));
    expect(bySlug.get('kishoreganj')?.level).toBe('DISTRICT');
  });
});

describe('base seed', () => {
  it('loads the tree with paths that contain every ancestor', async () => {
    const sherpur = await db.area.findUniqueOrThrow({ where: { slug: 'sherpur-bogura' } });
    const bogura = await db.area.findUniqueOrThrow({ where: { slug: 'bogura' } });
    expect(sherpur.path.startsWith(bogura.path)).toBe(true);
    expect(await db.area.count({ where: { parentId: sherpur.id } })).toBe(10);
    expect(await db.area.count({ where: { path: { startsWith: bogura.path }, level: 'UPAZILA' } })).toBe(12);
  });

  it('has the categories people ask for, named as they say them', async () => {
    const rows = await db.category.findMany();
    expect(rows.length).toBeGreaterThanOrEqual(50);
    const names = rows.map((c) => c.nameBn);
    expect(names).toEqual(expect.arrayContaining(['রাজমিস্ত্রি', 'কাঠমিস্ত্রি', 'পার্লার', 'দর্জি', 'অ্যাম্বুলেন্স', 'রক্তদাতা', 'পিঠা', 'সাংস্কৃতিক কর্মী'].map((n) => n.normalize('NFC'))));
    // The words villagers use lead search to the category (lib/search/leads.ts).
    expect(rows.find((c) => c.slug === 'housemaid')?.aliases).toEqual(expect.arrayContaining(['বুয়া', 'কাজের লোক', 'bua', 'kajer lok'].map((n) => n.normalize('NFC'))));
    expect(rows.filter((c) => c.kind === 'PRODUCT').length).toBeGreaterThanOrEqual(7);
    expect(new Set(categories.map((c) => c.slug)).size).toBe(categories.length);
  });

  it('is idempotent, even when forced to run again', async () => {
    const before = await Promise.all([db.area.count(), db.category.count(), db.emergencyContact.count()]);
    await db.setting.delete({ where: { key: 'seed.base' } });
    expect(await seedBase(db)).toBe(true);
    expect(await seedBase(db)).toBe(false);
    expect(await Promise.all([db.area.count(), db.category.count(), db.emergencyContact.count()])).toEqual(before);
  });
});

describe('demo seed', () => {
  it('fills an empty database once, with every demo account able to sign in', { timeout: 120_000 }, async () => {
    const lines = await seedOnStart({ production: false, mediaDir }, createDb(process.env.DATABASE_URL!, 2));
    expect(lines.join('\n')).toMatch(/seeded the demo district/);

    expect(await db.provider.count()).toBeGreaterThanOrEqual(60);
    expect(await db.shop.count()).toBeGreaterThanOrEqual(8);
    expect(await db.product.count()).toBeGreaterThanOrEqual(40);
    const kishoreganj = await db.area.findUniqueOrThrow({ where: { slug: 'kishoreganj' } });
    expect(await db.provider.count({ where: { area: { path: { startsWith: kishoreganj.path } } } })).toBeGreaterThan(5);
    expect(await db.provider.count({ where: { bloodGroup: { not: null } } })).toBeGreaterThanOrEqual(8);
    const emergency = await db.emergencyContact.findMany({ select: { phone: true } });
    expect(emergency.map((e) => e.phone)).toEqual(expect.arrayContaining(['999', '16263', '333']));

    const accounts = await db.user.findMany({
      where: { phone: { in: ['+8801700000000', '+8801700000001', '+8801700000002', '+8801700000003', '+8801700000004', '+8801700000005'] } },
      select: { phone: true, roles: true, passwordHash: true, officerArea: { select: { slug: true } } },
      orderBy: { phone: 'asc' },
    });
    expect(accounts.map((a) => a.roles[0])).toEqual(['ADMIN', 'OFFICER', 'SELLER', 'PROVIDER', 'BUYER', 'OFFICER']);
    expect(accounts[1]!.officerArea?.slug).toBe('sherpur-bogura');
    expect(accounts[5]!.officerArea?.slug).toBe('kishoreganj');
    for (const a of accounts) expect(await verify(a.passwordHash!, DEMO_PASSWORD)).toBe(true);
    expect(await db.shop.count({ where: { owner: { phone: '+8801700000002' } } })).toBe(1);
    expect(await db.provider.count({ where: { user: { phone: '+8801700000003' } } })).toBe(1);

    // Photos were drawn locally and stored where the media route serves them.
    const photo = await db.media.findFirstOrThrow({ where: { purpose: 'PRODUCT_PHOTO' } });
    expect(existsSync(path.join(mediaDir, 'public', photo.key))).toBe(true);

    // A second start adds nothing.
    const counts = await Promise.all([db.user.count(), db.provider.count(), db.product.count(), db.order.count()]);
    await seedOnStart({ production: false, mediaDir }, createDb(process.env.DATABASE_URL!, 2));
    await seedOnStart({ production: false, mediaDir, demo: '1' }, createDb(process.env.DATABASE_URL!, 2));
    expect(await Promise.all([db.user.count(), db.provider.count(), db.product.count(), db.order.count()])).toEqual(counts);
  });

  it('lists every category in each demo district: a provider for each list, a product for each catalogue category', async () => {
    const categories = await db.category.findMany({ where: { isActive: true }, select: { slug: true, kind: true } });
    for (const slug of ['bogura', 'kishoreganj']) {
      const district = await db.area.findUniqueOrThrow({ where: { slug } });
      const inDistrict = { path: { startsWith: district.path } };
      const listed = await db.providerCategory.findMany({ where: { provider: { status: 'ACTIVE', area: inDistrict } }, select: { category: { select: { slug: true } } } });
      const stocked = await db.product.findMany({ where: { status: 'ACTIVE', shop: { status: 'ACTIVE', area: inDistrict } }, select: { category: { select: { slug: true } } } });
      const present = new Set([...listed, ...stocked].map((row) => row.category?.slug));
      expect(categories.filter((c) => !present.has(c.slug)).map((c) => c.slug), slug).toEqual([]);
    }
    // Blood donors with a group in both, and the cultural workers that have a category of their own.
    const culturalWorkers = await db.provider.count({ where: { status: 'ACTIVE', categories: { some: { category: { slug: 'cultural-worker' } } } } });
    expect(culturalWorkers).toBeGreaterThanOrEqual(2);
  });

  it('makes Bogura and Kishoreganj both whole: shops, offices, emergency numbers, rentals, donors, an officer, verified and waiting providers', async () => {
    for (const slug of ['bogura', 'kishoreganj']) {
      const district = await db.area.findUniqueOrThrow({ where: { slug } });
      const area = { path: { startsWith: district.path } };
      const count = await Promise.all([
        db.provider.count({ where: { status: 'ACTIVE', kind: { not: 'OFFICE' }, area } }),
        db.shop.count({ where: { status: 'ACTIVE', area } }),
        db.product.count({ where: { status: 'ACTIVE', shop: { area } } }),
        db.provider.count({ where: { status: 'ACTIVE', kind: 'OFFICE', area } }),
        db.emergencyContact.count({ where: { isActive: true, area } }),
        db.rentalListing.count({ where: { status: 'ACTIVE', letAt: null, expiredAt: null, area } }),
        db.provider.count({ where: { status: 'ACTIVE', bloodGroup: { not: null }, area } }),
        db.user.count({ where: { roles: { has: 'OFFICER' }, officerArea: area } }),
        db.provider.count({ where: { status: 'ACTIVE', verification: 'VERIFIED', kind: { not: 'OFFICE' }, area } }),
        db.provider.count({ where: { status: 'ACTIVE', verification: 'PENDING', area } }),
      ]);
      const names = ['providers', 'shops', 'products', 'offices', 'emergency', 'rentals', 'donors', 'officers', 'verified', 'waiting'];
      const least = [40, 2, 8, 3, 4, 4, 6, 1, 5, 1];
      const short = names.map((name, i) => [name, count[i]!, least[i]!] as const).filter(([, n, min]) => n < min);
      expect(short, slug).toEqual([]);
      // Every kind of emergency number a district page shows, and rentals of houses, shops and vehicles.
      const kinds = new Set((await db.emergencyContact.findMany({ where: { area }, select: { kind: true } })).map((c) => c.kind));
      expect([...kinds].sort(), slug).toEqual(expect.arrayContaining(['FIRE', 'HOSPITAL', 'POLICE']));
      const rentalKinds = new Set((await db.rentalListing.findMany({ where: { area }, select: { kind: true } })).map((r) => r.kind));
      expect([...rentalKinds], slug).toEqual(expect.arrayContaining(['FLAT', 'SHOP', 'VEHICLE']));
    }
  });

  it('has training programmes in Bogura: two open with classes ahead, applicants, one draft', async () => {
    const bogura = await db.area.findUniqueOrThrow({ where: { slug: 'bogura' } });
    const programmes = await db.trainingProgramme.findMany({
      where: { area: { path: { startsWith: bogura.path } } },
      select: { status: true, startsAt: true, endsAt: true, _count: { select: { sessions: true, categories: true, areas: true, trainees: true } } },
    });
    expect(programmes.map((p) => p.status).sort()).toEqual(['DRAFT', 'OPEN', 'OPEN']);
    for (const p of programmes) {
      expect(p.startsAt.getTime()).toBeGreaterThan(Date.now());
      expect(p.endsAt.getTime()).toBeGreaterThan(p.startsAt.getTime());
      expect(Math.min(p._count.sessions, p._count.categories, p._count.areas)).toBeGreaterThan(0);
    }
    expect(programmes.filter((p) => p.status === 'OPEN').some((p) => p._count.trainees > 0)).toBe(true);
    // The demo accounts have not applied: their dashboards start clean.
    expect(await db.trainee.count({ where: { provider: { phone: { startsWith: '+88017000000' } } } })).toBe(0);
  });

  it('has a cattle market in season in Bogura and Kishoreganj: published haats and 40+ animals at realistic prices', async () => {
    const now = Date.now();
    for (const slug of ['bogura', 'kishoreganj']) {
      const district = await db.area.findUniqueOrThrow({ where: { slug } });
      const seasons = await db.livestockSeason.findMany({ where: { areaId: district.id }, include: { haats: { select: { publishedAt: true, opensOn: true, closesOn: true, area: { select: { path: true } } } } } });
      expect(seasons, slug).toHaveLength(1);
      const season = seasons[0]!;
      // Running now and for a few weeks yet.
      expect(season.startsOn.getTime()).toBeLessThan(now);
      expect(season.endsOn.getTime()).toBeGreaterThan(now + 21 * 86_400_000);
      expect(season.haats.filter((h) => h.publishedAt).length, slug).toBeGreaterThanOrEqual(3);
      for (const h of season.haats) {
        expect(h.area.path.startsWith(district.path)).toBe(true);
        expect(h.opensOn >= season.startsOn && h.closesOn <= season.endsOn && h.opensOn <= h.closesOn).toBe(true);
      }
      expect(await db.livestockListing.count({ where: { status: 'ACTIVE', sale: { not: 'SOLD' }, area: { path: { startsWith: district.path } } } }), slug).toBeGreaterThanOrEqual(15);
      expect(new Set((await db.livestockListing.findMany({ where: { area: { path: { startsWith: district.path } } }, select: { areaId: true } })).map((l) => l.areaId)).size, slug).toBeGreaterThanOrEqual(3);
    }
    const listings = await db.livestockListing.findMany({ select: { animal: true, breed: true, weightKg: true, pricePoisha: true, perKgPoisha: true, sale: true, searchText: true, _count: { select: { photos: true } } } });
    expect(listings.length).toBeGreaterThanOrEqual(40);
    expect(new Set(listings.map((l) => l.animal)).size).toBeGreaterThanOrEqual(4);
    expect(listings.filter((l) => l.sale === 'RESERVED').length).toBeGreaterThanOrEqual(2);
    expect(listings.filter((l) => l.sale === 'SOLD').length).toBeGreaterThanOrEqual(2);
    expect(listings.filter((l) => l._count.photos > 0).length).toBeGreaterThanOrEqual(8);
    for (const l of listings) {
      expect(l.perKgPoisha).toBe(Math.round(l.pricePoisha / l.weightKg));
      // The search fallback's text is filled for what the public sees (a sold one is not).
      if (l.sale !== 'SOLD') expect(l.searchText).not.toBe('');
      // Live prices a kg as haats ask them: cattle ৳400–650, goats and sheep ৳650–1,000.
      const [lo, hi] = l.animal === 'GOAT' || l.animal === 'SHEEP' ? [640, 1010] : [390, 660];
      expect(l.perKgPoisha / 100, `${l.animal} ${l.weightKg} kg`).toBeGreaterThanOrEqual(lo);
      expect(l.perKgPoisha / 100, `${l.animal} ${l.weightKg} kg`).toBeLessThanOrEqual(hi);
    }
    const bulls = listings.filter((l) => l.animal === 'BULL' && l.breed === 'DESHI');
    expect(bulls.every((l) => l.weightKg >= 150 && l.weightKg <= 350)).toBe(true);
  });

  it('never runs in production, not even when asked for', async () => {
    const users = await createDb(process.env.DATABASE_URL!, 2).user.count();
    const lines = await seedOnStart({ production: true, mediaDir }, createDb(process.env.DATABASE_URL!, 2));
    expect(lines.join()).not.toMatch(/seeded the demo/);
    const asked = await seedOnStart({ production: true, mediaDir, demo: '1' }, createDb(process.env.DATABASE_URL!, 2));
    expect(asked.join()).toMatch(/ignored/);
    expect(await createDb(process.env.DATABASE_URL!, 2).user.count()).toBe(users);
  });
});
