import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DISPLAY_MAX_SIDE, ImageRejected, MAX_INPUT_BYTES, THUMB_HEIGHT, THUMB_WIDTH, processImage, type ImageRejectedCode } from './process';

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SVG_WITH_SCRIPT = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><script>alert(document.cookie)</script><rect width="100" height="100"/></svg>';

const solid = (width: number, height: number, background = '#2a7') => sharp({ create: { width, height, channels: 3, background } });

/** Random pixels, so the encoded file has real scan data to cut off and to compress. */
const noise = (width: number, height: number) => sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });

/** A valid 1×1 PNG whose IHDR then claims other dimensions, with its CRC fixed so only the size is wrong. */
async function pngClaiming(width: number, height: number) {
  const png = Buffer.from(await solid(1, 1).png().toBuffer());
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

async function refusal(input: Buffer): Promise<ImageRejectedCode> {
  const error = await processImage(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageRejected);
  return (error as ImageRejected).code;
}

describe('processImage refuses', () => {
  it('an SVG with a script, also behind a PNG signature', async () => {
    expect(await refusal(Buffer.from(SVG_WITH_SCRIPT))).toBe('notImage');
    expect(await refusal(Buffer.concat([PNG_MAGIC, Buffer.from(SVG_WITH_SCRIPT)]))).toBe('notImage');
  });

  it('HTML renamed .jpg, and markup inside a JPEG header', async () => {
    expect(await refusal(Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'))).toBe('notImage');
    const jpeg = await solid(20, 20).jpeg().toBuffer();
    const comment = Buffer.from('<script>alert(1)</script>');
    const commentSegment = Buffer.concat([Buffer.from([0xff, 0xfe, 0, comment.length + 2]), comment]);
    const polyglot = Buffer.concat([jpeg.subarray(0, 2), commentSegment, jpeg.subarray(2)]);
    expect((await sharp(polyglot).metadata()).format).toBe('jpeg');
    expect(await refusal(polyglot)).toBe('notImage');
  });

  it('a PDF, and image formats other than JPEG, PNG, WebP and GIF', async () => {
    expect(await refusal(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'))).toBe('notImage');
    expect(await refusal(await solid(10, 10).tiff().toBuffer())).toBe('unsupported');
  });

  it('zero bytes', async () => {
    expect(await refusal(Buffer.alloc(0))).toBe('empty');
  });

  it('more bytes than the limit, even with a JPEG signature', async () => {
    const oversized = Buffer.alloc(MAX_INPUT_BYTES + 1);
    oversized.set([0xff, 0xd8, 0xff, 0xe0]);
    expect(await refusal(oversized)).toBe('tooLarge');
  });

  it('a PNG whose header claims 30000×30000, quickly and without decoding', async () => {
    const bomb = await pngClaiming(30_000, 30_000);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(30_000);
    const started = performance.now();
    expect(await refusal(bomb)).toBe('tooManyPixels');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('an image with one side over the limit though few pixels', async () => {
    expect(await refusal(await pngClaiming(13_000, 2))).toBe('tooManyPixels');
  });

  it('a truncated JPEG', async () => {
    const jpeg = await noise(800, 600).jpeg().toBuffer();
    expect(await refusal(jpeg.subarray(0, Math.floor(jpeg.length * 0.6)))).toBe('corrupt');
  });
});

describe('processImage re-encodes', () => {
  it('a phone photo with GPS EXIF and XMP as WebP without any metadata, turned upright', async () => {
    // Left half red, right half blue; orientation 6 means "turn 90° clockwise to view".
    const photo = await solid(400, 200, '#00f')
      .composite([{ input: { create: { width: 200, height: 200, channels: 3, background: '#f00' } }, left: 0, top: 0 }])
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: 'TestCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '24/1 51/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '89/1 22/1 0/1', GPSMapDatum: 'WGS-84' } })
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Secret Author"/></rdf:RDF></x:xmpmeta>')
      .toBuffer();
    const before = await sharp(photo).metadata();
    expect([before.orientation, Boolean(before.exif), Boolean(before.xmp), photo.includes('WGS-84')]).toEqual([6, true, true, true]);

    const out = await processImage(photo);
    expect([out.width, out.height]).toEqual([200, 400]);
    for (const file of [out.display, out.thumb]) {
      const meta = await sharp(file).metadata();
      expect(meta.format).toBe('webp');
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      for (const marker of ['Exif', 'GPS', 'WGS-84', 'TestCam', 'Secret Author', 'XMP']) expect(file.includes(marker)).toBe(false);
    }
    const { data, info } = await sharp(out.display).raw().toBuffer({ resolveWithObject: true });
    const pixel = (y: number) => [...data.subarray(y * info.width * info.channels, y * info.width * info.channels + 3)];
    expect(pixel(0)[0]).toBeGreaterThan(200);
    expect(pixel(info.height - 1)[2]).toBeGreaterThan(200);
    expect((await sharp(out.thumb).metadata()).height).toBeLessThan(out.height);
  });

  it('a large photo to a bounded display size and a smaller thumbnail, never enlarging small ones', async () => {
    const out = await processImage(await noise(2400, 1600).jpeg({ quality: 90 }).toBuffer());
    expect([out.width, out.height]).toEqual([DISPLAY_MAX_SIDE, Math.round((DISPLAY_MAX_SIDE * 1600) / 2400)]);
    const thumb = await sharp(out.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([THUMB_WIDTH, THUMB_HEIGHT]);
    expect(out.thumb.length).toBeLessThan(out.display.length);

    const small = await processImage(await solid(120, 90).png().toBuffer());
    expect([small.width, small.height]).toEqual([120, 90]);
  });

  it('PNG, WebP and the first frame of a GIF', async () => {
    for (const input of [await solid(64, 48).png().toBuffer(), await solid(64, 48).webp().toBuffer(), await solid(64, 48).gif().toBuffer()]) {
      const out = await processImage(input);
      expect((await sharp(out.display).metadata()).format).toBe('webp');
      expect([out.width, out.height]).toEqual([64, 48]);
    }
  });
});
