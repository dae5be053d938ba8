// What each kind of inbound SMS is answered with. A handler reads the sender's text and answers
// (a reply, or null for "not mine": the next handler in dispatch.ts's list is asked). Replies are
// Bengali, numbers in Latin digits; dispatch.ts fits them into one SMS (reply.ts).
//
// - HELP / সাহায্য / sahajjo: the keywords.
// - MORE / আরো / aro: the next three of the sender's last search or blood request (within an hour).
// - rokto / রক্ত / blood + group + place: up to three donors of the group in that place who may
//   give now (the /blood page's list: lib/directory/blood.ts), only those who let their number go
//   by SMS; the numbers are revealed as on the web (the same hourly allowance) and at most
//   BLOOD_SMS_DAILY requests a day per sender.
// - anything else: the web's search (lib/search/search.ts), verified providers and shops only,
//   three at a time, each with its union or upazila when it fits. A place named in the text
//   (areaNamedIn, as blood) keeps the results inside it (PITHA SHERPUR: Sherpur's only); none
//   there says so rather than list another district's.
import { createTranslator } from 'next-intl';
import { db } from '@/lib/db';
import { bloodGroupLabel, listDonors, revealDonors } from '@/lib/directory/blood';
import type { BloodGroup } from '@/lib/generated/prisma/enums';
import { areaNamedIn } from '@/lib/geo/named';
import { findLeads, loadLeadVocabulary } from '@/lib/search/leads';
import { search, type SearchHit } from '@/lib/search/search';
import { synonymVocabulary } from '@/lib/search/synonyms';
import { compactSearchKey } from '@/lib/search/transliterate';
import { hit, peek } from '@/lib/security/rate-limit';
import bn from '@/messages/bn.json';
import { bloodGroupIn, isBlood, isHelp, isMore, wordsOf } from './commands';
import { shorten, type SmsListEntry, type SmsReply } from './reply';

export const t = createTranslator({ locale: 'bn', messages: bn, namespace: 'SmsInbound' });

/** Entries per reply; MORE sends the next as many. */
export const PER_SMS = 3;
/** How long MORE continues the last search. */
export const MORE_WINDOW_MS = 3_600_000;
/** Blood requests answered per sender in 24 hours. */
export const BLOOD_SMS_DAILY = { max: 3, windowMs: 86_400_000 } as const;

export type InboundCommand = 'search' | 'more' | 'help' | 'blood' | 'unknown' | 'garbage' | (string & {});

export interface InboundAnswer {
  /** What to send back; null: nothing. */
  reply: SmsReply | null;
  /** What the text was, for the log; the handler's own command when not given. */
  command?: InboundCommand;
  /** What a later MORE continues (with `page`). */
  query?: string;
  page?: number;
  /** unknown: a text with no word the directory knows (dispatch.ts answers HELP once an hour). */
  unknown?: boolean;
}

export type InboundHandler = (sender: string, text: string) => Promise<InboundAnswer | null>;

export const helpHandler: InboundHandler = async (_sender, text) => {
  const words = wordsOf(text);
  return words.length <= 2 && isHelp(words[0]) ? { reply: t('help') } : null;
};

/** The three of page `page` (0 first) and whether more follow. */
const pageOf = <T,>(all: T[], page: number) => ({ items: all.slice(page * PER_SMS, (page + 1) * PER_SMS), more: all.length > (page + 1) * PER_SMS });

// ───────────────────────────── blood ─────────────────────────────

/** The words of a blood request without its keyword (first or second: "B+ rokto garidaha" too); null when it is none. */
function bloodRequest(text: string): string[] | null {
  const words = wordsOf(text);
  const at = words.slice(0, 2).findIndex((word) => isBlood(word));
  return at < 0 ? null : [...words.slice(0, at), ...words.slice(at + 1)];
}

async function bloodAnswer(sender: string, text: string, page: number): Promise<InboundAnswer> {
  const words = bloodRequest(text) ?? [];
  const group = bloodGroupIn(words);
  const place = group ? await areaNamedIn(group.rest) : null;
  if (!group || !place) return { reply: t('bloodHowTo'), command: 'blood' };
  // Only answers that send donor numbers count against the daily cap (not "none found", not an empty MORE).
  const capKey = `blood-sms:${sender}`;
  if (!(await peek(capKey, BLOOD_SMS_DAILY)).allowed) return { reply: t('bloodCapped'), command: 'blood' };
  // An ASCII hyphen for negative groups (AB-): the Unicode minus is not on a feature phone's keys.
  const heading = { group: bloodGroupLabel[group.group as BloodGroup].replace('\u2212', '-'), area: place.area.nameBn };
  // The /blood list (its eligibility and place rules), its first page of twenty: three by three.
  const list = await listDonors({ group: group.group, area: place.area, page: 1, bySms: true });
  const { items, more } = pageOf(list.donors, page);
  if (items.length === 0) return { reply: page === 0 ? t('bloodNone', heading) : t('noMore'), command: 'blood' };
  // The sender's number came from the gateway: she counts as confirmed, as on the web.
  const shown = await revealDonors({ ...list, donors: items }, { phone: sender });
  if (shown.reveal.state !== 'shown') return { reply: t('bloodCapped'), command: 'blood' };
  const entries = shown.donors.filter((d) => d.phone).map((d) => ({ name: d.name, phone: d.phone! }));
  if (entries.length > 0 && !(await hit(capKey, BLOOD_SMS_DAILY)).allowed) return { reply: t('bloodCapped'), command: 'blood' };
  return { reply: { head: t('bloodHead', heading), items: entries, tail: more ? t('moreTail') : undefined }, command: 'blood', query: text, page };
}

export const bloodHandler: InboundHandler = async (sender, text) => (bloodRequest(text) ? bloodAnswer(sender, text, 0) : null);

// ───────────────────────────── search ─────────────────────────────

/** A hit's own place, short: its union (or upazila) — the first of documents.ts's "union, upazila". */
const shortPlace = (area: string) => area.split(',')[0]!.trim() || undefined;

/**
 * The verified providers and shops a search finds, best first: a product stands for its shop.
 * Given an area (the place the text names), only those inside it.
 */
async function searchEntries(query: string, areaId?: number): Promise<SmsListEntry[]> {
  const { hits } = await search({ q: query, verified: true, limit: 30, areaId }, 'bn');
  const productIds = hits.filter((h) => h.type === 'product').map((h) => h.id);
  const shopOf = new Map(
    productIds.length
      ? (await db.product.findMany({ where: { id: { in: productIds } }, select: { id: true, shop: { select: { id: true, nameBn: true, phone: true, status: true, verification: true } } } }))
          .filter((p) => p.shop.status === 'ACTIVE' && p.shop.verification === 'VERIFIED')
          .map((p) => [p.id, p.shop] as const)
      : [],
  );
  const seen = new Set<string>();
  const entries: SmsListEntry[] = [];
  const add = (key: string, name: string, phone: string | null, place: string) => {
    if (!phone || seen.has(key)) return;
    seen.add(key);
    entries.push({ name, phone, place: shortPlace(place) });
  };
  for (const h of hits as SearchHit[]) {
    if (h.type === 'provider' || h.type === 'shop') add(`${h.type}-${h.id}`, h.title, h.phone, h.area);
    else if (h.type === 'product') {
      const shop = shopOf.get(h.id);
      if (shop) add(`shop-${shop.id}`, shop.nameBn, shop.phone, h.area);
    }
  }
  return entries;
}

/** Whether any word of the text is one the directory knows: a trade, product or category word, or a served place. */
async function knowsAWord(words: string[]): Promise<boolean> {
  if (words.some((word) => synonymVocabulary.has(compactSearchKey(word)))) return true;
  if (findLeads(words.join(' '), await loadLeadVocabulary()).length > 0) return true;
  return (await areaNamedIn(words)) !== null;
}

/** Whether the hits answer the words: a word the directory knows, or a word (3+ letters) that starts a word of the best hit's name. */
async function meaningful(words: string[], entries: SmsListEntry[]): Promise<boolean> {
  if (entries.length === 0) return true;
  const named = new Set(wordsOf(entries[0]!.name).map((word) => compactSearchKey(word)));
  const keys = words.map((word) => compactSearchKey(word)).filter((key) => key.length >= 3);
  if (keys.some((key) => [...named].some((word) => word.startsWith(key)))) return true;
  return knowsAWord(words);
}

async function searchAnswer(_sender: string, text: string, page: number): Promise<InboundAnswer> {
  const words = wordsOf(text);
  const query = words.join(' ').slice(0, 100);
  // A place named in the text keeps the results inside it (never another district's or upazila's);
  // the rest of the words are what is searched for.
  const place = await areaNamedIn(words);
  const what = place && place.rest.length > 0 ? place.rest.join(' ').slice(0, 100) : query;
  const entries = await searchEntries(what, place?.area.id);
  // A typo-tolerant match of nothing ("zzzz" finding some shop) is no answer: the not-found/HELP path.
  const { items, more } = pageOf(place || (await meaningful(words, entries)) ? entries : [], page);
  if (items.length > 0) return { reply: { head: t('resultsHead', { query: shorten(query, 18) }), items, tail: more ? t('moreTail') : undefined }, command: 'search', query: text, page };
  if (page > 0) return { reply: t('noMore'), command: 'more' };
  if (place && place.rest.length > 0) return { reply: t('nothingInPlace', { query: shorten(what, 20), place: place.area.nameBn }), command: 'search' };
  return (await knowsAWord(words)) ? { reply: t('nothing'), command: 'search' } : { reply: t('help'), command: 'unknown', unknown: true };
}

export const searchHandler: InboundHandler = (sender, text) => searchAnswer(sender, text, 0);

// ───────────────────────────── more ─────────────────────────────

export const moreHandler: InboundHandler = async (sender, text) => {
  const words = wordsOf(text);
  if (words.length > 2 || !isMore(words[0])) return null;
  const last = await db.inboundSms.findFirst({
    where: { sender, query: { not: null }, createdAt: { gt: new Date(Date.now() - MORE_WINDOW_MS) } },
    orderBy: { createdAt: 'desc' },
    select: { query: true, page: true, command: true },
  });
  if (!last?.query) return { reply: t('moreWithoutSearch') };
  const next = last.page + 1;
  const answer = bloodRequest(last.query) ? await bloodAnswer(sender, last.query, next) : await searchAnswer(sender, last.query, next);
  return { ...answer, command: 'more' };
};
