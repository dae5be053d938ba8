import { describe, expect, it } from 'vitest';
import { correctSpelling, expandQuery, meilisearchSynonyms, querySpans, synonymGroups, vocabularyOf } from './synonyms';
import { compactSearchKey, isBengali, searchKey } from './transliterate';

describe('synonymGroups', () => {
  it('has groups of at least two lower-case, trimmed terms in both scripts', () => {
    for (const group of synonymGroups) {
      expect(group.length, group.join(', ')).toBeGreaterThanOrEqual(2);
      expect(group.some(isBengali), group.join(', ')).toBe(true);
      expect(group.some((term) => !isBengali(term)), group.join(', ')).toBe(true);
      for (const term of group) expect(term).toBe(term.trim().toLowerCase());
    }
  });

  it('puts no term, and no search key, in two groups', () => {
    const groupOf = new Map<string, number>();
    synonymGroups.forEach((group, index) => {
      for (const key of new Set(group.flatMap((term) => [term, compactSearchKey(term)]))) {
        expect(groupOf.get(key) ?? index, `${key} in ${group[0]} and ${synonymGroups[groupOf.get(key) ?? index]?.[0]}`).toBe(index);
        groupOf.set(key, index);
      }
    });
  });
});

describe('meilisearchSynonyms', () => {
  const synonyms = meilisearchSynonyms();

  it('is symmetric', () => {
    for (const [term, others] of Object.entries(synonyms)) {
      for (const other of others) expect(synonyms[other], `${other} → ${term}`).toContain(term);
    }
  });

  it('maps every term, as written, to all the other terms of its group', () => {
    expect(synonyms['কাঠমিস্ত্রি']).toEqual(expect.arrayContaining(['carpenter', 'kath mistri', 'কাঠ মিস্ত্রি', 'ছুতার']));
    expect(synonyms['electrician']).toEqual(expect.arrayContaining(['ইলেকট্রিশিয়ান', 'বিদ্যুৎ মিস্ত্রি']));
    expect(synonyms['pitha']).not.toContain('pitha');
  });

  it('has an entry for every term of every group, and none for search keys that are not terms', () => {
    for (const term of synonymGroups.flat()) expect(synonyms[term.normalize('NFC')], term).toBeDefined();
    expect(synonyms[searchKey('কাঠমিস্ত্রি')]).toBeUndefined();
  });
});

describe('expandQuery', () => {
  it('adds the other terms of the group a query names, in both scripts', () => {
    const expanded = expandQuery('kath mistri');
    expect(expanded[0]).toBe('kath mistri');
    expect(expanded).toEqual(expect.arrayContaining(['কাঠমিস্ত্রি', 'ছুতার', 'carpenter']));
    expect(expandQuery('electrician')).toContain('ইলেকট্রিশিয়ান');
    expect(expandQuery('ইলেকট্রিশিয়ান')).toContain('electrician');
    expect(expandQuery('ambulence')).toContain('অ্যাম্বুলেন্স');
    expect(expandQuery('plumber')).toContain('প্লাম্বার');
    expect(expandQuery('parlour')).toContain('পার্লার');
  });

  it('finds a term through spelling, script and word breaks', () => {
    for (const query of ['Kath Mistri', 'kathmistri', 'কাঠ মিস্ত্রি', 'kath mistry']) {
      expect(expandQuery(query), query).toContain('carpenter');
    }
  });

  it('prefers the longest term, so a mason is not every mistri', () => {
    expect(expandQuery('raj mistri')).toContain('mason');
    expect(expandQuery('raj mistri')).not.toContain('mistry');
    expect(expandQuery('mishti doi')).toContain('curd');
    expect(expandQuery('mishti doi')).not.toContain('sweets');
  });

  it('expands every term a longer query names', () => {
    expect(expandQuery('kath mistri bogra')).toEqual(expect.arrayContaining(['carpenter', 'বগুড়া']));
  });

  it('returns a query that names no term unchanged', () => {
    expect(expandQuery('রহিম মিয়া')).toEqual(['রহিম মিয়া']);
    expect(expandQuery('')).toEqual(['']);
  });
});

describe('every upazila of Bogura and Kishoreganj, in its official English spelling', () => {
  it.each([
    ['Bogra', 'বগুড়া'],
    ['Kahaloo', 'কাহালু'],
    ['Shariakandi', 'সারিয়াকান্দি'],
    ['Shajahanpur', 'শাজাহানপুর'],
    ['Dupchanchia', 'দুপচাচিঁয়া'],
    ['Adamdighi', 'আদমদিঘি'],
    ['Nondigram', 'নন্দিগ্রাম'],
    ['Sonatala', 'সোনাতলা'],
    ['Dhunot', 'ধুনট'],
    ['Gabtali', 'গাবতলী'],
    ['Sherpur', 'শেরপুর'],
    ['Shibganj', 'শিবগঞ্জ'],
    ['Kishoreganj', 'কিশোরগঞ্জ'],
    ['Itna', 'ইটনা'],
    ['Katiadi', 'কটিয়াদী'],
    ['Bhairab', 'ভৈরব'],
    ['Tarail', 'তাড়াইল'],
    ['Hossainpur', 'হোসেনপুর'],
    ['Pakundia', 'পাকুন্দিয়া'],
    ['Kuliarchar', 'কুলিয়ারচর'],
    ['Karimgonj', 'করিমগঞ্জ'],
    ['Bajitpur', 'বাজিতপুর'],
    ['Austagram', 'অষ্টগ্রাম'],
    ['Mithamoin', 'মিঠামইন'],
    ['Nikli', 'নিকলী'],
  ])('%s meets %s by key or through its synonyms', (english, bengali) => {
    const meets = searchKey(english) === searchKey(bengali) || expandQuery(english).includes(bengali);
    expect(meets).toBe(true);
  });
});

describe('querySpans', () => {
  it('cuts a query into runs of words, each with the terms of the group it names', () => {
    const [place, trade] = querySpans('sherpur kath mistri');
    expect(place).toEqual(['sherpur']);
    expect(trade?.[0]).toBe('kath mistri');
    expect(trade).toEqual(expect.arrayContaining(['কাঠমিস্ত্রি', 'carpenter']));
    expect(querySpans('raj mistri')).toHaveLength(1);
    expect(querySpans('  ')).toEqual([]);
  });
});

describe('correctSpelling', () => {
  it.each([
    ['plumbr', 'plumber'],
    ['tailer', 'tailor'],
    ['docter', 'doctor'],
    ['electrican', 'electrician'],
    ['কাঠমিস্তি', 'কাঠমিস্ত্রি'],
    ['sherpur plumbr', 'sherpur plumber'],
  ])('%s → %s (or a word of its group)', (typed, meant) => {
    expect(expandQuery(correctSpelling(typed))).toContain(meant);
  });

  it('leaves known words, spelling variants, short words and strangers alone', () => {
    for (const q of ['plumber', 'pitta', 'পিটা', 'doi', 'cak', 'রফিকুল ইসলাম']) expect(correctSpelling(q)).toBe(q);
  });

  it('corrects towards any vocabulary it is given', () => {
    expect(correctSpelling('jamdnai', vocabularyOf(['জামদানি শাড়ি', 'Jamdani saree']))).toBe('জামদানি');
  });
});
