// What identifies an order to people: a short code read aloud and typed as a bKash reference, and
// a long unguessable token for the tracking link; and the checkout form's idempotency key.
import { randomBytes, randomInt } from 'node:crypto';

/** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** "HT" and 6 characters: about 887 million codes; the database's unique index catches a repeat. */
export const newOrderCode = () => `HT${Array.from({ length: 6 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;

/** 192 random bits, URL-safe: /orders/<token>. */
export const newOrderToken = () => randomBytes(24).toString('base64url');

export const isOrderToken = (value: string) => /^[A-Za-z0-9_-]{32}$/.test(value);

/** 128 random bits, URL-safe: one cart's checkout key (lib/orders/cart.ts). */
export const newCheckoutKey = () => randomBytes(16).toString('base64url');
