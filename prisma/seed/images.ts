// Demo pictures into the media pipeline: each drawn WebP (prisma/demo-pictures) is checked and
// re-encoded by processImage exactly as an upload is (display size + thumbnail), once per picture,
// then stored under fresh keys for every record that shows it, as if its owner had uploaded it.
// What the pipeline made of a picture is kept in the system's temporary directory, keyed by the
// picture's bytes, the pipeline's source and libvips' version: a later seed on this machine (the
// tests seed several databases, a fresh `npm start` seeds again) stores it without re-encoding.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { Db } from '../../lib/db/client';
import type { MediaPurpose } from '../../lib/generated/prisma/enums';
import { newMediaKeys, writeLocalMedia } from '../../lib/media/local-store';
import { processImage, type ProcessedImage } from '../../lib/media/process';
import { readDemoPicture } from '../demo-pictures/catalogue';

const cacheDir = path.join(os.tmpdir(), 'haat-demo-pictures');
let pipeline: Promise<string> | undefined;

/** processImage's display image and thumbnail of a demo picture, made once per machine. */
export async function processDemoPicture(picture: string): Promise<ProcessedImage> {
  const input = await readDemoPicture(picture);
  pipeline ??= readFile(path.join(import.meta.dirname, '../../lib/media/process.ts'), 'utf8').then((source) => `${source}\0${sharp.versions.vips}`);
  const base = path.join(cacheDir, createHash('sha256').update(await pipeline).update(input).digest('hex'));
  const cached = await Promise.all([readFile(`${base}.webp`), readFile(`${base}-thumb.webp`), readFile(`${base}.json`, 'utf8')]).catch(() => null);
  if (cached) return { display: cached[0], thumb: cached[1], ...(JSON.parse(cached[2]) as { width: number; height: number }) };
  const processed = await processImage(input);
  try {
    await mkdir(cacheDir, { recursive: true });
    // Each file under a temporary name first, so a seed running beside this one never reads half of it.
    for (const [suffix, data] of [['.webp', processed.display], ['-thumb.webp', processed.thumb], ['.json', JSON.stringify({ width: processed.width, height: processed.height })]] as const) {
      const temporary = `${base}${suffix}.${randomBytes(6).toString('hex')}`;
      await writeFile(temporary, data);
      await rename(temporary, `${base}${suffix}`);
    }
  } catch {
    // No cache (a read-only temporary directory): the next seed encodes again.
  }
  return processed;
}

export type DemoPictureStore = (picture: string, purpose: MediaPurpose, ownerId: string | null, alt?: string) => Promise<{ id: string }>;

/** Stores demo pictures as public media under `mediaDir`; counts what it stored. */
export function demoPictureStore(db: Db, mediaDir: string): DemoPictureStore & { stored: () => number; warm: (pictures: string[]) => void } {
  const processed = new Map<string, Promise<ProcessedImage>>();
  const process = (picture: string) => {
    let image = processed.get(picture);
    if (!image) {
      image = processDemoPicture(picture);
      processed.set(picture, image);
    }
    return image;
  };
  let stored = 0;
  const store = async (picture: string, purpose: MediaPurpose, ownerId: string | null, alt?: string) => {
    const { display, thumb, width, height } = await process(picture);
    const { key, thumbKey } = newMediaKeys(purpose);
    await writeLocalMedia(key, display, 'public', mediaDir);
    await writeLocalMedia(thumbKey, thumb, 'public', mediaDir);
    stored++;
    return db.media.create({ data: { key, thumbKey, width, height, bytes: display.length, purpose, ownerId, alt }, select: { id: true } });
  };
  /**
   * Starts processing pictures in the background, two at a time, while the seed writes its rows
   * (sharp works on libuv's threads): by the time a picture is stored it is mostly ready.
   */
  const warm = (pictures: string[]) => {
    const queue = [...new Set(pictures)];
    const next = (): Promise<void> | undefined => {
      const picture = queue.shift();
      return picture === undefined ? undefined : process(picture).then(next, next);
    };
    next();
    next();
  };
  return Object.assign(store, { stored: () => stored, warm });
}
