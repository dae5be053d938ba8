// A seller without a smartphone answers a new order by SMS (issue #19 item 2): "OK <code>" accepts
// it, "NA <code>" turns it down (Bengali হ্যাঁ / না too, and YES / NO). The new order's SMS
// (lib/orders/notify.ts newOrderText) tells her how. The inbound SMS endpoint
// (lib/notify/inbound/) hands every text here first; null means "not an order command" and the
// text goes on to search.
//
// The code is the order's own code ("HT7K2Q9X", the one on the dashboard, the slips and the bKash
// reference), typed in any case, with or without "HT", in either script's digits. Only the shop's
// own number (the shop's phone, or its owner's account) may answer for its orders; to anyone else
// an order is "not found", as it is on the dashboard. The move goes through sellerTransition, the
// dashboard's own function: the same state machine, the same event (the owner as its actor), the
// same SMS to the buyer and the same tracking page.
import 'server-only';
import { isActiveAccount } from '@/lib/auth/status';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { DeliveryMethod, OrderStatus, UserStatus } from '@/lib/generated/prisma/enums';
import { toAsciiDigits } from '@/lib/i18n/digits';
import { log } from '@/lib/log';
import { normalizePhone } from '@/lib/phone';
import { dialable, fitSms } from '@/lib/notify/inbound/reply';
import { sellerTransition } from './manage';
import { reasonSchema } from './schemas';
import { smsStatusText } from './wording';

const ACCEPT = ['OK', 'YES', 'হ্যাঁ', 'হ্যা', 'হাঁ'];
const REFUSE = ['NA', 'NO', 'না'];
/** The order code's letters and digits (lib/orders/codes.ts ALPHABET): no 0/O, 1/I/L. */
const CODE = /^(?:HT)?([2-9A-HJKMNP-Z]{6})$/;

const wordsOfCommand = (text: string) => toAsciiDigits(text).normalize('NFC').trim().split(/[\s,.:;।-]+/).filter(Boolean);
const verbOf = (word: string | undefined) => (word === undefined ? null : ACCEPT.includes(word.toUpperCase()) ? 'CONFIRMED' : REFUSE.includes(word.toUpperCase()) ? 'REJECTED' : null);

/** Whether the text starts with an order verb (OK, NA, হ্যাঁ …): dispatch reads these before its per-sender limit. Pure. */
export const isOrderText = (text: string) => verbOf(wordsOfCommand(text)[0]) !== null;

/** The reply to a bare "OK" or "NA" (no code): what to write instead. */
export const BARE_VERB_REPLY = 'OK-এর পরে অর্ডারের কোড লিখুন, যেমন OK HT7K2Q9X';

/** When she turns an order down without a word of why (the dashboard asks for one; SMS need not). */
export const SMS_REFUSAL_REASON = 'বিক্রেতা SMS-এ ফিরিয়ে দিয়েছেন';

export interface OrderCommand {
  to: 'CONFIRMED' | 'REJECTED';
  /** The full order code, "HT" and six. */
  code: string;
  /** Whether what she typed can only be a code (it has a digit or the "HT"): else it may be a word. */
  surelyCode: boolean;
  /** Anything after the code: her reason for turning it down. */
  rest: string;
}

/** "ok ht7k2q9x", "NA 7K2Q9X দুধ নেই", "হ্যাঁ HT৭K২Q৯X" → the command; anything else → null. Pure. */
export function parseOrderCommand(text: string): OrderCommand | null {
  const [verb, rawCode, ...rest] = wordsOfCommand(text);
  if (!verb || !rawCode) return null;
  const to = verbOf(verb);
  const code = CODE.exec(rawCode.toUpperCase())?.[1];
  if (!to || !code) return null;
  return { to, code: `HT${code}`, surelyCode: /\d/.test(code) || /^HT/i.test(rawCode), rest: rest.join(' ') };
}

const reply = (text: string) => ({ reply: fitSms(text) });

/** What a seller is told when she names an order that is not hers, or none at all. */
const noSuchOrder = (code: string) => reply(`হাট: ${code} কোডে আপনার কোনো অর্ডার নেই। অর্ডারের SMS দেখে আবার লিখুন: OK কোড বা NA কোড।`);

/**
 * Answers an order command from `sender` (as the gateway gives it, e.g. "8801711234567"), or null
 * when the text is not one. The reply is Bengali and at most two SMS segments.
 */
export async function handleOrderSms(sender: string, text: string): Promise<{ reply: string } | null> {
  const command = parseOrderCommand(text);
  // "OK" or "NA" alone: she forgot the code (not a search for "ok").
  if (!command) return wordsOfCommand(text).length === 1 && isOrderText(text) ? reply(BARE_VERB_REPLY) : null;
  const phone = normalizePhone(sender);
  const order = await db.order.findUnique({
    where: { code: command.code },
    select: { id: true, code: true, status: true, delivery: true, buyerPhone: true, shop: { select: { phone: true, ownerId: true, status: true, owner: { select: { phone: true, status: true } } } } },
  });
  const hers = Boolean(order && phone && (order.shop.phone === phone || order.shop.owner.phone === phone));
  // A word that only looks like a code ("NA MASTER") and names no order of hers: let search have it
  // (whether some other shop has such an order is nobody's business).
  if (!hers && !command.surelyCode) return null;
  if (!order || !hers) {
    log.info({ event: 'order-sms', outcome: 'not-found' }, 'order SMS command for no order of the sender');
    return noSuchOrder(command.code);
  }
  const outcome = await answer(order, command);
  log.info({ event: 'order-sms', outcome: outcome.outcome, to: command.to }, 'order SMS command');
  return reply(outcome.text);
}

type Order = { id: string; code: string; status: OrderStatus; delivery: DeliveryMethod; buyerPhone: string; shop: { ownerId: string; status: string; owner: { status: UserStatus } } };

/** Statuses of an order she has accepted (and maybe moved on since). */
const ACCEPTED: ReadonlySet<OrderStatus> = new Set(['CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED']);

const already = (code: string, accept: boolean) => (accept ? `হাট: অর্ডার ${code} আগেই গ্রহণ করেছেন। ক্রেতা জানেন।` : `হাট: অর্ডার ${code} আগেই ফিরিয়ে দিয়েছেন। ক্রেতা জানেন।`);

/** Where an order stands when it can no longer be answered as she asked: her reply. */
function notNow(order: Pick<Order, 'code' | 'status' | 'delivery' | 'buyerPhone'>, accept: boolean): { outcome: string; text: string } {
  const { code, status } = order;
  if (accept ? ACCEPTED.has(status) : status === 'REJECTED') return { outcome: 'already', text: already(code, accept) };
  if (!accept && ACCEPTED.has(status) && status !== 'DELIVERED') {
    return { outcome: 'refused', text: `হাট: অর্ডার ${code} আগেই গ্রহণ করেছেন, তাই NA চলবে না। ক্রেতাকে ফোন করুন: ${dialable(order.buyerPhone)}, অথবা ড্যাশবোর্ডে কারণসহ বাতিল করুন।` };
  }
  const where = status === 'REJECTED' ? 'আপনি আগেই ফিরিয়ে দিয়েছেন' : smsStatusText(status, order.delivery);
  return { outcome: 'refused', text: `হাট: অর্ডার ${code} — ${where}; তাই এখন ${accept ? 'গ্রহণ' : 'ফেরানো'} করা যাবে না।` };
}

async function answer(order: Order, { to, rest }: OrderCommand): Promise<{ outcome: string; text: string }> {
  const code = order.code;
  const accept = to === 'CONFIRMED';
  // An account that may not sign in (suspended, retired) may not answer by SMS either: the dashboard's rule.
  if (!isActiveAccount(order.shop.owner)) return { outcome: 'accountBlocked', text: `হাট: আপনার অ্যাকাউন্ট এখন স্থগিত বা বন্ধ, তাই অর্ডার ${code}-এর উত্তর SMS-এ দেওয়া যাবে না। জানতে উপজেলা অফিসে যোগাযোগ করুন।` };
  // Answered already (a repeated SMS), or past answering: say where it stands, change nothing.
  if (order.status !== 'PLACED') return notNow(order, accept);
  if (accept && order.shop.status !== 'ACTIVE') return { outcome: 'refused', text: `হাট: আপনার দোকান এখন স্থগিত বা বন্ধ, তাই নতুন অর্ডার ${code} নেওয়া যাবে না। ফিরিয়ে দিতে লিখুন NA ${code}` };
  try {
    const done = await sellerTransition({ id: order.shop.ownerId }, order.id, to, accept ? '' : refusalReason(rest));
    if (done === 'already') return { outcome: 'already', text: already(code, accept) };
  } catch (error) {
    // Changed in the meantime (the buyer cancelled, a second SMS, the dashboard): say where it stands.
    if (!(error instanceof AppError)) throw error;
    const now = await db.order.findUnique({ where: { id: order.id }, select: { status: true } });
    return notNow({ ...order, status: now?.status ?? order.status }, accept);
  }
  return accept
    ? { outcome: 'accepted', text: `হাট: অর্ডার ${code} গ্রহণ করা হলো, ক্রেতাকে SMS-এ জানানো হয়েছে। ক্রেতাকে ফোন করুন: ${dialable(order.buyerPhone)}` }
    : { outcome: 'rejected', text: `হাট: অর্ডার ${code} ফিরিয়ে দেওয়া হলো, ক্রেতাকে SMS-এ জানানো হয়েছে।` };
}

/** Her own words after the code, if they make a reason the dashboard would take; else the default. */
function refusalReason(rest: string): string {
  const parsed = reasonSchema.safeParse(rest.slice(0, 200));
  return parsed.success && parsed.data.trim() ? parsed.data.trim() : SMS_REFUSAL_REASON;
}
