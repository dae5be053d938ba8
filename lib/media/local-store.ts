// Local-disk storage for media: the default when UploadThing is not configured. Public files
// live under <data dir>/media/public and are served by app/media/[...key]; private files (papers
// for verification) under <data dir>/media/private and are never served by that route.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MediaPurpose } from '@/lib/generated/prisma/enums';

export const mediaRoot = () => path.resolve(process.env.HAAT_DATA_DIR ?? '.data', 'media');

/** Keys are ours (never a client's file name): "<folder>/<id>[-thumb].webp". */
export const MEDIA_KEY = /^[a-z]+\/[a-z0-9]+(-thumb)?\.webp$/;

const FOLDERS: Record<MediaPurpose, string> = {
  PROVIDER_PHOTO: 'work',
  PRODUCT_PHOTO: 'product',
  SHOP_LOGO: 'shop',
  SHOP_BANNER: 'shop',
  RENTAL_PHOTO: 'rental',
  LIVESTOCK_PHOTO: 'livestock',
  DOCUMENT: 'doc',
  AVATAR: 'avatar',
  TRAINING_PHOTO: 'training',
};

/** Fresh keys for a new image of this purpose: its display file and its thumbnail. */
export const newMediaKeys = (purpose: MediaPurpose) => {
  const id = randomBytes(16).toString('hex');
  const key = `${FOLDERS[purpose]}/${id}.webp`;
  return { key, thumbKey: `${FOLDERS[purpose]}/${id}-thumb.webp` };
};

export async function writeLocalMedia(key: string, data: Buffer, visibility: 'public' | 'private', root = mediaRoot()) {
  if (!MEDIA_KEY.test(key)) throw new Error(`Invalid media key ${key}`);
  const file = path.join(root, visibility, key);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, data);
}

export async function readPublicMedia(key: string, root = mediaRoot()): Promise<Buffer | null> {
  if (!MEDIA_KEY.test(key)) return null;
  return readFile(path.join(root, 'public', key)).catch(() => null);
}

/** The URL a page uses for a stored image. */
export function mediaUrl(media: { storage: string; key: string; url: string | null; thumbUrl?: string | null }, thumb = false): string {
  if (media.storage === 'UPLOADTHING' && media.url) return (thumb && media.thumbUrl) || media.url;
  return `/media/${thumb ? media.key.replace(/\.webp$/, '-thumb.webp') : media.key}`;
}
