import { describe, expect, it } from 'vitest';
import { categories } from '../../prisma/seed/categories';
import { hasIcon } from './icon';

describe('category icons', () => {
  it('exist for every seeded category', () => {
    expect(categories.filter((c) => !hasIcon(c.icon)).map((c) => c.slug)).toEqual([]);
  });
});
