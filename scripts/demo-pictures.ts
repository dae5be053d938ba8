// Renders the demo pictures (prisma/demo-pictures/draw/*.ts) to the WebP files the demo seed
// stores, each at most 30 KB, and writes each picture's SVG beside it. Run after changing a drawing:
//   node --import tsx scripts/demo-pictures.ts [name…]      (--sheet writes a contact sheet PNG to /tmp)
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { drawings } from '../prisma/demo-pictures/draw';
import { MAX_PICTURE_BYTES, picturesDir } from '../prisma/demo-pictures/catalogue';

// Under the limit with room to spare: the media pipeline re-encodes each picture when the seed stores it,
// and a busy one (stitches, weaves) comes out a little larger than it went in.
const TARGET_BYTES = MAX_PICTURE_BYTES - 4000;
const args = process.argv.slice(2);
const sheet = args.includes('--sheet');
const only = args.filter((a) => !a.startsWith('--'));
const names = Object.keys(drawings).filter((n) => only.length === 0 || only.some((o) => n.includes(o)));
const rendered: { name: string; png: Buffer }[] = [];

for (const name of names) {
  const svg = drawings[name as keyof typeof drawings]();
  const raster = sharp(Buffer.from(svg));
  const { width = 0 } = await raster.metadata();
  // The best quality that fits; a busy picture (stitches, weaves) that does not fit at quality 46 is drawn a little smaller.
  let webp: Buffer | null = null;
  let quality = 82;
  let scale = 1;
  search: for (; scale >= 0.7; scale -= 0.15) {
    const sized = scale === 1 ? raster.clone() : raster.clone().resize(Math.round(width * scale));
    for (quality = 82; quality >= 46; quality -= 6) {
      webp = await sized.clone().webp({ quality, effort: 6, smartSubsample: true }).toBuffer();
      if (webp.length <= TARGET_BYTES) break search;
    }
  }
  if (!webp || webp.length > MAX_PICTURE_BYTES) throw new Error(`${name}: ${webp?.length} bytes even at ${scale} size and quality 46`);
  await writeFile(path.join(picturesDir, `${name}.svg`), svg);
  await writeFile(path.join(picturesDir, `${name}.webp`), webp);
  console.log(`${name.padEnd(28)} ${String(webp.length).padStart(6)} B  q${quality}${scale < 1 ? ` at ${Math.round(scale * 100)} %` : ''}`);
  if (sheet) rendered.push({ name, png: await sharp(webp).resize(400, 300, { fit: 'contain', background: '#ffffff' }).png().toBuffer() });
}

if (sheet) {
  const cols = 4;
  const rows = Math.ceil(rendered.length / cols);
  const out = sharp({ create: { width: cols * 410, height: rows * 330, channels: 3, background: '#ffffff' } }).composite(
    rendered.flatMap((r, i) => [
      { input: r.png, left: (i % cols) * 410, top: Math.floor(i / cols) * 330 },
      { input: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="400" height="24"><text x="4" y="18" font-size="16" font-family="sans-serif">${r.name}</text></svg>`), left: (i % cols) * 410, top: Math.floor(i / cols) * 330 + 302 },
    ]),
  );
  await out.png().toFile('/tmp/demo-pictures.png');
  console.log('contact sheet: /tmp/demo-pictures.png');
}
