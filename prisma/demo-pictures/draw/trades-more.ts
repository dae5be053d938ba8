// Second pictures for trades, so two neighbours in a list do not show the same one.
import { blur, gloss, lin, outdoors, pattern, picture, prng, rad, room, shadow, specks, woodTable } from './kit';
import { wheel } from './trades-other';

const W = 800, H = 600;
const bn = (x: number, y: number, size: number, fill: string, text: string) => `<text x="${x}" y="${y}" font-family="Noto Sans Bengali" font-weight="bold" font-size="${size}" fill="${fill}" text-anchor="middle">${text}</text>`;

/** Paint tins, opened, with a brush across one. */
export const paintCans = () => picture(W, H, () => {
  const can = (x: number, y: number, r: number, colour: string, label: string) => shadow(x, y + r * 1.5, r * 1.1, 14) +
    `<rect x="${x - r}" y="${y}" width="${r * 2}" height="${r * 1.5}" fill="${lin(['#e5e7eb', '#9ca3af', '#f3f4f6', '#6b7280'], 0, 0, 1, 0)}"/><rect x="${x - r}" y="${y + r * 0.4}" width="${r * 2}" height="${r * 0.7}" fill="${colour}"/>` + bn(x, y + r * 0.88, r * 0.32, '#fff', label) +
    `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.3}" fill="#9ca3af"/><ellipse cx="${x}" cy="${y}" rx="${r * 0.9}" ry="${r * 0.25}" fill="${colour}"/>` + gloss(x - r * 0.3, y - r * 0.05, r * 0.4, r * 0.06, 0.6);
  return woodTable(W, H, 260, ['#a8a29e', '#78716c'], ['#fde68a', '#fbbf24']) +
    `<path d="M0 260 L 800 260" stroke="#fff" stroke-width="6" opacity="0.5"/>` + specks(3, 400, 450, 380, 120, 40, '#f97316', [2, 6], 0.35) +
    can(200, 330, 100, '#2563eb', 'নীল') + can(430, 360, 95, '#dc2626', 'লাল') + can(640, 320, 85, '#16a34a', 'সবুজ') +
    `<g transform="translate(470 345) rotate(-18)"><rect x="-150" y="-10" width="170" height="22" rx="10" fill="#b45309"/><rect x="20" y="-16" width="30" height="34" fill="#9ca3af"/><path d="M50 -18 L 110 -22 L 110 26 L 50 22 Z" fill="#dc2626"/></g>`;
});

/** A television on the repair bench, back open, with a soldering iron. */
export const tvRepair = () => picture(W, H, () =>
  room(W, H, 420, ['#e0e7ff', '#a5b4fc'], ['#78350f', '#451a03']) + `<rect y="400" width="${W}" height="40" fill="${lin(['#92400e', '#78350f'])}"/>` +
  shadow(360, 405, 250, 14) + `<rect x="110" y="90" width="500" height="310" rx="14" fill="#111827"/><rect x="128" y="108" width="464" height="262" rx="6" fill="${lin(['#1e293b', '#334155'], 0, 0, 1, 1)}"/>` +
  `<g opacity="0.85">${Array.from({ length: 7 }, (_, i) => `<rect x="${128 + i * 66}" y="108" width="66" height="262" fill="${['#f8fafc', '#facc15', '#22d3ee', '#22c55e', '#d946ef', '#ef4444', '#2563eb'][i]}"/>`).join('')}</g>` +
  gloss(250, 160, 120, 30, 0.25, -10) + `<rect x="330" y="400" width="60" height="20" fill="#111827"/>` +
  // Circuit board and iron.
  `<rect x="560" y="420" width="200" height="120" rx="6" fill="#065f46"/>` + Array.from({ length: 6 }, (_, i) => `<rect x="${580 + (i % 3) * 60}" y="${440 + Math.floor(i / 3) * 50}" width="30" height="20" rx="3" fill="#111827"/>`).join('') +
  `<path d="M590 430 h 140 M 590 490 h 140" stroke="#fbbf24" stroke-width="2"/>` +
  `<g transform="translate(300 500) rotate(-10)"><rect x="-120" y="-14" width="140" height="28" rx="12" fill="#1d4ed8"/><rect x="20" y="-6" width="90" height="12" fill="#9ca3af"/><path d="M110 -4 L 140 0 L 110 4 Z" fill="#6b7280"/></g>` +
  `<g opacity="0.5" filter="${blur(5)}"><path d="M440 480 c -10 -30 10 -40 0 -70" stroke="#fff" stroke-width="6" fill="none"/></g>`);

/** Scissors, comb, razor and brush laid out on a towel. */
export const barberTools = () => picture(W, H, () =>
  woodTable(W, H, 0, ['#134e4a', '#042f2e'], ['#fff', '#fff']) +
  shadow(400, 320, 320, 200, 0.35) + `<rect x="90" y="90" width="620" height="420" rx="14" fill="${lin(['#f8fafc', '#e2e8f0'])}"/>` + `<rect x="90" y="90" width="620" height="420" rx="14" fill="${pattern(16, 16, `<path d="M0 8 H 16" stroke="#cbd5e1" stroke-width="2"/>`)}"/>` + `<rect x="90" y="460" width="620" height="26" fill="#0f766e"/>` +
  // Scissors.
  `<g transform="translate(260 250) rotate(-30)"><circle cx="-80" cy="-22" r="30" fill="none" stroke="#1f2937" stroke-width="14"/><circle cx="-80" cy="34" r="30" fill="none" stroke="#1f2937" stroke-width="14"/><path d="M-54 -10 L 150 14 L -40 22 Z" fill="${lin(['#f3f4f6', '#6b7280'])}"/><path d="M-54 22 L 150 6 L -40 -4 Z" fill="${lin(['#e5e7eb', '#4b5563'])}"/><circle cx="-30" cy="8" r="7" fill="#374151"/></g>` +
  // Comb.
  `<g transform="translate(520 200) rotate(10)"><rect x="-120" y="-16" width="240" height="30" rx="6" fill="#111827"/>${Array.from({ length: 36 }, (_, i) => `<rect x="${-116 + i * 6.6}" y="12" width="3.4" height="${i < 14 ? 40 : 30}" fill="#111827"/>`).join('')}</g>` +
  // Razor and shaving brush.
  `<g transform="translate(520 380) rotate(-12)"><rect x="-130" y="-12" width="150" height="24" rx="10" fill="${lin(['#fbbf24', '#b45309'])}"/><path d="M20 -14 L 130 -8 L 130 8 L 20 14 Z" fill="${lin(['#f9fafb', '#9ca3af'])}"/></g>` +
  `<g transform="translate(210 400)"><rect x="-26" y="0" width="52" height="70" rx="10" fill="#7c2d12"/><path d="M-40 0 Q -50 -70 0 -80 Q 50 -70 40 0 Z" fill="${rad(['#fafaf9', '#d6d3d1', '#a8a29e'])}"/></g>`);

/** A makeup kit: palette, lipsticks, brushes, a small mirror and a tikli. */
export const makeup = () => picture(W, H, () =>
  `<rect width="${W}" height="${H}" fill="${lin(['#fdf2f8', '#fbcfe8'])}"/>` + specks(5, 400, 300, 400, 300, 50, '#f9a8d4', [3, 8], 0.4) +
  shadow(330, 420, 240, 24, 0.4) + `<rect x="100" y="230" width="460" height="200" rx="18" fill="#1f2937"/>` +
  Array.from({ length: 12 }, (_, i) => `<circle cx="${150 + (i % 6) * 72}" cy="${290 + Math.floor(i / 6) * 80}" r="28" fill="${['#fbcfe8', '#f472b6', '#be185d', '#fde68a', '#d97706', '#92400e', '#e9d5ff', '#a855f7', '#6b21a8', '#fecaca', '#ef4444', '#7f1d1d'][i]}"/>`).join('') + gloss(200, 260, 160, 10, 0.3) +
  // Lipsticks.
  [[620, '#be123c'], [680, '#db2777'], [740, '#9f1239']].map(([x, c]) => shadow(x as number, 450, 28, 6) + `<rect x="${(x as number) - 20}" y="330" width="40" height="120" rx="6" fill="${lin(['#fde68a', '#b45309'], 0, 0, 1, 0)}"/><path d="M${(x as number) - 14} 330 L ${(x as number) - 14} 280 L ${(x as number) + 14} 262 L ${(x as number) + 14} 330 Z" fill="${c}"/>`).join('') +
  // Brushes.
  [0, 1, 2].map((i) => `<g transform="translate(${160 + i * 90} 500) rotate(${-70 + i * 10})"><rect x="-8" y="0" width="16" height="160" rx="6" fill="#111827"/><rect x="-9" y="-20" width="18" height="22" fill="#d1d5db"/><path d="M-12 -20 Q 0 -80 12 -20 Z" fill="${['#fbcfe8', '#a16207', '#1f2937'][i]}"/></g>`).join('') +
  // Mirror and tikli.
  `<circle cx="640" cy="140" r="80" fill="#d4a017"/><circle cx="640" cy="140" r="66" fill="${lin(['#e0f2fe', '#bae6fd', '#f0f9ff'], 0, 0, 1, 1)}"/>` + gloss(615, 115, 20, 40, 0.6, 30) +
  `<path d="M200 150 q 60 40 120 0" stroke="#facc15" stroke-width="4" fill="none"/><circle cx="260" cy="178" r="16" fill="#dc2626" stroke="#facc15" stroke-width="5"/>`);

/** Sandals being mended on the cobbler's last. */
export const sandals = () => picture(W, H, () =>
  outdoors(W, H, 260, 31, ['#d6d3d1', '#a8a29e']) + `<rect y="300" width="${W}" height="300" fill="${lin(['#1e3a8a', '#172554'])}"/>` + `<rect y="300" width="${W}" height="300" fill="${pattern(40, 40, `<path d="M0 0 L 40 40 M 40 0 L 0 40" stroke="#3b82f6" stroke-width="2" opacity="0.3"/>`)}"/>` +
  [[250, 420, -10, '#92400e'], [520, 430, 12, '#7c2d12']].map(([x, y, a, c]) => `<g transform="translate(${x} ${y}) rotate(${a})">` + shadow(0, 20, 170, 20, 0.5) +
    `<path d="M-170 0 C -170 -50 -100 -70 0 -66 C 100 -62 170 -40 170 0 C 170 40 100 60 0 62 C -100 64 -170 50 -170 0 Z" fill="#111827"/><path d="M-160 -6 C -160 -46 -100 -60 0 -56 C 100 -52 160 -36 160 -4 C 160 30 100 48 0 50 C -100 52 -160 40 -160 -6 Z" fill="${c}"/>` +
    `<path d="M-40 -58 Q 0 0 -40 50 M 40 -56 Q 10 0 40 48" stroke="${c}" stroke-width="26" fill="none" stroke-linecap="round"/><path d="M-40 -58 Q 0 0 -40 50" stroke="#000" stroke-opacity="0.3" stroke-width="4" fill="none"/>` +
    `<path d="M-150 -4 C -150 -38 -100 -50 0 -46 C 100 -44 150 -30 150 -4" stroke="#fbbf24" stroke-width="3" stroke-dasharray="8 6" fill="none"/></g>`).join('') +
  // Awl and thread.
  `<g transform="translate(670 540) rotate(-30)"><rect x="-60" y="-14" width="70" height="28" rx="12" fill="#a16207"/><path d="M10 -3 L 110 0 L 10 3 Z" fill="#d1d5db"/></g><circle cx="110" cy="540" r="30" fill="#f8fafc"/><circle cx="110" cy="540" r="10" fill="#a8a29e"/>`);

/** The easy-bike stand at dusk, lamps on. */
export const easyBikeNight = () => picture(W, H, () => {
  const random = prng(41);
  return `<rect width="${W}" height="${H}" fill="${lin(['#1e1b4b', '#7c3aed', '#fb923c'])}"/>` + Array.from({ length: 30 }, () => `<circle cx="${(random() * 800).toFixed(0)}" cy="${(random() * 160).toFixed(0)}" r="1.6" fill="#fff"/>`).join('') +
    `<path d="M0 330 L 120 250 L 200 280 L 330 220 L 460 280 L 600 230 L 800 300 L 800 360 L 0 360 Z" fill="#312e81" opacity="0.7"/>` +
    `<rect y="360" width="${W}" height="240" fill="${lin(['#44403c', '#1c1917'])}"/>` +
    [[200, 1], [560, 0.8]].map(([x, s]) => `<g transform="translate(${x} 470) scale(${s})">` +
      `<path d="M-150 0 L -150 -170 Q -150 -220 -90 -224 L 150 -230 Q 186 -230 200 -196 L 230 -120 L 250 -110 L 250 0 Z" fill="${lin(['#facc15', '#ca8a04'])}"/><path d="M-170 -226 Q 40 -270 220 -232 L 220 -212 Q 40 -250 -170 -206 Z" fill="#1e3a8a"/>` +
      `<path d="M-120 -190 L 80 -196 L 80 -110 L -120 -110 Z" fill="#000" opacity="0.35"/><path d="M100 -198 L 170 -200 Q 190 -198 198 -170 L 214 -116 L 100 -116 Z" fill="${lin(['#fde68a', '#92400e'])}" opacity="0.85"/>` +
      `<circle cx="236" cy="-80" r="16" fill="#fef9c3"/><path d="M250 -80 L 520 -40 L 520 -120 Z" fill="#fef9c3" opacity="0.25"/>` + wheel(-100, 0, 40) + wheel(180, 0, 40) + `</g>`).join('') +
    `<rect x="680" y="200" width="10" height="260" fill="#1c1917"/><path d="M640 200 h 60" stroke="#1c1917" stroke-width="8"/><circle cx="645" cy="210" r="14" fill="#fef08a"/><circle cx="645" cy="210" r="40" fill="#fef08a" opacity="0.25" filter="${blur(12)}"/>`;
});

/** Rows of chairs and tables under a shamiana, ready for a wedding. */
export const decorChairs = () => picture(W, H, () => {
  const stripes = pattern(80, 80, `<rect width="40" height="80" fill="#dc2626"/><rect x="40" width="40" height="80" fill="#facc15"/>`);
  const chair = (x: number, y: number, s: number) => `<g transform="translate(${x} ${y}) scale(${s})">${shadow(0, 60, 34, 6, 0.3)}<rect x="-26" y="-70" width="52" height="70" rx="8" fill="#f8fafc"/><rect x="-30" y="-4" width="60" height="16" rx="4" fill="#f1f5f9"/><rect x="-26" y="12" width="6" height="48" fill="#e2e8f0"/><rect x="20" y="12" width="6" height="48" fill="#e2e8f0"/><path d="M-26 -70 h 52 v 20 h -52 Z" fill="#f472b6"/></g>`;
  const out: string[] = [];
  for (let row = 0; row < 3; row++) for (let i = 0; i < 7 - row; i++) out.push(chair(130 + i * (90 + row * 14) + row * 40, 560 - row * 80, 1 - row * 0.18));
  return `<rect width="${W}" height="${H}" fill="${lin(['#fef3c7', '#fde68a'])}"/>` +
    `<path d="M0 0 L 800 0 L 800 180 Q 700 230 600 180 Q 500 230 400 180 Q 300 230 200 180 Q 100 230 0 180 Z" fill="${stripes}"/>` +
    [100, 300, 500, 700].map((x) => `<rect x="${x - 6}" y="170" width="12" height="330" fill="#b45309"/>`).join('') +
    `<rect y="380" width="${W}" height="220" fill="${lin(['#bbf7d0', '#4ade80'])}"/>` +
    shadow(400, 400, 200, 12) + `<rect x="220" y="330" width="360" height="60" rx="6" fill="#fff"/><rect x="220" y="330" width="360" height="14" fill="#f472b6"/>` +
    [280, 400, 520].map((x) => `<circle cx="${x}" cy="318" r="18" fill="#f97316"/><rect x="${x - 3}" y="318" width="6" height="14" fill="#15803d"/>`).join('') + out.reverse().join('');
});

/** A courier's motorcycle with a delivery box on the back. */
export const courierBike = () => picture(W, H, () =>
  outdoors(W, H, 340, 33) + `<rect y="400" width="${W}" height="140" fill="${lin(['#57534e', '#44403c'])}"/>` + Array.from({ length: 6 }, (_, i) => `<rect x="${i * 150 + 20}" y="466" width="80" height="8" fill="#fafaf9"/>`).join('') +
  wheel(230, 450, 70) + wheel(560, 450, 70) +
  `<path d="M230 450 L 320 360 L 470 360 L 560 450" stroke="#9ca3af" stroke-width="12" fill="none"/>` +
  `<path d="M300 350 Q 330 290 440 300 L 500 320 L 480 370 L 320 370 Z" fill="${lin(['#2563eb', '#1e3a8a'])}"/><path d="M330 290 L 450 290 Q 470 290 470 306 L 320 306 Z" fill="#111827"/>` +
  `<path d="M520 300 L 560 450 M 500 290 L 540 210 M 510 215 L 580 200" stroke="#4b5563" stroke-width="11" stroke-linecap="round" fill="none"/>` +
  // Box.
  `<rect x="130" y="200" width="170" height="140" rx="10" fill="${lin(['#ef4444', '#991b1b'])}"/><rect x="130" y="200" width="170" height="24" rx="10" fill="#7f1d1d"/>` + bn(215, 300, 28, '#fff', 'ডেলিভারি') +
  `<path d="M300 330 L 330 360" stroke="#4b5563" stroke-width="8"/>`);

/** Football training: ball, cones and a goal. */
export const football = () => picture(W, H, () =>
  outdoors(W, H, 250, 35, ['#4ade80', '#166534']) + Array.from({ length: 5 }, (_, i) => `<path d="M0 ${300 + i * 70} L 800 ${300 + i * 70}" stroke="#86efac" stroke-width="28" opacity="0.25"/>`).join('') +
  `<path d="M120 360 L 120 180 L 680 180 L 680 360" stroke="#f8fafc" stroke-width="12" fill="none"/><path d="M120 180 L 180 230 L 620 230 L 680 180" stroke="#f8fafc" stroke-width="5" fill="none"/>` +
  `<rect x="126" y="186" width="548" height="174" fill="${pattern(20, 20, `<path d="M0 0 L 20 20 M 20 0 L 0 20" stroke="#f8fafc" stroke-width="1.5"/>`)}" opacity="0.6"/>` +
  [[160, 520], [330, 470], [500, 520], [660, 470]].map(([x, y]) => shadow(x!, y! + 6, 30, 6) + `<path d="M${x! - 24} ${y} L ${x} ${y! - 50} L ${x! + 24} ${y} Z" fill="${lin(['#fdba74', '#ea580c'])}"/><rect x="${x! - 28}" y="${y! - 4}" width="56" height="8" fill="#c2410c"/>`).join('') +
  shadow(420, 560, 50, 8) + `<circle cx="420" cy="520" r="44" fill="${rad(['#ffffff', '#e5e7eb', '#9ca3af'], 0.35, 0.35)}"/>` +
  `<path d="M420 500 l 16 12 l -6 18 h -20 l -6 -18 Z" fill="#111827"/><path d="M420 500 v -20 M 436 512 l 20 -6 M 430 530 l 12 16 M 410 530 l -12 16 M 404 512 l -20 -6" stroke="#111827" stroke-width="3"/>`);
