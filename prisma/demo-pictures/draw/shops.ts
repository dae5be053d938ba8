// Shop logos (a Bengali word on a shape of its own, in the shop's colour, with a small emblem) and
// banners (three of the shop's own product pictures side by side).
import { gloss, lin, picture, rad, shadow } from './kit';

const S = 480;
const C = S / 2;

type Shape = 'scallop' | 'rounded' | 'diamond' | 'circle' | 'hexagon' | 'star' | 'arch' | 'leaf';

function shape(kind: Shape, r: number): string {
  const poly = (n: number, rot: number, rr = r) => Array.from({ length: n }, (_, i) => { const a = rot + (i * 2 * Math.PI) / n; return `${(C + Math.cos(a) * rr).toFixed(1)},${(C + Math.sin(a) * rr).toFixed(1)}`; }).join(' ');
  switch (kind) {
    case 'scallop': return Array.from({ length: 14 }, (_, i) => { const a = (i * 2 * Math.PI) / 14; return `<circle cx="${(C + Math.cos(a) * r * 0.86).toFixed(1)}" cy="${(C + Math.sin(a) * r * 0.86).toFixed(1)}" r="${(r * 0.22).toFixed(1)}"/>`; }).join('') + `<circle cx="${C}" cy="${C}" r="${r * 0.88}"/>`;
    case 'rounded': return `<rect x="${C - r * 0.85}" y="${C - r * 0.85}" width="${r * 1.7}" height="${r * 1.7}" rx="${r * 0.35}"/>`;
    case 'diamond': return `<rect x="${C - r * 0.78}" y="${C - r * 0.78}" width="${r * 1.56}" height="${r * 1.56}" rx="${r * 0.18}" transform="rotate(45 ${C} ${C})"/>`;
    case 'circle': return `<circle cx="${C}" cy="${C}" r="${r * 0.95}"/>`;
    case 'hexagon': return `<polygon points="${poly(6, Math.PI / 6, r)}" stroke-linejoin="round"/>`;
    case 'star': return `<polygon points="${Array.from({ length: 16 }, (_, i) => { const a = (i * Math.PI) / 8 - Math.PI / 2; const rr = i % 2 ? r * 0.82 : r; return `${(C + Math.cos(a) * rr).toFixed(1)},${(C + Math.sin(a) * rr).toFixed(1)}`; }).join(' ')}"/>`;
    case 'arch': return `<path d="M${C - r * 0.8} ${C + r * 0.85} V ${C - r * 0.1} A ${r * 0.8} ${r * 0.8} 0 0 1 ${C + r * 0.8} ${C - r * 0.1} V ${C + r * 0.85} Z"/>`;
    case 'leaf': return `<path d="M${C} ${C - r} C ${C + r * 1.1} ${C - r * 0.6} ${C + r * 0.9} ${C + r * 0.8} ${C} ${C + r} C ${C - r * 0.9} ${C + r * 0.8} ${C - r * 1.1} ${C - r * 0.6} ${C} ${C - r} Z"/>`;
  }
}

/** Small emblems, drawn around (0, 0) at about 60 px. */
const emblems = {
  pitha: (c: string) => `<path d="M-34 10 C -34 -24 34 -24 34 10 C 20 18 -20 18 -34 10 Z" fill="#fffaf0" stroke="${c}" stroke-width="4"/><ellipse cx="0" cy="-8" rx="12" ry="5" fill="#7a2f08"/>`,
  cake: (c: string) => `<rect x="-30" y="-12" width="60" height="30" rx="4" fill="#fff" stroke="${c}" stroke-width="4"/><path d="M-30 -2 h 60" stroke="${c}" stroke-width="4"/><rect x="-3" y="-32" width="6" height="18" fill="${c}"/><path d="M0 -44 q 7 8 0 12 q -7 -4 0 -12" fill="#f59e0b"/>`,
  stitch: (c: string) => Array.from({ length: 8 }, (_, i) => `<ellipse cx="0" cy="-20" rx="8" ry="18" transform="rotate(${i * 45})" fill="none" stroke="${c}" stroke-width="4" stroke-dasharray="6 4"/>`).join('') + `<circle r="7" fill="${c}"/>`,
  pot: () => `<path d="M-38 -10 C -38 24 -18 30 0 30 C 18 30 38 24 38 -10 Z" fill="#b5582a"/><ellipse cx="0" cy="-10" rx="38" ry="10" fill="#fff7e6" stroke="#8f3d14" stroke-width="3"/>`,
  jar: (c: string) => `<rect x="-22" y="-26" width="44" height="54" rx="8" fill="#fff7e6" stroke="${c}" stroke-width="4"/><rect x="-18" y="-38" width="36" height="12" rx="3" fill="${c}"/><path d="M-14 0 q 14 -12 28 0" stroke="#d97706" stroke-width="6" fill="none"/>`,
  leaf: (c: string) => `<path d="M-30 20 C -30 -20 10 -36 36 -30 C 30 -2 14 30 -30 20 Z" fill="#fff7e6" stroke="${c}" stroke-width="4"/><path d="M-26 16 L 28 -24" stroke="${c}" stroke-width="3"/>`,
  shuttle: (c: string) => `<path d="M-44 0 C -20 -16 20 -16 44 0 C 20 16 -20 16 -44 0 Z" fill="#fff7e6" stroke="${c}" stroke-width="4"/><rect x="-12" y="-5" width="24" height="10" rx="3" fill="${c}"/>`,
  bee: (c: string) => `<ellipse cx="0" cy="4" rx="26" ry="18" fill="#f5c518" stroke="#1c1917" stroke-width="3"/><path d="M-8 -12 v 32 M 8 -12 v 32" stroke="#1c1917" stroke-width="6"/><ellipse cx="-10" cy="-18" rx="14" ry="9" fill="#e0f2fe" stroke="${c}" stroke-width="3"/><ellipse cx="12" cy="-18" rx="14" ry="9" fill="#e0f2fe" stroke="${c}" stroke-width="3"/>`,
} satisfies Record<string, (c: string) => string>;

export interface LogoSpec {
  word: string;
  colours: [string, string];
  shape: Shape;
  emblem: keyof typeof emblems;
  /** Font size of the word. */
  size: number;
}

/** A logo: the shop's colour, a pale shape, a Bengali word and a small emblem above it. */
export function logo(spec: LogoSpec): string {
  const [colour, dark] = spec.colours;
  return picture(S, S, () =>
    `<rect width="${S}" height="${S}" fill="${rad([colour, dark], 0.4, 0.35, 0.8)}"/>` +
    `<g fill="#000" opacity="0.25" transform="translate(0 8)">${shape(spec.shape, 168)}</g>` +
    `<g fill="${lin(['#fffdf7', '#fbeed8'])}">${shape(spec.shape, 168)}</g>` +
    `<g fill="none" stroke="${colour}" stroke-width="4" stroke-dasharray="10 8" transform="translate(${C} ${C}) scale(0.86) translate(${-C} ${-C})">${shape(spec.shape, 168)}</g>` +
    `<g transform="translate(${C} ${C - 78}) scale(0.9)">${emblems[spec.emblem](dark)}</g>` +
    `<text x="${C}" y="${C + 62}" font-family="Noto Serif Bengali" font-weight="bold" font-size="${spec.size}" fill="${dark}" text-anchor="middle">${spec.word}</text>` +
    gloss(C - 80, C - 130, 120, 20, 0.25, -25));
}

/** A 3:1 banner: three of the shop's pictures, cropped square, in frames of its colour. */
export function banner(colour: string, panels: string[]): string {
  const w = 1200, h = 400;
  let n = 0;
  // Each panel is a whole picture of its own: its gradient and filter ids get a prefix so they cannot clash.
  const nest = (svg: string, x: number) => {
    const prefix = `p${++n}`;
    const inner = svg.replace(/(id="|url\(#)([a-z]\d+)/g, `$1${prefix}$2`).replace(/^<svg [^>]*>/, `<svg x="${x}" y="0" width="400" height="400" viewBox="150 100 500 500" preserveAspectRatio="xMidYMid slice">`);
    return inner;
  };
  return picture(w, h, () => panels.map((p, i) => nest(p, i * 400)).join('') +
    [400, 800].map((x) => `<rect x="${x - 4}" y="0" width="8" height="${h}" fill="${colour}"/>`).join('') +
    `<rect width="${w}" height="${h}" fill="${lin(['#000@0', '#000@0', '#000@0.25'])}"/>` +
    `<rect width="${w}" height="10" fill="${colour}"/>` + shadow(600, 0, 600, 6, 0.2));
}
