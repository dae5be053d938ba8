import { describe, expect, it } from 'vitest';
import * as reads from './reads';

// Every 'use cache' function can be invoked from outside like a server action, with any arguments
// (see lib/cache/reads.ts): junk gets null, before anything is read, cached or tagged.
const junk: unknown[][] = [[], [null], [null, null], ['%00'], [{ a: 1 }, {}], ['পিঠা '.repeat(1000)], [-1, { id: 'x' }, 0, 'x']];

describe('cached reads', () => {
  it('answer null to arguments no page passes', async () => {
    const functions = Object.entries(reads).filter(([name, value]) => typeof value === 'function' && !['catalogClock', 'homeDistrict', 'servedDistricts', 'servedDistrictCentres', 'servedDistrict', 'districtInPath', 'areaInDistrict', 'shops', 'openProgrammes'].includes(name));
    expect(functions.length).toBeGreaterThan(15);
    for (const [name, read] of functions) {
      for (const args of junk) await expect((read as (...a: unknown[]) => Promise<unknown>)(...args), `${name}(${JSON.stringify(args).slice(0, 40)})`).resolves.toBeNull();
    }
  });

  it('take no place, or a well-formed one, for the shop list', async () => {
    for (const args of junk.filter((a) => a.length > 0 && a[0] !== undefined)) await expect((reads.shops as (...a: unknown[]) => Promise<unknown>)(...args)).resolves.toBeNull();
  });
});
