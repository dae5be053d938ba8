// Work around the house: electric, plumbing, carpentry, masonry, paint, cleaning.
import { blur, gloss, lin, outdoors, pattern, picture, prng, rad, room, shadow, specks, woodTable } from './kit';

const W = 800, H = 600;

/** A screwdriver-type tester lying at an angle. */
const tester = (x: number, y: number, a: number) => `<g transform="translate(${x} ${y}) rotate(${a})"><rect x="-70" y="-11" width="90" height="22" rx="10" fill="${lin(['#ef4444', '#991b1b'])}"/><rect x="-52" y="-7" width="22" height="14" rx="4" fill="#fde68a" opacity="0.8"/><rect x="20" y="-4" width="70" height="8" fill="${lin(['#e5e7eb', '#6b7280'])}"/></g>`;

/** A modern switchboard with switches, a socket and a fan regulator, cables running to it. */
export const switchboard = () => picture(W, H, () =>
  room(W, H, 560, ['#f5efe6', '#e8dccb']) +
  // Conduits.
  `<rect x="392" y="0" width="16" height="170" fill="${lin(['#f9fafb', '#d1d5db'], 0, 0, 1, 0)}"/><rect x="0" y="110" width="250" height="16" fill="${lin(['#f9fafb', '#d1d5db'])}"/>` +
  shadow(400, 360, 230, 150, 0.35) +
  `<rect x="180" y="170" width="440" height="280" rx="18" fill="${lin(['#ffffff', '#e5e7eb'])}"/><rect x="180" y="170" width="440" height="280" rx="18" fill="none" stroke="#cbd5e1" stroke-width="3"/>` +
  [0, 1, 2, 3].map((i) => { const x = 214 + i * 70; return `<rect x="${x}" y="210" width="56" height="96" rx="8" fill="#f8fafc" stroke="#cbd5e1" stroke-width="2"/><rect x="${x + 8}" y="${i % 2 ? 258 : 218}" width="40" height="40" rx="6" fill="${lin(['#ffffff', '#d1d5db'])}"/><circle cx="${x + 28}" cy="${i % 2 ? 268 : 228}" r="4" fill="${i === 1 ? '#ef4444' : '#9ca3af'}"/>`; }).join('') +
  // A three-pin socket.
  `<rect x="214" y="326" width="266" height="100" rx="10" fill="#f8fafc" stroke="#cbd5e1" stroke-width="2"/><circle cx="347" cy="360" r="11" fill="#1f2937"/><circle cx="320" cy="398" r="9" fill="#1f2937"/><circle cx="374" cy="398" r="9" fill="#1f2937"/><circle cx="250" cy="376" r="8" fill="#ef4444"/>` +
  // Fan regulator.
  `<rect x="500" y="210" width="90" height="216" rx="10" fill="#f8fafc" stroke="#cbd5e1" stroke-width="2"/><circle cx="545" cy="300" r="32" fill="${rad(['#ffffff', '#9ca3af'])}"/><rect x="541" y="272" width="8" height="22" rx="4" fill="#374151"/>` +
  [1, 2, 3, 4, 5].map((n, i) => `<text x="${510 + i * 17}" y="370" font-size="14" font-family="sans-serif" fill="#6b7280">${n}</text>`).join('') +
  gloss(260, 190, 200, 10, 0.6) + tester(640, 520, -25) +
  // Coil of cable on the floor.
  [0, 1, 2].map((i) => `<ellipse cx="150" cy="${540 - i * 6}" rx="${90 - i * 8}" ry="${34 - i * 3}" fill="none" stroke="${i % 2 ? '#dc2626' : '#b91c1c'}" stroke-width="12"/>`).join(''));

/** A ceiling fan, just fitted, blades a blur of motion at the tips. */
export const ceilingFan = () => picture(W, H, () => {
  const blade = (a: number) => `<g transform="rotate(${a} 400 250)"><path d="M430 240 L 720 215 Q 760 250 720 285 L 430 262 Z" fill="${lin(['#f5f5f4', '#a8a29e'])}"/><path d="M430 240 L 720 215 Q 760 250 720 285 L 430 262 Z" fill="none" stroke="#78716c" stroke-width="2"/></g>`;
  return `<rect width="${W}" height="${H}" fill="${lin(['#f8fafc', '#e2e8f0', '#cbd5e1'])}"/><rect width="${W}" height="70" fill="${lin(['#ffffff', '#e5e7eb'])}"/>` +
    `<rect x="390" y="60" width="20" height="150" fill="${lin(['#e7e5e4', '#78716c'], 0, 0, 1, 0)}"/><path d="M370 70 L 430 70 L 420 50 L 380 50 Z" fill="#a8a29e"/>` +
    `<g opacity="0.35" filter="${blur(6)}">${[20, 140, 260].map(blade).join('')}</g>` + [0, 120, 240].map(blade).join('') +
    `<ellipse cx="400" cy="250" rx="70" ry="46" fill="${rad(['#ffffff', '#d6d3d1', '#78716c'], 0.4, 0.3)}"/><ellipse cx="400" cy="270" rx="40" ry="16" fill="#a8a29e"/>` +
    gloss(380, 236, 40, 10, 0.8) +
    // A ladder and the electrician's bag below.
    `<g stroke="#b45309" stroke-width="12" stroke-linecap="round"><path d="M120 600 L 190 330 M 240 600 L 290 330"/>${[0, 1, 2, 3].map((i) => `<path d="M${136 + i * -16 + i * 2} ${540 - i * 65} L ${252 + i * -12} ${540 - i * 65}"/>`).join('')}</g>` +
    shadow(620, 590, 110, 12) + `<rect x="520" y="500" width="200" height="90" rx="16" fill="${lin(['#1d4ed8', '#1e3a8a'])}"/><path d="M570 500 q 50 -50 100 0" stroke="#1e3a8a" stroke-width="10" fill="none"/>` + tester(610, 545, -5);
});

/** House wiring: cables clipped along a wall into a junction box, pliers and tape. */
export const wiring = () => picture(W, H, () => {
  const run = (d: string, c: string) => `<path d="${d}" stroke="#1f2937" stroke-width="13" fill="none" opacity="0.25" transform="translate(3 4)"/><path d="${d}" stroke="${c}" stroke-width="10" fill="none" stroke-linecap="round"/>`;
  return room(W, H, 600, ['#fdf6ec', '#eedfc8']) +
    run('M0 150 H 330 Q 350 150 350 170 V 260', '#dc2626') + run('M0 175 H 320 Q 335 175 335 190 V 260', '#111827') + run('M0 200 H 300 Q 318 200 318 218 V 260', '#16a34a') +
    run('M480 300 H 800', '#dc2626') + run('M480 325 H 800', '#111827') + run('M400 380 V 600', '#1d4ed8') +
    [60, 160, 260, 560, 660, 760].map((x) => `<rect x="${x - 8}" y="${x < 400 ? 142 : 292}" width="16" height="${x < 400 ? 70 : 42}" rx="3" fill="#f3f4f6" stroke="#9ca3af"/>`).join('') +
    shadow(400, 330, 100, 70, 0.4) + `<rect x="300" y="250" width="200" height="140" rx="12" fill="${lin(['#f9fafb', '#d1d5db'])}"/><rect x="320" y="268" width="160" height="104" rx="8" fill="#e5e7eb"/>` +
    `<path d="M340 290 q 30 40 60 10 q 20 -20 60 20" stroke="#dc2626" stroke-width="6" fill="none"/><path d="M340 320 q 40 20 110 -10" stroke="#111827" stroke-width="6" fill="none"/>` +
    [[350, 300], [420, 300], [450, 330]].map(([x, y]) => `<path d="M${x} ${y} l 10 -6 l 8 10 l -10 6 Z" fill="#fbbf24"/>`).join('') +
    // Pliers and a roll of insulating tape.
    `<g transform="translate(600 470) rotate(-30)"><path d="M-80 -8 L 0 -4 L 40 -14 L 44 -4 L 0 6 L -80 10 Z" fill="#dc2626"/><path d="M-80 14 L 0 8 L 40 16 L 44 6 L 0 -2 L -80 -6 Z" fill="#f59e0b" transform="translate(0 14)"/><path d="M0 0 L 70 -6 L 70 10 Z" fill="#6b7280"/></g>` +
    `<circle cx="170" cy="470" r="44" fill="#1f2937"/><circle cx="170" cy="470" r="20" fill="#fdf6ec"/>` + gloss(155, 450, 20, 8, 0.3);
});

/** A steel tap over a basin, pipes below, a wrench at work. */
export const tapAndPipes = () => picture(W, H, () =>
  `<rect width="${W}" height="${H}" fill="${pattern(80, 80, `<rect width="80" height="80" fill="#e0f2fe"/><rect width="80" height="80" fill="none" stroke="#bae6fd" stroke-width="3"/>`)}"/>` +
  `<rect width="${W}" height="${H}" fill="${rad(['#000@0', '#000@0.2'], 0.5, 0.4, 0.8)}"/>` +
  // Basin.
  shadow(400, 330, 250, 30, 0.4) + `<path d="M140 250 L 660 250 Q 650 360 540 370 L 260 370 Q 150 360 140 250 Z" fill="${lin(['#ffffff', '#d1d5db'], 0, 0, 1, 0)}"/><ellipse cx="400" cy="250" rx="260" ry="30" fill="#f8fafc"/><ellipse cx="400" cy="255" rx="220" ry="22" fill="${lin(['#e5e7eb', '#f9fafb'])}"/>` +
  // Tap and water.
  `<rect x="380" y="120" width="40" height="110" rx="8" fill="${lin(['#f3f4f6', '#9ca3af', '#e5e7eb'], 0, 0, 1, 0)}"/><path d="M400 130 Q 400 100 440 100 L 500 100 Q 520 100 520 120 L 520 150 L 496 150 L 496 128 L 440 128 Z" fill="${lin(['#f9fafb', '#9ca3af'])}"/><rect x="370" y="200" width="60" height="30" rx="6" fill="#9ca3af"/><rect x="388" y="96" width="24" height="28" rx="4" fill="#2563eb"/>` +
  `<path d="M500 150 Q 504 200 506 250" stroke="#7dd3fc" stroke-width="14" fill="none" opacity="0.8"/>` + gloss(504, 200, 4, 60, 0.9) +
  // Pipes under it.
  `<path d="M400 370 V 430 Q 400 470 440 470 H 800" stroke="${lin(['#f8fafc', '#94a3b8'], 0, 0, 1, 0)}" stroke-width="34" fill="none"/><path d="M240 370 V 600" stroke="#64748b" stroke-width="26"/><path d="M560 370 V 600" stroke="#64748b" stroke-width="26"/>` +
  `<rect x="380" y="410" width="40" height="30" rx="4" fill="#475569"/>` +
  // Pipe wrench.
  `<g transform="translate(470 470) rotate(35)"><rect x="-12" y="0" width="24" height="170" rx="8" fill="${lin(['#ef4444', '#7f1d1d'], 0, 0, 1, 0)}"/><path d="M-26 -40 h 52 v 40 h -52 Z" fill="#6b7280"/><path d="M-26 -40 h 40 v -14 h -40 Z" fill="#9ca3af"/></g>`);

/** A water pump and the tank on the roof it fills. */
export const waterPump = () => picture(W, H, () =>
  `<rect width="${W}" height="${H}" fill="${lin(['#bfdbfe', '#eff6ff'])}"/><rect y="330" width="${W}" height="270" fill="${lin(['#d6d3d1', '#a8a29e'])}"/>` +
  // Roof tank.
  shadow(600, 320, 130, 14) + `<rect x="480" y="110" width="240" height="210" rx="30" fill="${lin(['#111827', '#374151', '#111827'], 0, 0, 1, 0)}"/>` + [150, 200, 250].map((y) => `<rect x="480" y="${y}" width="240" height="10" fill="#4b5563"/>`).join('') + `<ellipse cx="600" cy="112" rx="120" ry="16" fill="#1f2937"/><ellipse cx="600" cy="104" rx="40" ry="10" fill="#4b5563"/>` +
  `<path d="M300 440 V 360 H 440 V 200 H 480" stroke="#f8fafc" stroke-width="22" fill="none"/><path d="M300 440 V 360 H 440 V 200 H 480" stroke="#94a3b8" stroke-width="22" fill="none" opacity="0.35"/>` +
  // The pump.
  shadow(240, 520, 160, 18, 0.5) + `<rect x="120" y="420" width="260" height="30" rx="6" fill="#374151"/>` +
  `<rect x="140" y="360" width="160" height="90" rx="30" fill="${lin(['#3b82f6', '#1e3a8a'])}"/>` + [0, 1, 2, 3, 4, 5].map((i) => `<rect x="${150 + i * 24}" y="370" width="10" height="70" rx="5" fill="#1e40af"/>`).join('') +
  `<circle cx="320" cy="405" r="48" fill="${rad(['#d1d5db', '#6b7280'])}"/><circle cx="320" cy="405" r="20" fill="#4b5563"/><rect x="290" y="430" width="20" height="90" fill="#94a3b8"/>` + gloss(200, 375, 90, 10, 0.5) +
  `<rect x="60" y="250" width="70" height="90" rx="8" fill="#f3f4f6" stroke="#9ca3af" stroke-width="3"/><circle cx="95" cy="285" r="14" fill="#16a34a"/><path d="M95 340 V 400 H 140" stroke="#111827" stroke-width="6" fill="none"/>`);

/** A teak almirah with carved panels, newly polished. */
export const almirah = () => picture(W, H, () =>
  room(W, H, 500, ['#fef3c7', '#f5e1b0'], ['#a16207', '#713f12']) + shadow(400, 505, 230, 18, 0.55) +
  `<rect x="190" y="60" width="420" height="440" rx="8" fill="${lin(['#9a5b26', '#6b3a14', '#8a4f1e'], 0, 0, 1, 0)}"/>` +
  `<rect x="170" y="40" width="460" height="36" rx="6" fill="${lin(['#a8662e', '#6b3a14'])}"/><path d="M180 40 Q 400 -10 620 40" fill="#8a4f1e"/>` +
  [210, 405].map((x) => `<rect x="${x}" y="96" width="185" height="300" rx="6" fill="${lin(['#8a4f1e', '#5c3010'])}"/><rect x="${x + 18}" y="114" width="149" height="264" rx="40" fill="none" stroke="#c08040" stroke-width="5" opacity="0.7"/>` +
    `<path d="M${x + 92} 170 c -30 30 -30 70 0 90 c 30 -20 30 -60 0 -90 Z" fill="none" stroke="#d19a5a" stroke-width="4" opacity="0.8"/><circle cx="${x + 92}" cy="300" r="16" fill="none" stroke="#d19a5a" stroke-width="4" opacity="0.8"/>`).join('') +
  `<rect x="385" y="230" width="10" height="40" rx="4" fill="#facc15"/><rect x="405" y="230" width="10" height="40" rx="4" fill="#facc15"/>` +
  `<rect x="210" y="410" width="380" height="72" rx="6" fill="${lin(['#7a431a', '#4e2a0e'])}"/><rect x="380" y="440" width="40" height="12" rx="6" fill="#facc15"/>` +
  gloss(280, 250, 30, 240, 0.22) + gloss(470, 250, 30, 240, 0.18) +
  // Wood shavings and a plane.
  `<g transform="translate(680 540)"><rect x="-60" y="-24" width="120" height="36" rx="6" fill="#b45309"/><path d="M-20 -24 q 20 -40 40 0" fill="#78350f"/></g>` +
  [[100, 560], [140, 575], [80, 585]].map(([x, y]) => `<path d="M${x} ${y} c 20 -20 40 0 20 10 c -10 4 -20 -4 -10 -10" stroke="#e0a060" stroke-width="5" fill="none"/>`).join(''));

/** A carpenter's bench: a plank, saw, hammer, chisel and square. */
export const carpentryTools = () => picture(W, H, () =>
  woodTable(W, H, 0, ['#d4a056', '#a16d2c'], ['#fff', '#fff']) +
  shadow(400, 300, 330, 40, 0.45) + `<rect x="60" y="230" width="680" height="110" rx="6" fill="${lin(['#f0c98a', '#c68f46'])}"/>` + specks(5, 400, 285, 320, 40, 30, '#a0692c', [2, 6], 0.3) +
  `<path d="M60 285 h 680" stroke="#8a5a2b" stroke-width="2" stroke-dasharray="14 10" opacity="0.6"/>` +
  // Saw.
  `<g transform="translate(150 160) rotate(-8)"><path d="M0 0 L 360 -10 L 360 50 L 0 70 Z" fill="${lin(['#f3f4f6', '#9ca3af'])}"/>${Array.from({ length: 30 }, (_, i) => `<path d="M${i * 12} ${70 - i * 0.67} l 6 10 l 6 -10" fill="#9ca3af"/>`).join('')}<path d="M360 -20 h 70 q 20 0 20 20 v 60 q 0 20 -20 20 h -70 Z" fill="#b91c1c"/><rect x="380" y="8" width="40" height="36" rx="10" fill="#d4a056"/></g>` +
  // Hammer.
  `<g transform="translate(200 430) rotate(-20)"><rect x="0" y="-10" width="220" height="22" rx="8" fill="${lin(['#b45309', '#78350f'])}"/><path d="M210 -40 h 50 v 80 h -50 Z" fill="${lin(['#6b7280', '#1f2937'], 0, 0, 1, 0)}"/><path d="M260 -40 q 40 10 40 40" stroke="#374151" stroke-width="14" fill="none"/></g>` +
  // Chisel and a try square.
  `<g transform="translate(520 420) rotate(15)"><rect x="0" y="-8" width="90" height="18" rx="6" fill="#d97706"/><path d="M90 -6 L 190 -4 L 200 2 L 190 8 L 90 8 Z" fill="#9ca3af"/></g>` +
  `<path d="M560 480 L 740 480 L 740 500 L 580 500 L 580 580 L 560 580 Z" fill="#9ca3af"/><rect x="560" y="480" width="24" height="100" fill="#78350f"/>` +
  [[100, 380], [700, 350], [450, 520]].map(([x, y]) => `<path d="M${x} ${y} c 20 -20 40 0 20 10 c -10 4 -20 -4 -10 -10" stroke="#e0a060" stroke-width="5" fill="none"/>`).join(''));

/** Bricks being laid: a half-built wall, mortar, trowel. */
export const brickWall = () => picture(W, H, () => {
  const random = prng(31);
  const bricks: string[] = [];
  for (let row = 0; row < 9; row++) {
    const y = 480 - row * 44, len = row < 6 ? 10 : 10 - (row - 5) * 2;
    for (let i = 0; i < len; i++) {
      const x = 20 + i * 84 + (row % 2) * 42;
      const tone = ['#b5482a', '#a33f24', '#c2553a', '#9c3a20'][Math.floor(random() * 4)]!;
      bricks.push(`<rect x="${x}" y="${y}" width="78" height="38" rx="3" fill="${tone}"/><rect x="${x}" y="${y}" width="78" height="8" fill="#fff" opacity="0.12"/>`);
    }
  }
  return `<rect width="${W}" height="${H}" fill="${lin(['#93c5fd', '#e0f2fe'])}"/><rect y="520" width="${W}" height="80" fill="${lin(['#a8a29e', '#78716c'])}"/>` +
    `<rect x="14" y="124" width="850" height="400" fill="#d6d3d1"/>` + bricks.join('') +
    shadow(640, 570, 120, 14) + `<path d="M540 570 Q 640 480 740 570 Z" fill="${rad(['#d6d3d1', '#a8a29e'])}"/>` +
    `<g transform="translate(520 150) rotate(20)"><path d="M0 0 L 120 -40 L 160 30 L 20 50 Z" fill="${lin(['#e5e7eb', '#6b7280'])}"/><rect x="-90" y="10" width="100" height="22" rx="10" fill="#92400e" transform="rotate(-10)"/></g>` +
    `<path d="M60 540 h 200 v 20 h -200 Z" fill="#fbbf24"/><path d="M80 520 l 30 -40 l 30 40" stroke="#6b7280" stroke-width="6" fill="none"/>`;
});

/** Floor tiles being laid, spacers and a spirit level. */
export const tiles = () => picture(W, H, () => {
  const tile = pattern(120, 120, `<rect width="120" height="120" fill="#e7e5e4"/><rect x="3" y="3" width="114" height="114" fill="#f5f5f4"/><path d="M3 3 L 117 117 M 117 3 L 3 117" stroke="#d6d3d1" stroke-width="2"/><circle cx="60" cy="60" r="22" fill="#fde68a" opacity="0.7"/>`, 'skewX(-25) scale(1 0.55)');
  return `<rect width="${W}" height="${H}" fill="${lin(['#e7e5e4', '#a8a29e'])}"/>` + `<rect y="120" width="${W}" height="480" fill="${lin(['#a8a29e', '#78716c'])}"/>` +
    `<path d="M0 600 L 0 330 L 520 120 L 800 120 L 800 600 Z" fill="${tile}"/>` + `<rect width="${W}" height="${H}" fill="${lin(['#fff@0.15', '#000@0.15'])}"/>` +
    // A loose tile and mortar.
    shadow(200, 520, 120, 16, 0.5) + `<path d="M90 470 L 260 440 L 320 520 L 140 560 Z" fill="#f5f5f4" stroke="#d6d3d1" stroke-width="3"/><circle cx="205" cy="500" r="30" fill="#fde68a" opacity="0.7"/>` +
    `<g transform="translate(520 470) rotate(-12)"><rect x="-150" y="-18" width="300" height="36" rx="6" fill="${lin(['#facc15', '#ca8a04'])}"/><rect x="-20" y="-10" width="40" height="20" rx="10" fill="#a7f3d0" stroke="#065f46" stroke-width="2"/><circle cx="4" cy="0" r="6" fill="#34d399"/></g>` +
    specks(41, 650, 260, 60, 30, 12, '#111827', [3, 4], 0.6);
});

/** A wall half repainted with a roller; paint tray and bucket. */
export const paintRoller = () => picture(W, H, () =>
  `<rect width="${W}" height="${H}" fill="#e7e5e4"/><rect width="430" height="${H}" fill="${lin(['#86efac', '#4ade80'])}"/>` +
  `<path d="M430 0 C 450 80 420 160 450 240 C 470 300 430 380 440 600 L 430 600 Z" fill="#4ade80"/>` + specks(51, 200, 300, 220, 300, 20, '#22c55e', [4, 10], 0.25) +
  `<rect y="520" width="${W}" height="80" fill="${lin(['#d6d3d1', '#a8a29e'])}"/>` +
  // Roller on the wall.
  `<rect x="430" y="150" width="60" height="170" rx="20" fill="${lin(['#4ade80', '#15803d'], 0, 0, 1, 0)}"/><path d="M490 235 H 540 V 360" stroke="#9ca3af" stroke-width="10" fill="none"/><rect x="526" y="360" width="28" height="150" rx="12" fill="#1f2937"/>` +
  // Bucket and tray.
  shadow(660, 570, 90, 12) + `<path d="M590 440 L 730 440 L 715 570 L 605 570 Z" fill="${lin(['#f8fafc', '#cbd5e1'], 0, 0, 1, 0)}"/><ellipse cx="660" cy="440" rx="70" ry="16" fill="#22c55e"/><path d="M595 450 Q 660 380 725 450" stroke="#6b7280" stroke-width="5" fill="none"/>` +
  `<rect x="620" y="490" width="80" height="40" rx="6" fill="#16a34a"/><text x="660" y="518" font-size="18" font-family="sans-serif" fill="#fff" text-anchor="middle">PAINT</text>` +
  shadow(280, 575, 130, 10) + `<path d="M160 560 L 400 560 L 380 590 L 180 590 Z" fill="#1f2937"/><path d="M175 562 L 385 562 L 370 582 L 190 582 Z" fill="#22c55e"/>`);

/** Cleaning: a mop, bucket and a shining floor. */
export const cleaning = () => picture(W, H, () =>
  room(W, H, 300, ['#e0f2fe', '#bae6fd'], ['#f5f5f4', '#d6d3d1']) +
  `<path d="M0 300 L 800 300 L 800 600 L 0 600 Z" fill="${pattern(100, 100, `<rect width="100" height="100" fill="none" stroke="#d6d3d1" stroke-width="3"/>`, 'skewX(-30) scale(1 0.5)')}"/>` +
  // Shine.
  `<path d="M250 420 l 8 -30 l 8 30 l 30 8 l -30 8 l -8 30 l -8 -30 l -30 -8 Z" fill="#fff"/><path d="M560 360 l 5 -20 l 5 20 l 20 5 l -20 5 l -5 20 l -5 -20 l -20 -5 Z" fill="#fff"/>` + gloss(300, 450, 300, 30, 0.6) +
  // Bucket.
  shadow(600, 560, 100, 14) + `<path d="M520 400 L 690 400 L 670 560 L 540 560 Z" fill="${lin(['#3b82f6', '#1e40af'], 0, 0, 1, 0)}"/><ellipse cx="605" cy="400" rx="85" ry="18" fill="#1e3a8a"/><ellipse cx="605" cy="404" rx="70" ry="12" fill="#bfdbfe"/>` + specks(61, 605, 398, 60, 10, 12, '#fff', [3, 7], 0.9) +
  // Mop.
  `<path d="M380 40 L 330 470" stroke="#a16207" stroke-width="14" stroke-linecap="round"/>` + Array.from({ length: 14 }, (_, i) => `<path d="M330 470 q ${-60 + i * 9} 40 ${-80 + i * 12} 90" stroke="#e5e7eb" stroke-width="9" fill="none" stroke-linecap="round"/>`).join(''));

/** A clean kitchen shelf: steel pots, plates on a rack, a pressure cooker. */
export const kitchenWork = () => picture(W, H, () =>
  room(W, H, 420, ['#fef9c3', '#fde68a'], ['#a8a29e', '#78716c']) + `<rect y="330" width="${W}" height="90" fill="${lin(['#d6d3d1', '#a8a29e'])}"/>` +
  // Plate rack.
  `<rect x="80" y="80" width="300" height="200" rx="8" fill="none" stroke="#9ca3af" stroke-width="6"/>` + Array.from({ length: 7 }, (_, i) => `<ellipse cx="${120 + i * 38}" cy="170" rx="14" ry="80" fill="${lin(['#f9fafb', '#9ca3af'], 0, 0, 1, 0)}"/>`).join('') +
  // Pots.
  [[480, 330, 90, '#d1d5db'], [640, 330, 70, '#e5e7eb']].map(([x, y, r, c]) => shadow(x as number, y as number, r as number, 10) + `<path d="M${(x as number) - (r as number)} ${(y as number) - 110} L ${(x as number) + (r as number)} ${(y as number) - 110} L ${(x as number) + (r as number) * 0.9} ${y} L ${(x as number) - (r as number) * 0.9} ${y} Z" fill="${lin([c as string, '#6b7280', c as string], 0, 0, 1, 0)}"/><ellipse cx="${x}" cy="${(y as number) - 110}" rx="${r}" ry="14" fill="#9ca3af"/><path d="M${(x as number) - (r as number) - 20} ${(y as number) - 90} h 20 M ${(x as number) + (r as number)} ${(y as number) - 90} h 20" stroke="#374151" stroke-width="10"/>` + gloss((x as number) - (r as number) * 0.5, (y as number) - 60, 14, 70, 0.6)).join('') +
  // Pressure cooker on the counter front.
  shadow(260, 560, 110, 12) + `<ellipse cx="260" cy="470" rx="110" ry="26" fill="#6b7280"/><path d="M150 470 L 370 470 L 360 560 L 160 560 Z" fill="${lin(['#e5e7eb', '#6b7280', '#e5e7eb'], 0, 0, 1, 0)}"/><rect x="360" y="456" width="140" height="20" rx="10" fill="#111827"/><rect x="245" y="430" width="30" height="30" rx="6" fill="#111827"/>`);

/** Earth work: a spade in a heap of soil and a woven basket. */
export const spadeWork = () => picture(W, H, () =>
  outdoors(W, H, 280, 7, ['#b08968', '#7f5539']) + specks(71, 400, 450, 400, 150, 80, '#5c4033', [2, 5], 0.4) +
  shadow(420, 520, 220, 24, 0.5) + `<path d="M220 520 Q 420 250 620 520 Z" fill="${rad(['#9c6644', '#7f5539', '#5c3d2e'], 0.5, 0.3, 0.7)}"/>` + specks(72, 420, 440, 150, 60, 40, '#4a3426', [3, 7], 0.5) +
  // Spade (kodal) stuck in the soil.
  `<path d="M470 140 L 430 390" stroke="#a16207" stroke-width="16" stroke-linecap="round"/><path d="M380 370 L 480 390 L 470 470 Q 420 490 370 460 Z" fill="${lin(['#9ca3af', '#4b5563'])}"/>` +
  // Bamboo basket (tukri).
  shadow(160, 560, 100, 12) + `<path d="M60 470 Q 160 600 260 470 Z" fill="${lin(['#d8aa62', '#a7782e'])}"/><ellipse cx="160" cy="470" rx="100" ry="24" fill="#8a6128"/><ellipse cx="160" cy="466" rx="84" ry="16" fill="#7f5539"/>` +
  Array.from({ length: 8 }, (_, i) => `<path d="M${75 + i * 24} 480 L ${100 + i * 16} 540" stroke="#7a5220" stroke-width="3" opacity="0.5"/>`).join(''));
