import { beforeAll, describe, expect, it, vi } from 'vitest';
import { areaId, consoleScopes } from '@/lib/console/test-fixtures';
import { searchMisses } from '@/lib/console/numbers/searches';
import { statsView } from '@/lib/console/numbers/view';
import { db } from '@/lib/db';
import { flushSearchMisses, MAX_WAITING_MISSES, recordSearchMiss } from './misses';

let sherpur: number;
beforeAll(async () => {
  sherpur = await areaId('sherpur-bogura');
});

const rowsFor = (normalized: string) => db.searchMiss.findMany({ where: { normalized }, orderBy: { createdAt: 'asc' } });

describe('recordSearchMiss', () => {
  it('writes nothing during the search; after a flush every miss is a row, counted by its normalised text', async () => {
    const at = new Date(Date.now() - 60_000);
    recordSearchMiss('Plumber  Mistri', sherpur, at);
    recordSearchMiss('plumber mistri', sherpur);
    // ময়দা typed with the one-letter য় and with য + nukta: one search.
    recordSearchMiss('ম\u09DFদা', sherpur);
    recordSearchMiss('ম\u09AF\u09BCদা', sherpur);
    expect(await db.searchMiss.count({ where: { areaId: sherpur } })).toBe(0);

    await flushSearchMisses();
    expect((await rowsFor('plumber mistri')).map((r) => [r.query, r.areaId, r.createdAt])).toEqual([
      ['Plumber  Mistri', sherpur, at],
      ['plumber mistri', sherpur, expect.any(Date)],
    ]);
    const { sherpur: officer } = await consoleScopes();
    const top = await searchMisses(await statsView(officer), new Date());
    expect(top.map((m) => [m.normalized, m.example, m.count])).toEqual([
      ['plumber mistri', 'plumber mistri', 2],
      ['ম\u09AF\u09BCদা'.normalize('NFC'), expect.any(String), 2],
    ]);
  });

  it('is written by itself about a second later', async () => {
    recordSearchMiss('কামার', sherpur);
    await vi.waitFor(async () => expect(await rowsFor('কামার')).toHaveLength(1), { timeout: 5_000, interval: 50 });
  });

  it('keeps at most so many waiting and says how many it dropped', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (let i = 0; i < MAX_WAITING_MISSES + 3; i++) recordSearchMiss('ভিড়', sherpur);
    await flushSearchMisses();
    expect(await rowsFor('ভিড়'.normalize('NFC'))).toHaveLength(MAX_WAITING_MISSES);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('3 searches that found nothing were not recorded'));
    warn.mockRestore();
  });

  it('a NUL in one query loses no other miss', async () => {
    recordSearchMiss('ক\0খ', sherpur);
    recordSearchMiss('গঘ', sherpur);
    await flushSearchMisses();
    expect(await rowsFor('কখ')).toHaveLength(1);
    expect(await rowsFor('গঘ')).toHaveLength(1);
  });
});
