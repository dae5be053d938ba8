// Draws the icon set into one SVG sprite of <symbol>s (public/icons.svg, written by
// scripts/build-icons.ts and checked against the set by a test). Plain Node: lucide's components
// render to markup here, once, instead of in every page's HTML and React payload.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ICON_SET } from './icon-set';

export function iconSprite(): string {
  const symbols = Object.entries(ICON_SET)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, Component]) => {
      const svg = renderToStaticMarkup(createElement(Component));
      const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
      return `<symbol id="${name}" viewBox="0 0 24 24">${inner}</symbol>`;
    });
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join('\n')}\n</svg>\n`;
}

/** components/ui/icon-names.ts: the names the sprite has, for pages to check a stored name against. */
export function iconNamesModule(): string {
  const names = Object.keys(ICON_SET).sort();
  return `// Written by scripts/build-icons.ts from components/ui/icon-set.ts: the symbols public/icons.svg has.\nexport const ICON_NAMES: ReadonlySet<string> = new Set(${JSON.stringify(names)});\n`;
}
