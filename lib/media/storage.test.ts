import { randomInt } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { readPublicMedia } from './local-store';
import { processImage, type ProcessedImage } from './process';
import { MediaUploadFailed, localStore, mediaStore, storeImage, uploadThingStore, uploadWithUploadThing, type RemoteUploader } from './storage';

const mediaDir = () => path.join(process.env.HAAT_DATA_DIR!, 'media');
const exists = (file: string) => stat(file).then(() => true, () => false);

let image: ProcessedImage;
let ownerId: string;

beforeAll(async () => {
  image = await processImage(await sharp({ create: { width: 900, height: 600, channels: 3, background: '#c84' } }).jpeg().toBuffer());
  ownerId = (await db.user.create({ data: { phone: `+88017${String(randomInt(1e8)).padStart(8, '0')}`, name: 'x', status: 'ACTIVE' } })).id;
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('storeImage on local disk', () => {
  it('writes a public image and its thumbnail under media/public and records the Media row', async () => {
    const media = await storeImage(image, { purpose: 'PRODUCT_PHOTO', ownerId, isPublic: true, alt: 'পিঠা' }, localStore);
    expect(media.key).toMatch(/^product\/[0-9a-f]{32}\.webp$/);
    expect(media.thumbKey).toBe(media.key.replace('.webp', '-thumb.webp'));
    expect(await readFile(path.join(mediaDir(), 'public', media.key))).toEqual(image.display);
    expect(await readFile(path.join(mediaDir(), 'public', media.thumbKey!))).toEqual(image.thumb);
    expect(await db.media.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({
      ownerId, purpose: 'PRODUCT_PHOTO', storage: 'LOCAL', url: null, thumbUrl: null, width: 900, height: 600, bytes: image.display.length, mime: 'image/webp', isPublic: true, alt: 'পিঠা',
    });
  });

  it('keeps documents under media/private, where the public media route cannot reach them', async () => {
    const media = await storeImage(image, { purpose: 'DOCUMENT', ownerId, isPublic: false }, localStore);
    expect(media.key).toMatch(/^doc\//);
    expect(await exists(path.join(mediaDir(), 'private', media.key))).toBe(true);
    expect(await exists(path.join(mediaDir(), 'private', media.thumbKey!))).toBe(true);
    expect(await exists(path.join(mediaDir(), 'public', media.key))).toBe(false);
    expect(await readPublicMedia(media.key)).toBeNull();
  });

  it('names the folder after the purpose', async () => {
    const folders = await Promise.all(
      (['PROVIDER_PHOTO', 'SHOP_LOGO', 'SHOP_BANNER', 'RENTAL_PHOTO', 'AVATAR'] as const).map(async (purpose) => (await storeImage(image, { purpose, ownerId, isPublic: true }, localStore)).key.split('/')[0]),
    );
    expect(folders).toEqual(['work', 'shop', 'shop', 'rental', 'avatar']);
  });
});

describe('choosing the store', () => {
  it('uses local disk without UPLOADTHING_TOKEN and UploadThing with it, saying so once', async () => {
    expect(mediaStore()).toBe(localStore);
    expect(mediaStore('a-token').storage).toBe('UPLOADTHING');
    expect((await storeImage(image, { purpose: 'PRODUCT_PHOTO', ownerId, isPublic: true })).storage).toBe('LOCAL');

    vi.stubEnv('UPLOADTHING_TOKEN', 'a-token');
    vi.resetModules();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const fresh = await import('./storage');
    expect(fresh.mediaStore().storage).toBe('UPLOADTHING');
    expect(fresh.mediaStore().storage).toBe('UPLOADTHING');
    expect(info).toHaveBeenCalledOnce();
    expect(info.mock.calls[0]![0]).toMatch(/UploadThing/);
  });
});

describe('storeImage with UploadThing', () => {
  it('uploads both files under our keys and records the URLs it returns', async () => {
    const upload = vi.fn<RemoteUploader>(async (_token, files) => files.map((f) => `https://app.ufs.sh/f/${f.key.replace('/', '-')}`));
    const media = await storeImage(image, { purpose: 'SHOP_LOGO', ownerId, isPublic: true }, uploadThingStore('the-token', upload));
    const [token, files, isPublic] = upload.mock.calls[0]!;
    expect([token, isPublic]).toEqual(['the-token', true]);
    expect(files.map((f) => f.key)).toEqual([media.key, media.thumbKey]);
    expect(files.map((f) => f.data)).toEqual([image.display, image.thumb]);
    expect(media).toMatchObject({ storage: 'UPLOADTHING', url: `https://app.ufs.sh/f/${media.key.replace('/', '-')}`, thumbUrl: `https://app.ufs.sh/f/${media.thumbKey!.replace('/', '-')}` });
    expect(await exists(path.join(mediaDir(), 'public', media.key))).toBe(false);
  });

  it('fails loudly, without a local fallback or a Media row, when the upload fails', async () => {
    const before = await db.media.count();
    const down: RemoteUploader = async () => {
      throw new Error('connect ECONNREFUSED');
    };
    await expect(storeImage(image, { purpose: 'DOCUMENT', ownerId, isPublic: false }, uploadThingStore('the-token', down))).rejects.toThrow(/UploadThing.*ECONNREFUSED/);
    expect(await db.media.count()).toBe(before);
  });

  it('turns the SDK’s refusal of a malformed token into MediaUploadFailed before any request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const refused = uploadWithUploadThing('not-a-real-token', [{ key: 'doc/abc.webp', data: image.display }], false);
    await expect(refused).rejects.toBeInstanceOf(MediaUploadFailed);
    await expect(refused).rejects.toThrow(/doc\/abc\.webp/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
