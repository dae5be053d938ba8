// Cloth: nakshi kantha, handloom sarees, gamcha and lungi, and a tailor's work.
import { blur, gloss, lin, pattern, picture, prng, rad, room, shadow, specks, woodTable } from './kit';

const W = 800, H = 600;

/** Running stitches along a path, the heart of a kantha. */
const stitch = (d: string, colour: string, width = 3, dash = '9 6') => `<path d="${d}" stroke="${colour}" stroke-width="${width}" stroke-dasharray="${dash}" fill="none" stroke-linecap="round"/>`;

/** A lotus medallion in running stitch. */
function lotus(cx: number, cy: number, r: number, colours: string[]): string {
  const petals = Array.from({ length: 12 }, (_, i) => `<path d="M0 ${-r * 0.25} C ${r * 0.22} ${-r * 0.45} ${r * 0.18} ${-r * 0.85} 0 ${-r} C ${-r * 0.18} ${-r * 0.85} ${-r * 0.22} ${-r * 0.45} 0 ${-r * 0.25}" transform="rotate(${i * 30})" stroke="${colours[i % colours.length]}" stroke-width="3.5" stroke-dasharray="8 5" fill="${colours[i % colours.length]}" fill-opacity="0.18"/>`).join('');
  const rings = [0.22, 0.15, 0.08].map((k, i) => `<circle r="${r * k}" stroke="${colours[(i + 1) % colours.length]}" stroke-width="3" stroke-dasharray="6 4" fill="${i === 2 ? colours[0] : 'none'}"/>`).join('');
  return `<g transform="translate(${cx} ${cy})">${petals}${rings}<circle r="${r * 1.1}" stroke="${colours[1]}" stroke-width="3" stroke-dasharray="4 6" fill="none"/></g>`;
}

/** A fish, a boat or a paisley, in outline stitch. */
const fish = (x: number, y: number, s: number, c: string, flip = 1) => `<g transform="translate(${x} ${y}) scale(${s * flip} ${s})" stroke="${c}" stroke-width="${3 / s}" stroke-dasharray="${7 / s} ${4 / s}" fill="${c}" fill-opacity="0.15"><path d="M-30 0 C -15 -18 15 -18 25 0 C 15 18 -15 18 -30 0 Z M25 0 L 40 -12 L 40 12 Z"/><circle cx="-18" cy="-3" r="3" fill="${c}" fill-opacity="1"/></g>`;
const boat = (x: number, y: number, s: number, c: string) => `<g transform="translate(${x} ${y}) scale(${s})" stroke="${c}" stroke-width="${3 / s}" stroke-dasharray="${7 / s} ${4 / s}" fill="${c}" fill-opacity="0.15"><path d="M-60 0 Q 0 30 60 0 Q 40 12 0 14 Q -40 12 -60 0 Z M0 -4 L 0 -70 L 40 -10 Z"/></g>`;
const paisley = (x: number, y: number, s: number, a: number, c: string) => `<g transform="translate(${x} ${y}) rotate(${a}) scale(${s})" stroke="${c}" stroke-width="${3 / s}" stroke-dasharray="${6 / s} ${4 / s}" fill="${c}" fill-opacity="0.2"><path d="M0 30 C -30 30 -30 -10 0 -20 C 20 -26 30 -40 22 -52 C 45 -30 40 30 0 30 Z"/><circle cx="2" cy="6" r="8"/></g>`;

/** A kantha laid flat: base cloth, border, corner paisleys, a central motif and rows of stitches. */
function kantha(w: number, h: number, base: string[], threads: string[], centre: 'lotus' | 'haor' | 'village', seed: number): string {
  const random = prng(seed);
  const rows = Array.from({ length: Math.floor(h / 22) }, (_, i) => stitch(`M 30 ${24 + i * 22} H ${w - 30}`, base[2] ?? '#ffffff', 1.5, `${4 + random() * 3} 5`)).join('');
  const border = [12, 24].map((d, i) => `<rect x="${d}" y="${d}" width="${w - d * 2}" height="${h - d * 2}" fill="none" stroke="${threads[i]}" stroke-width="3.5" stroke-dasharray="10 6"/>`).join('');
  const zig = stitch(`M 36 36 ${Array.from({ length: Math.floor((w - 72) / 24) }, (_, i) => `L ${48 + i * 24} ${i % 2 ? 36 : 48}`).join(' ')}`, threads[2] ?? threads[0]!, 3, '7 4') +
    stitch(`M 36 ${h - 36} ${Array.from({ length: Math.floor((w - 72) / 24) }, (_, i) => `L ${48 + i * 24} ${h - (i % 2 ? 36 : 48)}`).join(' ')}`, threads[2] ?? threads[0]!, 3, '7 4');
  const corners = [[70, 80, 30], [w - 70, 80, 120], [70, h - 80, -60], [w - 70, h - 80, 210]].map(([x, y, a]) => paisley(x!, y!, 1.1, a!, threads[(x! + y!) % threads.length]!)).join('');
  const middle = centre === 'lotus' ? lotus(w / 2, h / 2, Math.min(w, h) * 0.3, threads)
    : centre === 'haor' ? boat(w / 2, h / 2 + 10, 1.6, threads[0]!) + fish(w * 0.25, h * 0.55, 1.1, threads[1]!) + fish(w * 0.75, h * 0.45, 1.1, threads[2] ?? threads[0]!, -1) + stitch(`M ${w * 0.15} ${h * 0.68} q 40 -14 80 0 t 80 0 t 80 0 t 80 0 t 80 0`, threads[1]!, 3)
      : stitch(`M ${w * 0.2} ${h * 0.7} L ${w * 0.8} ${h * 0.7}`, threads[1]!, 3) + `<g stroke="${threads[0]}" stroke-width="3" stroke-dasharray="7 4" fill="${threads[0]}" fill-opacity="0.15"><path d="M${w * 0.3} ${h * 0.7} v -60 h 90 v 60 M${w * 0.28} ${h * 0.58} l 55 -40 l 55 40"/></g>` + fish(w * 0.65, h * 0.6, 1, threads[1]!) + `<g stroke="${threads[2] ?? threads[1]}" stroke-width="3" stroke-dasharray="7 4" fill="none"><circle cx="${w * 0.72}" cy="${h * 0.3}" r="26"/><path d="M${w * 0.15} ${h * 0.7} q 10 -70 30 -90 M${w * 0.15 + 30} ${h * 0.7 - 90} q -30 -10 -50 0 M${w * 0.15 + 30} ${h * 0.7 - 90} q 20 -20 50 -10"/></g>`;
  return `<rect width="${w}" height="${h}" fill="${lin([base[0]!, base[1]!], 0, 0, 1, 1)}"/>` + rows + border + zig + corners + middle;
}

/** A kantha spread on a bed in perspective, with its folded end hanging. */
function kanthaScene(base: string[], threads: string[], centre: 'lotus' | 'haor' | 'village', seed: number, single = false): string {
  const w = single ? 480 : 600, h = single ? 380 : 440;
  return room(W, H, 360, ['#e6eef0', '#cdd9dd'], ['#9b7a55', '#6e5234']) +
    `<rect x="60" y="150" width="680" height="220" rx="10" fill="${lin(['#7a4a22', '#4e2c10'])}"/>` + shadow(400, 560, 360, 30, 0.5) +
    `<g transform="translate(${400 - w / 2 - 40} 190) matrix(1 0 -0.08 0.78 0 0)">${kantha(w, h, base, threads, centre, seed)}</g>` +
    `<rect x="${400 - w / 2 - 75}" y="${190 + h * 0.78}" width="${w + 10}" height="50" fill="${lin([base[1]!, base[1]!])}"/><rect x="${400 - w / 2 - 75}" y="${190 + h * 0.78}" width="${w + 10}" height="50" fill="${lin(['#000@0.25', '#000@0'])}"/>` +
    stitch(`M ${400 - w / 2 - 60} ${190 + h * 0.78 + 25} H ${400 + w / 2 - 80}`, threads[0]!, 3.5, '10 6');
}

export const kanthaDouble = () => picture(W, H, () => kanthaScene(['#fbf6ea', '#efe6d2', '#d8cdb4'], ['#c0392b', '#1f618d', '#1e8449', '#d4ac0d'], 'lotus', 1));
export const kanthaSingle = () => picture(W, H, () => kanthaScene(['#fde2e4', '#f6c8cd', '#e8a9b2'], ['#7d3c98', '#117864', '#c0392b'], 'village', 2, true));
export const kanthaHaor = () => picture(W, H, () => kanthaScene(['#d6eaf8', '#aed6f1', '#85c1e9'], ['#154360', '#b03a2e', '#196f3d'], 'haor', 3));

/** Two cushion covers with stitched flowers. */
export const cushionCovers = () => picture(W, H, () => {
  const cushion = (x: number, y: number, a: number, base: string[], threads: string[]) => `<g transform="translate(${x} ${y}) rotate(${a})">` + shadow(0, 150, 170, 24, 0.5) +
    `<path d="M-170 -140 Q 0 -120 170 -140 Q 150 0 170 140 Q 0 120 -170 140 Q -150 0 -170 -140 Z" fill="${lin(base, 0, 0, 1, 1)}"/>` +
    `<path d="M-170 -140 Q 0 -120 170 -140 Q 150 0 170 140 Q 0 120 -170 140 Q -150 0 -170 -140 Z" fill="${rad(['#fff@0.25', '#000@0.2'], 0.45, 0.4, 0.7)}"/>` +
    stitch('M -140 -112 Q 0 -96 140 -112 Q 124 0 140 112 Q 0 96 -140 112 Q -124 0 -140 -112 Z', threads[0]!, 3.5) + lotus(0, 0, 80, threads) + `</g>`;
  return room(W, H, 380, ['#f4ece1', '#e7d8c3'], ['#8f6e4c', '#5e4630']) + `<rect x="40" y="300" width="720" height="200" rx="30" fill="${lin(['#556b2f', '#3b4a20'])}"/>` +
    cushion(270, 300, -8, ['#f5b041', '#dc7633'], ['#7b241c', '#1a5276', '#fdfefe']) + cushion(540, 310, 7, ['#48c9b0', '#138d75'], ['#fdfefe', '#922b21', '#f4d03f']);
});

/** A stitched village scene hung on a wall. */
export const wallMat = () => picture(W, H, () =>
  room(W, H, 520, ['#f1e4d3', '#e2cdb2'], ['#8f6e4c', '#5e4630']) + shadow(400, 480, 300, 20, 0.35) +
  `<rect x="120" y="70" width="560" height="400" fill="#5e3a1c"/><g transform="translate(130 80)">${kantha(540, 380, ['#1b2631', '#2c3e50', '#5d6d7e'], ['#f4d03f', '#e74c3c', '#48c9b0', '#fdfefe'], 'village', 4)}</g>` +
  `<rect x="100" y="56" width="600" height="16" rx="8" fill="${lin(['#c19a6b', '#7a5230'])}"/><path d="M200 56 L 400 10 L 600 56" stroke="#5e3a1c" stroke-width="3" fill="none"/><circle cx="400" cy="10" r="6" fill="#333"/>` +
  [170, 260, 350, 440, 530, 620].map((x) => `<path d="M${x} 470 v 30" stroke="#c0392b" stroke-width="5"/><circle cx="${x}" cy="504" r="7" fill="#f4d03f"/>`).join(''));

/** A kantha being stitched in an embroidery hoop, needle and thread. */
export const kanthaInHoop = () => picture(W, H, () =>
  woodTable(W, H, 120, ['#9c7249', '#6a4a2a'], ['#f7efe4', '#ead9c2']) +
  `<g transform="translate(70 170) rotate(-4)">${kantha(560, 360, ['#fdf2e9', '#f6ddcc', '#e0b9a0'], ['#1f618d', '#c0392b', '#1e8449'], 'lotus', 5)}</g>` +
  `<circle cx="360" cy="350" r="150" fill="none" stroke="${lin(['#e3b778', '#a9743c'])}" stroke-width="18"/><circle cx="360" cy="350" r="160" fill="none" stroke="#7a5230" stroke-width="3" opacity="0.6"/><rect x="350" y="180" width="20" height="26" rx="4" fill="#8a6236"/>` +
  // Spools of thread and a needle.
  [[620, 220, '#c0392b'], [690, 270, '#1f618d'], [640, 320, '#f1c40f']].map(([x, y, c]) => shadow(x as number, (y as number) + 36, 34, 8) + `<rect x="${(x as number) - 30}" y="${(y as number) - 34}" width="60" height="68" rx="6" fill="#d2b48c"/><rect x="${(x as number) - 24}" y="${(y as number) - 26}" width="48" height="52" fill="${c}"/>` + `<rect x="${(x as number) - 24}" y="${(y as number) - 26}" width="48" height="52" fill="${lin(['#fff@0.3', '#000@0.2'], 0, 0, 1, 0)}"/>`).join('') +
  `<path d="M470 260 L 590 180" stroke="#bfc5cc" stroke-width="4" stroke-linecap="round"/><path d="M470 260 C 440 300 420 330 380 360" stroke="#c0392b" stroke-width="3" fill="none"/>`);

/** A stack of folded cloth with a border (par), seen from the front. */
function foldedStack(items: { body: string[]; border: string; zari?: boolean; motif?: string; check?: string[] }[], seed: number): string {
  const random = prng(seed);
  return items.map((it, i) => {
    const y = 440 - i * 78, x = 170 + random() * 20, w = 460, h = 80;
    const fill = it.check
      ? pattern(40, 40, `<rect width="40" height="40" fill="${it.check[0]}"/><rect width="40" height="12" fill="${it.check[1]}" opacity="0.85"/><rect width="12" height="40" fill="${it.check[1]}" opacity="0.85"/><rect x="20" width="4" height="40" fill="${it.check[2]}"/><rect y="20" width="40" height="4" fill="${it.check[2]}"/>`)
      : lin(it.body, 0, 0, 1, 0);
    return shadow(400, y + h - 4, 250, 12, 0.4) +
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${fill}"/>` +
      (it.motif ? `<g fill="${it.motif}" opacity="0.75">${Array.from({ length: 9 }, (_, k) => `<circle cx="${x + 40 + k * 48}" cy="${y + 30}" r="6"/><circle cx="${x + 64 + k * 48}" cy="${y + 46}" r="4"/>`).join('')}</g>` : '') +
      `<rect x="${x}" y="${y + h - 24}" width="${w}" height="18" fill="${it.border}"/>` +
      (it.zari ? `<rect x="${x}" y="${y + h - 24}" width="${w}" height="18" fill="${lin(['#fff7c2', '#d4a017', '#fff3a8', '#b8860b'], 0, 0, 1, 0)}" opacity="0.9"/><path d="M${x} ${y + h - 15} h ${w}" stroke="#8a5a00" stroke-width="2" stroke-dasharray="6 6"/>` : '') +
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="18" fill="${lin(['#fff@0.35', '#fff@0', '#000@0.3'])}"/>` +
      gloss(x + w * 0.4, y + 16, w * 0.5, 8, it.zari ? 0.6 : 0.3);
  }).join('');
}

export const cottonSaree = () => picture(W, H, () => room(W, H, 520, ['#fdf6e3', '#f3e3c3'], ['#b08a5e', '#7a5a38']) +
  foldedStack([{ body: ['#1abc9c', '#117a65'], border: '#c0392b', motif: '#fdfefe' }, { body: ['#f7dc6f', '#d4ac0d'], border: '#1f618d', motif: '#922b21' }, { body: ['#ec7063', '#b03a2e'], border: '#145a32', motif: '#f9e79f' }, { body: ['#5dade2', '#2471a3'], border: '#f1c40f', motif: '#fdfefe' }], 10));

export const halfSilkSaree = () => picture(W, H, () => room(W, H, 520, ['#f9ebea', '#f2d7d5'], ['#7b4a3a', '#4a2a20']) +
  foldedStack([{ body: ['#b03a2e', '#78281f'], border: '#d4a017', zari: true, motif: '#f4d03f' }, { body: ['#6c3483', '#4a235a'], border: '#d4a017', zari: true, motif: '#f9e79f' }, { body: ['#117a65', '#0b5345'], border: '#d4a017', zari: true, motif: '#f4d03f' }], 11) +
  gloss(560, 200, 120, 30, 0.4, -20));

export const gamcha = () => picture(W, H, () => room(W, H, 520, ['#eef6ef', '#d7e9d9'], ['#a0805a', '#6e5234']) +
  foldedStack([{ body: [], border: '#922b21', check: ['#c0392b', '#fdfefe', '#1e8449'] }, { body: [], border: '#1a5276', check: ['#2e86c1', '#fdfefe', '#f1c40f'] }, { body: [], border: '#145a32', check: ['#27ae60', '#fdfefe', '#c0392b'] }], 12));

export const lungi = () => picture(W, H, () => room(W, H, 520, ['#eef2f7', '#d6dfea'], ['#a0805a', '#6e5234']) +
  foldedStack([{ body: [], border: '#1b2631', check: ['#1f3a93', '#5dade2', '#fdfefe'] }, { body: [], border: '#4a235a', check: ['#117864', '#48c9b0', '#1b2631'] }, { body: [], border: '#641e16', check: ['#7b241c', '#cd6155', '#fdfefe'] }, { body: [], border: '#1b2631', check: ['#34495e', '#85929e', '#f4d03f'] }], 13));

/** A kameez on a hanger; with `dupatta`, the stitched three-piece. */
function kameez(x: number, y: number, body: string[], trim: string, embroidery: string, dupatta?: string): string {
  const random = prng(Math.round(x));
  const flowers = Array.from({ length: 14 }, () => { const fx = x - 60 + random() * 120, fy = y + 120 + random() * 220; return `<g transform="translate(${fx.toFixed(0)} ${fy.toFixed(0)})" fill="${embroidery}">${[0, 72, 144, 216, 288].map((a) => `<ellipse cx="0" cy="-6" rx="3.5" ry="6" transform="rotate(${a})"/>`).join('')}<circle r="2.5" fill="${trim}"/></g>`; }).join('');
  return `<path d="M${x} ${y - 40} q 0 -20 14 -20 q 14 0 14 14" stroke="#555" stroke-width="5" fill="none"/><path d="M${x - 120} ${y + 20} L ${x} ${y - 30} L ${x + 120} ${y + 20}" stroke="${lin(['#c19a6b', '#7a5230'])}" stroke-width="12" stroke-linecap="round" fill="none"/>` +
    shadow(x, y + 420, 120, 12, 0.25) +
    `<path d="M${x - 40} ${y - 10} Q ${x} ${y + 30} ${x + 40} ${y - 10} L ${x + 110} ${y + 20} L ${x + 160} ${y + 160} L ${x + 110} ${y + 180} L ${x + 90} ${y + 110} L ${x + 100} ${y + 420} L ${x - 100} ${y + 420} L ${x - 90} ${y + 110} L ${x - 110} ${y + 180} L ${x - 160} ${y + 160} L ${x - 110} ${y + 20} Z" fill="${lin(body, 0, 0, 1, 0.2)}"/>` +
    `<path d="M${x - 40} ${y - 10} Q ${x} ${y + 30} ${x + 40} ${y - 10} Q ${x} ${y + 70} ${x - 40} ${y - 10} Z" fill="${trim}"/>` + stitch(`M ${x - 98} ${y + 400} H ${x + 98}`, trim, 8, '14 6') +
    `<path d="M${x - 40} ${y - 10} Q ${x} ${y + 70} ${x + 40} ${y - 10}" stroke="${embroidery}" stroke-width="4" stroke-dasharray="6 4" fill="none"/>` + flowers +
    `<path d="M${x - 110} ${y + 20} L ${x - 90} ${y + 110} M ${x + 110} ${y + 20} L ${x + 90} ${y + 110}" stroke="#000" stroke-opacity="0.15" stroke-width="4"/>` +
    (dupatta ? `<path d="M${x + 60} ${y + 20} C ${x + 230} ${y + 80} ${x + 210} ${y + 300} ${x + 250} ${y + 430} L ${x + 190} ${y + 440} C ${x + 160} ${y + 320} ${x + 170} ${y + 120} ${x + 40} ${y + 40} Z" fill="${dupatta}" opacity="0.85"/>` + stitch(`M ${x + 190} ${y + 430} L ${x + 250} ${y + 422}`, embroidery, 5, '8 5') : '');
}

export const threePiece = () => picture(W, H, () => room(W, H, 540, ['#fdf2f8', '#f5dbe9'], ['#b89a7a', '#84694c']) +
  `<rect x="100" y="70" width="600" height="14" rx="7" fill="${lin(['#d5d8dc', '#808b96'])}"/>` + kameez(360, 140, ['#f5b7b1', '#e6786c'], '#7b241c', '#fdfefe', '#f9e79f@1'.split('@')[0]));

// ——— The tailor's work ———

/** A treadle sewing machine head on its table, cloth under the needle. */
export const sewingMachine = () => picture(W, H, () =>
  room(W, H, 470, ['#e8f0ee', '#cddcd8'], ['#8d6e4f', '#5e4733']) +
  `<rect x="60" y="380" width="680" height="40" rx="6" fill="${lin(['#a9713f', '#6e4420'])}"/><rect x="100" y="420" width="30" height="170" fill="#2c2c2c"/><rect x="670" y="420" width="30" height="170" fill="#2c2c2c"/>` + shadow(400, 382, 300, 10, 0.4) +
  // Cloth under the needle.
  `<path d="M150 386 L 430 370 L 470 386 L 200 398 Z" fill="#5dade2"/>` + stitch('M 230 388 L 420 378', '#fdfefe', 2.5, '6 4') +
  // The machine body: base, pillar, arm, head, wheel.
  `<rect x="180" y="330" width="440" height="52" rx="10" fill="${lin(['#3a3a3a', '#111'])}"/>` +
  `<path d="M520 335 L 520 170 Q 520 130 480 130 L 250 130 Q 210 130 210 170 L 210 250 L 270 250 L 270 190 L 460 190 L 460 335 Z" fill="${lin(['#2b2b2b', '#0d0d0d', '#2b2b2b'], 0, 0, 1, 0)}"/>` +
  `<path d="M250 130 L 480 130 Q 520 130 520 170" stroke="#555" stroke-width="5" fill="none"/>` +
  gloss(360, 150, 200, 12, 0.35) +
  // Gold decals.
  `<path d="M290 160 q 40 -20 80 0 q 40 20 80 0" stroke="#d4a017" stroke-width="4" fill="none"/><path d="M480 220 q 16 30 0 60 q -16 30 0 60" stroke="#d4a017" stroke-width="4" fill="none"/>` +
  `<text x="365" y="182" font-family="serif" font-size="22" font-style="italic" fill="#d4a017" text-anchor="middle">Haat</text>` +
  `<rect x="222" y="250" width="36" height="50" fill="#444"/><rect x="236" y="296" width="6" height="40" fill="#bfc5cc"/><path d="M239 336 v 14" stroke="#ddd" stroke-width="2"/>` +
  `<circle cx="560" cy="240" r="62" fill="${rad(['#666', '#222'])}"/><circle cx="560" cy="240" r="46" fill="none" stroke="#bfc5cc" stroke-width="6"/><circle cx="560" cy="240" r="12" fill="#bfc5cc"/>` +
  [0, 60, 120].map((a) => `<path d="M560 240 L ${560 + Math.cos((a * Math.PI) / 180) * 46} ${240 + Math.sin((a * Math.PI) / 180) * 46}" stroke="#bfc5cc" stroke-width="5"/>`).join('') +
  // Spool of thread on top.
  `<rect x="420" y="96" width="26" height="34" rx="3" fill="#c0392b"/><path d="M433 96 C 400 60 300 80 260 130" stroke="#c0392b" stroke-width="2" fill="none"/>` +
  // Scissors and tape on the table.
  `<g transform="translate(650 370) rotate(-20)"><circle cx="-18" cy="0" r="10" fill="none" stroke="#c0392b" stroke-width="5"/><circle cx="-18" cy="20" r="10" fill="none" stroke="#c0392b" stroke-width="5"/><path d="M-8 4 L 50 -2 M -8 16 L 50 6" stroke="#bfc5cc" stroke-width="5"/></g>`);

export const kameezWork = () => picture(W, H, () => room(W, H, 540, ['#eaf2f8', '#d4e6f1'], ['#b89a7a', '#84694c']) +
  `<rect x="100" y="70" width="600" height="14" rx="7" fill="${lin(['#d5d8dc', '#808b96'])}"/>` + kameez(260, 140, ['#48c9b0', '#148f77'], '#f4d03f', '#fdfefe') + kameez(560, 150, ['#af7ac5', '#6c3483'], '#f5b041', '#fcf3cf'));

/** A blouse on the cutting table with a measuring tape and chalk. */
export const blouseWork = () => picture(W, H, () =>
  woodTable(W, H, 90, ['#b08a5e', '#7a5a38'], ['#f4f6f7', '#e5e8e8']) +
  `<g transform="translate(400 320)">` + shadow(0, 150, 240, 20, 0.4) +
  `<path d="M-120 -150 Q 0 -60 120 -150 L 240 -90 L 220 0 L 140 -20 L 150 130 Q 0 160 -150 130 L -140 -20 L -220 0 L -240 -90 Z" fill="${lin(['#e74c3c', '#a93226'], 0, 0, 1, 1)}"/>` +
  `<path d="M-120 -150 Q 0 -60 120 -150" stroke="#f4d03f" stroke-width="14" fill="none"/><path d="M-238 -88 L -218 -2 M 238 -88 L 218 -2" stroke="#f4d03f" stroke-width="12"/><path d="M-150 128 Q 0 158 150 128" stroke="#f4d03f" stroke-width="12" fill="none"/>` +
  stitch('M -130 -40 Q 0 -10 130 -40', '#f9e79f', 3) + `<path d="M0 -70 v 200" stroke="#7b241c" stroke-width="3" stroke-dasharray="2 10"/>` +
  [-60, 60].map((x) => `<circle cx="${x}" cy="30" r="6" fill="#f9e79f"/>`).join('') + `</g>` +
  // Measuring tape.
  `<path d="M60 540 C 200 470 300 600 460 520 S 700 470 760 540" stroke="#f4d03f" stroke-width="26" fill="none"/>` +
  `<path d="M60 540 C 200 470 300 600 460 520 S 700 470 760 540" stroke="#333" stroke-width="26" stroke-dasharray="2 14" fill="none" opacity="0.6"/>` +
  // Tailor's chalk.
  `<path d="M640 150 l 60 -10 l 10 30 l -60 12 Z" fill="#5dade2"/>` + `<g opacity="0.2" filter="${blur(2)}">${specks(3, 400, 300, 300, 200, 20, '#000', [1, 2])}</g>`);
