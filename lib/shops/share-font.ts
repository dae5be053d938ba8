// Fonts for images drawn on the server (share previews). sharp draws text with Pango and
// HarfBuzz, which shape Bengali conjuncts and vowel signs correctly, but its FreeType does not
// read WOFF, and a server's own fonts cannot be counted on. So the Noto Sans Bengali WOFF files
// that @fontsource already ships for the pages are unpacked once into plain TrueType files under
// the temporary directory, and handed to sharp from there.
import 'server-only';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

/** The family name inside the @fontsource files, for Pango font descriptions. */
export const SHARE_FONT_FAMILY = 'Noto Sans Bengali';

// Bengali script (with ৳ and Bengali digits) and Latin (English names, ASCII digits, "…") are
// separate subset files of the same family; Pango picks the file that has each character.
const SUBSETS = ['bengali', 'latin'] as const;
const WEIGHTS = [400, 700] as const;
export type ShareFontWeight = (typeof WEIGHTS)[number];

/** WOFF 1.0 → the TrueType/OpenType file it wraps (W3C WOFF spec, sections 3–5). */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.length < 44 || woff.readUInt32BE(0) !== 0x774f4646) throw new Error('Not a WOFF 1.0 file');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((d) => woff.readUInt32BE(at + d)) as [number, number, number, number, number];
    const stored = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(stored) : stored;
    if (data.length !== origLength) throw new Error('Corrupt WOFF table');
    return { tag, checksum, data };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + numTables * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const body: Buffer[] = [];
  let offset = header.length;
  tables.forEach((table, i) => {
    const at = 12 + i * 16;
    header.writeUInt32BE(table.tag, at);
    header.writeUInt32BE(table.checksum, at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(table.data.length, at + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    body.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...body]);
}

// From the project root, as lib/auth/passwords.ts reads its list: a bundler leaves this path alone.
const fontsourceDir = () => path.join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-bengali', 'files');

async function unpack(woffFile: string, dir: string): Promise<string> {
  const woff = await readFile(woffFile);
  // Named by content, so a new @fontsource version never reuses an old unpacked file.
  const file = path.join(dir, `${path.basename(woffFile, '.woff')}-${createHash('sha256').update(woff).digest('hex').slice(0, 12)}.ttf`);
  if (await stat(file).then((s) => s.size > 0, () => false)) return file;
  const partial = `${file}.${process.pid}.${Date.now()}`;
  await writeFile(partial, woffToSfnt(woff));
  await rename(partial, file); // atomic: a parallel process never reads half a font
  return file;
}

export type ShareFonts = Record<ShareFontWeight, string[]>;

let fonts: Promise<ShareFonts> | null = null;

/** TrueType files of every subset, by weight, unpacked on first use. */
export function shareFonts(dir = path.join(os.tmpdir(), 'haat-fonts')): Promise<ShareFonts> {
  fonts ??= (async () => {
    await mkdir(dir, { recursive: true });
    const source = fontsourceDir();
    const byWeight = await Promise.all(
      WEIGHTS.map((weight) => Promise.all(SUBSETS.map((subset) => unpack(path.join(source, `noto-sans-bengali-${subset}-${weight}-normal.woff`), dir)))),
    );
    return { 400: byWeight[0]!, 700: byWeight[1]! };
  })().catch((e: unknown) => {
    fonts = null; // try again on the next image rather than failing forever
    throw e;
  });
  return fonts;
}
