// Every image the app stores passes through here: whatever arrives is checked by its bytes, then
// decoded and re-encoded by sharp as WebP (a display size and a thumbnail) with all metadata gone,
// so no original byte — EXIF, GPS, scripts, polyglot payloads — ever reaches storage.
import sharp, { type Metadata } from 'sharp';

export const MAX_INPUT_BYTES = 8 * 1024 * 1024;
export const MAX_INPUT_PIXELS = 40_000_000;
export const MAX_INPUT_SIDE = 12_000;
export const DISPLAY_MAX_SIDE = 1600;
export const THUMB_WIDTH = 480;
export const THUMB_HEIGHT = 360;
const DISPLAY_QUALITY = 75;
const THUMB_QUALITY = 65;

export type ImageRejectedCode = 'empty' | 'tooLarge' | 'notImage' | 'unsupported' | 'tooManyPixels' | 'corrupt';

export class ImageRejected extends Error {
  constructor(readonly code: ImageRejectedCode) {
    super(`Image rejected: ${code}`);
    this.name = 'ImageRejected';
  }
}

export interface ProcessImageOptions {
  maxBytes?: number;
  maxPixels?: number;
  maxSide?: number;
}

export interface ProcessedImage {
  /** WebP, longest side at most DISPLAY_MAX_SIDE. */
  display: Buffer;
  /** WebP, cropped to cover THUMB_WIDTH × THUMB_HEIGHT (smaller inputs are not enlarged). */
  thumb: Buffer;
  /** Of the display image, after EXIF rotation. */
  width: number;
  height: number;
}

type RasterFormat = 'jpeg' | 'png' | 'webp' | 'gif';

const startsWith = (input: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => input[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The accepted format the magic bytes announce, 'other' for image formats we refuse, or null. */
function sniffFormat(input: Buffer): RasterFormat | 'other' | null {
  if (startsWith(input, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(input, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(input, ascii('RIFF')) && startsWith(input, ascii('WEBP'), 8)) return 'webp';
  if (startsWith(input, ascii('GIF87a')) || startsWith(input, ascii('GIF89a'))) return 'gif';
  const otherImage =
    startsWith(input, [0x49, 0x49, 0x2a, 0x00]) || // TIFF, little-endian
    startsWith(input, [0x4d, 0x4d, 0x00, 0x2a]) || // TIFF, big-endian
    startsWith(input, ascii('BM')) ||
    startsWith(input, [0x00, 0x00, 0x01, 0x00]) || // ICO
    startsWith(input, ascii('ftyp'), 4) || // HEIC, AVIF
    startsWith(input, [0xff, 0x0a]) || // JPEG XL codestream
    startsWith(input, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20]) || // JPEG XL container
    startsWith(input, [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20]); // JPEG 2000
  return otherImage ? 'other' : null;
}

// Markup in the first kilobyte, where image headers sit, marks a polyglot (HTML or SVG posing as an image).
const HEADER_WINDOW = 1024;
const MARKUP = /<(?:script|svg|html|!doctype|iframe|object|embed)[\s/>]/i;
const hasMarkupInHeader = (input: Buffer) => MARKUP.test(input.subarray(0, HEADER_WINDOW).toString('latin1'));

/** Checks the bytes and the header without decoding pixels; returns the verified format. */
async function inspect(input: Buffer, limits: Required<ProcessImageOptions>): Promise<RasterFormat> {
  if (input.length === 0) throw new ImageRejected('empty');
  if (input.length > limits.maxBytes) throw new ImageRejected('tooLarge');
  const sniffed = sniffFormat(input);
  if (sniffed === null || hasMarkupInHeader(input)) throw new ImageRejected('notImage');
  if (sniffed === 'other') throw new ImageRejected('unsupported');
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejected('corrupt');
  }
  if (meta.format !== sniffed) throw new ImageRejected('notImage');
  const { width = 0, height = 0 } = meta;
  if (width < 1 || height < 1) throw new ImageRejected('corrupt');
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) throw new ImageRejected('tooManyPixels');
  return sniffed;
}

/** Refuses anything but a sound JPEG, PNG, WebP or GIF (first frame) and re-encodes it as WebP. */
export async function processImage(input: Buffer, opts: ProcessImageOptions = {}): Promise<ProcessedImage> {
  const limits = { maxBytes: MAX_INPUT_BYTES, maxPixels: MAX_INPUT_PIXELS, maxSide: MAX_INPUT_SIDE, ...opts };
  await inspect(input, limits);
  // 'error' refuses truncated and broken pixel data but tolerates the benign warnings phone cameras cause.
  const decoded = sharp(input, { limitInputPixels: limits.maxPixels, failOn: 'error', pages: 1 }).rotate();
  try {
    const [display, thumb] = await Promise.all([
      decoded
        .clone()
        .resize({ width: DISPLAY_MAX_SIDE, height: DISPLAY_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: DISPLAY_QUALITY })
        .toBuffer({ resolveWithObject: true }),
      decoded
        .clone()
        .resize({ width: THUMB_WIDTH, height: THUMB_HEIGHT, fit: 'cover', withoutEnlargement: true })
        .webp({ quality: THUMB_QUALITY })
        .toBuffer(),
    ]);
    return { display: display.data, thumb, width: display.info.width, height: display.info.height };
  } catch (e) {
    throw new ImageRejected(/pixel limit/i.test((e as Error).message) ? 'tooManyPixels' : 'corrupt');
  }
}
