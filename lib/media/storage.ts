// Where processed images go: UploadThing when UPLOADTHING_TOKEN is set, otherwise local disk
// (local-store.ts). Either way the Media row records our own keys; only uploadWithUploadThing
// touches the vendor SDK, loaded on first use so local deployments never load it.
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Media } from '@/lib/generated/prisma/client';
import type { MediaPurpose, MediaStorage } from '@/lib/generated/prisma/enums';
import { forgetBetweenTests } from '@/lib/runtime/between-tests';
import { mediaRoot, newMediaKeys, writeLocalMedia } from './local-store';
import type { ProcessedImage } from './process';

export interface MediaFile {
  /** Ours, matching MEDIA_KEY: "<folder>/<id>.webp" or "<folder>/<id>-thumb.webp". */
  key: string;
  data: Buffer;
}

/** Uploads the files and returns their URLs in the same order. */
export type RemoteUploader = (token: string, files: MediaFile[], isPublic: boolean) => Promise<string[]>;

export interface MediaStore {
  readonly storage: MediaStorage;
  /** Saves the display image and its thumbnail; URLs are null when the app serves the files itself. */
  save(display: MediaFile, thumb: MediaFile, isPublic: boolean): Promise<{ url: string | null; thumbUrl: string | null }>;
}

export class MediaUploadFailed extends Error {}

export const localStore: MediaStore = {
  storage: 'LOCAL',
  async save(display, thumb, isPublic) {
    const visibility = isPublic ? 'public' : 'private';
    await writeLocalMedia(display.key, display.data, visibility);
    await writeLocalMedia(thumb.key, thumb.data, visibility);
    return { url: null, thumbUrl: null };
  },
};

export async function uploadWithUploadThing(token: string, files: MediaFile[], isPublic: boolean): Promise<string[]> {
  const { UTApi } = await import('uploadthing/server');
  const api = new UTApi({ token, logLevel: 'Error' });
  const named = files.map((f) => new File([new Uint8Array(f.data)], f.key.replace('/', '-'), { type: 'image/webp' }));
  // Private files (verification papers) need "allow ACL override" enabled for the UploadThing app.
  const results = await api.uploadFiles(named, isPublic ? undefined : { acl: 'private' });
  return results.map((result, i) => {
    if (result.error) throw new MediaUploadFailed(`UploadThing refused ${files[i]!.key}: ${result.error.code} ${result.error.message}`);
    return result.data.ufsUrl;
  });
}

export function uploadThingStore(token: string, upload: RemoteUploader = uploadWithUploadThing): MediaStore {
  return {
    storage: 'UPLOADTHING',
    async save(display, thumb, isPublic) {
      let urls: string[];
      try {
        urls = await upload(token, [display, thumb], isPublic);
      } catch (e) {
        if (e instanceof MediaUploadFailed) throw e;
        throw new MediaUploadFailed(`Uploading to UploadThing failed (UPLOADTHING_TOKEN is set, so no local fallback): ${(e as Error).message}`, { cause: e });
      }
      const [url, thumbUrl] = urls;
      if (!url || !thumbUrl) throw new MediaUploadFailed('UploadThing returned no URL for an uploaded file');
      return { url, thumbUrl };
    },
  };
}

let announced = false;
forgetBetweenTests(() => (announced = false));

/** The store the settings choose; says once which one is active. */
export function mediaStore(token = env().UPLOADTHING_TOKEN): MediaStore {
  const store = token ? uploadThingStore(token) : localStore;
  if (!announced) {
    announced = true;
    console.info(`[haat] media: storing images ${token ? 'with UploadThing' : `on local disk under ${mediaRoot()}`}`);
  }
  return store;
}

export interface StoreImageOptions {
  purpose: MediaPurpose;
  ownerId: string | null;
  isPublic: boolean;
  alt?: string;
}

/** Saves a processed image's two files and records them as a Media row. */
export async function storeImage(processed: ProcessedImage, opts: StoreImageOptions, store: MediaStore = mediaStore()): Promise<Media> {
  const { key, thumbKey } = newMediaKeys(opts.purpose);
  const { url, thumbUrl } = await store.save({ key, data: processed.display }, { key: thumbKey, data: processed.thumb }, opts.isPublic);
  return db.media.create({
    data: {
      ownerId: opts.ownerId,
      purpose: opts.purpose,
      storage: store.storage,
      key,
      thumbKey,
      url,
      thumbUrl,
      width: processed.width,
      height: processed.height,
      bytes: processed.display.length,
      mime: 'image/webp',
      isPublic: opts.isPublic,
      alt: opts.alt,
    },
  });
}
