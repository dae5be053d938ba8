import { describe, expect, it } from 'vitest';
import bn from '../../messages/bn.json';
import en from '../../messages/en.json';

const keys = (obj: object, prefix = ''): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('messages', () => {
  it('have the same keys in Bengali and English', () => {
    expect(keys(en).sort()).toEqual(keys(bn).sort());
  });

  it('write Bengali counters joined ("১২টি") and names with their case ending ("বগুড়ায়", not "{area}-এ")', () => {
    const texts = keys(bn).map((k) => [k, k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], bn) as string] as const);
    expect(texts.filter(([, text]) => /(?:[০-৯0-9#]|\})\s+টি/.test(text)).map(([k]) => k)).toEqual([]);
    expect(texts.filter(([, text]) => /\}-এ/.test(text)).map(([k]) => k)).toEqual([]);
  });

  it('are all filled in', () => {
    for (const [name, messages] of [['bn', bn], ['en', en]] as const) {
      const empty = keys(messages).filter((k) => !k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages));
      expect(empty, name).toEqual([]);
    }
  });
});
