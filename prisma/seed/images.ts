// Demo pictures into the media pipeline: each drawn WebP (prisma/demo-pictures) is checked and
// re-encoded by processImage exactly as an upload is (display size + thumbnail), once per picture,
// then stored under fresh keys for every record that shows it, as if its owner had uploaded it.
import type { Db } from '../../lib/db/client';
import type { MediaPurpose } from '../../lib/generated/prisma/enums';
import { newMediaKeys, writeLocalMedia } from '../../lib/media/local-store';
import { processImage, type ProcessedImage } from '../../lib/media/process';
import { readDemoPicture } from '../demo-pictures/catalogue';

export type DemoPictureStore = (picture: string, purpose: MediaPurpose, ownerId: string | null, alt?: string) => Promise<{ id: string }>;

/** Stores demo pictures as public media under `mediaDir`; counts what it stored. */
export function demoPictureStore(db: Db, mediaDir: string): DemoPictureStore & { stored: () => number; warm: (pictures: string[]) => void } {
  const processed = new Map<string, Promise<ProcessedImage>>();
  const process = (picture: string) => {
    let image = processed.get(picture);
    if (!image) {
      image = readDemoPicture(picture).then((bytes) => processImage(bytes));
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
