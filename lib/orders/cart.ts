// A buyer's cart for one shop, kept in a cookie on the shop's host so guests have one too. It
// holds only ids and quantities; every price is looked up again when the cart is shown or ordered.
// Each cart also carries its checkout key: the checkout form sends it, and the order placed with it
// keeps it, so the same cart posted twice (a double tap, a retry, a second tab) makes one order.
// Emptying the cart (as placing the order does) ends the key; the next cart gets a new one.
// A phone confirmed by SMS is remembered the same way (signed), so the next order from this
// browser does not ask for a code again.
import 'server-only';
import { cookies } from 'next/headers';
import { signingSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { parseWholeNumber } from '@/lib/i18n/digits';
import { readToken, signToken } from '@/lib/security/signed-token';
import { cartCountCookie } from '@/lib/visitor-hint';
import { newCheckoutKey } from './codes';
import { cartSchema, checkoutKeySchema, MAX_CART_LINES, MAX_QUANTITY, type CartLine } from './schemas';

const CART_MAX_AGE = 30 * 24 * 3600;
const PHONE_MAX_AGE = 180 * 24 * 3600;
const cartCookie = (slug: string) => `haat_cart_${slug}`;
const PHONE_COOKIE = 'haat_phone';

/** The cookie holds `{ k: key, l: lines }` (a bare array from before keys: no key yet). */
async function readCookie(slug: string): Promise<{ key: string | null; lines: CartLine[] }> {
  const raw = (await cookies()).get(cartCookie(slug))?.value;
  if (!raw) return { key: null, lines: [] };
  try {
    const value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    const body = Array.isArray(value) ? { k: null, l: value } : (value as { k?: unknown; l?: unknown });
    const parsed = cartSchema.safeParse(body.l);
    const key = typeof body.k === 'string' && checkoutKeySchema.safeParse(body.k).success ? body.k : null;
    return { key, lines: parsed.success ? parsed.data : [] };
  } catch {
    return { key: null, lines: [] };
  }
}

export async function readCart(slug: string): Promise<CartLine[]> {
  return (await readCookie(slug)).lines;
}

/** The key the cart's checkout form sends (null without a cart). */
export async function readCheckoutKey(slug: string): Promise<string | null> {
  return (await readCookie(slug)).key;
}

export async function writeCart(slug: string, lines: CartLine[]): Promise<void> {
  const jar = await cookies();
  if (lines.length === 0) {
    jar.delete(cartCookie(slug));
    jar.delete(cartCountCookie(slug));
    return;
  }
  const key = (await readCookie(slug)).key ?? newCheckoutKey();
  const kept = lines.slice(0, MAX_CART_LINES);
  const value = Buffer.from(JSON.stringify({ k: key, l: kept })).toString('base64url');
  const options = { sameSite: 'lax', path: '/', maxAge: CART_MAX_AGE, secure: env().HAAT_ENV === 'production' } as const;
  jar.set(cartCookie(slug), value, { ...options, httpOnly: true });
  // The count the storefront's cached header shows (lib/visitor-hint.ts).
  jar.set(cartCountCookie(slug), String(kept.reduce((sum, line) => sum + line.q, 0)), { ...options, httpOnly: false });
}

export const sameLine = (a: CartLine, b: Pick<CartLine, 'p' | 'o'>) => a.p === b.p && [...a.o].sort().join() === [...b.o].sort().join();

/** Adds to the cart (the same product with the same options adds up). */
export function addLine(lines: CartLine[], line: CartLine): CartLine[] {
  const existing = lines.find((l) => sameLine(l, line));
  if (existing) return lines.map((l) => (l === existing ? { ...l, q: Math.min(MAX_QUANTITY, l.q + line.q) } : l));
  return [...lines, line].slice(-MAX_CART_LINES);
}

/** Sets a line's quantity (0 removes it). */
export const setLineQuantity = (lines: CartLine[], index: number, quantity: number): CartLine[] =>
  quantity <= 0 ? lines.filter((_, i) => i !== index) : lines.map((l, i) => (i === index ? { ...l, q: Math.min(MAX_QUANTITY, quantity) } : l));

/** What a quantity typed into a cart line asks for: a number to set, 0 to remove the line, or a refusal saying why. */
export type QuantityVerdict = { ok: true; quantity: number } | { ok: false; problem: 'notWhole' | 'tooMany'; max: number };

/**
 * The cart line a change names (the form's "line": the line's place in the list the page showed),
 * or null when the field is missing or not a plain index: then nothing is changed (a missing
 * field must never mean the first line).
 */
export function lineIndexOf(value: FormDataEntryValue | null): number | null {
  return typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : null;
}

/**
 * Reads a cart line's new quantity (Bengali or ASCII digits): 0 removes the line; 1 to `max` (the
 * line's maxQuantity) sets it; a negative number, a fraction, words or nothing are "not a whole
 * number", more than `max` is "too many" — both refused, the cart left as it was.
 */
export function judgeQuantity(typed: string, max: number): QuantityVerdict {
  const quantity = parseWholeNumber(typed);
  if (quantity === null) return { ok: false, problem: 'notWhole', max };
  if (quantity > max) return { ok: false, problem: 'tooMany', max };
  return { ok: true, quantity };
}

/** Remembers that this browser confirmed this phone by SMS. */
export async function rememberConfirmedPhone(phone: string): Promise<void> {
  const value = signToken('haat.phone', { p: phone, exp: Math.floor(Date.now() / 1000) + PHONE_MAX_AGE }, signingSecret());
  (await cookies()).set(PHONE_COOKIE, value, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: PHONE_MAX_AGE, secure: env().HAAT_ENV === 'production' });
}

export async function isConfirmedPhone(phone: string): Promise<boolean> {
  return readToken('haat.phone', (await cookies()).get(PHONE_COOKIE)?.value, signingSecret(), Date.now(), 400)?.p === phone;
}
