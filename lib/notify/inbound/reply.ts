// The one place an inbound SMS's reply is put into words that fit: at most SMS_MAX UTF-16 code
// units, two segments of a Unicode SMS (2 × 67). A list reply shortens names, never a phone
// number; when even short names do not fit, the last entries go. Every reply the dispatcher
// queues passes through fitSms().

/** Two segments of a Unicode (UCS-2) SMS: 2 × 67 code units. */
export const SMS_MAX = 134;
/** A name is never shortened below this many code units (the ellipsis included). */
const MIN_NAME = 6;

export interface SmsListEntry {
  name: string;
  /** +8801XXXXXXXXX: written 01XXXXXXXXX in Latin digits, so a feature phone can dial it. */
  phone: string;
  /** Its union or upazila, short: written after the name when the reply has room for it. */
  place?: string;
}

/** A reply that lists people or shops: a first line, numbered entries, an optional last line. */
export interface SmsList {
  head: string;
  items: SmsListEntry[];
  tail?: string;
}

export type SmsReply = string | SmsList;

const BENGALI_NUMERALS = '০১২৩৪৫৬৭৮৯';
const numeral = (n: number) => String(n).replace(/\d/g, (d) => BENGALI_NUMERALS[Number(d)]!);

/** "+8801711234567" → "01711234567". */
export const dialable = (phone: string) => phone.replace(/^\+880/, '0');

const graphemes = (text: string) => Array.from(new Intl.Segmenter('bn', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/** `text` in at most `max` code units: whole graphemes (no conjunct is broken) and "…" when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const g of graphemes(text)) {
    if (out.length + g.length > max - 1) break;
    out += g;
  }
  return `${out.trimEnd()}…`;
}

/** A plain text cut to fit, never inside a number (a cut that would fall in one goes before it). */
function fitText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length <= SMS_MAX) return trimmed;
  let cut = shorten(trimmed, SMS_MAX).slice(0, -1);
  const digits = /[\d+\-]+$/.exec(cut);
  if (digits && /^[\d\-]/.test(trimmed.slice(cut.length))) cut = cut.slice(0, digits.index);
  return `${cut.trimEnd()}…`;
}

/** `text` in at most `max` code units, cut in the middle ("উপজেলা নির্…কর্মকর্তা"): its start and its end kept. */
function shortenMiddle(text: string, max: number): string {
  if (text.length <= max) return text;
  const all = graphemes(text);
  let head = '';
  let tail = '';
  for (let i = 0, j = all.length - 1; i <= j; ) {
    const g = head.length <= tail.length ? all[i]! : all[j]!;
    if (head.length + tail.length + g.length > max - 1) break;
    if (head.length <= tail.length) {
      head += g;
      i++;
    } else {
      tail = g + tail;
      j--;
    }
  }
  return `${head.trimEnd()}…${tail.trimStart()}`;
}

/** Names shortened to their rooms; two that would read the same are cut in the middle instead (start and end kept). */
function shortNames(names: string[], rooms: number[]): string[] {
  const out = names.map((name, i) => shorten(name, rooms[i]!));
  return out.map((short, i) => (out.some((other, k) => k !== i && other === short && names[k] !== names[i]) ? shortenMiddle(names[i]!, rooms[i]!) : short));
}

const line = (index: number, name: string, phone: string) => `\n${numeral(index + 1)}. ${name} ${dialable(phone)}`;
/** With places, a name keeps at least this much of itself (else the places are left out). */
const NAME_WITH_PLACE = 12;

/** The list's lines with names shortened to share what the head, tail and numbers leave; null when even short names do not fit. */
function fitList(head: string, tail: string, items: SmsListEntry[], withPlaces: boolean): string | null {
  const placeOf = (item: SmsListEntry) => (withPlaces && item.place ? `, ${item.place}` : '');
  const fixed = head.length + tail.length + items.reduce((sum, item, i) => sum + line(i, placeOf(item), item.phone).length, 0);
  let budget = SMS_MAX - fixed;
  // Short names keep their length; what they leave is shared among the long ones.
  const rooms: number[] = [];
  const byLength = items.map((item, i) => ({ i, length: item.name.length })).sort((a, b) => a.length - b.length);
  for (const [k, { i, length }] of byLength.entries()) {
    rooms[i] = Math.min(length, Math.floor(budget / (byLength.length - k)));
    if (rooms[i]! < Math.min(length, withPlaces ? NAME_WITH_PLACE : MIN_NAME)) return null;
    budget -= rooms[i]!;
  }
  const names = shortNames(items.map((item) => item.name), rooms);
  return head + items.map((item, i) => line(i, `${names[i]}${placeOf(item)}`, item.phone)).join('') + tail;
}

/** The reply's text, at most SMS_MAX code units: each entry's place when it fits, names shortened, then the last entries dropped. */
export function fitSms(reply: SmsReply): string {
  if (typeof reply === 'string') return fitText(reply);
  const tail = reply.tail ? `\n${reply.tail}` : '';
  for (let items = reply.items; items.length > 0; items = items.slice(0, -1)) {
    const text = (items.some((item) => item.place) && fitList(reply.head, tail, items, true)) || fitList(reply.head, tail, items, false);
    if (text) return text;
  }
  return fitText(`${reply.head}${tail}`);
}
