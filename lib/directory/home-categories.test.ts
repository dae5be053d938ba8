import { describe, expect, it } from 'vitest';
import { homeCategories, servicesByKind } from './home-categories';
import type { CategoryWithCount } from './queries';

let id = 0;
const category = (slug: string, providers: number, kind = 'SERVICE'): CategoryWithCount => ({ id: ++id, slug, kind, nameBn: slug, nameEn: slug, icon: 'zap', providers });
const slugs = (list: CategoryWithCount[]) => list.map((c) => c.slug);

describe('the home page’s categories', () => {
  it('are the most used first, ties in the admins’ order, none empty, at most the limit', () => {
    const all = [category('electrician', 3), category('plumber', 0), category('tailor', 9), category('mason', 3), category('barber', 1), category('cobbler', 0)];
    expect(slugs(homeCategories(all))).toEqual(['tailor', 'electrician', 'mason', 'barber']);
    expect(slugs(homeCategories(all, 2))).toEqual(['tailor', 'electrician']);
  });

  it('keep the emergency categories someone offers, in place of the least used others', () => {
    const all = [category('electrician', 30), category('tailor', 20), category('mason', 10), category('ambulance', 2, 'EMERGENCY'), category('hospital', 0, 'EMERGENCY')];
    expect(slugs(homeCategories(all, 3))).toEqual(['electrician', 'tailor', 'ambulance']);
  });

  it('are none when nobody is listed', () => {
    expect(homeCategories([category('electrician', 0)])).toEqual([]);
  });
});

describe('all services', () => {
  it('are grouped by kind, every category kept (empty ones too) in the admins’ order', () => {
    const all = [category('house-rent', 0, 'RENTAL'), category('electrician', 3), category('ambulance', 0, 'EMERGENCY'), category('tailor', 0)];
    expect(servicesByKind(all).map((g) => [g.kind, slugs(g.categories)])).toEqual([
      ['SERVICE', ['electrician', 'tailor']],
      ['EMERGENCY', ['ambulance']],
      ['RENTAL', ['house-rent']],
    ]);
  });
});
