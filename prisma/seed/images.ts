// Demo photos, drawn here rather than downloaded: a warm background with shapes that suggest the
// trade or the food, re-encoded by sharp exactly as uploads are (WebP display size + thumbnail).
import sharp from 'sharp';

export interface DrawnImage {
  display: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
}

const palettes = [
  ['#fde68a', '#b45309', '#78350f'],
  ['#fecdd3', '#be185d', '#831843'],
  ['#bbf7d0', '#15803d', '#14532d'],
  ['#bfdbfe', '#1d4ed8', '#1e3a8a'],
  ['#ddd6fe', '#7c3aed', '#4c1d95'],
  ['#fed7aa', '#c2410c', '#7c2d12'],
  ['#99f6e4', '#0f766e', '#134e4a'],
];

export async function drawDemoImage(seed: number, motif: 'round' | 'tall' | 'pattern' | 'tools'): Promise<DrawnImage> {
  const [light, mid, dark] = palettes[seed % palettes.length]!;
  const rand = (n: number) => ((seed * 9301 + n * 49297) % 233280) / 233280;
  const shapes: string[] = [];
  if (motif === 'round') {
    for (let i = 0; i < 7; i++) {
      const x = 120 + rand(i) * 560, y = 120 + rand(i + 20) * 360, r = 50 + rand(i + 40) * 40;
      shapes.push(`<circle cx="${x}" cy="${y}" r="${r}" fill="${i % 2 ? mid : dark}" opacity="0.85"/><circle cx="${x}" cy="${y}" r="${r * 0.55}" fill="${light}" opacity="0.7"/>`);
    }
  } else if (motif === 'tall') {
    shapes.push(`<ellipse cx="400" cy="470" rx="260" ry="50" fill="${dark}" opacity="0.5"/>`);
    shapes.push(`<rect x="200" y="200" width="400" height="260" rx="30" fill="${mid}"/><rect x="200" y="200" width="400" height="60" rx="30" fill="${light}"/>`);
    for (let i = 0; i < 6; i++) shapes.push(`<circle cx="${240 + i * 64}" cy="230" r="14" fill="${dark}"/>`);
  } else if (motif === 'pattern') {
    for (let row = 0; row < 6; row++) {
      for (let col = 0; col < 8; col++) {
        const x = 50 + col * 100, y = 50 + row * 100;
        shapes.push(`<path d="M${x} ${y - 35} L${x + 35} ${y} L${x} ${y + 35} L${x - 35} ${y} Z" fill="${(row + col) % 2 ? mid : dark}" opacity="0.8"/>`);
      }
    }
  } else {
    shapes.push(`<rect x="140" y="380" width="520" height="40" rx="12" fill="${dark}"/>`);
    for (let i = 0; i < 4; i++) shapes.push(`<rect x="${180 + i * 120}" y="${160 + rand(i) * 80}" width="60" height="${220 - rand(i) * 80}" rx="10" fill="${i % 2 ? mid : dark}"/>`);
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs><rect width="800" height="600" fill="url(#g)"/>${shapes.join('')}</svg>`;
  const base = sharp(Buffer.from(svg));
  const display = await base.clone().webp({ quality: 72 }).toBuffer();
  const thumb = await base.clone().resize(320, 240).webp({ quality: 65 }).toBuffer();
  return { display, thumb, width: 800, height: 600 };
}
