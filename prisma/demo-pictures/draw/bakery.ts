// Cakes, sweets and dairy: what a home baker or a doi maker sells.
import { DISH_FRAME, blur, clayPot, gloss, jar, lin, picture, plate, prng, rad, shadow, specks, woodTable } from './kit';

const W = 800, H = 600;
const dish = (body: () => string) => picture(W, H, body, DISH_FRAME);

/** A round layer cake on a stand with a slice cut out, its layers showing. */
function cake(o: { sponge: string[]; cream: string; top: string[]; drip?: string; decor: 'cherries' | 'roses' | 'crumbs'; name?: string }): string {
  const cx = 400, top = 250, rx = 220, ry = 70, hgt = 170;
  const drips = o.drip ? Array.from({ length: 16 }, (_, i) => {
    const x = cx - rx + 14 + i * ((rx * 2 - 28) / 15), len = 24 + ((i * 37) % 40);
    return `<rect x="${x - 9}" y="${top + ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2)) - 10}" width="18" height="${len}" rx="9"/>`;
  }).join('') : '';
  const decor = o.decor === 'cherries'
    ? [-120, -40, 40, 120].map((dx, i) => `<circle cx="${cx + dx}" cy="${top - 8 + (i % 2) * 14}" r="20" fill="${rad(['#ff6b6b', '#c0001a', '#7a0010'], 0.35, 0.35)}"/><path d="M${cx + dx} ${top - 26 + (i % 2) * 14} q 10 -30 30 -40" stroke="#2f6b1f" stroke-width="3" fill="none"/>` + gloss(cx + dx - 6, top - 14 + (i % 2) * 14, 8, 5, 0.8)).join('')
    : o.decor === 'roses'
      ? [-130, -45, 45, 130, 0].map((dx, i) => { const y = top + (i === 4 ? -30 : 0) + (Math.abs(dx) > 100 ? 10 : -6); return `<g transform="translate(${cx + dx} ${y})"><ellipse rx="30" ry="20" fill="${i % 2 ? '#f7a8c4' : '#fbd0df'}"/><path d="M-18 -2 q 18 -18 36 0 M-10 4 q 10 -10 20 0 M-22 6 q 22 14 44 0" stroke="#d9668f" stroke-width="3" fill="none"/><path d="M22 8 q 26 4 34 -12 q -20 -6 -34 12" fill="#5aa04a"/></g>`; }).join('')
      : specks(5, cx, top - 4, rx * 0.8, ry * 0.6, 60, '#fff', [2, 4], 0.9);
  // The cut: a wedge of the top and the face showing the layers.
  const layers = o.sponge.map((c, i) => `<rect x="${cx - 40}" y="${top + 20 + i * 52}" width="150" height="38" fill="${c}"/><rect x="${cx - 40}" y="${top + 58 + i * 52}" width="150" height="14" fill="${o.cream}"/>`).join('');
  return woodTable(W, H, 200, ['#7d5434', '#4b2d14'], ['#fdf2f4', '#f3dde3']) +
    // Stand.
    shadow(cx, 560, 260, 22, 0.5) + `<path d="M${cx - 60} 560 L ${cx + 60} 560 L ${cx + 30} 470 L ${cx - 30} 470 Z" fill="${lin(['#ffffff', '#cfd5db'], 0, 0, 1, 0)}"/>` +
    `<ellipse cx="${cx}" cy="${top + hgt + 36}" rx="${rx + 40}" ry="${ry * 0.9}" fill="${lin(['#ffffff', '#d8dde2'])}"/>` +
    // Body, then the cut face over it.
    `<path d="M${cx - rx} ${top} L ${cx - rx} ${top + hgt} A ${rx} ${ry} 0 0 0 ${cx + rx} ${top + hgt} L ${cx + rx} ${top} Z" fill="${lin(o.top.length > 1 ? [o.top[0]!, o.top[1]!] : [o.top[0]!, o.top[0]!], 0, 0, 1, 0)}"/>` +
    `<path d="M${cx - rx} ${top} L ${cx - rx} ${top + hgt} A ${rx} ${ry} 0 0 0 ${cx + rx} ${top + hgt} L ${cx + rx} ${top} Z" fill="${lin(['#fff@0.18', '#fff@0', '#000@0.25'], 0, 0, 1, 0)}"/>` +
    `<ellipse cx="${cx}" cy="${top}" rx="${rx}" ry="${ry}" fill="${rad([o.top[0]!, o.top[o.top.length - 1]!], 0.45, 0.4, 0.7)}"/>` +
    (o.drip ? `<g fill="${o.drip}">${drips}</g><ellipse cx="${cx}" cy="${top}" rx="${rx}" ry="${ry}" fill="${o.drip}"/>` + gloss(cx - 60, top - 20, 160, 26, 0.35) : '') +
    `<path d="M${cx - 40} ${top + 10} L ${cx + 110} ${top + 40} L ${cx + 110} ${top + hgt + 36} L ${cx - 40} ${top + hgt + 18} Z" fill="${o.cream}"/>` +
    `<g transform="skewY(11) translate(0 -${(cx - 40) * Math.tan((11 * Math.PI) / 180)})">${layers}</g>` +
    decor +
    // The slice on a plate.
    plate(660, 520, 110) + `<path d="M600 500 L 700 470 L 720 510 L 620 540 Z" fill="${o.top[0]}"/><path d="M600 500 L 620 540 L 620 470 L 600 440 Z" fill="${o.sponge[0]}"/>`;
}

export const chocolateCake = () => dish(() => cake({ sponge: ['#5a2e16', '#6b3a1e', '#5a2e16'], cream: '#3a1a0a', top: ['#4a230f', '#2e1407'], drip: '#2b1206', decor: 'cherries' }));
export const vanillaCake = () => dish(() => cake({ sponge: ['#f4dc9c', '#f6e2a8', '#f4dc9c'], cream: '#fff8ee', top: ['#fffaf3', '#f1e6d8'], decor: 'roses' }));
export const redVelvetCake = () => dish(() => cake({ sponge: ['#b0182d', '#a0142a', '#b0182d'], cream: '#fff8f0', top: ['#fffaf3', '#efe3d5'], decor: 'crumbs' }));

/** Six cupcakes in an open gift box. */
export const cupcakes = () => dish(() => {
  const frost = ['#f7a8c4', '#7b3f1f', '#fff3c4', '#b8e0f6', '#f7a8c4', '#c9f0c0'];
  const cups = ['#e85d8c', '#6a3b20', '#e8b23c', '#3c8dd6', '#8b5cf6', '#3da35d'];
  const items = [0, 1, 2, 3, 4, 5].map((i) => {
    const x = 230 + (i % 3) * 170, y = 300 + Math.floor(i / 3) * 150;
    return shadow(x, y + 70, 70, 14, 0.45) +
      `<path d="M${x - 60} ${y} L ${x + 60} ${y} L ${x + 45} ${y + 70} L ${x - 45} ${y + 70} Z" fill="${cups[i]}"/>` +
      [-40, -20, 0, 20, 40].map((d) => `<path d="M${x + d} ${y} L ${x + d * 0.75} ${y + 70}" stroke="#000" stroke-opacity="0.18" stroke-width="3"/>`).join('') +
      `<path d="M${x - 66} ${y + 4} C ${x - 80} ${y - 40} ${x - 30} ${y - 50} ${x - 20} ${y - 60} C ${x - 20} ${y - 95} ${x + 25} ${y - 95} ${x + 22} ${y - 62} C ${x + 40} ${y - 50} ${x + 80} ${y - 40} ${x + 66} ${y + 4} Z" fill="${frost[i]}"/>` +
      `<path d="M${x - 50} ${y - 20} q 50 20 100 0 M${x - 30} ${y - 50} q 30 14 60 0" stroke="#000" stroke-opacity="0.12" stroke-width="4" fill="none"/>` +
      gloss(x - 22, y - 48, 20, 10, 0.6) + `<circle cx="${x + 2}" cy="${y - 88}" r="11" fill="#d0021b"/>` + specks(200 + i, x, y - 30, 50, 25, 10, ['#ffd400', '#ff5da2', '#48c9ff'][i % 3]!, [2, 3.5], 0.9);
  }).join('');
  return woodTable(W, H, 170, ['#a07050', '#6e4428'], ['#fdf0f4', '#f5dde6']) + shadow(400, 560, 320, 26, 0.5) +
    `<rect x="100" y="200" width="600" height="360" rx="10" fill="#f6d3de"/><rect x="118" y="214" width="564" height="330" rx="6" fill="#fff7f9"/>` + items;
});

/** Round butter biscuits, some stacked, on a plate with a cup of tea. */
function biscuits(salted: boolean): string {
  const random = prng(salted ? 300 : 310);
  const one = (x: number, y: number, r: number) => shadow(x, y + r * 0.2, r, r * 0.35, 0.4) + `<ellipse cx="${x}" cy="${y + 7}" rx="${r}" ry="${r * 0.45}" fill="#a8682a"/>` +
    `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.45}" fill="${rad(salted ? ['#f3d08c', '#dba452', '#b9772f'] : ['#f7dc9a', '#e8b35e', '#c98a3c'])}"/>` +
    (salted ? specks(Math.round(x + y), x, y, r * 0.7, r * 0.3, 12, '#fff', [1.5, 2.5], 0.9) + `<g fill="#9a5a1e" opacity="0.6">${[-0.4, 0, 0.4].map((d) => `<circle cx="${x + d * r}" cy="${y}" r="3"/>`).join('')}</g>` : `<ellipse cx="${x}" cy="${y}" rx="${r * 0.7}" ry="${r * 0.3}" fill="none" stroke="#b8772f" stroke-width="3" stroke-dasharray="6 8" opacity="0.7"/>`);
  const parts: string[] = [];
  for (let i = 0; i < 5; i++) parts.push(one(250, 400 - i * 14, 70));
  for (let i = 0; i < 6; i++) parts.push(one(380 + random() * 160, 330 + random() * 150, 58 + random() * 10));
  return woodTable(W, H, 160, ['#7e5230', '#4b2c12'], ['#fbf1e2', '#eed8b8']) + plate(400, 400, 330) + parts.join('') +
    // Tea.
    shadow(670, 300, 60, 14) + `<path d="M620 200 L 720 200 L 710 300 L 630 300 Z" fill="${lin(['#ffffff', '#dfe3e7'], 0, 0, 1, 0)}"/><ellipse cx="670" cy="200" rx="50" ry="12" fill="#b06a2e"/><path d="M720 220 q 30 10 0 50" stroke="#dfe3e7" stroke-width="10" fill="none"/>`;
}
export const homeBiscuits = () => dish(() => biscuits(false));
export const saltedBiscuits = () => dish(() => biscuits(true));

/** Bogura's sweet curd set in a clay shora, one spoon taken. */
export const mishtiDoi = () => dish(() =>
  woodTable(W, H, 150, ['#7b4b22', '#4a2a0e']) + clayPot(400, 300, 300, 190, rad(['#e9b982', '#d29a5e', '#a9682e'], 0.5, 0.45, 0.6)) +
  `<ellipse cx="470" cy="300" rx="60" ry="20" fill="${rad(['#fbeedd', '#f3d9b4', '#c98f4c'])}"/>` + gloss(330, 285, 160, 20, 0.35) +
  plate(680, 470, 90, 'steel') + `<ellipse cx="680" cy="468" rx="40" ry="14" fill="#e8c28c"/>`);

export const tokDoi = () => dish(() =>
  woodTable(W, H, 150, ['#8a6a4a', '#574029']) + clayPot(380, 310, 280, 180, rad(['#ffffff', '#f5f3ee', '#e6e1d6'], 0.5, 0.45, 0.6)) +
  `<path d="M290 300 q 40 -16 80 0 q 40 16 80 0" stroke="#d9d3c6" stroke-width="5" fill="none"/>` +
  // Mint and a glass of borhani.
  shadow(680, 520, 55, 12) + `<path d="M635 380 L 725 380 L 715 520 L 645 520 Z" fill="${lin(['#f4f1e6', '#d8d2b4'])}"/>` + specks(7, 680, 440, 30, 60, 16, '#4c8a3a', [1.5, 3], 0.7) +
  [[150, 470], [190, 500], [120, 510]].map(([x, y]) => `<path d="M${x} ${y} c 20 -25 45 -15 40 10 c -20 10 -35 10 -40 -10 Z" fill="#3f8f35"/>`).join(''));

/** Ghee in a glass jar. */
export const ghee = () => dish(() =>
  woodTable(W, H, 170, ['#6f4a2a', '#3f2712'], ['#fff6e2', '#f1dfbd']) +
  jar(400, 520, 230, 300, '#c0392b', (x, y, w, h) => `<rect x="${x}" y="${y + h * 0.08}" width="${w}" height="${h}" fill="${lin(['#f7d774', '#e8b52e', '#c98c12'])}"/>` + specks(33, x + w / 2, y + h * 0.5, w * 0.45, h * 0.4, 60, '#fff3b0', [1.5, 3], 0.5), { text: 'গাওয়া ঘি', colour: '#8e2418' }) +
  // A spoon of ghee beside it.
  `<path d="M560 500 L 720 430" stroke="${lin(['#eef1f4', '#9aa3ab'])}" stroke-width="12" stroke-linecap="round"/><ellipse cx="560" cy="500" rx="40" ry="22" fill="${lin(['#f4f6f8', '#aab2ba'])}" transform="rotate(-22 560 500)"/><ellipse cx="560" cy="498" rx="28" ry="13" fill="#f0c84a" transform="rotate(-22 560 498)"/>`);

/** Rasmalai: flat soft discs in thickened saffron milk with pistachio. */
export const rasmalai = () => dish(() =>
  woodTable(W, H, 150, ['#7d5434', '#4b2d14'], ['#fff7ec', '#f2e0c7']) +
  `${shadow(400, 480, 300, 40, 0.5)}<path d="M100 300 C 110 470 250 500 400 500 C 550 500 690 470 700 300 Z" fill="${lin(['#ffffff', '#d7dde3'], 0, 0, 1, 0)}"/>` +
  `<ellipse cx="400" cy="300" rx="300" ry="90" fill="#f1f3f5"/><ellipse cx="400" cy="305" rx="275" ry="76" fill="${rad(['#fff3c9', '#f6df9a', '#eac46c'])}"/>` +
  [[300, 290], [420, 275], [520, 300], [360, 330], [470, 335]].map(([x, y], i) => `<ellipse cx="${x}" cy="${y! + 6}" rx="62" ry="24" fill="#e9d9b4"/><ellipse cx="${x}" cy="${y}" rx="62" ry="24" fill="${rad(['#fffef8', '#f7f0dc', '#e8d9b3'])}"/>` + specks(400 + i, x!, y!, 45, 14, 6, '#6aa84f', [2, 3.5], 0.9) + specks(410 + i, x!, y!, 45, 14, 3, '#e07b00', [1.5, 2.2], 0.9)).join(''));

/** Khirsa: milk cooked down to a thick cream, in a clay bowl. */
export const khirsa = () => dish(() =>
  woodTable(W, H, 150, ['#84562e', '#512f12']) + clayPot(400, 300, 270, 190, rad(['#fbeecb', '#f0d9a2', '#dcb676'], 0.45, 0.4, 0.6)) +
  `<path d="M260 300 q 70 -30 140 -4 q 70 28 140 -6" stroke="#e8cc8e" stroke-width="10" fill="none" opacity="0.8"/>` + gloss(360, 290, 140, 18, 0.4) +
  `<path d="M560 280 L 730 200" stroke="#7a4a1f" stroke-width="14" stroke-linecap="round"/><ellipse cx="548" cy="286" rx="36" ry="20" fill="#8a5628" transform="rotate(-25 548 286)"/>`);

/** Sandesh: pressed sweets in shell and round moulds. */
export const sandesh = () => dish(() => {
  const one = (x: number, y: number, shell: boolean, seed: number) => shadow(x, y + 26, 56, 12, 0.45) + (shell
    ? `<path d="M${x - 55} ${y + 20} Q ${x} ${y - 70} ${x + 55} ${y + 20} Z" fill="${rad(['#fff1cf', '#efd39a', '#cfa460'], 0.5, 0.7, 0.8)}"/>` + [-36, -18, 0, 18, 36].map((d) => `<path d="M${x} ${y + 18} L ${x + d} ${y - 24 + Math.abs(d) * 0.6}" stroke="#b98b45" stroke-width="3" opacity="0.6"/>`).join('')
    : `<ellipse cx="${x}" cy="${y + 10}" rx="52" ry="22" fill="#c9a064"/><ellipse cx="${x}" cy="${y}" rx="52" ry="22" fill="${rad(['#fff3d6', '#f0d49c'])}"/><path d="M${x - 20} ${y} q 20 -14 40 0 q -20 14 -40 0" stroke="#b98b45" stroke-width="3" fill="none"/>`) + specks(seed, x, y, 30, 10, 4, '#8a4a14', [1.5, 2.5], 0.8);
  return woodTable(W, H, 150, ['#7d5434', '#4b2d14']) + plate(400, 390, 330) +
    [[250, 330, 1], [380, 310, 0], [510, 330, 1], [300, 430, 0], [440, 440, 1], [570, 430, 0], [190, 420, 1]].map(([x, y, s], i) => one(x!, y!, s === 1, 500 + i)).join('');
});

/** Date-palm jaggery: patali discs and a bottle of liquid jhola gur. */
export const patali = () => dish(() =>
  woodTable(W, H, 150, ['#8a5a2b', '#5e3a18']) + plate(380, 400, 300, 'clay') +
  [[280, 370], [420, 350], [350, 450], [490, 450]].map(([x, y], i) => shadow(x!, y! + 30, 90, 18, 0.5) + `<ellipse cx="${x}" cy="${y! + 16}" rx="88" ry="36" fill="#4a2208"/><ellipse cx="${x}" cy="${y}" rx="88" ry="36" fill="${rad(['#c67a2c', '#9a4f14', '#6b3008'], 0.45, 0.4, 0.6)}"/>` + specks(600 + i, x!, y!, 70, 26, 20, '#e2a654', [1.5, 3], 0.5) + gloss(x! - 30, y! - 10, 60, 10, 0.4)).join(''));

export const jholaGur = () => dish(() =>
  woodTable(W, H, 150, ['#7e5230', '#4b2c12']) +
  // Bottle.
  shadow(300, 530, 90, 16) + `<path d="M250 200 L 350 200 L 350 240 C 400 270 400 300 400 330 L 400 520 L 200 520 L 200 330 C 200 300 200 270 250 240 Z" fill="${lin(['#7a3608', '#4a1d02'], 0, 0, 1, 0)}"/>` +
  `<rect x="255" y="160" width="90" height="44" rx="8" fill="#c0392b"/>` + gloss(232, 400, 20, 200, 0.45) +
  `<rect x="210" y="360" width="180" height="80" rx="8" fill="#f6e7c8"/><text x="300" y="412" font-family="Noto Serif Bengali" font-weight="bold" font-size="30" fill="#7a3608" text-anchor="middle">ঝোলা গুড়</text>` +
  // A bowl with gur being poured from a spoon.
  clayPot(580, 420, 150, 100, rad(['#a4521a', '#6b2c07', '#4a1d02'])) + gloss(550, 410, 80, 10, 0.4) +
  `<path d="M640 250 q -10 80 -40 150" stroke="#7a3608" stroke-width="10" fill="none"/><path d="M620 240 L 740 200" stroke="#8a5628" stroke-width="12" stroke-linecap="round"/><ellipse cx="640" cy="244" rx="30" ry="16" fill="#8a5628" transform="rotate(-18 640 244)"/>`);

/** Khichuri with beef and an egg on a plate. */
export const khichuri = () => dish(() => {
  const random = prng(700);
  const grains = Array.from({ length: 220 }, () => { const a = random() * Math.PI * 2, d = Math.sqrt(random()); const x = 360 + Math.cos(a) * d * 180, y = 380 + Math.sin(a) * d * 62; return `<ellipse cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="5" ry="2.4" transform="rotate(${(random() * 180).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`; }).join('');
  return woodTable(W, H, 150, ['#6c4526', '#3e2510']) + plate(400, 390, 320, 'steel') +
    `<ellipse cx="360" cy="380" rx="200" ry="72" fill="${rad(['#f2c64a', '#dca22a', '#b57a12'])}"/><g fill="#fbe08a" opacity="0.8">${grains}</g>` + specks(701, 360, 380, 170, 55, 30, '#8a5a12', [2, 4], 0.4) +
    [[470, 350], [520, 380], [490, 410], [560, 350]].map(([x, y]) => `<path d="M${x! - 26} ${y} q 0 -24 26 -24 q 30 0 28 22 q -4 22 -28 20 q -26 0 -26 -18 Z" fill="${rad(['#8a3a16', '#5a1e06'])}"/>` + gloss(x! - 6, y! - 12, 16, 6, 0.5)).join('') +
    `<ellipse cx="260" cy="360" rx="50" ry="30" fill="#fffaf0"/><ellipse cx="262" cy="358" rx="24" ry="16" fill="${rad(['#ffd54a', '#f0a500'])}"/>` +
    `<path d="M200 430 q 10 -20 30 -10" stroke="#2f8a2a" stroke-width="8" fill="none" stroke-linecap="round"/><circle cx="600" cy="440" r="18" fill="#f5f0d8"/><path d="M590 430 l 20 20" stroke="#3f8f35" stroke-width="3"/>`;
});

/** Pickle in a jar with a dish of it in front. */
function pickle(content: (x: number, y: number, w: number, h: number) => string, oil: string[], dish: string, label: string, lid: string): string {
  return woodTable(W, H, 160, ['#7d5434', '#4b2d14'], ['#fbf0dc', '#eed7b3']) +
    jar(330, 530, 240, 330, lid, (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${lin(oil)}"/>` + content(x, y, w, h), { text: label, colour: '#7a1f0f' }) +
    plate(610, 470, 130, 'clay') + dish;
}
const pieces = (seed: number, x: number, y: number, w: number, h: number, n: number, draw: (px: number, py: number, a: number, i: number) => string) => {
  const random = prng(seed);
  return Array.from({ length: n }, (_, i) => draw(x + 15 + random() * (w - 30), y + 20 + random() * (h - 30), random() * 360, i)).join('');
};

export const mangoPickle = () => dish(() => pickle(
  (x, y, w, h) => pieces(800, x, y, w, h, 26, (px, py, a) => `<path d="M${px} ${py} q 22 -18 44 0 q -22 14 -44 0 Z" fill="#e6a21c" stroke="#a86a0c" stroke-width="2" transform="rotate(${a} ${px} ${py})"/>`) + specks(801, x + w / 2, y + h / 2, w / 2, h / 2, 40, '#7a1f0f', [1.5, 3], 0.6),
  ['#c2561a', '#8e2f0a'], `<g>${pieces(802, 540, 440, 140, 40, 7, (px, py, a) => `<path d="M${px} ${py} q 22 -18 44 0 q -22 14 -44 0 Z" fill="#e9a522" stroke="#a86a0c" stroke-width="2" transform="rotate(${a} ${px} ${py})"/>`)}</g>`, 'আমের আচার', '#d35400'));

export const olivePickle = (hot = false) => dish(() => pickle(
  (x, y, w, h) => pieces(hot ? 820 : 810, x, y, w, h, 30, (px, py) => `<ellipse cx="${px}" cy="${py}" rx="20" ry="15" fill="${rad(['#b5c95a', '#7f9a2a', '#566b14'], 0.4, 0.35)}"/>`) + (hot ? pieces(821, x, y, w, h, 10, (px, py, a) => `<rect x="${px}" y="${py}" width="26" height="7" rx="3.5" fill="#c0241a" transform="rotate(${a} ${px} ${py})"/>`) : ''),
  hot ? ['#b8451a', '#7a2308'] : ['#c9802a', '#8a4e10'], pieces(hot ? 822 : 812, 545, 440, 130, 40, 8, (px, py) => `<ellipse cx="${px}" cy="${py}" rx="18" ry="13" fill="${rad(['#b5c95a', '#7f9a2a', '#566b14'], 0.4, 0.35)}"/>`), hot ? 'টক-ঝাল জলপাই' : 'জলপাই আচার', hot ? '#1e8449' : '#7d6608'));

export const garlicPickle = () => dish(() => pickle(
  (x, y, w, h) => pieces(830, x, y, w, h, 34, (px, py, a) => `<path d="M${px} ${py} q 10 -22 24 -4 q 4 14 -12 16 q -14 0 -12 -12 Z" fill="#f4ead2" stroke="#c9b88a" stroke-width="2" transform="rotate(${a} ${px} ${py})"/>`) + specks(831, x + w / 2, y + h / 2, w / 2, h / 2, 50, '#8e1b0b', [1.5, 3], 0.7),
  ['#b8451a', '#80260a'], pieces(832, 545, 440, 130, 40, 9, (px, py, a) => `<path d="M${px} ${py} q 10 -22 24 -4 q 4 14 -12 16 q -14 0 -12 -12 Z" fill="#f4ead2" stroke="#c9b88a" stroke-width="2" transform="rotate(${a} ${px} ${py})"/>`), 'রসুনের আচার', '#922b21'));

export const chaltaPickle = () => dish(() => pickle(
  (x, y, w, h) => pieces(840, x, y, w, h, 20, (px, py, a) => `<path d="M${px} ${py} l 36 -6 l -6 30 Z" fill="#d9c27a" stroke="#8f7a2e" stroke-width="2" transform="rotate(${a} ${px} ${py})"/>`) + specks(841, x + w / 2, y + h / 2, w / 2, h / 2, 40, '#5a2a08', [1.5, 3], 0.6),
  ['#a8681e', '#6e3c08'], pieces(842, 545, 440, 130, 40, 6, (px, py, a) => `<path d="M${px} ${py} l 36 -6 l -6 30 Z" fill="#e0cb84" stroke="#8f7a2e" stroke-width="2" transform="rotate(${a} ${px} ${py})"/>`), 'চালতার আচার', '#6e2c00'));

/** Honey with a dipper and mustard flowers. */
export const honey = () => dish(() =>
  woodTable(W, H, 170, ['#84562e', '#512f12'], ['#fdf7d8', '#f2e6a8']) +
  jar(330, 530, 250, 320, '#f1c40f', (x, y, w, h) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${lin(['#f7c531', '#e39a0b', '#b86a02'])}"/>` + gloss(x + w * 0.6, y + h * 0.5, w * 0.2, h * 0.5, 0.3), { text: 'সরিষা ফুলের মধু', colour: '#7d5a00' }) +
  // Dipper dripping honey.
  `<path d="M560 380 L 720 200" stroke="#9a6a3a" stroke-width="12" stroke-linecap="round"/>` + [0, 1, 2, 3].map((i) => `<ellipse cx="${548 + i * 6}" cy="${380 + i * 16}" rx="${34 - i * 2}" ry="10" fill="${i % 2 ? '#b77a3f' : '#d99b5a'}"/>`).join('') +
  `<path d="M560 440 q 6 40 -4 70" stroke="#e8a317" stroke-width="8" fill="none" stroke-linecap="round"/><ellipse cx="556" cy="516" rx="40" ry="10" fill="#e8a317"/>` +
  // Mustard flowers.
  [[640, 480], [680, 500], [700, 460], [660, 450], [730, 500]].map(([x, y]) => [0, 72, 144, 216, 288].map((a) => `<ellipse cx="${x}" cy="${y! - 8}" rx="5" ry="9" fill="#ffd400" transform="rotate(${a} ${x} ${y})"/>`).join('') + `<circle cx="${x}" cy="${y}" r="4" fill="#d4a000"/>`).join(''));

/** Aromatic kalijira rice, heaped in a bowl and spilling from a sack. */
export const kalijiraRice = () => dish(() => {
  const random = prng(900);
  const grain = (cx: number, cy: number, rx: number, ry: number, n: number) => Array.from({ length: n }, () => { const a = random() * Math.PI * 2, d = Math.sqrt(random()); const x = cx + Math.cos(a) * d * rx, y = cy + Math.sin(a) * d * ry; return `<ellipse cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" rx="4" ry="1.8" transform="rotate(${(random() * 180).toFixed(0)} ${x.toFixed(1)} ${y.toFixed(1)})"/>`; }).join('');
  return woodTable(W, H, 160, ['#6c4526', '#3e2510']) +
    // Jute sack.
    shadow(230, 520, 150, 20) + `<path d="M100 520 C 90 380 110 260 150 210 L 320 210 C 360 260 380 380 360 520 Z" fill="${lin(['#c8a46a', '#9c7a45'], 0, 0, 1, 0)}"/>` +
    `<path d="M100 520 C 90 380 110 260 150 210 L 320 210 C 360 260 380 380 360 520 Z" fill="none" stroke="#7d5f32" stroke-width="3"/>` +
    `<ellipse cx="235" cy="215" rx="95" ry="26" fill="#f4eee0"/><g fill="#fffdf6">${grain(235, 212, 85, 20, 160)}</g>` +
    // Bowl heaped with rice.
    `<path d="M420 350 C 420 480 700 480 700 350 Z" fill="${lin(['#c1642f', '#7a3514'], 0, 0, 1, 0.3)}"/>` + shadow(560, 470, 120, 14) +
    `<path d="M430 350 C 460 260 660 260 690 350 Z" fill="#efe8d6"/><g fill="#fffdf6" stroke="#d8cfb8" stroke-width="0.6">${grain(560, 320, 120, 30, 320)}</g>` +
    `<g fill="#fffaf0" stroke="#d8cfb8" stroke-width="0.6">${grain(480, 520, 90, 16, 60)}</g>`;
});

/** Eggs in a bamboo basket: brown hen's eggs or pale duck eggs. */
export function eggs(duck: boolean): string {
  return dish(() => {
    const random = prng(duck ? 950 : 940);
    const egg = (x: number, y: number, a: number) => `<g transform="rotate(${a} ${x} ${y})">${shadow(x, y + 30, 34, 8, 0.4)}<ellipse cx="${x}" cy="${y}" rx="34" ry="44" fill="${rad(duck ? ['#ffffff', '#eef3ee', '#c9d3c8'] : ['#f6d7b0', '#d9a26a', '#a86b3a'], 0.38, 0.32, 0.7)}"/>${gloss(x - 12, y - 18, 10, 16, 0.6)}</g>`;
    const list: string[] = [];
    for (let row = 0; row < 3; row++) for (let col = 0; col < 5 - (row === 0 ? 1 : 0); col++) list.push(egg(240 + col * 80 + (row === 0 ? 40 : 0) + random() * 8, 260 + row * 50 + random() * 8, -30 + random() * 60));
    const weaveLines = Array.from({ length: 12 }, (_, i) => `<path d="M${150 + i * 45} 320 L ${190 + i * 38} 520" stroke="#7a5220" stroke-width="4" opacity="0.5"/>`).join('') + Array.from({ length: 6 }, (_, i) => `<path d="M150 ${350 + i * 32} Q 400 ${390 + i * 32} 650 ${350 + i * 32}" stroke="#7a5220" stroke-width="4" fill="none" opacity="0.5"/>`).join('');
    return woodTable(W, H, 170, ['#8a6a4a', '#574029'], duck ? ['#eaf2f2', '#d3e2e0'] : ['#fbf0dc', '#eed7b3']) + shadow(400, 540, 270, 24, 0.5) +
      `<ellipse cx="400" cy="320" rx="260" ry="60" fill="#6e4a1c"/>` + list.join('') +
      `<path d="M140 320 C 160 520 640 520 660 320 C 600 380 200 380 140 320 Z" fill="${lin(['#d8aa62', '#a7782e'])}"/>` + weaveLines +
      `<path d="M140 320 C 200 380 600 380 660 320" stroke="#8a6128" stroke-width="10" fill="none"/>`;
  });
}

/** A desi hen. */
export const desiChicken = () => dish(() =>
  `<rect width="${W}" height="${H}" fill="${lin(['#cfe7f5', '#f1f4e0'])}"/><rect y="400" width="${W}" height="200" fill="${lin(['#c9a46a', '#9c7a45'])}"/>` + specks(960, 400, 500, 380, 80, 60, '#e9d49a', [2, 5], 0.7) +
  `<path d="M40 400 C 120 360 200 390 260 370 L 260 400 Z" fill="#6aa84f" opacity="0.7"/>` + shadow(400, 500, 170, 22, 0.5) +
  // Tail, body, wing, neck, head.
  `<path d="M520 330 C 600 220 640 200 660 170 C 640 250 650 300 600 380 Z" fill="${lin(['#1f3d2b', '#0e1f15'])}"/><path d="M530 340 C 610 260 620 240 620 200 C 640 280 620 340 580 390 Z" fill="#2d5a3a"/>` +
  `<ellipse cx="420" cy="390" rx="180" ry="115" fill="${rad(['#c8702a', '#9a4a16', '#5a2608'], 0.4, 0.35, 0.7)}"/>` +
  `<path d="M360 360 C 430 330 520 350 540 410 C 480 440 400 430 360 360 Z" fill="${lin(['#7a3a10', '#4a1e06'])}"/>` + [0, 1, 2, 3].map((i) => `<path d="M${400 + i * 30} ${365 + i * 4} q 20 30 50 36" stroke="#c98a3a" stroke-width="3" fill="none" opacity="0.6"/>`).join('') +
  `<path d="M300 330 C 280 260 290 200 320 180 C 350 170 370 200 360 250 C 360 300 350 330 340 360 Z" fill="${lin(['#e0a040', '#b8661d'])}"/>` +
  `<circle cx="318" cy="190" r="40" fill="${rad(['#d68a2e', '#a85618'])}"/><path d="M300 150 q 8 -22 18 -6 q 8 -22 18 -4 q 10 -16 14 6 q -20 8 -50 4 Z" fill="#d0102a"/>` +
  `<path d="M280 190 L 250 200 L 280 206 Z" fill="#f0b429"/><path d="M292 212 q 6 22 -4 30 q -8 -10 4 -30" fill="#d0102a"/><circle cx="306" cy="186" r="6" fill="#fff"/><circle cx="305" cy="186" r="3.5" fill="#1a1a1a"/>` +
  `<path d="M400 495 L 395 545 M 395 545 l -22 10 M 395 545 l 14 12 M 460 495 L 465 545 M 465 545 l -18 12 M 465 545 l 20 8" stroke="#e0a030" stroke-width="8" stroke-linecap="round" fill="none"/>` +
  `<g opacity="0.5" filter="${blur(1)}">${specks(961, 430, 420, 140, 70, 40, '#f4c27a', [2, 4], 0.5)}</g>`);
