// Pitha, the winter rice cakes of Bengal, as a home maker would photograph them on her table.
import { DISH_FRAME, bananaLeaf, blur, clayPot, gloss, lin, picture, plate, prng, rad, shadow, specks, woodTable } from './kit';

const W = 800, H = 600;
const dish = (body: () => string) => picture(W, H, body, DISH_FRAME);

/** One bhapa pitha: a steamed rice-flour dome with jaggery showing at the top and coconut. */
function bhapa(cx: number, cy: number, r: number, seed: number): string {
  return shadow(cx, cy + r * 0.45, r * 1.05, r * 0.28, 0.45) +
    `<path d="M${cx - r} ${cy + r * 0.3} C ${cx - r} ${cy - r * 0.75} ${cx + r} ${cy - r * 0.75} ${cx + r} ${cy + r * 0.3} C ${cx + r * 0.6} ${cy + r * 0.55} ${cx - r * 0.6} ${cy + r * 0.55} ${cx - r} ${cy + r * 0.3} Z" fill="${rad(['#fffdf7', '#f3eadb', '#d9c8ae'], 0.45, 0.3, 0.75)}"/>` +
    specks(seed, cx, cy + r * 0.05, r * 0.8, r * 0.35, 40, '#c9b79a', [1, 2.2], 0.5) +
    `<ellipse cx="${cx + r * 0.05}" cy="${cy - r * 0.3}" rx="${r * 0.38}" ry="${r * 0.16}" fill="${rad(['#8a3d0c', '#6b2c07', '#a4581f@0.6'])}"/>` +
    specks(seed + 7, cx + r * 0.05, cy - r * 0.33, r * 0.5, r * 0.18, 22, '#fffaf0', [1.5, 3.2], 0.95) +
    gloss(cx - r * 0.4, cy - r * 0.15, r * 0.3, r * 0.16, 0.6, -20);
}

export const bhapaPitha = () => dish(() =>
  woodTable(W, H, 170) + bananaLeaf(400, 390, 640, -4) +
  [[250, 330, 80], [420, 300, 82], [580, 345, 78], [330, 440, 84], [510, 455, 82]].map(([x, y, r], i) => bhapa(x!, y!, r!, i + 1)).join('') +
  `<g opacity="0.55" filter="${blur(6)}"><path d="M300 150 c -20 -40 20 -60 0 -100" stroke="#fff" stroke-width="10" fill="none"/><path d="M470 140 c -20 -40 20 -60 0 -100" stroke="#fff" stroke-width="12" fill="none"/></g>`);

/** A chitoi: flat, white, pocked on top, browned at the rim. */
function chitoi(cx: number, cy: number, rx: number, seed: number, tone = '#f7f0e2'): string {
  const ry = rx * 0.45;
  const random = prng(seed);
  const pores = Array.from({ length: 34 }, () => {
    const a = random() * Math.PI * 2, d = Math.sqrt(random()) * 0.82;
    return `<ellipse cx="${(cx + Math.cos(a) * d * rx).toFixed(1)}" cy="${(cy + Math.sin(a) * d * ry).toFixed(1)}" rx="${(2 + random() * 3).toFixed(1)}" ry="${(1.2 + random() * 1.5).toFixed(1)}"/>`;
  }).join('');
  return shadow(cx, cy + ry * 0.4, rx, ry * 0.6, 0.4) +
    `<ellipse cx="${cx}" cy="${cy + 6}" rx="${rx}" ry="${ry}" fill="#b98b55"/>` +
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${rad([tone, tone, '#e7d3ae', '#c99a5c'], 0.5, 0.45, 0.55)}"/>` +
    `<g fill="#d6c2a0" opacity="0.75">${pores}</g>` + gloss(cx - rx * 0.3, cy - ry * 0.3, rx * 0.5, ry * 0.3, 0.4);
}

export const chitoiPitha = () => dish(() =>
  woodTable(W, H, 150, ['#7a4a22', '#4d2c10']) + plate(330, 380, 260, 'clay') +
  chitoi(270, 360, 120, 3) + chitoi(380, 330, 115, 5) + chitoi(330, 420, 122, 8) +
  // Mustard bhorta and shutki bhorta in small bowls.
  plate(640, 300, 95) + `<ellipse cx="640" cy="298" rx="62" ry="24" fill="${rad(['#e8c547', '#c79a1c'])}"/>` + specks(11, 640, 296, 55, 18, 25, '#8a6a10', [1, 2.5], 0.6) +
  plate(650, 470, 100) + `<ellipse cx="650" cy="468" rx="66" ry="26" fill="${rad(['#c8542a', '#8f2f12'])}"/>` + specks(12, 650, 466, 58, 20, 30, '#f2c14e', [1, 2.5], 0.5) +
  `<path d="M628 448 q 10 -12 22 -6" stroke="#3f7a2a" stroke-width="5" fill="none" stroke-linecap="round"/>`);

/** Chitoi soaked in date-palm juice and milk, in a clay bowl. */
export const dudhChitoi = () => dish(() =>
  woodTable(W, H, 140, ['#83532a', '#52300f']) +
  clayPot(400, 300, 290, 210, rad(['#f7e8cf', '#e9cfa2', '#d9b27a'])) +
  [[300, 300, 80], [450, 285, 85], [390, 335, 80]].map(([x, y, r], i) =>
    `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r! * 0.32}" fill="${rad(['#f4e2c0', '#dfc08c'])}" opacity="0.95"/>` + specks(30 + i, x!, y!, r! * 0.8, r! * 0.25, 18, '#c7a26b', [1.5, 3], 0.6)).join('') +
  `<path d="M180 300 q 80 40 220 30 q 140 -8 220 -40" stroke="#fff" stroke-width="6" fill="none" opacity="0.4" filter="${blur(3)}"/>` +
  specks(40, 400, 300, 240, 60, 14, '#7a3a10', [2, 4], 0.55) +
  // A glass of khejur rosh beside it.
  shadow(700, 520, 60, 12) + `<path d="M655 370 L 745 370 L 735 520 L 665 520 Z" fill="${lin(['#f1e0b8@0.9', '#d8b676@0.95'])}"/>` + gloss(675, 440, 10, 110, 0.6) +
  `<ellipse cx="700" cy="370" rx="45" ry="8" fill="#f7ebcf"/>`);

/** Patishapta: thin crepes rolled round a kheer-coconut filling. */
function roll(x: number, y: number, len: number, r: number, angle: number, seed: number): string {
  return `<g transform="translate(${x} ${y}) rotate(${angle})">` + shadow(0, r * 0.9, len * 0.55, r * 0.35, 0.45) +
    `<rect x="${-len / 2}" y="${-r}" width="${len}" height="${r * 2}" rx="${r}" fill="${lin(['#fbf1d8', '#efd9a8', '#c9995a'])}"/>` +
    specks(seed, 0, -r * 0.2, len * 0.45, r * 0.6, 26, '#b77a37', [1.5, 4], 0.55) +
    `<ellipse cx="${len / 2 - r * 0.15}" cy="0" rx="${r * 0.55}" ry="${r}" fill="#f3dfb0"/><ellipse cx="${len / 2 - r * 0.12}" cy="0" rx="${r * 0.36}" ry="${r * 0.72}" fill="${rad(['#fffaf0', '#f1e2bf'])}"/>` +
    specks(seed + 3, len / 2 - r * 0.12, 0, r * 0.3, r * 0.6, 10, '#c49a55', [1, 2], 0.7) +
    gloss(-len * 0.1, -r * 0.55, len * 0.6, r * 0.2, 0.5) + `</g>`;
}

export const patishapta = () => dish(() =>
  woodTable(W, H, 160, ['#8f6136', '#5a3918'], ['#fdf3e1', '#f0dcc0']) + plate(400, 380, 330) +
  roll(330, 330, 300, 36, -8, 1) + roll(420, 385, 310, 37, -6, 2) + roll(360, 445, 300, 36, -10, 3) +
  `<path d="M560 300 q 40 -10 70 20" stroke="#7b4a1c" stroke-width="7" fill="none" stroke-linecap="round" opacity="0.6"/>`);

/** A fried, syrup-soaked pitha with a carved flower (nakshi pitha). */
function nakshi(cx: number, cy: number, r: number, petals: number, rotation: number): string {
  const leaf = Array.from({ length: petals }, (_, i) => `<path d="M0 0 C ${r * 0.35} ${-r * 0.25} ${r * 0.35} ${-r * 0.75} 0 ${-r} C ${-r * 0.35} ${-r * 0.75} ${-r * 0.35} ${-r * 0.25} 0 0 Z" transform="rotate(${(360 / petals) * i})"/>`).join('');
  const carve = Array.from({ length: petals }, (_, i) => `<path d="M0 ${-r * 0.2} L 0 ${-r * 0.8} M -${r * 0.12} ${-r * 0.45} L 0 ${-r * 0.6} L ${r * 0.12} ${-r * 0.45}" transform="rotate(${(360 / petals) * i})"/>`).join('');
  return shadow(cx, cy + r * 0.35, r * 1.05, r * 0.3, 0.45) +
    `<g transform="translate(${cx} ${cy}) scale(1 0.62) rotate(${rotation})">` +
    `<g fill="#8a4a14" transform="translate(0 10)">${leaf}</g><g fill="${rad(['#f2c46b', '#d99234', '#a85a18'], 0.5, 0.5, 0.6)}">${leaf}</g>` +
    `<g stroke="#8a4512" stroke-width="3.5" fill="none" stroke-linecap="round" opacity="0.75">${carve}</g>` +
    `<circle r="${r * 0.18}" fill="#b8661d"/><circle r="${r * 0.08}" fill="#f6d48a"/></g>` +
    gloss(cx - r * 0.3, cy - r * 0.25, r * 0.35, r * 0.1, 0.55, -15);
}

export const nakshiPitha = () => dish(() =>
  woodTable(W, H, 150, ['#6f3f1d', '#42230b'], ['#fff1dc', '#f3d8b4']) + plate(400, 370, 340, 'steel') +
  nakshi(270, 330, 95, 8, 10) + nakshi(450, 305, 100, 6, 0) + nakshi(350, 430, 100, 10, 5) + nakshi(540, 420, 90, 8, 20) +
  `<path d="M120 520 q 40 -30 90 -10" stroke="#d99234" stroke-width="9" fill="none" opacity="0.5" stroke-linecap="round"/>`);

/** Puli: half-moon dumplings with a crimped edge, fried golden. */
function puli(cx: number, cy: number, r: number, angle: number, fried: boolean): string {
  const crimp = Array.from({ length: 13 }, (_, i) => {
    const a = Math.PI + (Math.PI * i) / 12;
    return `<circle cx="${(Math.cos(a) * r).toFixed(1)}" cy="${(Math.sin(a) * r * 0.9).toFixed(1)}" r="${r * 0.09}"/>`;
  }).join('');
  const [a, b, c] = fried ? ['#f5cf7a', '#dc9a3c', '#a65f1c'] : ['#fffaf0', '#f1e6d2', '#d8c6a6'];
  return `<g transform="translate(${cx} ${cy}) rotate(${angle})">` + shadow(0, r * 0.15, r * 1.05, r * 0.3, 0.45) +
    `<path d="M${-r} 0 A ${r} ${r * 0.9} 0 0 1 ${r} 0 Q 0 ${r * 0.25} ${-r} 0 Z" fill="${rad([a, b, c], 0.5, 0.75, 0.8)}"/>` +
    `<g fill="${c}" opacity="0.7">${crimp}</g>` + gloss(-r * 0.2, -r * 0.5, r * 0.7, r * 0.18, 0.55, -5) + `</g>`;
}

export const puliPitha = () => dish(() =>
  woodTable(W, H, 150, ['#8a5a2b', '#5e3a18'], ['#f8ecd8', '#ecd5b2']) + bananaLeaf(400, 400, 660, 6) +
  puli(240, 360, 95, -10, true) + puli(420, 330, 100, 5, true) + puli(580, 380, 92, 12, true) + puli(320, 470, 98, -4, true) + puli(510, 490, 96, 8, true) +
  // One cut open: coconut and jaggery inside.
  `<ellipse cx="690" cy="250" rx="60" ry="22" fill="${rad(['#a8561a', '#6e3208'])}"/>` + specks(9, 690, 248, 52, 16, 30, '#fff7e6', [1.5, 3], 0.9));

/** Teler pitha: jaggery fritters, dark and puffy. */
export const telerPitha = () => dish(() =>
  woodTable(W, H, 150, ['#7d4f26', '#4a2a0e']) + plate(400, 380, 320, 'steel') +
  [[260, 350, 78], [390, 320, 82], [520, 350, 76], [320, 440, 80], [470, 450, 80], [600, 430, 60]].map(([x, y, r], i) =>
    shadow(x!, y! + r! * 0.45, r! * 0.95, r! * 0.25, 0.5) +
    `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r! * 0.62}" fill="${rad(['#c27a34', '#8d4a16', '#5a2a08'], 0.42, 0.35, 0.7)}"/>` +
    specks(50 + i, x!, y!, r! * 0.8, r! * 0.45, 20, '#4a2206', [2, 4], 0.45) + gloss(x! - r! * 0.3, y! - r! * 0.3, r! * 0.5, r! * 0.14, 0.5, -20)).join(''));

/** Malpua: soft pancakes with lacy crisp edges, glistening with syrup. */
export const malpua = () => dish(() =>
  woodTable(W, H, 150, ['#8d5b2c', '#583513'], ['#fff3e3', '#f1dcbc']) + plate(400, 380, 330) +
  [[300, 350, 115], [480, 330, 110], [390, 440, 120]].map(([x, y, r], i) => {
    const random = prng(70 + i);
    const lace = Array.from({ length: 28 }, (_, k) => { const a = (k / 28) * Math.PI * 2; const rr = r! * (1.02 + random() * 0.1); return `${(x! + Math.cos(a) * rr).toFixed(1)},${(y! + Math.sin(a) * rr * 0.45).toFixed(1)}`; }).join(' ');
    return shadow(x!, y! + 18, r!, r! * 0.3, 0.4) + `<polygon points="${lace}" fill="#7a3c0e"/>` +
      `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r! * 0.45}" fill="${rad(['#e0a24e', '#c07428', '#8a4612'], 0.5, 0.45, 0.6)}"/>` +
      specks(80 + i, x!, y!, r! * 0.75, r! * 0.3, 30, '#7a3c0e', [1.5, 3.5], 0.5) + gloss(x! - r! * 0.2, y! - r! * 0.15, r! * 0.7, r! * 0.12, 0.7, -4);
  }).join('') +
  `<path d="M560 440 q 50 10 60 50" stroke="#c98a2e" stroke-width="10" fill="none" opacity="0.5" stroke-linecap="round"/>`);

/** Chui pitha: hand-rolled rice noodles in thick milk and jaggery. */
export const chuiPitha = () => dish(() => {
  const random = prng(91);
  const bits = Array.from({ length: 120 }, () => {
    const x = 200 + random() * 400, y = 270 + random() * 70, a = random() * 180;
    return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(14 + random() * 10).toFixed(1)}" height="5" rx="2.5" transform="rotate(${a.toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`;
  }).join('');
  return woodTable(W, H, 140, ['#6e4420', '#43260b']) +
    clayPot(400, 300, 280, 200, rad(['#f3e1bd', '#e2c28a', '#c99a58'])) +
    `<g fill="#fff7e6" opacity="0.9">${bits}</g>` +
    specks(92, 400, 300, 220, 55, 10, '#8a4a14', [3, 5], 0.4) +
    // A spoon resting on the rim.
    `<path d="M560 260 L 720 180" stroke="${lin(['#eef1f4', '#9aa3ab'])}" stroke-width="14" stroke-linecap="round"/><ellipse cx="545" cy="268" rx="34" ry="20" fill="${lin(['#f4f6f8', '#aab2ba'])}" transform="rotate(-28 545 268)"/>`;
});

/** Jhal pitha: flat savoury cakes with green chilli, onion and coriander. */
export const jhalPitha = () => dish(() =>
  woodTable(W, H, 150, ['#8a5a2b', '#5e3a18']) + bananaLeaf(400, 390, 660, -6) +
  [[260, 340, 105], [470, 320, 110], [360, 450, 112], [580, 450, 90]].map(([x, y, r], i) => {
    const random = prng(100 + i);
    const chilli = Array.from({ length: 7 }, () => { const cx = x! + (random() - 0.5) * r! * 1.3, cy = y! + (random() - 0.5) * r! * 0.55; return `<rect x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" width="16" height="6" rx="3" fill="#2f8a2a" transform="rotate(${(random() * 180).toFixed(0)} ${cx.toFixed(1)} ${cy.toFixed(1)})"/>`; }).join('');
    const onion = Array.from({ length: 6 }, () => { const cx = x! + (random() - 0.5) * r! * 1.2, cy = y! + (random() - 0.5) * r! * 0.5; return `<path d="M${cx.toFixed(1)} ${cy.toFixed(1)} a 12 7 0 0 1 20 0" stroke="#b04a7a" stroke-width="3" fill="none"/>`; }).join('');
    return shadow(x!, y! + 16, r!, r! * 0.28, 0.45) + `<ellipse cx="${x}" cy="${y! + 6}" rx="${r}" ry="${r! * 0.42}" fill="#9a5a22"/>` +
      `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r! * 0.42}" fill="${rad(['#f1cf86', '#d9a24f', '#b06a26'], 0.5, 0.45, 0.6)}"/>` + chilli + onion + specks(110 + i, x!, y!, r! * 0.8, r! * 0.3, 20, '#7a3c0e', [1.5, 3], 0.45);
  }).join('') +
  // Two whole green chillies.
  `<path d="M640 240 q 60 -20 100 30" stroke="#2f8a2a" stroke-width="14" fill="none" stroke-linecap="round"/><path d="M620 270 q 70 -5 100 50" stroke="#3d9b33" stroke-width="12" fill="none" stroke-linecap="round"/>`);

/** Narkel naru: coconut-jaggery balls in a gift box. */
export const narkelNaru = () => dish(() => {
  const balls: string[] = [];
  const random = prng(120);
  for (let row = 0; row < 4; row++) for (let col = 0; col < 5; col++) {
    const x = 235 + col * 82 + (row % 2) * 12, y = 250 + row * 66, r = 36 + random() * 4;
    balls.push(shadow(x, y + r * 0.7, r * 0.9, r * 0.3, 0.5) + `<circle cx="${x}" cy="${y}" r="${r.toFixed(1)}" fill="${rad(['#e0a95a', '#b8742c', '#7d4413'], 0.38, 0.35, 0.65)}"/>` + specks(130 + row * 5 + col, x, y, r * 0.8, r * 0.8, 14, '#fff1d6', [1.2, 2.5], 0.8));
  }
  return woodTable(W, H, 130, ['#8a5a2b', '#5e3a18'], ['#fbeede', '#efd6b4']) + shadow(400, 530, 290, 30, 0.5) +
    `<path d="M170 200 L 630 200 L 660 540 L 140 540 Z" fill="${lin(['#c0392b', '#8e2418'])}"/><path d="M190 215 L 610 215 L 636 520 L 164 520 Z" fill="#f6e7c8"/>` +
    balls.join('') + `<path d="M140 540 L 660 540 L 650 560 L 150 560 Z" fill="#6e1a10"/>`;
});
