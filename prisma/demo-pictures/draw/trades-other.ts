// The other trades and services: repairs, vehicles, health, learning, events, the arts.
import { blur, gloss, lin, outdoors, pattern, picture, prng, rad, room, shadow, specks, woodTable } from './kit';

const W = 800, H = 600;
const bn = (x: number, y: number, size: number, fill: string, text: string, anchor = 'middle') => `<text x="${x}" y="${y}" font-family="Noto Sans Bengali" font-weight="bold" font-size="${size}" fill="${fill}" text-anchor="${anchor}">${text}</text>`;

export const wheel = (x: number, y: number, r: number) => shadow(x, y + r * 0.95, r * 1.1, r * 0.18, 0.5) +
  `<circle cx="${x}" cy="${y}" r="${r}" fill="#111827"/><circle cx="${x}" cy="${y}" r="${r * 0.62}" fill="${rad(['#e5e7eb', '#6b7280'])}"/><circle cx="${x}" cy="${y}" r="${r * 0.2}" fill="#374151"/>`;

/** A motorcycle being serviced, spanners beside it. */
export const motorcycle = () => picture(W, H, () =>
  room(W, H, 430, ['#e5e7eb', '#cbd5e1'], ['#6b7280', '#374151']) +
  wheel(220, 440, 90) + wheel(590, 440, 90) +
  `<path d="M220 440 L 330 330 L 470 330 L 590 440" stroke="#9ca3af" stroke-width="14" fill="none"/>` +
  `<path d="M300 320 Q 330 250 440 260 L 520 290 L 500 330 L 320 340 Z" fill="${lin(['#ef4444', '#991b1b'])}"/>` + gloss(380, 275, 90, 12, 0.5) +
  `<path d="M330 240 L 470 240 Q 500 240 500 260 L 320 262 Z" fill="#111827"/>` +
  `<rect x="330" y="340" width="120" height="80" rx="14" fill="${lin(['#9ca3af', '#374151'])}"/>` + [0, 1, 2].map((i) => `<rect x="340" y="${352 + i * 22}" width="100" height="8" rx="4" fill="#4b5563"/>`).join('') +
  `<path d="M450 400 L 640 410" stroke="${lin(['#e5e7eb', '#6b7280'])}" stroke-width="16" stroke-linecap="round"/>` +
  `<path d="M540 250 L 590 440 M 520 240 L 560 160 M 530 165 L 600 150" stroke="#4b5563" stroke-width="12" stroke-linecap="round" fill="none"/><circle cx="580" cy="200" r="22" fill="#fde68a" stroke="#4b5563" stroke-width="6"/>` +
  `<path d="M190 360 Q 240 330 270 370" stroke="#991b1b" stroke-width="16" fill="none"/>` +
  [[120, 560, -10], [700, 560, 20]].map(([x, y, a]) => `<g transform="translate(${x} ${y}) rotate(${a})"><rect x="-70" y="-7" width="140" height="14" rx="7" fill="#9ca3af"/><circle cx="-70" cy="0" r="18" fill="none" stroke="#9ca3af" stroke-width="10"/><path d="M70 -18 a 18 18 0 1 1 0 36" stroke="#9ca3af" stroke-width="10" fill="none"/></g>`).join(''));

/** A phone open on the repair mat: screen off, battery out, screwdriver. */
export const phoneRepair = () => picture(W, H, () =>
  `<rect width="${W}" height="${H}" fill="${lin(['#115e59', '#134e4a'])}"/><rect width="${W}" height="${H}" fill="${pattern(40, 40, `<path d="M0 0 H 40 M 0 0 V 40" stroke="#5eead4" stroke-width="1" opacity="0.25"/>`)}"/>` +
  // Back shell with the board.
  shadow(280, 520, 150, 20, 0.5) + `<rect x="150" y="90" width="250" height="430" rx="34" fill="${lin(['#374151', '#111827'])}"/><rect x="166" y="106" width="218" height="398" rx="24" fill="#1f2937"/>` +
  `<rect x="180" y="120" width="190" height="140" rx="10" fill="#065f46"/>` + [0, 1, 2, 3].map((i) => `<rect x="${196 + i * 40}" y="140" width="26" height="26" rx="3" fill="#111827"/>`).join('') + `<circle cx="340" cy="230" r="16" fill="#111827" stroke="#9ca3af" stroke-width="3"/>` +
  `<rect x="186" y="280" width="178" height="200" rx="12" fill="${lin(['#60a5fa', '#1e40af'])}"/>` + bn(275, 390, 30, '#fff', 'ব্যাটারি') +
  // Screen lying beside.
  shadow(560, 520, 140, 18, 0.5) + `<rect x="440" y="110" width="240" height="420" rx="30" fill="#0f172a"/><rect x="456" y="130" width="208" height="380" rx="18" fill="${lin(['#1e293b', '#0f172a', '#334155'], 0, 0, 1, 1)}"/>` +
  `<path d="M470 200 L 560 300 L 520 330 L 640 470" stroke="#94a3b8" stroke-width="2" fill="none" opacity="0.7"/><path d="M560 300 L 650 260" stroke="#94a3b8" stroke-width="2" opacity="0.7"/>` + gloss(520, 200, 60, 200, 0.12, 20) +
  `<g transform="translate(610 560) rotate(-70)"><rect x="-20" y="-14" width="90" height="28" rx="12" fill="#f59e0b"/><rect x="70" y="-4" width="90" height="8" fill="#d1d5db"/></g>` +
  specks(81, 110, 540, 60, 30, 6, '#d1d5db', [3, 4], 0.9));

/** A desktop computer, keyboard and printer on an office table. */
export const computer = () => picture(W, H, () =>
  room(W, H, 400, ['#eef2ff', '#c7d2fe'], ['#a16207', '#78350f']) +
  `<rect y="380" width="${W}" height="40" fill="${lin(['#b45309', '#78350f'])}"/>` +
  shadow(360, 380, 190, 12, 0.4) + `<rect x="180" y="90" width="360" height="230" rx="12" fill="#111827"/><rect x="194" y="104" width="332" height="196" rx="4" fill="${lin(['#38bdf8', '#1d4ed8'], 0, 0, 1, 1)}"/>` +
  `<rect x="214" y="124" width="140" height="80" rx="6" fill="#fff" opacity="0.9"/>` + bn(284, 172, 22, '#1d4ed8', 'আবেদন') + `<rect x="370" y="124" width="136" height="12" rx="6" fill="#fff" opacity="0.7"/><rect x="370" y="146" width="110" height="12" rx="6" fill="#fff" opacity="0.5"/><rect x="214" y="220" width="292" height="14" rx="7" fill="#fff" opacity="0.5"/><rect x="214" y="244" width="200" height="14" rx="7" fill="#fff" opacity="0.5"/>` +
  `<rect x="340" y="320" width="40" height="46" fill="#374151"/><rect x="290" y="362" width="140" height="16" rx="6" fill="#1f2937"/>` +
  `<path d="M200 440 L 520 440 L 540 500 L 180 500 Z" fill="#1f2937"/>` + Array.from({ length: 24 }, (_, i) => `<rect x="${200 + (i % 12) * 27}" y="${450 + Math.floor(i / 12) * 22}" width="22" height="16" rx="3" fill="#4b5563"/>`).join('') +
  shadow(640, 380, 110, 10) + `<rect x="550" y="280" width="190" height="100" rx="12" fill="${lin(['#f3f4f6', '#9ca3af'])}"/><rect x="575" y="250" width="140" height="34" fill="#fff"/><rect x="575" y="350" width="140" height="60" fill="#fff" stroke="#e5e7eb"/><rect x="590" y="366" width="100" height="6" fill="#9ca3af"/><rect x="590" y="380" width="80" height="6" fill="#9ca3af"/><circle cx="715" cy="300" r="6" fill="#22c55e"/>`);

/** A barber's chair before a mirror, with scissors and comb. */
export const barber = () => picture(W, H, () =>
  room(W, H, 470, ['#ccfbf1', '#99f6e4'], ['#e5e7eb', '#9ca3af']) +
  `<path d="M0 470 L 800 470 L 800 600 L 0 600 Z" fill="${pattern(60, 60, `<rect width="30" height="30" fill="#111827"/><rect x="30" y="30" width="30" height="30" fill="#111827"/><rect x="30" width="30" height="30" fill="#f9fafb"/><rect y="30" width="30" height="30" fill="#f9fafb"/>`, 'skewX(-30) scale(1 0.5)')}"/>` +
  // Mirror.
  `<rect x="230" y="40" width="340" height="240" rx="120" fill="#92400e"/><rect x="246" y="56" width="308" height="208" rx="104" fill="${lin(['#e0f2fe', '#bae6fd', '#f0f9ff'], 0, 0, 1, 1)}"/>` + gloss(330, 130, 40, 120, 0.5, 30) +
  // Chair.
  shadow(400, 560, 150, 16, 0.5) + `<rect x="390" y="450" width="20" height="100" fill="#9ca3af"/><ellipse cx="400" cy="555" rx="90" ry="14" fill="#6b7280"/>` +
  `<rect x="300" y="240" width="200" height="170" rx="40" fill="${lin(['#dc2626', '#7f1d1d'])}"/><rect x="280" y="390" width="240" height="70" rx="24" fill="${lin(['#ef4444', '#991b1b'])}"/>` +
  `<rect x="255" y="360" width="50" height="26" rx="12" fill="#9ca3af"/><rect x="495" y="360" width="50" height="26" rx="12" fill="#9ca3af"/>` + gloss(350, 290, 30, 80, 0.35) +
  // Scissors and comb on a shelf.
  `<rect x="600" y="300" width="170" height="16" fill="#92400e"/><g transform="translate(660 280) rotate(-15)"><circle cx="-30" cy="-6" r="12" fill="none" stroke="#111827" stroke-width="6"/><circle cx="-30" cy="18" r="12" fill="none" stroke="#111827" stroke-width="6"/><path d="M-18 0 L 50 10 M -18 12 L 50 4" stroke="#d1d5db" stroke-width="6"/></g>` +
  `<rect x="600" y="240" width="90" height="18" rx="4" fill="#1f2937"/>` + Array.from({ length: 14 }, (_, i) => `<rect x="${604 + i * 6}" y="256" width="3" height="14" fill="#1f2937"/>`).join(''));

/** A bride's hand with mehendi. */
export const mehendi = () => picture(W, H, () => {
  const skin = lin(['#e8b48a', '#c98b5e'], 0, 0, 1, 0);
  const henna = '#7c2d12';
  return `<rect width="${W}" height="${H}" fill="${rad(['#fce7f3', '#f9a8d4', '#db2777'], 0.5, 0.5, 0.8)}"/>` +
    `<g opacity="0.35">${specks(91, 400, 300, 400, 300, 40, '#fff', [3, 6], 0.8)}</g>` + shadow(420, 560, 180, 24, 0.4) +
    // Palm and fingers, pointing up.
    `<path d="M300 600 L 310 380 Q 300 330 320 300 L 330 170 Q 345 140 360 170 L 362 290 L 380 120 Q 400 90 418 120 L 414 285 L 446 140 Q 466 115 480 145 L 462 300 L 506 200 Q 526 180 536 206 L 500 350 Q 480 440 470 600 Z" fill="${skin}"/>` +
    // The thumb.
    `<path d="M316 460 Q 268 420 240 352 Q 232 326 256 326 Q 276 330 296 372 Q 306 392 322 400 Z" fill="${skin}"/><path d="M250 340 q 14 -4 20 8" stroke="#7c2d12" stroke-width="3.5" fill="none"/>` +
    `<g stroke="${henna}" stroke-width="3.5" fill="none" stroke-linecap="round">` +
    `<circle cx="400" cy="420" r="44"/><circle cx="400" cy="420" r="26"/><circle cx="400" cy="420" r="8" fill="${henna}"/>` +
    Array.from({ length: 12 }, (_, i) => `<path d="M400 420 m 0 -44 q 10 -16 0 -30 q -10 14 0 30" transform="rotate(${i * 30} 400 420)"/>`).join('') +
    `<path d="M330 520 q 70 20 140 0 M 334 545 q 66 18 130 0"/><path d="M340 500 l 10 -8 l 10 8 l 10 -8 l 10 8 l 10 -8 l 10 8 l 10 -8 l 10 8 l 10 -8 l 10 8 l 10 -8 l 10 8"/>` +
    [[345, 200], [398, 150], [463, 175], [520, 220]].map(([x, y]) => `<path d="M${x! - 8} ${y} h 16 M ${x! - 8} ${y! + 14} h 16 M ${x! - 8} ${y! + 28} h 16"/><circle cx="${x}" cy="${y! - 14}" r="6" fill="${henna}"/>`).join('') +
    `<path d="M340 330 q 20 -30 50 -20 M 420 320 q 20 -20 40 0"/></g>` +
    // Glass bangles.
    [0, 1, 2, 3].map((i) => `<ellipse cx="${388 + i * 2}" cy="${575 - i * 10}" rx="${92 - i * 2}" ry="16" fill="none" stroke="${['#dc2626', '#facc15', '#16a34a', '#dc2626'][i]}" stroke-width="8"/>`).join('');
});

/** A mended leather shoe with polish, brush and thread. */
export const cobbler = () => picture(W, H, () =>
  woodTable(W, H, 160, ['#7c5a3a', '#4b3621'], ['#e7e5e4', '#d6d3d1']) +
  shadow(360, 470, 250, 24, 0.5) +
  `<path d="M130 460 L 140 340 Q 150 300 200 300 L 300 310 Q 340 320 380 360 L 520 400 Q 600 420 600 460 Z" fill="${lin(['#7c2d12', '#3f1406'])}"/>` +
  `<path d="M130 460 L 600 460 L 596 478 L 134 478 Z" fill="#111827"/>` + gloss(240, 340, 80, 14, 0.45, 5) + gloss(470, 400, 70, 10, 0.35, 15) +
  `<path d="M300 318 L 380 362" stroke="#d6d3d1" stroke-width="3" stroke-dasharray="8 6"/><path d="M150 440 L 590 448" stroke="#fbbf24" stroke-width="3" stroke-dasharray="10 6"/>` +
  Array.from({ length: 5 }, (_, i) => `<circle cx="${310 + i * 14}" cy="${330 + i * 8}" r="4" fill="#d6d3d1"/>`).join('') +
  // Polish tin and brush.
  shadow(660, 420, 70, 10) + `<ellipse cx="660" cy="400" rx="64" ry="20" fill="#111827"/><rect x="596" y="380" width="128" height="20" fill="#1f2937"/><ellipse cx="660" cy="380" rx="64" ry="20" fill="${rad(['#fcd34d', '#b45309'])}"/>` +
  `<g transform="translate(620 530) rotate(-8)"><rect x="-80" y="-22" width="160" height="30" rx="12" fill="#92400e"/>${Array.from({ length: 18 }, (_, i) => `<rect x="${-74 + i * 8.4}" y="8" width="4" height="20" fill="#1f2937"/>`).join('')}</g>`);

/** A big deg of biryani for a wedding, steaming. */
export const biryaniDeg = () => picture(W, H, () => {
  const random = prng(101);
  const grains = Array.from({ length: 300 }, () => { const a = random() * Math.PI * 2, d = Math.sqrt(random()); const x = 400 + Math.cos(a) * d * 240, y = 250 + Math.sin(a) * d * 60; return `<ellipse cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="6" ry="2.2" fill="${random() < 0.3 ? '#f59e0b' : '#fff7e0'}" transform="rotate(${(random() * 180).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`; }).join('');
  return woodTable(W, H, 120, ['#57534e', '#292524'], ['#fde68a', '#f59e0b']) +
    shadow(400, 560, 300, 30, 0.5) + `<path d="M110 250 Q 100 520 400 560 Q 700 520 690 250 Z" fill="${lin(['#d4d4d8', '#71717a', '#a1a1aa'], 0, 0, 1, 0)}"/>` +
    `<ellipse cx="400" cy="250" rx="295" ry="82" fill="#a1a1aa"/><ellipse cx="400" cy="252" rx="270" ry="70" fill="${rad(['#fde68a', '#f2c14e', '#c68a1c'])}"/>` + grains +
    [[330, 240], [460, 260], [400, 220], [520, 230]].map(([x, y]) => `<path d="M${x! - 24} ${y} q 0 -22 24 -22 q 28 0 26 20 q -4 20 -26 18 q -24 0 -24 -16 Z" fill="${rad(['#b45309', '#7c2d12'])}"/>`).join('') +
    `<ellipse cx="280" cy="270" rx="30" ry="18" fill="#fffaf0"/><ellipse cx="280" cy="270" rx="14" ry="9" fill="#f59e0b"/>` +
    `<path d="M620 250 L 760 80" stroke="#a1a1aa" stroke-width="14" stroke-linecap="round"/><ellipse cx="608" cy="262" rx="40" ry="22" fill="#d4d4d8" transform="rotate(-40 608 262)"/>` +
    `<g opacity="0.5" filter="${blur(8)}"><path d="M300 180 c -30 -50 30 -70 0 -130" stroke="#fff" stroke-width="16" fill="none"/><path d="M460 170 c -30 -50 30 -70 0 -130" stroke="#fff" stroke-width="18" fill="none"/></g>`;
});

/** A blackboard with a sum, books and a pencil box. */
export const blackboard = () => picture(W, H, () =>
  room(W, H, 480, ['#fef3c7', '#fde68a'], ['#a8a29e', '#78716c']) +
  `<rect x="100" y="50" width="600" height="340" rx="10" fill="#78350f"/><rect x="116" y="66" width="568" height="308" fill="${lin(['#14532d', '#052e16'], 0, 0, 1, 1)}"/>` +
  `<g fill="#f9fafb" font-family="Noto Sans Bengali" font-size="44">` + `<text x="160" y="140">২x + ৩ = ১১</text><text x="160" y="210">২x = ৮</text><text x="160" y="280">x = ৪</text></g>` +
  `<path d="M150 300 q 60 20 140 0" stroke="#f9fafb" stroke-width="4" fill="none"/><g stroke="#fde047" stroke-width="4" fill="none"><path d="M480 300 L 620 300 L 480 140 Z"/><path d="M480 280 h 20 v 20"/></g>` + bn(560, 330, 26, '#fde047', 'ভূমি') +
  `<rect x="110" y="384" width="580" height="14" fill="#92400e"/><rect x="160" y="374" width="40" height="12" rx="3" fill="#fff"/>` +
  // Books.
  shadow(560, 560, 160, 14) + [['#dc2626', 0], ['#2563eb', 1], ['#16a34a', 2]].map(([c, i]) => `<rect x="${420 + (i as number) * 8}" y="${520 - (i as number) * 36}" width="260" height="36" rx="4" fill="${c}"/><rect x="${424 + (i as number) * 8}" y="${524 - (i as number) * 36}" width="250" height="6" fill="#fff" opacity="0.6"/>`).join('') +
  `<g transform="translate(170 540) rotate(-10)"><rect x="0" y="-8" width="180" height="16" fill="#facc15"/><path d="M180 -8 L 210 0 L 180 8 Z" fill="#fcd9b6"/><rect x="-14" y="-8" width="14" height="16" fill="#f472b6"/></g>`);

/** A camera with a long lens and prints of a wedding. */
export const camera = () => picture(W, H, () =>
  woodTable(W, H, 150, ['#3f3f46', '#18181b'], ['#e4e4e7', '#a1a1aa']) +
  // Prints.
  [[110, 330, -12, '#f9a8d4'], [220, 360, 8, '#fde68a']].map(([x, y, a, c]) => `<g transform="rotate(${a} ${x} ${y})">${shadow(x as number, (y as number) + 60, 80, 10)}<rect x="${(x as number) - 80}" y="${(y as number) - 60}" width="160" height="130" fill="#fff"/><rect x="${(x as number) - 70}" y="${(y as number) - 50}" width="140" height="100" fill="${lin([c as string, '#be185d'])}"/><circle cx="${(x as number) - 20}" cy="${(y as number) - 10}" r="16" fill="#7c2d12"/><circle cx="${(x as number) + 22}" cy="${(y as number) - 8}" r="16" fill="#7c2d12"/><path d="M${(x as number) - 50} ${(y as number) + 50} q 30 -50 70 -30 q 30 10 50 30 Z" fill="#b91c1c"/></g>`).join('') +
  shadow(520, 490, 230, 26, 0.6) +
  `<rect x="330" y="250" width="380" height="230" rx="30" fill="${lin(['#3f3f46', '#09090b'])}"/><rect x="370" y="210" width="120" height="60" rx="10" fill="#27272a"/><rect x="600" y="228" width="60" height="30" rx="6" fill="#27272a"/><circle cx="630" cy="226" r="12" fill="#dc2626"/>` +
  `<rect x="330" y="300" width="60" height="170" rx="24" fill="#18181b"/>` +
  `<circle cx="520" cy="365" r="110" fill="${rad(['#3f3f46', '#18181b'])}"/><circle cx="520" cy="365" r="86" fill="#0a0a0a" stroke="#52525b" stroke-width="6"/><circle cx="520" cy="365" r="58" fill="${rad(['#1e3a8a', '#0f172a', '#020617'], 0.4, 0.35)}"/>` +
  gloss(496, 340, 26, 16, 0.7, -30) + `<circle cx="540" cy="390" r="8" fill="#a78bfa" opacity="0.6"/>` + bn(670, 300, 18, '#a1a1aa', 'HAAT'));

/** A wedding stage: flowers, lights, chairs. */
export const weddingStage = () => picture(W, H, () => {
  const random = prng(111);
  const lights = Array.from({ length: 60 }, (_, i) => `<circle cx="${(i * 13.5 + random() * 6).toFixed(1)}" cy="${(30 + Math.sin(i / 3) * 14 + random() * 6).toFixed(1)}" r="4" fill="${['#fde047', '#fb923c', '#f472b6'][i % 3]}"/>`).join('');
  return `<rect width="${W}" height="${H}" fill="${lin(['#4c0519', '#881337'])}"/>` + `<g filter="${blur(2)}">${lights}</g>` +
    `<path d="M80 80 Q 400 200 720 80 L 720 440 L 80 440 Z" fill="${lin(['#fdf2f8', '#fbcfe8'])}"/>` +
    Array.from({ length: 9 }, (_, i) => `<path d="M${100 + i * 75} 90 q 10 170 0 340" stroke="#f9a8d4" stroke-width="3" opacity="0.7" fill="none"/>`).join('') +
    // Marigold garlands.
    Array.from({ length: 7 }, (_, i) => Array.from({ length: 12 }, (_, k) => `<circle cx="${110 + i * 100 + (k % 2) * 4}" cy="${90 + k * 18}" r="9" fill="${k % 3 ? '#f97316' : '#facc15'}"/>`).join('')).join('') +
    `<rect x="60" y="440" width="680" height="70" fill="${lin(['#be123c', '#881337'])}"/><rect x="60" y="440" width="680" height="10" fill="#facc15"/>` +
    // Sofa.
    shadow(400, 440, 170, 14) + `<path d="M250 440 L 250 330 Q 250 300 290 300 L 510 300 Q 550 300 550 330 L 550 440 Z" fill="${lin(['#fde68a', '#d97706'])}"/><rect x="270" y="380" width="260" height="50" rx="14" fill="#fbbf24"/>` +
    `<rect y="510" width="${W}" height="90" fill="#1c1917"/>` + [100, 250, 550, 700].map((x) => `<rect x="${x - 30}" y="530" width="60" height="60" rx="8" fill="#f5f5f4"/><rect x="${x - 30}" y="520" width="60" height="20" rx="6" fill="#fecdd3"/>`).join('');
});

/** Fresh vegetables in a basket: aubergine, pumpkin, chillies, greens, tomatoes. */
export const vegetables = () => picture(W, H, () =>
  outdoors(W, H, 300, 12, ['#a3a35a', '#6b6b2f']) + shadow(400, 540, 300, 30, 0.5) +
  `<ellipse cx="400" cy="340" rx="300" ry="70" fill="#78350f"/>` +
  // Pumpkin.
  `<ellipse cx="260" cy="300" rx="110" ry="80" fill="${rad(['#fdba74', '#ea580c', '#9a3412'])}"/>` + [-60, -20, 20, 60].map((d) => `<path d="M${260 + d} 222 q ${d * 0.3} 80 0 156" stroke="#9a3412" stroke-width="4" fill="none" opacity="0.5"/>`).join('') + `<rect x="252" y="206" width="14" height="26" rx="4" fill="#3f6212"/>` +
  // Aubergines.
  [[430, 280, -30], [490, 300, -10]].map(([x, y, a]) => `<g transform="rotate(${a} ${x} ${y})"><ellipse cx="${x}" cy="${y}" rx="90" ry="40" fill="${rad(['#a855f7', '#581c87', '#2e1065'], 0.4, 0.3)}"/><path d="M${x! + 80} ${y! - 30} q 30 10 30 30 q -20 14 -30 30 Z" fill="#3f6212"/></g>` + gloss(x! - 20, y! - 18, 50, 8, 0.4, a!)).join('') +
  // Tomatoes and chillies.
  [[600, 300], [650, 330], [590, 350]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="34" fill="${rad(['#f87171', '#b91c1c'], 0.4, 0.35)}"/><path d="M${x! - 10} ${y! - 32} l 10 6 l 10 -6" stroke="#3f6212" stroke-width="5" fill="none"/>`).join('') +
  Array.from({ length: 6 }, (_, i) => `<path d="M${340 + i * 22} 360 q 20 -30 50 -40" stroke="#16a34a" stroke-width="9" fill="none" stroke-linecap="round"/>`).join('') +
  // Basket front.
  `<path d="M100 340 C 130 560 670 560 700 340 C 620 410 180 410 100 340 Z" fill="${lin(['#d8aa62', '#a7782e'])}"/>` + Array.from({ length: 14 }, (_, i) => `<path d="M${120 + i * 42} 380 L ${150 + i * 36} 520" stroke="#7a5220" stroke-width="4" opacity="0.5"/>`).join('') +
  `<path d="M100 340 C 180 410 620 410 700 340" stroke="#8a6128" stroke-width="12" fill="none"/>`);

/** Pharmacy shelves of medicine boxes and bottles. */
export const medicineShelf = () => picture(W, H, () => {
  const random = prng(121);
  const colours = ['#2563eb', '#16a34a', '#dc2626', '#f59e0b', '#7c3aed', '#0891b2', '#f3f4f6'];
  const row = (y: number) => { const out: string[] = []; for (let x = 80; x < 700;) { const w = 40 + random() * 40, h = 60 + random() * 50; const c = colours[Math.floor(random() * colours.length)]!; out.push(random() < 0.3 ? `<rect x="${x.toFixed(0)}" y="${(y - h).toFixed(0)}" width="${(w * 0.7).toFixed(0)}" height="${h.toFixed(0)}" rx="10" fill="${lin(['#fed7aa', '#9a3412'], 0, 0, 1, 0)}"/><rect x="${x.toFixed(0)}" y="${(y - h - 12).toFixed(0)}" width="${(w * 0.7).toFixed(0)}" height="14" rx="3" fill="#f3f4f6"/>` : `<rect x="${x.toFixed(0)}" y="${(y - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" rx="3" fill="#fff"/><rect x="${x.toFixed(0)}" y="${(y - h).toFixed(0)}" width="${w.toFixed(0)}" height="${(h * 0.4).toFixed(0)}" fill="${c}"/><rect x="${(x + 6).toFixed(0)}" y="${(y - h * 0.45).toFixed(0)}" width="${(w - 12).toFixed(0)}" height="5" fill="#9ca3af"/>`); x += w + 6; } return out.join(''); };
  return `<rect width="${W}" height="${H}" fill="${lin(['#f0fdf4', '#dcfce7'])}"/><rect x="60" y="40" width="680" height="480" fill="#e5e7eb"/>` +
    [170, 310, 450].map((y) => row(y) + `<rect x="60" y="${y}" width="680" height="14" fill="${lin(['#d1d5db', '#6b7280'])}"/>`).join('') +
    `<rect y="500" width="${W}" height="100" fill="${lin(['#fafafa', '#d4d4d8'])}"/><rect x="330" y="20" width="140" height="140" rx="20" fill="#16a34a" opacity="0.0"/>` +
    `<g transform="translate(640 540)"><rect x="-60" y="-22" width="120" height="44" rx="22" fill="#dc2626"/><rect x="0" y="-22" width="60" height="44" rx="22" fill="#f3f4f6"/><rect x="-2" y="-22" width="8" height="44" fill="#f3f4f6"/></g>`;
});

/** A doctor's stethoscope on a prescription pad. */
export const stethoscope = () => picture(W, H, () =>
  woodTable(W, H, 0, ['#e0f2fe', '#bae6fd'], ['#fff', '#fff']) +
  shadow(330, 470, 200, 20, 0.3) + `<rect x="150" y="80" width="360" height="440" rx="10" fill="#fff" transform="rotate(-6 330 300)"/>` +
  `<g transform="rotate(-6 330 300)"><rect x="150" y="80" width="360" height="70" rx="10" fill="#0ea5e9"/>${bn(330, 128, 30, '#fff', 'ব্যবস্থাপত্র')}<text x="180" y="210" font-family="serif" font-size="52" font-style="italic" fill="#0369a1">Rx</text>${[250, 290, 330, 370, 410].map((y) => `<path d="M190 ${y} q 60 -10 120 0 t 120 0" stroke="#475569" stroke-width="3" fill="none"/>`).join('')}</g>` +
  `<path d="M560 120 C 520 250 660 300 600 420 C 560 500 440 470 430 540" stroke="#111827" stroke-width="14" fill="none" stroke-linecap="round"/>` +
  `<path d="M560 120 q -40 -60 -10 -80 M 560 120 q 40 -60 70 -40" stroke="#9ca3af" stroke-width="8" fill="none"/><circle cx="550" cy="40" r="10" fill="#111827"/><circle cx="630" cy="80" r="10" fill="#111827"/>` +
  `<circle cx="430" cy="545" r="44" fill="${rad(['#f3f4f6', '#6b7280'])}"/><circle cx="430" cy="545" r="30" fill="#d1d5db"/>` + gloss(418, 532, 16, 8, 0.8));

/** A car, an easy-bike, an ambulance, a microbus, a pickup: side views on a village road. */
function roadScene(seed: number, vehicle: string): string {
  return outdoors(W, H, 330, seed) + `<rect y="400" width="${W}" height="140" fill="${lin(['#57534e', '#44403c'])}"/>` + Array.from({ length: 6 }, (_, i) => `<rect x="${i * 150 + 20}" y="466" width="80" height="8" fill="#fafaf9"/>`).join('') + vehicle;
}

export const car = () => picture(W, H, () => roadScene(3,
  `<path d="M110 440 L 120 370 Q 130 340 170 336 L 260 330 L 330 270 Q 350 256 390 256 L 540 256 Q 580 256 600 280 L 660 336 L 690 344 Q 710 350 710 380 L 710 440 Z" fill="${lin(['#ffffff', '#cbd5e1'])}"/>` +
  `<path d="M280 332 L 345 276 Q 355 270 380 270 L 460 270 L 460 332 Z" fill="${lin(['#7dd3fc', '#0369a1'])}"/><path d="M475 270 L 540 270 Q 570 270 585 290 L 625 332 L 475 332 Z" fill="${lin(['#7dd3fc', '#0369a1'])}"/>` +
  `<rect x="110" y="384" width="600" height="12" fill="#94a3b8"/><rect x="680" y="356" width="30" height="18" rx="6" fill="#fde047"/><rect x="112" y="360" width="24" height="16" rx="4" fill="#ef4444"/>` + gloss(400, 300, 200, 10, 0.5) + wheel(230, 445, 52) + wheel(590, 445, 52)));

export const easyBike = () => picture(W, H, () => roadScene(4,
  `<path d="M170 440 L 170 260 Q 170 200 240 196 L 560 190 Q 600 190 620 230 L 660 320 L 690 330 L 690 440 Z" fill="${lin(['#22c55e', '#15803d'])}"/>` +
  `<path d="M150 200 Q 400 150 640 190 L 640 214 Q 400 176 150 222 Z" fill="#14532d"/>` +
  `<path d="M200 240 L 420 232 L 420 330 L 200 330 Z" fill="#dcfce7" opacity="0.35"/><path d="M440 230 L 560 226 Q 590 228 600 260 L 620 320 L 440 320 Z" fill="${lin(['#7dd3fc', '#0369a1'])}"/>` +
  `<rect x="220" y="300" width="180" height="50" rx="10" fill="#b91c1c"/><rect x="170" y="380" width="520" height="14" fill="#facc15"/>` + bn(300, 420, 26, '#fff', 'ইজিবাইক') + wheel(250, 450, 44) + wheel(600, 450, 44)));

export const ambulance = () => picture(W, H, () => roadScene(5,
  `<path d="M90 440 L 90 240 Q 90 220 110 220 L 520 220 Q 540 220 550 236 L 560 290 L 660 300 Q 700 310 710 350 L 710 440 Z" fill="${lin(['#ffffff', '#e2e8f0'])}"/>` +
  `<path d="M560 240 L 640 300 L 560 300 Z" fill="${lin(['#7dd3fc', '#0369a1'])}"/><rect x="90" y="350" width="620" height="30" fill="#dc2626"/>` +
  `<rect x="280" y="250" width="30" height="90" fill="#dc2626"/><rect x="250" y="280" width="90" height="30" fill="#dc2626"/>` + bn(230, 410, 30, '#1d4ed8', 'অ্যাম্বুলেন্স', 'start') +
  `<rect x="300" y="200" width="80" height="22" rx="8" fill="#ef4444"/><rect x="340" y="200" width="40" height="22" rx="8" fill="#3b82f6"/>` + gloss(340, 200, 80, 20, 0.6) + wheel(200, 445, 50) + wheel(600, 445, 50)));

export const microbus = () => picture(W, H, () => roadScene(6,
  `<path d="M90 440 L 90 230 Q 90 200 130 200 L 560 200 Q 600 200 630 240 L 690 320 Q 710 340 710 370 L 710 440 Z" fill="${lin(['#f8fafc', '#94a3b8'])}"/>` +
  [0, 1, 2, 3].map((i) => `<rect x="${120 + i * 110}" y="222" width="96" height="80" rx="8" fill="${lin(['#bae6fd', '#0c4a6e'])}"/>`).join('') + `<path d="M560 222 L 590 222 Q 610 224 630 250 L 670 310 L 560 310 Z" fill="${lin(['#bae6fd', '#0c4a6e'])}"/>` +
  `<rect x="90" y="340" width="620" height="16" fill="#1d4ed8"/><rect x="680" y="356" width="30" height="18" rx="6" fill="#fde047"/>` + gloss(350, 212, 300, 8, 0.7) + wheel(200, 445, 50) + wheel(600, 445, 50)));

export const pickup = () => picture(W, H, () => roadScene(8,
  `<path d="M90 440 L 90 300 L 460 300 L 460 440 Z" fill="${lin(['#2563eb', '#1e3a8a'])}"/><path d="M470 440 L 470 240 Q 470 220 500 220 L 590 220 Q 620 220 640 250 L 690 320 Q 710 336 710 370 L 710 440 Z" fill="${lin(['#3b82f6', '#1e40af'])}"/>` +
  `<path d="M500 240 L 585 240 Q 605 242 620 262 L 650 310 L 500 310 Z" fill="${lin(['#bae6fd', '#0c4a6e'])}"/>` +
  // A load of sacks.
  [[150, 270], [250, 265], [350, 270], [200, 230], [300, 228]].map(([x, y]) => `<ellipse cx="${x}" cy="${y}" rx="60" ry="34" fill="${lin(['#e7d7b1', '#b8a276'])}"/><path d="M${x! - 40} ${y! - 10} q 40 10 80 0" stroke="#a08a5e" stroke-width="3" fill="none"/>`).join('') +
  `<rect x="90" y="380" width="620" height="12" fill="#1e3a8a"/>` + wheel(200, 445, 50) + wheel(600, 445, 50)));

/** Parcels ready for delivery, with a bicycle courier bag. */
export const parcels = () => picture(W, H, () => {
  const box = (x: number, y: number, w: number, h: number) => shadow(x + w / 2, y + h, w * 0.6, 10) + `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${lin(['#d6a461', '#a97434'])}"/><rect x="${x + w / 2 - 12}" y="${y}" width="24" height="${h}" fill="#fef3c7" opacity="0.7"/><rect x="${x + 14}" y="${y + h - 50}" width="${w * 0.4}" height="34" fill="#fff"/><rect x="${x + 20}" y="${y + h - 42}" width="${w * 0.3}" height="5" fill="#6b7280"/><rect x="${x + 20}" y="${y + h - 30}" width="${w * 0.2}" height="5" fill="#6b7280"/>`;
  return room(W, H, 500, ['#fff7ed', '#fed7aa'], ['#a8a29e', '#78716c']) + box(120, 300, 220, 200) + box(350, 360, 180, 140) + box(160, 150, 160, 150) + box(540, 400, 140, 100) +
    `<path d="M600 180 L 700 180 L 720 340 L 580 340 Z" fill="${lin(['#dc2626', '#7f1d1d'])}"/><path d="M610 180 q 40 -70 80 0" stroke="#111827" stroke-width="10" fill="none"/>` + bn(650, 280, 24, '#fff', 'ডেলিভারি');
});

/** A house plan on the drafting table with a helmet and scale. */
export const blueprint = () => picture(W, H, () =>
  woodTable(W, H, 0, ['#cbd5e1', '#94a3b8'], ['#fff', '#fff']) +
  shadow(380, 500, 320, 24, 0.35) + `<rect x="60" y="60" width="600" height="440" fill="${lin(['#1e40af', '#1e3a8a'], 0, 0, 1, 1)}"/>` +
  `<rect x="60" y="60" width="600" height="440" fill="${pattern(30, 30, `<path d="M0 0 H 30 M 0 0 V 30" stroke="#93c5fd" stroke-width="1" opacity="0.3"/>`)}"/>` +
  `<g stroke="#e0f2fe" stroke-width="5" fill="none"><rect x="120" y="120" width="460" height="320"/><path d="M320 120 V 300 M 120 300 H 420 M 420 300 V 440 M 500 120 V 220"/><path d="M200 300 a 40 40 0 0 1 40 -40" stroke-width="3"/><path d="M420 360 a 40 40 0 0 1 40 40" stroke-width="3"/></g>` +
  bn(220, 220, 26, '#e0f2fe', 'শোবার ঘর') + bn(450, 250, 24, '#e0f2fe', 'রান্নাঘর') + bn(270, 390, 24, '#e0f2fe', 'বসার ঘর') +
  `<g stroke="#e0f2fe" stroke-width="2"><path d="M120 470 H 580 M 120 462 V 478 M 580 462 V 478"/></g>` + bn(350, 494, 18, '#e0f2fe', '৪০ ফুট') +
  // Safety helmet.
  shadow(650, 520, 110, 16) + `<path d="M540 510 Q 540 400 650 400 Q 760 400 760 510 Z" fill="${rad(['#fde047', '#eab308', '#a16207'], 0.4, 0.3)}"/><rect x="520" y="500" width="260" height="22" rx="10" fill="#ca8a04"/><path d="M650 400 V 500" stroke="#ca8a04" stroke-width="14"/>` + gloss(610, 430, 30, 14, 0.6));

/** Scales of justice and law books. */
export const lawBooks = () => picture(W, H, () =>
  room(W, H, 460, ['#f5f5f4', '#d6d3d1'], ['#78350f', '#451a03']) +
  // Shelf of books behind.
  Array.from({ length: 14 }, (_, i) => `<rect x="${60 + i * 48}" y="60" width="42" height="180" rx="3" fill="${['#7f1d1d', '#1e3a8a', '#14532d', '#78350f'][i % 4]}"/><rect x="${66 + i * 48}" y="90" width="30" height="8" fill="#facc15"/><rect x="${66 + i * 48}" y="200" width="30" height="8" fill="#facc15"/>`).join('') + `<rect x="40" y="240" width="720" height="16" fill="#451a03"/>` +
  // Scales.
  shadow(400, 540, 150, 16) + `<rect x="390" y="300" width="20" height="230" fill="${lin(['#fde68a', '#b45309'], 0, 0, 1, 0)}"/><path d="M330 540 L 470 540 L 440 510 L 360 510 Z" fill="#b45309"/>` +
  `<path d="M240 320 L 560 300" stroke="#b45309" stroke-width="12" stroke-linecap="round"/><circle cx="400" cy="300" r="16" fill="#fbbf24"/>` +
  [[240, 320], [560, 300]].map(([x, y]) => `<path d="M${x} ${y} L ${x! - 60} ${y! + 110} M ${x} ${y} L ${x! + 60} ${y! + 110}" stroke="#b45309" stroke-width="3"/><path d="M${x! - 75} ${y! + 110} Q ${x} ${y! + 160} ${x! + 75} ${y! + 110} Z" fill="${lin(['#fde68a', '#b45309'])}"/>`).join(''));

/** Printed wedding cards and a stack of books from the press. */
export const printing = () => picture(W, H, () =>
  woodTable(W, H, 120, ['#57534e', '#292524'], ['#fef2f2', '#fecaca']) +
  [[150, 240, -10], [330, 220, 4], [510, 250, 12]].map(([x, y, a], i) => `<g transform="rotate(${a} ${x! + 90} ${y! + 120})">${shadow(x! + 90, y! + 250, 100, 14)}<rect x="${x}" y="${y}" width="180" height="250" rx="6" fill="${['#fef3c7', '#fce7f3', '#ecfccb'][i]}"/><rect x="${x! + 12}" y="${y! + 12}" width="156" height="226" rx="4" fill="none" stroke="${['#b45309', '#be185d', '#4d7c0f'][i]}" stroke-width="4"/>` +
    `<path d="M${x! + 90} ${y! + 40} q 20 20 0 40 q -20 -20 0 -40" fill="${['#b45309', '#be185d', '#4d7c0f'][i]}"/>` + bn(x! + 90, y! + 130, 26, ['#b45309', '#be185d', '#4d7c0f'][i]!, 'শুভ বিবাহ') + `<rect x="${x! + 40}" y="${y! + 160}" width="100" height="6" fill="#a8a29e"/><rect x="${x! + 50}" y="${y! + 176}" width="80" height="6" fill="#a8a29e"/></g>`).join('') +
  `<rect x="560" y="500" width="200" height="60" fill="#fff"/><rect x="560" y="500" width="200" height="10" fill="#dc2626"/>`);

/** A graphic design on a screen: a shop banner being laid out. */
export const designScreen = () => picture(W, H, () =>
  room(W, H, 470, ['#1e1b4b', '#312e81'], ['#3f3f46', '#18181b']) +
  shadow(400, 470, 280, 14) + `<rect x="110" y="60" width="580" height="360" rx="16" fill="#0f0f0f"/><rect x="126" y="76" width="548" height="328" rx="6" fill="#27272a"/>` +
  `<rect x="136" y="86" width="60" height="308" fill="#3f3f46"/>` + Array.from({ length: 7 }, (_, i) => `<rect x="150" y="${100 + i * 40}" width="32" height="28" rx="6" fill="${['#a855f7', '#f59e0b', '#22c55e', '#3b82f6', '#ef4444', '#e5e7eb', '#e5e7eb'][i]}"/>`).join('') +
  `<rect x="220" y="120" width="430" height="220" fill="${lin(['#fde047', '#f97316'], 0, 0, 1, 1)}"/>` + bn(435, 215, 56, '#7c2d12', 'বিশাল ছাড়!') + bn(435, 280, 30, '#7c2d12', 'ঈদ উপলক্ষে') +
  `<circle cx="600" cy="160" r="26" fill="#dc2626"/><rect x="240" y="300" width="120" height="24" rx="12" fill="#7c2d12"/><rect x="216" y="116" width="438" height="228" fill="none" stroke="#38bdf8" stroke-width="3" stroke-dasharray="8 6"/>` +
  `<rect x="370" y="420" width="60" height="40" fill="#0f0f0f"/><path d="M600 520 q 30 -40 60 0 l -10 50 h -40 Z" fill="#e5e7eb"/>`);

/** Cricket bat, ball and stumps on the field. */
export const cricket = () => picture(W, H, () =>
  outdoors(W, H, 260, 9, ['#4ade80', '#15803d']) + `<path d="M0 600 L 300 260 L 500 260 L 800 600 Z" fill="#d9c38a" opacity="0.7"/>` +
  // Stumps.
  [360, 400, 440].map((x) => `<rect x="${x - 8}" y="150" width="16" height="230" rx="6" fill="${lin(['#fef3c7', '#d6b46a'], 0, 0, 1, 0)}"/>`).join('') + `<rect x="352" y="144" width="96" height="10" rx="4" fill="#b45309"/>` + shadow(400, 382, 70, 8) +
  // Bat.
  `<g transform="translate(250 470) rotate(-35)"><rect x="-30" y="-170" width="60" height="220" rx="16" fill="${lin(['#fde68a', '#d4a056'], 0, 0, 1, 0)}"/><rect x="-10" y="-270" width="20" height="110" rx="8" fill="#1f2937"/>${[0, 1, 2, 3, 4].map((i) => `<rect x="-10" y="${-262 + i * 20}" width="20" height="6" fill="#dc2626"/>`).join('')}</g>` +
  // Ball.
  shadow(560, 520, 40, 8) + `<circle cx="560" cy="490" r="36" fill="${rad(['#f87171', '#b91c1c', '#7f1d1d'], 0.35, 0.35)}"/><path d="M530 470 q 30 20 60 0 M 530 510 q 30 -20 60 0" stroke="#fef3c7" stroke-width="3" stroke-dasharray="4 4" fill="none"/>`);

/** An easel with a village painting. */
export const easel = () => picture(W, H, () =>
  room(W, H, 500, ['#fef9c3', '#fde68a'], ['#a16207', '#713f12']) +
  `<path d="M250 590 L 390 60 L 410 60 L 550 590" stroke="#92400e" stroke-width="18" fill="none"/><path d="M400 60 L 420 590" stroke="#78350f" stroke-width="14"/>` +
  `<rect x="200" y="420" width="400" height="20" fill="#92400e"/>` + shadow(400, 430, 220, 12) +
  `<rect x="200" y="110" width="400" height="310" fill="#fff"/><rect x="212" y="122" width="376" height="286" fill="${lin(['#fdba74', '#fde68a', '#bef264'])}"/>` +
  `<circle cx="500" cy="200" r="36" fill="#f97316"/><path d="M212 330 Q 300 290 400 320 T 588 300 L 588 408 L 212 408 Z" fill="#65a30d"/><path d="M212 360 Q 380 330 588 370 L 588 408 L 212 408 Z" fill="#0284c7"/>` +
  `<path d="M270 320 L 270 260 L 320 230 L 370 260 L 370 320 Z" fill="#fef3c7"/><path d="M260 265 L 320 220 L 380 265" fill="#b45309"/><path d="M460 370 q 40 18 80 0 L 530 380 L 470 380 Z" fill="#451a03"/><path d="M500 372 V 330 L 530 366" fill="#fff"/>` +
  // Palette.
  `<g transform="translate(640 520)"><path d="M-80 0 C -80 -60 60 -70 80 -10 C 90 30 40 40 10 30 C -20 20 -30 50 -60 40 C -80 30 -80 20 -80 0 Z" fill="#e7c9a0"/>${[['#dc2626', -50, -20], ['#2563eb', -10, -36], ['#facc15', 30, -30], ['#16a34a', 50, 0]].map(([c, x, y]) => `<circle cx="${x}" cy="${y}" r="12" fill="${c}"/>`).join('')}</g>`);

/** A harmonium and a pair of tabla: the folk singer's kit. */
export const harmonium = () => picture(W, H, () =>
  `<rect width="${W}" height="${H}" fill="${rad(['#fef3c7', '#f59e0b', '#7c2d12'], 0.5, 0.3, 0.9)}"/>` + `<rect y="420" width="${W}" height="180" fill="${pattern(60, 60, `<rect width="60" height="60" fill="#b91c1c"/><path d="M0 30 L 30 0 L 60 30 L 30 60 Z" fill="#facc15" opacity="0.5"/>`)}"/>` +
  shadow(330, 470, 250, 20, 0.5) + `<rect x="90" y="300" width="480" height="170" rx="10" fill="${lin(['#92400e', '#451a03'])}"/>` +
  `<rect x="110" y="300" width="440" height="60" fill="#fafaf9"/>` + Array.from({ length: 22 }, (_, i) => `<rect x="${110 + i * 20}" y="300" width="19" height="60" fill="#fafaf9" stroke="#a8a29e"/>`).join('') + Array.from({ length: 22 }, (_, i) => [0, 1, 3, 4, 5].includes(i % 7) ? `<rect x="${124 + i * 20}" y="300" width="11" height="36" fill="#1c1917"/>` : '').join('') +
  Array.from({ length: 8 }, (_, i) => `<path d="M${90 + i * 8} ${380 + i * 10} h ${480 - i * 16}" stroke="#1c1917" stroke-width="3" opacity="0.4"/>`).join('') + [140, 220, 300, 380].map((x) => `<circle cx="${x}" cy="280" r="12" fill="#d6d3d1"/><rect x="${x - 4}" y="280" width="8" height="20" fill="#a8a29e"/>`).join('') +
  // Tabla pair.
  shadow(660, 520, 100, 14) + `<path d="M600 390 Q 590 500 620 520 L 700 520 Q 730 500 720 390 Z" fill="${lin(['#a16207', '#451a03'], 0, 0, 1, 0)}"/><ellipse cx="660" cy="390" rx="60" ry="18" fill="#fef3c7"/><ellipse cx="660" cy="390" rx="24" ry="8" fill="#1c1917"/>` +
  `<ellipse cx="720" cy="460" rx="70" ry="60" fill="${rad(['#d6d3d1', '#57534e'])}"/><ellipse cx="720" cy="410" rx="56" ry="16" fill="#fef3c7"/><ellipse cx="720" cy="410" rx="22" ry="7" fill="#1c1917"/>`);

/** A notebook with a fountain pen and a cup of tea. */
export const writing = () => picture(W, H, () =>
  woodTable(W, H, 0, ['#a16207', '#713f12'], ['#fff', '#fff']) +
  shadow(360, 470, 300, 30, 0.4) + `<rect x="80" y="90" width="560" height="400" rx="8" fill="#fffbeb"/><path d="M360 90 V 490" stroke="#d6d3d1" stroke-width="6"/>` +
  Array.from({ length: 10 }, (_, i) => `<path d="M100 ${140 + i * 34} H 340 M 380 ${140 + i * 34} H 620" stroke="#bfdbfe" stroke-width="2"/>`).join('') +
  `<g font-family="Noto Serif Bengali" font-size="22" fill="#1e3a8a"><text x="110" y="132">আমার গ্রাম</text><text x="110" y="200">সবুজ মাঠে ধানের ঢেউ,</text><text x="110" y="234">নদীর ঘাটে নৌকা বাঁধা…</text><text x="390" y="166">হাটের দিনে</text><text x="390" y="200">সকাল থেকে ভিড়…</text></g>` +
  `<g transform="translate(560 420) rotate(-40)"><rect x="-10" y="-130" width="24" height="200" rx="10" fill="#111827"/><rect x="-10" y="-40" width="24" height="12" fill="#facc15"/><path d="M-10 70 L 2 110 L 14 70 Z" fill="#d4a017"/></g>` +
  shadow(700, 200, 60, 14) + `<ellipse cx="700" cy="160" rx="56" ry="16" fill="#fafafa"/><path d="M644 160 L 656 230 Q 700 250 744 230 L 756 160" fill="#fafafa"/><ellipse cx="700" cy="162" rx="46" ry="11" fill="#a16207"/>`);

/** The local paper and a microphone with the channel's cube. */
export const newspaper = () => picture(W, H, () =>
  woodTable(W, H, 0, ['#d6d3d1', '#a8a29e'], ['#fff', '#fff']) +
  shadow(330, 500, 280, 26, 0.35) + `<g transform="rotate(-5 330 300)"><rect x="70" y="70" width="520" height="440" fill="#fafaf9"/>` + bn(330, 130, 48, '#111827', 'দৈনিক হাটবার্তা') + `<path d="M90 150 H 570" stroke="#111827" stroke-width="4"/>` +
  bn(90, 196, 28, '#b91c1c', 'শেরপুরে নতুন সেতু চালু', 'start') + `<rect x="90" y="216" width="220" height="140" fill="#cbd5e1"/><path d="M90 320 q 60 -60 110 -20 q 50 -40 110 0 V 356 H 90 Z" fill="#64748b"/>` +
  Array.from({ length: 8 }, (_, i) => `<rect x="330" y="${220 + i * 18}" width="${220 - (i % 3) * 20}" height="8" fill="#a8a29e"/>`).join('') + Array.from({ length: 6 }, (_, i) => `<rect x="90" y="${380 + i * 18}" width="${460 - (i % 2) * 40}" height="8" fill="#a8a29e"/>`).join('') + `</g>` +
  `<g transform="translate(650 330) rotate(20)"><rect x="-14" y="0" width="28" height="200" rx="12" fill="#111827"/><rect x="-44" y="-40" width="88" height="70" rx="8" fill="#dc2626"/>${bn(0, 6, 28, '#fff', 'খবর')}<ellipse cx="0" cy="-70" rx="40" ry="46" fill="${rad(['#6b7280', '#111827'])}"/></g>`);

/** Sacks of rice stacked at the mill. */
export const riceSacks = () => picture(W, H, () =>
  room(W, H, 500, ['#e7e5e4', '#a8a29e'], ['#78716c', '#44403c']) +
  Array.from({ length: 12 }, (_, i) => { const row = Math.floor(i / 4), col = i % 4; const x = 150 + col * 150 + (row % 2) * 60, y = 470 - row * 95; return row > 2 ? '' : shadow(x, y + 40, 80, 10) + `<path d="M${x - 80} ${y + 40} Q ${x - 95} ${y - 20} ${x - 70} ${y - 50} L ${x + 70} ${y - 50} Q ${x + 95} ${y - 20} ${x + 80} ${y + 40} Z" fill="${lin(['#f5f5f4', '#d6d3d1'])}"/><path d="M${x - 60} ${y - 10} h 120" stroke="#16a34a" stroke-width="10"/>` + bn(x, y + 24, 26, '#b91c1c', 'চাল'); }).join('') +
  `<rect x="40" y="60" width="160" height="120" rx="8" fill="#475569"/><rect x="60" y="80" width="120" height="20" fill="#94a3b8"/><circle cx="120" cy="140" r="24" fill="#94a3b8"/>`);

/** A clinic building with a red cross. */
export const clinic = () => picture(W, H, () =>
  outdoors(W, H, 480, 13) + shadow(400, 490, 340, 16, 0.4) +
  `<rect x="100" y="160" width="600" height="330" fill="${lin(['#f8fafc', '#cbd5e1'])}"/><rect x="90" y="140" width="620" height="30" fill="#0ea5e9"/>` +
  Array.from({ length: 10 }, (_, i) => `<rect x="${130 + (i % 5) * 112}" y="${200 + Math.floor(i / 5) * 110}" width="80" height="70" fill="${lin(['#bae6fd', '#0369a1'])}"/>`).join('') +
  `<rect x="340" y="400" width="120" height="90" fill="#0369a1"/><rect x="380" y="60" width="40" height="120" fill="#dc2626"/><rect x="340" y="100" width="120" height="40" fill="#dc2626"/><rect x="320" y="40" width="160" height="160" fill="none"/>` +
  `<rect x="250" y="320" width="300" height="50" rx="6" fill="#fff"/>` + bn(400, 356, 30, '#0369a1', 'ক্লিনিক ও ডায়াগনস্টিক'));
