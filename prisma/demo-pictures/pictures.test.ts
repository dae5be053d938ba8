import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { processImage } from '@/lib/media/process';
import { gapProducts, shopTemplates } from '../seed/demo-content';
import { demoRentals, kishoreganjRentals } from '../seed/demo-rentals';
import { seedDemo } from '../seed/demo';
import { processDemoPicture } from '../seed/images';
import { livestockPictures, MAX_PICTURE_BYTES, picturesDir, productPictures, readDemoPicture, rentalPictures, shopPictures, workPictures } from './catalogue';
import { drawings } from './draw';

const mediaDir = path.join(process.env.HAAT_DATA_DIR!, 'media');
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const stored = async (key: string) => sha(await readFile(path.join(mediaDir, 'public', key)));

const referenced = [
  ...Object.values(productPictures),
  ...Object.values(workPictures).flatMap((list) => list.map(([name]) => name)),
  ...Object.values(rentalPictures).flat(),
  ...Object.values(livestockPictures).flat(),
  ...shopTemplates.flatMap((s) => Object.values(shopPictures(s.slug))),
];

describe('demo pictures', () => {
  it('are each a WebP of at most 30 KB, one for every drawing and none without one', async () => {
    const files = (await readdir(picturesDir)).filter((f) => f.endsWith('.webp')).map((f) => f.slice(0, -5)).sort();
    expect(files).toEqual(Object.keys(drawings).sort());
    for (const name of files) {
      const file = path.join(picturesDir, `${name}.webp`);
      expect((await stat(file)).size, name).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
      const meta = await sharp(file).metadata();
      expect(meta.format, name).toBe('webp');
      expect(meta.width! * meta.height!, name).toBeGreaterThanOrEqual(400 * 300);
    }
  });

  it('cover every demo product, notice and shop, and every picture named exists', async () => {
    const products = [...shopTemplates.flatMap((s) => s.products), ...gapProducts.map((g) => g.product)];
    expect(products.filter((p) => !productPictures[p.nameEn]).map((p) => p.nameEn)).toEqual([]);
    expect([...demoRentals, ...kishoreganjRentals].filter((r) => !rentalPictures[r.title]).map((r) => r.title)).toEqual([]);
    expect([...new Set(referenced)].filter((name) => !(name in drawings))).toEqual([]);
    // Every product has a picture of its own.
    expect(new Set(products.map((p) => productPictures[p.nameEn])).size).toBe(products.length);
  });

  it('give each shop a logo of its own', async () => {
    const logos = await Promise.all(shopTemplates.map(async (s) => sha(await readDemoPicture(shopPictures(s.slug).logo))));
    expect(new Set(logos).size).toBe(shopTemplates.length);
  });
});

describe('the demo seed', () => {
  /** The display bytes the media pipeline makes of each picture, by their hash. */
  const expected = new Map<string, string>();
  let seconds = 0;
  let cpuSeconds = 0;

  beforeAll(async () => {
    const started = Date.now();
    const cpu = process.cpuUsage();
    await seedDemo(db, mediaDir);
    seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    cpuSeconds = (used.user + used.system) / 1e6;
    // What the seed's cache of the pipeline's work holds for each picture (it made it just now, or
    // an earlier seed on this machine did); the cache itself is checked against the pipeline below.
    for (const name of new Set(referenced)) expected.set(sha((await processDemoPicture(name)).display), name);
  }, 180_000);

  it('keeps in its cache exactly what the media pipeline makes of a picture', async () => {
    // Every fifteenth picture, first and last included: encoding them all again costs ~15 s of CPU.
    const names = [...new Set(referenced)].sort();
    for (const name of names.filter((_, i) => i % 15 === 0 || i === names.length - 1)) {
      const [cached, fresh] = [await processDemoPicture(name), await processImage(await readDemoPicture(name))];
      expect(sha(cached.display), name).toBe(sha(fresh.display));
      expect(sha(cached.thumb), name).toBe(sha(fresh.thumb));
      expect([cached.width, cached.height], name).toEqual([fresh.width, fresh.height]);
    }
  });

  const pictureOf = async (key: string) => expected.get(await stored(key)) ?? `unknown picture ${key}`;

  it('gives every shop a logo different from every other shop, and its own banner', async () => {
    const shops = await db.shop.findMany({ include: { logo: true, banner: true }, orderBy: { slug: 'asc' } });
    expect(shops.length).toBe(shopTemplates.length);
    const logos = await Promise.all(shops.map((s) => stored(s.logo!.key)));
    expect(new Set(logos).size).toBe(shops.length);
    for (const s of shops) {
      expect(await pictureOf(s.logo!.key)).toBe(shopPictures(s.slug).logo);
      expect(await pictureOf(s.banner!.key)).toBe(shopPictures(s.slug).banner);
      expect(s.logo!.thumbKey).toBeTruthy();
    }
  });

  it('shows every product its own picture', async () => {
    const products = await db.product.findMany({ include: { photos: { include: { media: true } } } });
    expect(products.length).toBeGreaterThanOrEqual(40);
    for (const p of products) {
      expect(p.photos.length, p.nameEn!).toBeGreaterThanOrEqual(1);
      expect(await pictureOf(p.photos[0]!.media.key)).toBe(productPictures[p.nameEn!]);
    }
  });

  it("shows every tradesperson's work with pictures of her trade, neighbours starting on different ones", async () => {
    const providers = await db.provider.findMany({
      where: { kind: { not: 'OFFICE' }, bloodGroup: null },
      include: { photos: { include: { media: true }, orderBy: { sortOrder: 'asc' } }, categories: { include: { category: true } } },
      orderBy: { slug: 'asc' },
    });
    const firsts = new Map<string, Set<string>>();
    for (const p of providers) {
      const category = p.categories[0]!.category.slug;
      const pictures = (workPictures[category] ?? []).map(([name]) => name);
      if (pictures.length === 0) {
        expect(p.photos, p.slug).toEqual([]);
        continue;
      }
      expect(p.photos.length, p.slug).toBeGreaterThanOrEqual(1);
      for (const photo of p.photos) {
        expect(pictures, p.slug).toContain(await pictureOf(photo.media.key));
        expect(photo.caption).toBeTruthy();
      }
      firsts.set(category, (firsts.get(category) ?? new Set()).add(await pictureOf(p.photos[0]!.media.key)));
    }
    // Trades with two or more providers show at least two different first pictures.
    for (const [category, seen] of firsts) {
      const count = providers.filter((p) => p.categories[0]!.category.slug === category).length;
      if (count >= 2) expect(seen.size, category).toBeGreaterThanOrEqual(2);
    }
  });

  it('shows every to-let notice pictures of what is let', async () => {
    const rentals = await db.rentalListing.findMany({ include: { photos: { include: { media: true }, orderBy: { sortOrder: 'asc' } } } });
    expect(rentals.length).toBeGreaterThanOrEqual(10);
    for (const r of rentals) {
      expect(r.photos.map((p) => p.media.alt), r.title).toEqual(rentalPictures[r.title]!.map(() => r.title));
      expect(await Promise.all(r.photos.map((p) => pictureOf(p.media.key)))).toEqual(rentalPictures[r.title]);
    }
  });

  it('stores what the pipeline makes of them: WebP display images of at most 30 KB, each with a thumbnail', async () => {
    const media = await db.media.findMany({ select: { key: true, thumbKey: true, bytes: true, mime: true } });
    expect(media.length).toBeGreaterThan(100);
    for (const m of media) {
      expect(m.bytes, m.key).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
      expect(m.mime).toBe('image/webp');
      expect((await sharp(path.join(mediaDir, 'public', m.thumbKey!)).metadata()).width).toBeLessThanOrEqual(480);
    }
  });

  it('stays quick', () => {
    console.info(`demo seed: ${seconds.toFixed(1)} s, ${cpuSeconds.toFixed(1)} s of CPU in this process`);
    // The work it takes, not the clock: on a busy machine the same seed waits its turn for a core
    // (about 6 s of CPU either way; the wall clock went from 6 to 70 s beside other work).
    expect(cpuSeconds).toBeLessThan(30);
  });
});
