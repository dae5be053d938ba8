// To-let pictures: flats, a tin-shed house, rooms, a shop, an office, a godown, a boat.
import { blur, gloss, lin, outdoors, pattern, picture, prng, room, shadow } from './kit';

const W = 800, H = 600;

const window_ = (x: number, y: number, w: number, h: number, frame = '#f8fafc') => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${frame}"/><rect x="${x + 8}" y="${y + 8}" width="${w - 16}" height="${h - 16}" fill="${lin(['#bae6fd', '#e0f2fe', '#7dd3fc'], 0, 0, 1, 1)}"/><path d="M${x + w / 2} ${y + 8} V ${y + h - 8} M ${x + 8} ${y + h / 2} H ${x + w - 8}" stroke="${frame}" stroke-width="6"/>` + gloss(x + w * 0.3, y + h * 0.3, w * 0.1, h * 0.4, 0.6, 20);

/** A flat's sitting room: sofa, window with grill, rug, fan. */
export const flatLiving = () => picture(W, H, () =>
  room(W, H, 420, ['#fef3c7', '#fde68a'], ['#e7e5e4', '#a8a29e']) +
  `<path d="M0 420 L 800 420 L 800 600 L 0 600 Z" fill="${pattern(100, 100, `<rect width="100" height="100" fill="none" stroke="#d6d3d1" stroke-width="3"/>`, 'skewX(-30) scale(1 0.45)')}"/>` +
  window_(470, 90, 240, 200) + Array.from({ length: 6 }, (_, i) => `<path d="M${490 + i * 40} 98 v 184" stroke="#475569" stroke-width="3"/>`).join('') +
  `<rect x="430" y="80" width="20" height="260" fill="#be123c"/><rect x="730" y="80" width="20" height="260" fill="#be123c"/>` +
  shadow(250, 440, 200, 20, 0.4) + `<rect x="60" y="280" width="380" height="120" rx="20" fill="${lin(['#0f766e', '#134e4a'])}"/><rect x="50" y="350" width="400" height="80" rx="18" fill="${lin(['#14b8a6', '#0f766e'])}"/>` +
  `<rect x="40" y="320" width="50" height="110" rx="16" fill="#0f766e"/><rect x="410" y="320" width="50" height="110" rx="16" fill="#0f766e"/><rect x="130" y="300" width="90" height="60" rx="12" fill="#fbbf24"/><rect x="280" y="300" width="90" height="60" rx="12" fill="#f472b6"/>` +
  `<ellipse cx="420" cy="520" rx="260" ry="50" fill="#b91c1c" opacity="0.85"/><ellipse cx="420" cy="520" rx="210" ry="36" fill="none" stroke="#fde68a" stroke-width="6" stroke-dasharray="12 8"/>` +
  shadow(580, 470, 80, 10) + `<rect x="500" y="400" width="160" height="16" rx="6" fill="#92400e"/><rect x="515" y="416" width="12" height="60" fill="#78350f"/><rect x="633" y="416" width="12" height="60" fill="#78350f"/>` +
  `<rect x="395" y="0" width="10" height="40" fill="#a8a29e"/><ellipse cx="400" cy="44" rx="24" ry="10" fill="#d6d3d1"/><path d="M280 44 H 520" stroke="#e7e5e4" stroke-width="10" stroke-linecap="round"/>`);

/** A flat's bedroom: a wooden khat with a bedsheet, almirah, window. */
export const flatBedroom = () => picture(W, H, () =>
  room(W, H, 400, ['#e0e7ff', '#c7d2fe'], ['#d6d3d1', '#a8a29e']) + window_(90, 80, 200, 180) +
  `<rect x="600" y="70" width="150" height="330" rx="6" fill="${lin(['#9a5b26', '#6b3a14'], 0, 0, 1, 0)}"/><path d="M675 80 V 390" stroke="#4e2a0e" stroke-width="4"/><rect x="660" y="220" width="8" height="30" fill="#facc15"/><rect x="682" y="220" width="8" height="30" fill="#facc15"/>` +
  shadow(360, 540, 300, 24, 0.45) + `<rect x="110" y="250" width="400" height="140" rx="10" fill="${lin(['#92400e', '#5c2d0c'])}"/>` +
  `<path d="M60 400 L 560 400 L 600 500 L 30 500 Z" fill="${lin(['#fdf2f8', '#f9a8d4'])}"/><path d="M30 500 L 600 500 L 600 540 L 30 540 Z" fill="#7c2d12"/>` +
  `<path d="M60 400 L 560 400 L 600 500 L 30 500 Z" fill="${pattern(50, 50, `<circle cx="25" cy="25" r="8" fill="#db2777" opacity="0.5"/>`)}"/>` +
  `<ellipse cx="160" cy="400" rx="80" ry="30" fill="#fff"/><ellipse cx="330" cy="400" rx="80" ry="30" fill="#fff"/>` + gloss(160, 392, 50, 10, 0.8));

/** A tin-shed house with a yard and a tube-well. */
export const tinShedHouse = () => picture(W, H, () =>
  outdoors(W, H, 420, 21, ['#bef264', '#65a30d']) +
  `<path d="M0 600 L 0 470 Q 400 420 800 470 L 800 600 Z" fill="${lin(['#d6b98c', '#b08b5a'])}"/>` + shadow(400, 430, 330, 20, 0.4) +
  `<rect x="120" y="240" width="560" height="190" fill="${lin(['#fef3c7', '#e7d6a8'])}"/><rect x="120" y="380" width="560" height="50" fill="#a8a29e"/>` +
  `<path d="M80 250 L 200 140 L 600 140 L 720 250 Z" fill="${lin(['#cbd5e1', '#64748b'])}"/>` + Array.from({ length: 26 }, (_, i) => `<path d="M${90 + i * 24} 250 L ${200 + i * 15.5} 140" stroke="#475569" stroke-width="3" opacity="0.45"/>`).join('') +
  `<rect x="350" y="290" width="100" height="140" fill="${lin(['#1e40af', '#1e3a8a'])}"/><path d="M400 290 V 430" stroke="#172554" stroke-width="4"/>` + window_(180, 290, 110, 90, '#1e40af') + window_(510, 290, 110, 90, '#1e40af') +
  // Tube-well.
  `<rect x="700" y="420" width="16" height="110" fill="#15803d"/><path d="M708 440 L 760 420" stroke="#15803d" stroke-width="10"/><path d="M716 470 L 740 480" stroke="#15803d" stroke-width="8"/><ellipse cx="720" cy="535" rx="40" ry="10" fill="#94a3b8"/>` +
  // A hen and a banana tree.
  `<ellipse cx="200" cy="520" rx="26" ry="18" fill="#b45309"/><circle cx="180" cy="504" r="10" fill="#b45309"/><path d="M172 496 l 4 -8 l 4 8" fill="#dc2626"/>` +
  `<path d="M60 480 V 330" stroke="#65a30d" stroke-width="14"/>` + [-50, -20, 20, 50].map((a) => `<path d="M60 340 q ${a} -40 ${a * 1.8} -20" stroke="#4d7c0f" stroke-width="18" fill="none" stroke-linecap="round"/>`).join(''));

/** A bachelor room: two cots, a table and a window. */
export const bachelorRoom = () => picture(W, H, () =>
  room(W, H, 380, ['#ecfccb', '#d9f99d'], ['#a8a29e', '#78716c']) + window_(320, 70, 170, 160) +
  [[40, 360], [520, 360]].map(([x, y]) => shadow(x! + 120, y! + 150, 140, 14) + `<rect x="${x}" y="${y}" width="240" height="70" rx="6" fill="${lin(['#e0f2fe', '#7dd3fc'])}"/><rect x="${x}" y="${y! + 66}" width="240" height="20" fill="#78350f"/><rect x="${x! + 6}" y="${y! + 86}" width="12" height="60" fill="#78350f"/><rect x="${x! + 222}" y="${y! + 86}" width="12" height="60" fill="#78350f"/><ellipse cx="${x! + 50}" cy="${y! + 10}" rx="42" ry="18" fill="#fff"/>`).join('') +
  shadow(400, 480, 70, 10) + `<rect x="330" y="330" width="140" height="14" fill="#92400e"/><rect x="340" y="344" width="10" height="130" fill="#78350f"/><rect x="450" y="344" width="10" height="130" fill="#78350f"/>` +
  `<rect x="350" y="290" width="60" height="40" fill="#dc2626"/><rect x="356" y="280" width="60" height="12" fill="#2563eb"/><rect x="430" y="300" width="20" height="30" rx="4" fill="#e5e7eb"/>` +
  `<rect x="395" y="0" width="10" height="34" fill="#a8a29e"/><path d="M300 38 H 500" stroke="#e7e5e4" stroke-width="10" stroke-linecap="round"/>`);

/** A new block of flats, four storeys, with balconies. */
export const flatBuilding = () => picture(W, H, () =>
  outdoors(W, H, 500, 22) + shadow(400, 505, 260, 14, 0.4) +
  `<rect x="180" y="80" width="440" height="425" fill="${lin(['#fef3c7', '#fcd34d'], 0, 0, 1, 0)}"/><rect x="170" y="70" width="460" height="20" fill="#b45309"/>` +
  [0, 1, 2, 3].map((f) => { const y = 110 + f * 95; return window_(210, y, 110, 70, '#fff') + window_(480, y, 110, 70, '#fff') + `<rect x="340" y="${y + 30}" width="120" height="40" fill="#fff" opacity="0.5"/><path d="M340 ${y + 40} H 460" stroke="#475569" stroke-width="4"/>` + Array.from({ length: 7 }, (_, i) => `<path d="M${345 + i * 18} ${y + 40} V ${y + 70}" stroke="#475569" stroke-width="3"/>`).join('') + (f === 1 ? `<rect x="350" y="${y + 6}" width="90" height="26" fill="#ec4899" opacity="0.8"/>` : ''); }).join('') +
  `<rect x="360" y="430" width="80" height="75" fill="#1f2937"/><rect x="250" y="380" width="300" height="40" rx="6" fill="#16a34a"/><text x="400" y="408" font-family="Noto Sans Bengali" font-weight="bold" font-size="24" fill="#fff" text-anchor="middle">টু-লেট</text>`);

/** A market shop with its shutter half up. */
export const shopShutter = () => picture(W, H, () =>
  `<rect width="${W}" height="${H}" fill="${lin(['#e7e5e4', '#a8a29e'])}"/><rect y="500" width="${W}" height="100" fill="${lin(['#78716c', '#57534e'])}"/>` +
  `<rect x="60" y="60" width="680" height="80" fill="#1d4ed8"/><text x="400" y="116" font-family="Noto Sans Bengali" font-weight="bold" font-size="44" fill="#fff" text-anchor="middle">দোকান ভাড়া হবে</text>` +
  [0, 1].map((i) => { const x = 90 + i * 330; return `<rect x="${x}" y="160" width="290" height="340" fill="#44403c"/><rect x="${x + 10}" y="300" width="270" height="200" fill="${lin(['#57534e', '#1c1917'])}"/>` + `<rect x="${x}" y="160" width="290" height="${i ? 140 : 300}" fill="${pattern(10, 16, `<rect width="10" height="16" fill="#d6d3d1"/><rect y="12" width="10" height="4" fill="#a8a29e"/>`)}"/><rect x="${x + 120}" y="${i ? 290 : 450}" width="50" height="12" rx="4" fill="#57534e"/>`; }).join('') +
  `<rect x="440" y="360" width="120" height="120" rx="6" fill="#fff" opacity="0.0"/>` + shadow(400, 505, 360, 10, 0.3));

/** An office floor: desks, chairs, a window with blinds. */
export const officeRoom = () => picture(W, H, () =>
  room(W, H, 400, ['#f1f5f9', '#cbd5e1'], ['#94a3b8', '#64748b']) +
  `<rect x="80" y="60" width="640" height="220" fill="${lin(['#bae6fd', '#e0f2fe'])}"/>` + Array.from({ length: 14 }, (_, i) => `<rect x="80" y="${60 + i * 16}" width="640" height="8" fill="#f8fafc" opacity="0.85"/>`).join('') + `<rect x="80" y="60" width="640" height="220" fill="none" stroke="#f8fafc" stroke-width="10"/>` +
  [[120, 360], [440, 360]].map(([x, y]) => shadow(x! + 120, y! + 140, 150, 12) + `<rect x="${x}" y="${y}" width="240" height="24" fill="${lin(['#d97706', '#92400e'])}"/><rect x="${x! + 10}" y="${y! + 24}" width="16" height="110" fill="#78350f"/><rect x="${x! + 214}" y="${y! + 24}" width="16" height="110" fill="#78350f"/>` +
    `<rect x="${x! + 80}" y="${y! + 40}" width="80" height="80" rx="14" fill="#111827"/><rect x="${x! + 90}" y="${y! + 120}" width="60" height="40" fill="#374151"/>`).join('') +
  `<rect x="680" y="300" width="60" height="140" rx="6" fill="#475569"/><circle cx="710" cy="330" r="10" fill="#94a3b8"/>`);

/** A dry godown: high roof, sacks stacked, truck door. */
export const godown = () => picture(W, H, () =>
  outdoors(W, H, 470, 23) + shadow(420, 480, 380, 16, 0.4) +
  `<rect x="60" y="190" width="680" height="290" fill="${lin(['#e2e8f0', '#94a3b8'])}"/><path d="M40 200 L 400 80 L 760 200 Z" fill="${lin(['#94a3b8', '#475569'])}"/>` + Array.from({ length: 30 }, (_, i) => `<path d="M${60 + i * 23} 200 L ${60 + i * 23} ${200 - Math.min(i * 23, 680 - i * 23) * 0.33}" stroke="#334155" stroke-width="2" opacity="0.3"/>`).join('') +
  `<rect x="260" y="270" width="280" height="210" fill="#1e293b"/>` + Array.from({ length: 9 }, (_, i) => { const x = 300 + (i % 3) * 75, y = 440 - Math.floor(i / 3) * 55; return `<ellipse cx="${x}" cy="${y}" rx="40" ry="26" fill="${lin(['#f5f5f4', '#d6d3d1'])}"/><path d="M${x - 24} ${y - 4} h 48" stroke="#16a34a" stroke-width="6"/>`; }).join('') +
  `<rect x="260" y="270" width="280" height="40" fill="${pattern(10, 16, `<rect width="10" height="16" fill="#cbd5e1"/><rect y="12" width="10" height="4" fill="#94a3b8"/>`)}"/>` +
  `<rect x="100" y="240" width="100" height="60" fill="#f8fafc"/><text x="150" y="280" font-family="Noto Sans Bengali" font-weight="bold" font-size="26" fill="#b91c1c" text-anchor="middle">গুদাম</text>`);

/** An engine boat on the haor, with a boatman. */
export const haorBoat = () => picture(W, H, () => {
  const random = prng(24);
  const ripples = Array.from({ length: 24 }, () => `<path d="M${(random() * 800).toFixed(0)} ${(320 + random() * 280).toFixed(0)} q 20 -6 40 0" stroke="#fff" stroke-width="3" fill="none" opacity="0.5"/>`).join('');
  return `<rect width="${W}" height="320" fill="${lin(['#7dd3fc', '#e0f2fe'])}"/><path d="M0 300 Q 200 270 400 300 T 800 290 L 800 320 L 0 320 Z" fill="#4d7c0f"/>` +
    `<rect y="310" width="${W}" height="290" fill="${lin(['#38bdf8', '#0369a1'])}"/>` + ripples +
    `<ellipse cx="400" cy="470" rx="330" ry="20" fill="#0c4a6e" opacity="0.5" filter="${blur(6)}"/>` +
    `<path d="M80 380 Q 400 520 720 380 L 690 440 Q 400 520 110 440 Z" fill="${lin(['#92400e', '#451a03'])}"/><path d="M80 380 Q 400 470 720 380" stroke="#fbbf24" stroke-width="8" fill="none"/>` +
    `<path d="M220 400 Q 220 300 400 290 Q 580 300 580 400 Z" fill="${lin(['#b45309', '#78350f'])}"/>` + Array.from({ length: 8 }, (_, i) => `<path d="M${240 + i * 44} 398 Q ${250 + i * 42} 330 ${260 + i * 40} 300" stroke="#451a03" stroke-width="3" opacity="0.5" fill="none"/>`).join('') +
    `<rect x="640" y="300" width="14" height="90" fill="#1f2937"/><circle cx="650" cy="290" r="16" fill="#1f2937"/>` +
    // Boatman.
    `<circle cx="150" cy="300" r="18" fill="#7c2d12"/><path d="M135 320 L 165 320 L 170 390 L 130 390 Z" fill="#f8fafc"/><path d="M130 330 L 60 440" stroke="#78350f" stroke-width="8"/>` +
    `<path d="M500 330 l 8 -26 l 8 26" fill="#dc2626"/>`;
});
