import { describe, expect, it } from 'vitest';
import { compactSearchKey, isBengali, normalizeLatinQuery, romanize, searchKey, searchWords } from './transliterate';

describe('romanize', () => {
  it.each([
    // Home-made food and products
    ['পিঠা', 'pitha'],
    ['ভাপা পিঠা', 'bhapa pitha'],
    ['চিতই', 'chitoi'],
    ['পাটিসাপটা', 'patisapta'],
    ['কেক', 'kek'],
    ['দই', 'doi'],
    ['মিষ্টি', 'mishti'],
    ['আচার', 'achar'],
    ['মধু', 'modhu'],
    ['ঘি', 'ghi'],
    ['গুড়', 'gur'],
    ['সবজি', 'sobji'],
    ['ফুচকা', 'fuchka'],
    ['ঝালমুড়ি', 'jhalmuri'],
    ['চটপটি', 'chotpoti'],
    ['সন্দেশ', 'sondesh'],
    ['নকশিকাঁথা', 'nokshikatha'],
    ['শাড়ি', 'shari'],
    ['গামছা', 'gamcha'],
    ['লুঙ্গি', 'lungi'],
    // Places in Bogura and Kishoreganj
    ['বগুড়া', 'bogura'],
    ['শেরপুর', 'sherpur'],
    ['শিবগঞ্জ', 'shibgonj'],
    ['গাবতলী', 'gabtoli'],
    ['ধুনট', 'dhunot'],
    ['কাহালু', 'kahalu'],
    ['নন্দিগ্রাম', 'nondigram'],
    ['সারিয়াকান্দি', 'sariyakandi'],
    ['শাজাহানপুর', 'shajahanpur'],
    ['মহাস্থানগড়', 'mohasthangor'],
    ['সাতমাথা', 'satmatha'],
    ['কিশোরগঞ্জ', 'kishorgonj'],
    ['ভৈরব', 'bhoirob'],
    ['কটিয়াদী', 'kotiyadi'],
    ['বাজিতপুর', 'bajitpur'],
    ['কুলিয়ারচর', 'kuliyarchor'],
    ['মিঠামইন', 'mithamoin'],
    ['অষ্টগ্রাম', 'oshtogram'],
    ['করিমগঞ্জ', 'korimgonj'],
    ['তাড়াইল', 'tarail'],
    ['মির্জাপুর', 'mirjapur'],
    ['খানপুর', 'khanpur'],
    // Trades and services
    ['মিস্ত্রি', 'mistri'],
    ['কাঠমিস্ত্রি', 'kathmistri'],
    ['রাজমিস্ত্রি', 'rajmistri'],
    ['রং মিস্ত্রি', 'rong mistri'],
    ['ইলেকট্রিশিয়ান', 'ilektrishiyan'],
    ['বিদ্যুৎ', 'bidyut'],
    ['প্লাম্বার', 'plambar'],
    ['দর্জি', 'dorji'],
    ['টেইলার্স', 'teilars'],
    ['পার্লার', 'parlar'],
    ['অ্যাম্বুলেন্স', 'ambulens'],
    ['ডাক্তার', 'daktar'],
    ['চিকিৎসক', 'chikitsok'],
    ['রক্ত', 'rokto'],
    ['রক্তদাতা', 'roktodata'],
    ['উকিল', 'ukil'],
    ['আইনজীবী', 'ainjibi'],
    ['কৃষক', 'krishok'],
    ['মুচি', 'muchi'],
    ['কসাই', 'kosai'],
    ['বাবুর্চি', 'baburchi'],
    ['ফটোগ্রাফার', 'fotografar'],
    ['ওষুধ', 'oshudh'],
    ['ইঞ্জিনিয়ার', 'injiniyar'],
    // Conjuncts, ya-phala, reph, khanda ta, ং and ঃ
    ['শিক্ষক', 'shikkhok'],
    ['ক্ষেত', 'khet'],
    ['বিজ্ঞান', 'biggan'],
    ['ব্যবসা', 'byobsa'],
    ['কার্য', 'karjo'],
    ['উৎসব', 'utsob'],
    ['বাংলাদেশ', 'bangladesh'],
    ['নমঃ', 'nomoh'],
    ['বয়স', 'boyos'],
    ['জয়', 'joy'],
  ])('%s → %s', (bengali, latin) => {
    expect(romanize(bengali)).toBe(latin);
  });

  it('gives the same spelling for NFC and NFD input', () => {
    const composed = 'বগু\u09DCা মো\u09ACাইল'; // ড় as one code point, ো as U+09CB
    const decomposed = 'বগু\u09A1\u09BCা ম\u09C7\u09BE\u09ACাইল';
    expect(romanize(composed)).toBe('bogura mobail');
    expect(romanize(decomposed)).toBe('bogura mobail');
  });

  it('ignores zero-width joiners', () => {
    expect(romanize('র\u200D্যাব')).toBe('ryab');
  });

  it('turns Bengali digits into ASCII and keeps punctuation', () => {
    expect(romanize('০১৭১১-২৩৪৫৬৭, বগুড়া।')).toBe('01711-234567, bogura.');
  });

  it('passes Latin text through lower-cased, also inside Bengali text', () => {
    expect(romanize('Rahim Electric')).toBe('rahim electric');
    expect(romanize('Rahim কাঠমিস্ত্রি, Sherpur')).toBe('rahim kathmistri, sherpur');
  });
});

describe('normalizeLatinQuery', () => {
  it.each([
    ['phuchka', 'fuchka'],
    ['Austagram', 'astagram'],
    ['peetha', 'pita'],
    ['Kahaloo', 'kahalu'],
    ['vapa', 'bapa'],
    ['mirzapur', 'mirjapur'],
    ['qurbani', 'kurbani'],
    ['doctor', 'daktar'],
    ['mistry', 'mistri'],
    ['bidyut', 'bidut'],
    ['mishti', 'misti'],
    ['dorji', 'darji'],
    ['pitta', 'pita'],
    ['kantha', 'kata'],
    ['to-let', 'talet'],
    ['café', 'kafe'],
  ])('%s → %s', (query, folded) => {
    expect(normalizeLatinQuery(query)).toBe(folded);
  });

  it('folds word by word and keeps one space between words', () => {
    expect(normalizeLatinQuery('  Kath   Mistri, Sherpur ')).toBe('kat mistri serpur');
  });

  it('gives the same key for w and the ও of ওয়া', () => {
    expect(normalizeLatinQuery('khawa')).toBe(searchKey('খাওয়া'));
  });
});

describe('isBengali', () => {
  it('tells Bengali text from Latin', () => {
    expect(isBengali('পিঠা')).toBe(true);
    expect(isBengali('Rahim পিঠা')).toBe(true);
    expect(isBengali('০১৭')).toBe(true);
    expect(isBengali('pitha')).toBe(false);
    expect(isBengali('৳ 500')).toBe(false);
    expect(isBengali('')).toBe(false);
  });
});

// How a query meets a record: the same key; the same key once spaces are dropped (a query in two
// words against a compound, which the index stores as compactSearchKey too); or the query's key is
// the start of the record's (the query is still being typed, or leaves off the final vowel).
const meetings = {
  same: (query: string, record: string) => searchKey(query) === searchKey(record),
  compact: (query: string, record: string) => compactSearchKey(query) === compactSearchKey(record),
  prefix: (query: string, record: string) => compactSearchKey(record).startsWith(compactSearchKey(query)),
};

describe('a query meets the Bengali record it means', () => {
  it.each<[string, string, keyof typeof meetings]>([
    ['pitha', 'পিঠা', 'same'],
    ['pitta', 'পিঠা', 'same'],
    ['peetha', 'পিঠা', 'same'],
    ['pita', 'পিঠা', 'same'],
    ['পিটা', 'পিঠা', 'same'],
    ['vapa pitha', 'ভাপা পিঠা', 'same'],
    ['chitoi', 'চিতই', 'same'],
    ['patishapta', 'পাটিসাপটা', 'same'],
    ['doi', 'দই', 'same'],
    ['doy', 'দই', 'same'],
    ['mishti', 'মিষ্টি', 'same'],
    ['misti', 'মিষ্টি', 'same'],
    ['achar', 'আচার', 'same'],
    ['madhu', 'মধু', 'same'],
    ['ghee', 'ঘি', 'same'],
    ['saree', 'শাড়ি', 'same'],
    ['gamchha', 'গামছা', 'same'],
    ['phuchka', 'ফুচকা', 'same'],
    ['jhal muri', 'ঝালমুড়ি', 'compact'],
    ['nakshi kantha', 'নকশিকাঁথা', 'compact'],
    ['nokshi katha', 'নকশিকাঁথা', 'compact'],
    ['নকশি কাঁথা', 'নকশিকাঁথা', 'compact'],
    ['kath mistri', 'কাঠমিস্ত্রি', 'compact'],
    ['কাঠ মিস্ত্রি', 'কাঠমিস্ত্রি', 'compact'],
    ['kathmistri', 'কাঠমিস্ত্রি', 'same'],
    ['raj mistri', 'রাজমিস্ত্রি', 'compact'],
    ['rajmistry', 'রাজমিস্ত্রি', 'same'],
    ['mistry', 'মিস্ত্রি', 'same'],
    ['darji', 'দর্জি', 'same'],
    ['dorji', 'দর্জি', 'same'],
    ['daktar', 'ডাক্তার', 'same'],
    ['rokto', 'রক্তদাতা', 'prefix'],
    ['rokto data', 'রক্তদাতা', 'compact'],
    ['biddut', 'বিদ্যুৎ', 'same'],
    ['krishok', 'কৃষক', 'same'],
    ['ইলেক', 'ইলেকট্রিশিয়ান', 'prefix'],
    ['bogura', 'বগুড়া', 'same'],
    ['sherpur', 'শেরপুর', 'same'],
    ['mirzapur', 'মির্জাপুর', 'same'],
    ['khanpur', 'খানপুর', 'same'],
    ['kishorganj', 'কিশোরগঞ্জ', 'same'],
    ['shibganj', 'শিবগঞ্জ', 'same'],
    ['bhairab', 'ভৈরব', 'same'],
    ['katiadi', 'কটিয়াদী', 'same'],
    ['dupchanchia', 'দুপচাঁচিয়া', 'same'],
    ['austagram', 'অষ্টগ্রাম', 'same'],
    ['mahasthan', 'মহাস্থানগড়', 'prefix'],
  ])('%s ↔ %s (%s)', (query, record, meeting) => {
    expect(meetings[meeting](query, record)).toBe(true);
  });
});

describe('different words stay apart', () => {
  it.each([
    ['kek', 'কাক'],
    ['পিঠা', 'পাটা'],
    ['pitha', 'পাটা'],
    ['pitha', 'পেটা'],
    ['doi', 'দুই'],
    ['ghi', 'গাই'],
    ['dim', 'দাম'],
    ['muchi', 'মাছি'],
    ['raj mistri', 'রং মিস্ত্রি'],
    ['sherpur', 'শাহপুর'],
  ])('%s ≠ %s', (query, record) => {
    expect(searchKey(query)).not.toBe(searchKey(record));
    expect(meetings.prefix(query, record)).toBe(false);
    expect(meetings.prefix(record, query)).toBe(false);
  });
});

describe('searchKey and compactSearchKey', () => {
  it('fold their own output to itself', () => {
    for (const text of ['কাঠমিস্ত্রি রহিম', 'নকশি কাঁথা', 'খান পুর', 'mistry raj', 'dupchanchia', 'kishoreganj sadar']) {
      expect(normalizeLatinQuery(searchKey(text))).toBe(searchKey(text));
      expect(normalizeLatinQuery(compactSearchKey(text))).toBe(compactSearchKey(text));
    }
  });

  it('meet across a word break the same way as inside a compound', () => {
    expect(compactSearchKey('khan pur')).toBe(searchKey('খানপুর'));
    expect(compactSearchKey('mistry raj')).toBe(compactSearchKey('মিস্ত্রি রাজ'));
  });

  it('lets a query find a word inside a longer record', () => {
    expect(compactSearchKey('কাঠমিস্ত্রি রহিম মিয়া, শেরপুর')).toContain(compactSearchKey('rahim mia'));
  });
});

describe('searchWords', () => {
  it('cuts text into lower-case words as PostgreSQL full text does, keeping vowel signs and digits', () => {
    expect(searchWords('Bhapa PITHA, ভাপা পিঠা। ২০টি (to-let)')).toEqual(['bhapa', 'pitha', 'ভাপা', 'পিঠা', '২০টি', 'to', 'let']);
    expect(searchWords('র\u200d্যাব')).toEqual(['র্যাব']);
    expect(searchWords("a & b | !c :* 'x'")).toEqual(['a', 'b', 'c', 'x']);
  });
});
