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

const line = (index: number, name: string, phone: string) => `\n${numeral(index + 1)}. ${name} ${dialable(phone)}`;

/** The reply's text, at most SMS_MAX code units. */
export function fitSms(reply: SmsReply): string {
  if (typeof reply === 'string') return fitText(reply);
  const tail = reply.tail ? `\n${reply.tail}` : '';
  for (let items = reply.items; items.length > 0; items = items.slice(0, -1)) {
    const fixed = reply.head.length + tail.length + items.reduce((sum, item, i) => sum + line(i, '', item.phone).length, 0);
    let budget = SMS_MAX - fixed;
    if (budget < items.length * MIN_NAME) continue;
    // Short names keep their length; what they leave is shared among the long ones.
    const room = new Map<number, number>();
    const byLength = items.map((item, i) => ({ i, length: item.name.length })).sort((a, b) => a.length - b.length);
    byLength.forEach(({ i, length }, k) => {
      const share = Math.floor(budget / (byLength.length - k));
      room.set(i, Math.min(length, share));
      budget -= room.get(i)!;
    });
    return reply.head + items.map((item, i) => line(i, shorten(item.name, room.get(i)!), item.phone)).join('') + tail;
  }
  return fitText(`${reply.head}${tail}`);
}
