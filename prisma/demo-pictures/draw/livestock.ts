// Animals for the cattle market's demo listings (issue 17): a bull, a cow and a goat standing in a
// yard, side on, the way sellers photograph them for a haat. Drawn with plain shapes and gradients.
import { lin, outdoors, picture, shadow, specks } from './kit';

const W = 800;
const H = 600;
const GROUND = 380;

interface Beast {
  /** Body colour, light to dark. */
  coat: [string, string];
  /** Patches (Friesian), drawn over the body. */
  patches?: string;
  hump?: boolean;
  horns?: 'short' | 'curved' | 'none';
  /** 1 = a big bull; a goat is drawn smaller and slimmer. */
  size: number;
  goat?: boolean;
  seed: number;
}

function beast(b: Beast): string {
  const s = b.size;
  const cx = 390;
  const legTop = 420;
  const bodyRx = (b.goat ? 165 : 215) * s;
  const bodyRy = (b.goat ? 78 : 105) * s;
  const bodyCy = legTop - bodyRy * 0.55;
  const legH = (b.goat ? 120 : 110) * s;
  const legW = (b.goat ? 16 : 28) * s;
  const feet = legTop + legH;
  const fill = lin([b.coat[0], b.coat[1]]);
  const legFill = lin([b.coat[1], '#2b2118']);
  const leg = (x: number, back: boolean) =>
    `<rect x="${x - legW / 2}" y="${legTop - 20 * s}" width="${legW}" height="${legH + 20 * s}" rx="${legW / 2}" fill="${legFill}" opacity="${back ? 0.85 : 1}"/>` +
    `<rect x="${x - legW / 2 - 2}" y="${feet - 10 * s}" width="${legW + 4}" height="${12 * s}" rx="3" fill="#1f1a16"/>`;
  const front = cx + bodyRx * 0.62;
  const rear = cx - bodyRx * 0.62;
  const headX = cx + bodyRx + (b.goat ? 20 : 40) * s;
  const headY = bodyCy - bodyRy * (b.goat ? 0.9 : 0.55);
  const head =
    // Neck, then the head and muzzle.
    `<path d="M ${cx + bodyRx * 0.55} ${bodyCy - bodyRy * 0.7} Q ${headX - 30 * s} ${headY - 30 * s} ${headX} ${headY - 10 * s} L ${headX + 10 * s} ${headY + 45 * s} Q ${cx + bodyRx * 0.8} ${bodyCy + bodyRy * 0.2} ${cx + bodyRx * 0.6} ${bodyCy + bodyRy * 0.3} Z" fill="${fill}"/>` +
    `<ellipse cx="${headX + 25 * s}" cy="${headY + 15 * s}" rx="${(b.goat ? 38 : 52) * s}" ry="${(b.goat ? 26 : 36) * s}" transform="rotate(25 ${headX + 25 * s} ${headY + 15 * s})" fill="${fill}"/>` +
    `<ellipse cx="${headX + 62 * s}" cy="${headY + 38 * s}" rx="${(b.goat ? 16 : 24) * s}" ry="${(b.goat ? 13 : 19) * s}" fill="${b.goat ? '#3a2f28' : '#c99a8a'}"/>` +
    `<circle cx="${headX + 30 * s}" cy="${headY + 2 * s}" r="${5 * s}" fill="#111"/>` +
    // The ear.
    `<ellipse cx="${headX - 8 * s}" cy="${headY + (b.goat ? 18 : 5) * s}" rx="${(b.goat ? 12 : 26) * s}" ry="${(b.goat ? 30 : 10) * s}" transform="rotate(${b.goat ? 20 : -15} ${headX - 8 * s} ${headY + 5 * s})" fill="${b.coat[1]}"/>` +
    (b.goat ? `<path d="M ${headX + 55 * s} ${headY + 50 * s} l ${-6 * s} ${26 * s} l ${10 * s} ${-4 * s} Z" fill="#2a221c"/>` : '');
  const horns =
    b.horns === 'curved'
      ? `<path d="M ${headX} ${headY - 12 * s} q ${-10 * s} ${-45 * s} ${25 * s} ${-55 * s}" stroke="#e8dcc2" stroke-width="${9 * s}" fill="none" stroke-linecap="round"/>`
      : b.horns === 'short'
        ? `<path d="M ${headX + 4 * s} ${headY - 14 * s} q ${8 * s} ${-20 * s} ${22 * s} ${-24 * s}" stroke="#e8dcc2" stroke-width="${8 * s}" fill="none" stroke-linecap="round"/>`
        : '';
  const hump = b.hump ? `<ellipse cx="${cx + bodyRx * 0.45}" cy="${bodyCy - bodyRy * 0.85}" rx="${55 * s}" ry="${45 * s}" fill="${fill}"/>` : '';
  const tail = `<path d="M ${cx - bodyRx + 6} ${bodyCy - bodyRy * 0.4} q ${-30 * s} ${b.goat ? -50 * s : 60 * s} ${-18 * s} ${b.goat ? -70 * s : 150 * s}" stroke="${b.coat[1]}" stroke-width="${(b.goat ? 10 : 8) * s}" fill="none" stroke-linecap="round"/>` +
    (b.goat ? '' : `<ellipse cx="${cx - bodyRx - 12 * s}" cy="${bodyCy - bodyRy * 0.4 + 150 * s}" rx="${9 * s}" ry="${20 * s}" fill="#1f1a16"/>`);
  return (
    shadow(cx + 20, feet + 4, bodyRx * 1.25, 22, 0.3) +
    leg(rear + 25 * s, true) + leg(front - 25 * s, true) + tail +
    `<ellipse cx="${cx}" cy="${bodyCy}" rx="${bodyRx}" ry="${bodyRy}" fill="${fill}"/>` +
    (b.patches ?? '') + hump +
    `<ellipse cx="${cx - 20}" cy="${bodyCy - bodyRy * 0.45}" rx="${bodyRx * 0.7}" ry="${bodyRy * 0.25}" fill="#fff" opacity="0.12"/>` +
    specks(b.seed, cx, bodyCy, bodyRx * 0.8, bodyRy * 0.7, 60, '#000', [1, 2.5], 0.08) +
    leg(rear, false) + leg(front, false) + head + horns
  );
}

/** A rope to the bamboo post the animal is tied to. */
const post = `<rect x="690" y="300" width="16" height="230" rx="5" fill="#8a6a3b"/><rect x="686" y="296" width="24" height="10" rx="4" fill="#6b4f2a"/>`;

/** The yard, then the animal: drawn inside picture() so their gradients land in its <defs>. */
const yard = (seed: number, animal: Beast) => picture(W, H, () => outdoors(W, H, GROUND, seed, ['#a8b86a', '#7f8f45']) + post + beast(animal));

export const deshiBull = () => yard(3, { coat: ['#b5652e', '#7a3d17'], hump: true, horns: 'curved', size: 0.95, seed: 11 });
export const shahiwalBull = () => yard(5, { coat: ['#c98b55', '#8e5429'], hump: true, horns: 'short', size: 1.05, seed: 12 });
export const friesianCow = () =>
  yard(
    7,
    {
      coat: ['#f4f2ee', '#cfcac2'],
      patches: `<path d="M 300 300 q 60 -40 110 5 q 20 50 -40 70 q -70 10 -70 -75 Z" fill="#1d1d1f"/><path d="M 470 340 q 50 -30 90 10 q 0 40 -60 45 Z" fill="#1d1d1f"/><path d="M 230 330 q 20 -20 40 0 q 5 30 -30 30 Z" fill="#1d1d1f"/>`,
      horns: 'none',
      size: 1,
      seed: 13,
    },
  );
export const blackGoat = () => yard(9, { coat: ['#3b3530', '#141210'], horns: 'curved', size: 0.9, goat: true, seed: 14 });
export const brownGoat = () => yard(11, { coat: ['#9c6b3f', '#5a3a1e'], horns: 'short', size: 0.85, goat: true, seed: 15 });
