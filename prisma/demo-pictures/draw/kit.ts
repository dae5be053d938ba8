// The drawing kit the demo pictures share: an SVG document that collects its own gradients and
// filters, soft shadows, and a few surfaces (a wooden table, a wall, cloth) the pictures stand on.
// Everything is deterministic, so a picture drawn twice is the same picture.
import { prng } from '../../seed/prng';

export { prng };

let defs: string[] = [];
let serial = 0;
const blurs = new Map<number, string>();

/** The frame of a dish on the table: the food fills more of the picture, the wall less. */
export const DISH_FRAME = '60 90 680 510';

/**
 * Starts a picture: what the body registers (gradients, filters) lands in its <defs>. `frame` is
 * the part of the drawing shown (a viewBox), the whole of it unless told.
 */
export function picture(width: number, height: number, body: () => string, frame = `0 0 ${width} ${height}`): string {
  defs = [];
  serial = 0;
  blurs.clear();
  const content = body();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${frame}"><defs>${defs.join('')}</defs>${content}</svg>`;
}

const id = (prefix: string) => `${prefix}${++serial}`;
const stopsOf = (stops: (string | [number, string])[]) =>
  stops.map((s, i) => (Array.isArray(s) ? s : [stops.length === 1 ? 0 : i / (stops.length - 1), s] as [number, string])).map(([o, c]) => {
    const [colour, opacity] = c.split('@');
    return `<stop offset="${o}" stop-color="${colour}"${opacity ? ` stop-opacity="${opacity}"` : ''}/>`;
  }).join('');

/** A linear gradient (top to bottom unless told); a colour may carry an opacity as "#fff@0.5". */
export function lin(stops: (string | [number, string])[], x1 = 0, y1 = 0, x2 = 0, y2 = 1): string {
  const g = id('l');
  defs.push(`<linearGradient id="${g}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stopsOf(stops)}</linearGradient>`);
  return `url(#${g})`;
}

/** A radial gradient centred at (cx, cy) of the shape's box, focus at (fx, fy). */
export function rad(stops: (string | [number, string])[], cx = 0.5, cy = 0.5, r = 0.5, fx = cx, fy = cy): string {
  const g = id('r');
  defs.push(`<radialGradient id="${g}" cx="${cx}" cy="${cy}" r="${r}" fx="${fx}" fy="${fy}">${stopsOf(stops)}</radialGradient>`);
  return `url(#${g})`;
}

/** A Gaussian blur filter of the given deviation. */
export function blur(deviation: number): string {
  let f = blurs.get(deviation);
  if (!f) {
    f = id('b');
    blurs.set(deviation, f);
    defs.push(`<filter id="${f}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`);
  }
  return `url(#${f})`;
}

/** A repeating pattern tile. */
export function pattern(width: number, height: number, content: string, transform = ''): string {
  const p = id('p');
  defs.push(`<pattern id="${p}" width="${width}" height="${height}" patternUnits="userSpaceOnUse"${transform ? ` patternTransform="${transform}"` : ''}>${content}</pattern>`);
  return `url(#${p})`;
}

/** A clip path; returns the attribute value for clip-path. */
export function clip(shape: string): string {
  const c = id('c');
  defs.push(`<clipPath id="${c}">${shape}</clipPath>`);
  return `url(#${c})`;
}


const r1 = (n: number) => Math.round(n * 10) / 10;

/** A soft contact shadow under an object. */
export const shadow = (cx: number, cy: number, rx: number, ry: number, opacity = 0.35) =>
  `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(rx)}" ry="${r1(ry)}" fill="#2a1606" opacity="${opacity}" filter="${blur(Math.max(4, ry / 2.5))}"/>`;

/** A glossy highlight streak. */
export const gloss = (x: number, y: number, w: number, h: number, opacity = 0.45, angle = 0) =>
  `<ellipse cx="${r1(x)}" cy="${r1(y)}" rx="${r1(w / 2)}" ry="${r1(h / 2)}" fill="#fff" opacity="${opacity}" filter="${blur(Math.max(1.5, Math.min(w, h) / 5))}" transform="rotate(${angle} ${r1(x)} ${r1(y)})"/>`;

/** Random specks inside an ellipse (grated coconut, sesame, pores). */
export function specks(seed: number, cx: number, cy: number, rx: number, ry: number, count: number, colour: string, size: [number, number] = [1.5, 3.5], opacity = 0.8): string {
  const random = prng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = random() * Math.PI * 2;
    const d = Math.sqrt(random());
    const s = size[0] + random() * (size[1] - size[0]);
    out.push(`<ellipse cx="${r1(cx + Math.cos(a) * d * rx)}" cy="${r1(cy + Math.sin(a) * d * ry)}" rx="${r1(s)}" ry="${r1(s * (0.6 + random() * 0.4))}" transform="rotate(${Math.round(random() * 180)} ${r1(cx + Math.cos(a) * d * rx)} ${r1(cy + Math.sin(a) * d * ry)})"/>`);
  }
  return `<g fill="${colour}" opacity="${opacity}">${out.join('')}</g>`;
}

/** A wall above a wooden table seen at an angle: the usual stage for food. */
export function woodTable(w: number, h: number, horizon: number, wood = ['#8a5a2b', '#5e3a18'], wall = ['#f6ead7', '#e9d3b3']): string {
  const random = prng(Math.round(horizon * 7 + w));
  const grain: string[] = [];
  for (let i = 0; i < 16; i++) {
    const y = horizon + 10 + i * ((h - horizon) / 16) + random() * 8;
    const wob = 4 + random() * 8;
    grain.push(`<path d="M0 ${r1(y)} C ${r1(w * 0.25)} ${r1(y - wob)} ${r1(w * 0.5)} ${r1(y + wob)} ${r1(w * 0.75)} ${r1(y - wob / 2)} S ${w} ${r1(y + wob)} ${w} ${r1(y)}" stroke="#3b2410" stroke-width="${r1(1 + random() * 2)}" fill="none" opacity="${r1(0.12 + random() * 0.15)}"/>`);
  }
  return `<rect width="${w}" height="${horizon}" fill="${lin(wall)}"/>` +
    `<rect y="${horizon}" width="${w}" height="${h - horizon}" fill="${lin([wood[0]!, wood[1]!])}"/>` + grain.join('') +
    `<rect y="${horizon}" width="${w}" height="6" fill="#2d1a0a" opacity="0.25"/>` +
    `<rect width="${w}" height="${h}" fill="${rad(['#000@0', '#000@0.28'], 0.5, 0.45, 0.75)}"/>`;
}

/** A plain interior wall with a floor. */
export function room(w: number, h: number, floorAt: number, wall = ['#eef2f3', '#d9e1e4'], floor = ['#c9b79c', '#a38d6d']): string {
  return `<rect width="${w}" height="${floorAt}" fill="${lin(wall)}"/><rect y="${floorAt}" width="${w}" height="${h - floorAt}" fill="${lin(floor)}"/>` +
    `<rect y="${floorAt - 8}" width="${w}" height="10" fill="#fff" opacity="0.6"/><rect y="${floorAt + 2}" width="${w}" height="4" fill="#000" opacity="0.08"/>` +
    `<rect width="${w}" height="${h}" fill="${rad(['#000@0', '#000@0.22'], 0.5, 0.45, 0.8)}"/>`;
}

/** Sky, distant trees and ground: the stage for houses and vehicles. */
export function outdoors(w: number, h: number, ground: number, seed = 1, grass = ['#8fbf5a', '#5f8f35']): string {
  const random = prng(seed);
  const trees: string[] = [];
  for (let x = -20; x < w + 40; x += 40 + random() * 50) {
    const r = 30 + random() * 35;
    const tone = ['#4d7c2f', '#3f6b26', '#5b8c36'][Math.floor(random() * 3)]!;
    trees.push(`<ellipse cx="${r1(x)}" cy="${r1(ground - r * 0.6)}" rx="${r1(r)}" ry="${r1(r * 0.85)}" fill="${tone}"/>`);
  }
  const palm = (x: number, s: number) => `<g transform="translate(${x} ${ground}) scale(${s})"><path d="M0 0 C 4 -60 -4 -120 6 -170" stroke="#6b4a2b" stroke-width="9" fill="none"/>` +
    [-60, -25, 10, 45, 80, 120].map((a) => `<path d="M6 -170 q ${r1(Math.cos((a * Math.PI) / 180) * 50)} ${r1(-30 + Math.sin((a * Math.PI) / 180) * 40)} ${r1(Math.cos((a * Math.PI) / 180) * 95)} ${r1(Math.sin((a * Math.PI) / 180) * 60 + 10)}" stroke="#3f7a2a" stroke-width="10" fill="none" stroke-linecap="round"/>`).join('') + `</g>`;
  return `<rect width="${w}" height="${ground}" fill="${lin(['#8ec9ef', '#d6eefa', '#f4f9ec'])}"/>` +
    `<g opacity="0.9">${trees.join('')}</g>` + palm(w * 0.1, 0.9) + palm(w * 0.93, 0.75) +
    `<rect y="${ground - 4}" width="${w}" height="${h - ground + 4}" fill="${lin(grass)}"/>` +
    `<ellipse cx="${w * 0.2}" cy="70" rx="70" ry="18" fill="#fff" opacity="0.8"/><ellipse cx="${w * 0.26}" cy="58" rx="45" ry="20" fill="#fff" opacity="0.8"/>` +
    `<ellipse cx="${w * 0.72}" cy="90" rx="80" ry="16" fill="#fff" opacity="0.7"/>`;
}

/** A round plate (steel or white china) seen at an angle; content goes on top. */
export function plate(cx: number, cy: number, rx: number, kind: 'china' | 'steel' | 'clay' = 'china'): string {
  const ry = rx * 0.42;
  const [rim, well] = kind === 'steel' ? [['#f1f3f5', '#9aa3ab'], ['#c9d0d6', '#eef1f4']] : kind === 'clay' ? [['#d7844e', '#8f4521'], ['#b9643a', '#cf7b4b']] : [['#ffffff', '#d9dde2'], ['#eef0f2', '#ffffff']];
  return shadow(cx, cy + ry * 0.35, rx * 1.02, ry * 0.9, 0.4) +
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${r1(ry)}" fill="${lin(rim)}"/>` +
    `<ellipse cx="${cx}" cy="${r1(cy + ry * 0.04)}" rx="${r1(rx * 0.74)}" ry="${r1(ry * 0.7)}" fill="${lin(well)}"/>` +
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${r1(ry)}" fill="none" stroke="#000" stroke-opacity="0.08" stroke-width="2"/>`;
}

/** A banana leaf under food. */
export function bananaLeaf(cx: number, cy: number, length: number, angle = -8): string {
  const half = length / 2;
  const veins = Array.from({ length: 14 }, (_, i) => {
    const x = -half + 30 + i * ((length - 60) / 13);
    return `<path d="M${r1(x)} 0 L${r1(x + 28)} ${r1(-half * 0.32)} M${r1(x)} 0 L${r1(x + 28)} ${r1(half * 0.32)}" stroke="#2f6b1f" stroke-width="2" opacity="0.35"/>`;
  }).join('');
  return `<g transform="translate(${cx} ${cy}) rotate(${angle})">` + shadow(0, 14, half, half * 0.3, 0.3) +
    `<path d="M${-half} 0 C ${-half * 0.6} ${-half * 0.42} ${half * 0.6} ${-half * 0.4} ${half} -6 C ${half * 0.6} ${half * 0.4} ${-half * 0.6} ${half * 0.42} ${-half} 0 Z" fill="${lin(['#6fbf4a', '#3e8a2a'])}"/>` +
    `<path d="M${-half} 0 L ${half} -6" stroke="#b9e08a" stroke-width="4" opacity="0.8"/>` + veins + `</g>`;
}

/** A clay bowl (shora / matir bati) with its mouth as an ellipse; fill is what it holds. */
export function clayPot(cx: number, cy: number, rx: number, depth: number, fill: string, fillEdge = '#00000022'): string {
  const ry = rx * 0.32;
  return shadow(cx, cy + depth + 4, rx * 0.85, ry * 0.7, 0.45) +
    `<path d="M${cx - rx} ${cy} C ${cx - rx} ${cy + depth * 0.9} ${cx - rx * 0.55} ${cy + depth} ${cx} ${cy + depth} C ${cx + rx * 0.55} ${cy + depth} ${cx + rx} ${cy + depth * 0.9} ${cx + rx} ${cy} Z" fill="${lin(['#c1642f', '#a14c20', '#7a3514'], 0, 0, 1, 0.3)}"/>` +
    `<path d="M${cx - rx * 0.8} ${r1(cy + depth * 0.35)} Q ${cx} ${r1(cy + depth * 0.55)} ${cx + rx * 0.8} ${r1(cy + depth * 0.35)}" stroke="#5c250c" stroke-width="2" fill="none" opacity="0.35"/>` +
    gloss(cx - rx * 0.55, cy + depth * 0.45, rx * 0.18, depth * 0.5, 0.25, 15) +
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${r1(ry)}" fill="#b5582a"/>` +
    `<ellipse cx="${cx}" cy="${r1(cy + 2)}" rx="${r1(rx - 9)}" ry="${r1(ry - 5)}" fill="${fill}"/>` +
    `<ellipse cx="${cx}" cy="${r1(cy + 2)}" rx="${r1(rx - 9)}" ry="${r1(ry - 5)}" fill="none" stroke="${fillEdge}" stroke-width="6"/>`;
}

/** A glass jar with a lid; `inside` is drawn clipped to the jar's body (pickle, honey, ghee). */
export function jar(cx: number, bottom: number, w: number, h: number, lid: string, inside: (x: number, y: number, w: number, h: number) => string, label?: { text: string; colour: string }): string {
  const x = cx - w / 2, y = bottom - h;
  const body = `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${w * 0.16}"/>`;
  return shadow(cx, bottom, w * 0.6, 14, 0.45) +
    `<g clip-path="${clip(body)}">${inside(x, y + h * 0.1, w, h * 0.9)}</g>` +
    `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${w * 0.16}" fill="${lin(['#fff@0.35', '#fff@0.05', '#fff@0.25'], 0, 0, 1, 0)}" stroke="#ffffff" stroke-opacity="0.6" stroke-width="3"/>` +
    (label ? `<rect x="${x + 8}" y="${r1(y + h * 0.42)}" width="${w - 16}" height="${r1(h * 0.3)}" rx="6" fill="${label.colour}" opacity="0.95"/><text x="${cx}" y="${r1(y + h * 0.62)}" font-family="Noto Serif Bengali, Noto Sans Bengali" font-weight="bold" font-size="${r1(Math.min(h * 0.12, (w - 34) / (label.text.length * 0.52)))}" fill="#fff" text-anchor="middle">${label.text}</text>` : '') +
    gloss(x + w * 0.2, y + h * 0.45, w * 0.09, h * 0.6, 0.6) +
    `<rect x="${x + w * 0.06}" y="${y - h * 0.1}" width="${w * 0.88}" height="${h * 0.14}" rx="6" fill="${lid}"/>` +
    `<rect x="${x + w * 0.06}" y="${y - h * 0.1}" width="${w * 0.88}" height="${h * 0.14}" rx="6" fill="${lin(['#fff@0.35', '#fff@0', '#000@0.25'])}"/>`;
}

/** Vertical lines of a fabric's weave, for a subtle texture. */
export function weave(colour: string, gap = 6, opacity = 0.12): string {
  return pattern(gap, gap, `<rect width="${gap}" height="${gap}" fill="none"/><path d="M0 0 V${gap} M0 0 H${gap}" stroke="${colour}" stroke-width="1" opacity="${opacity}"/>`);
}
