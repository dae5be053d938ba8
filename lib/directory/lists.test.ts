import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getAreaBySlug, type AreaSummary } from '@/lib/geo/queries';
import { demoRentals, seedDemoRentals } from '../../prisma/seed/demo-rentals';
import { getEmergencyNumbers, listOffices, listRentalProviders, listRentals } from './lists';

let bogura: AreaSummary;
let sherpur: AreaSummary;
let mirzapur: AreaSummary;
let kishoreganj: AreaSummary;
let kahaloo: AreaSummary;
const category = new Map<string, number>();
let serial = 0;

async function provider(slug: string, areaId: number, categorySlug: string, extra: Record<string, unknown> = {}) {
  return db.provider.create({
    data: { slug: `${slug}-${++serial}`, nameBn: slug, areaId, phone: `+88017${String(60000000 + serial * 911).slice(0, 8)}`, categories: { create: [{ categoryId: category.get(categorySlug)! }] }, ...extra },
  });
}

beforeAll(async () => {
  const area = async (slug: string) => (await getAreaBySlug(slug))!;
  [bogura, sherpur, mirzapur, kishoreganj, kahaloo] = await Promise.all([area('bogura'), area('sherpur-bogura'), area('mirzapur-sherpur-bogura'), area('kishoreganj'), area('kahaloo')]);
  for (const c of await db.category.findMany()) category.set(c.slug, c.id);
});

describe('emergency numbers', () => {
  it('start with the national hotlines (999 first), then the district’s numbers by kind', async () => {
    await db.emergencyContact.createMany({
      data: [
        { kind: 'POLICE', nameBn: 'শেরপুর থানা', nameEn: 'Sherpur police', phone: '01320-123456', areaId: sherpur.id },
        { kind: 'HOSPITAL', nameBn: 'জেলা হাসপাতাল', nameEn: 'District hospital', phone: '051-66078', areaId: bogura.id },
        { kind: 'POLICE', nameBn: 'কিশোরগঞ্জ থানা', nameEn: 'Kishoreganj police', phone: '01320-100200', areaId: kishoreganj.id },
        { kind: 'FIRE', nameBn: 'বন্ধ নম্বর', nameEn: 'Retired', phone: '01000', areaId: sherpur.id, isActive: false },
      ],
    });
    await provider('amb', mirzapur.id, 'ambulance');
    await provider('clinic', sherpur.id, 'hospital');
    await provider('amb-far', kishoreganj.id, 'ambulance');
    await provider('amb-off', mirzapur.id, 'ambulance', { status: 'SUSPENDED' });

    const { national, local } = await getEmergencyNumbers(bogura);
    expect(national[0]!.phone).toBe('999');
    expect(national.map((n) => n.phone)).toEqual(expect.arrayContaining(['16263', '333', '109']));
    expect(local.POLICE.map((e) => e.nameBn)).toEqual(['শেরপুর থানা']);
    expect(local.HOSPITAL.map((e) => e.nameBn)).toEqual(['জেলা হাসপাতাল', 'clinic']);
    expect(local.AMBULANCE.map((e) => e.nameBn)).toEqual(['amb']);
    // The national fire service headquarters sits with the fire numbers, after local ones.
    expect(local.FIRE.map((e) => e.phone)).toEqual(['16163']);
  });
});

describe('offices', () => {
  it('are grouped by office category in the area, with nothing else mixed in', async () => {
    await provider('uno', sherpur.id, 'government-office', { designation: 'উপজেলা নির্বাহী অফিসার', kind: 'OFFICE' });
    await provider('chairman', mirzapur.id, 'public-representative', { designation: 'চেয়ারম্যান' });
    await provider('uno-far', kishoreganj.id, 'government-office');
    await provider('uno-hidden', sherpur.id, 'government-office', { status: 'HIDDEN' });
    await provider('tailor', sherpur.id, 'tailor');

    const groups = await listOffices(bogura);
    expect(groups.map((g) => g.category.slug)).toEqual(['public-representative', 'government-office']);
    expect(groups[1]!.offices.map((o) => o.designation)).toEqual(['উপজেলা নির্বাহী অফিসার']);
    expect((await listOffices(kahaloo))).toEqual([]);
    expect((await listOffices(mirzapur)).map((g) => g.offices.length)).toEqual([1]);
  });
});

describe('rentals', () => {
  it('demo listings are seeded once, with photos, owned by rental providers', async () => {
    await provider('house', mirzapur.id, 'house-rent');
    await provider('house-2', sherpur.id, 'house-rent');
    await provider('shop', sherpur.id, 'shop-rent');
    await provider('vehicle', kishoreganj.id, 'vehicle-rent');
    const mediaDir = path.join(process.env.HAAT_DATA_DIR!, 'media');

    const made = await seedDemoRentals(db, mediaDir, 'bogura');
    // No office, godown providers here: those listings are skipped.
    expect(made).toBe(demoRentals.filter((r) => ['house-rent', 'shop-rent', 'vehicle-rent'].includes(r.category)).length);
    expect(await seedDemoRentals(db, mediaDir, 'bogura')).toBe(0);
    expect(await db.rentalListing.count()).toBe(made);

    const photo = await db.rentalPhoto.findFirstOrThrow({ include: { media: true } });
    expect(photo.media.purpose).toBe('RENTAL_PHOTO');
    expect(existsSync(path.join(mediaDir, 'public', photo.media.key))).toBe(true);
    expect(existsSync(path.join(mediaDir, 'public', photo.media.thumbKey!))).toBe(true);
  });

  it('are listed by area and kind, with the rental providers beside them', async () => {
    const all = await listRentals(bogura, null);
    expect(all.total).toBe(await db.rentalListing.count({ where: { area: { path: { startsWith: bogura.path } } } }));
    expect(all.total).toBeGreaterThan(0);
    expect(all.rentals.every((r) => r.rentPoisha > 0 && r.phone.startsWith('+880'))).toBe(true);
    expect((await listRentals(bogura, 'VEHICLE')).total).toBe(0);
    expect((await listRentals(kishoreganj, 'VEHICLE')).total).toBe(2);
    expect((await listRentals(bogura, 'SHOP')).rentals.map((r) => r.kind)).toEqual(['SHOP']);

    // A suspended owner's listings disappear with them.
    const shop = await db.rentalListing.findFirstOrThrow({ where: { kind: 'SHOP' } });
    await db.provider.update({ where: { id: shop.providerId! }, data: { status: 'SUSPENDED' } });
    expect((await listRentals(bogura, 'SHOP')).total).toBe(0);

    expect((await listRentalProviders(bogura, null)).providers.map((p) => p.nameBn).sort()).toEqual(['house', 'house-2']);
    expect((await listRentalProviders(bogura, 'FLAT')).total).toBe(2);
    expect((await listRentalProviders(bogura, 'GODOWN')).total).toBe(0);
    expect((await listRentalProviders(kishoreganj, 'VEHICLE')).total).toBe(1);
  });
});
