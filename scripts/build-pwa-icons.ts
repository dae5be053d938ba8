// Draws the app icons the web app manifest names (app/manifest.ts) from the favicon's house on the
// brand colour, as small PNGs committed in public/pwa/. Run after changing the drawing:
//   node --import tsx scripts/build-pwa-icons.ts
// "any" icons are the favicon itself (rounded square); the maskable one fills the whole square and
// keeps the house inside the middle 80 %, the safe zone a phone's mask never cuts.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const BRAND = '#0f766e';
const house = (scale: number) => {
  // The favicon's house (a 64-unit square), scaled about the centre.
  const t = (v: number) => 32 + (v - 32) * scale;
  return `<path d="M${t(14)} ${t(30)} ${t(32)} ${t(14)}l${18 * scale} ${16 * scale}v${20 * scale}H${t(14)}z" fill="#fff"/><rect x="${t(27)}" y="${t(36)}" width="${10 * scale}" height="${14 * scale}" fill="${BRAND}"/>`;
};
const any = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="${BRAND}"/>${house(1)}</svg>`;
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${BRAND}"/>${house(0.8)}</svg>`;

const root = path.resolve(import.meta.dirname, '..');
for (const [name, svg, size] of [
  ['icon-192.png', any, 192],
  ['icon-512.png', any, 512],
  ['maskable-512.png', maskable, 512],
] as const) {
  const png = await sharp(Buffer.from(svg), { density: (72 * size) / 64 }).resize(size, size).png({ compressionLevel: 9, palette: true }).toBuffer();
  await writeFile(path.join(root, 'public/pwa', name), png);
  console.log(`wrote public/pwa/${name} (${png.length} bytes)`);
}
