import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { categories } from '../../prisma/seed/categories';
import { hasIcon } from './icon-set';
import { iconNamesModule, iconSprite } from './icon-sprite';

const committed = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../..', file), 'utf8');

describe('icons', () => {
  it('exist for every seeded category', () => {
    expect(categories.filter((c) => !hasIcon(c.icon)).map((c) => c.slug)).toEqual([]);
  });

  it('are all in the committed sprite and name list (run scripts/build-icons.ts after changing the set)', () => {
    expect(committed('public/icons.svg')).toBe(iconSprite());
    expect(committed('components/ui/icon-names.ts')).toBe(iconNamesModule());
    expect(iconSprite()).toContain('<symbol id="circle"');
  });
});
