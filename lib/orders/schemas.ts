// What a buyer sends to order, and what a cart holds. Messages are keys under OrderErrors.
import { z } from 'zod';
import { parseWholeNumber, toAsciiDigits } from '@/lib/i18n/digits';
import { optionalPhone, plainText } from '@/lib/i18n/text-input';

export const MAX_CART_LINES = 20;
export const MAX_QUANTITY = 500;

/** A product or option id as the database makes them; anything else (a NUL, say) is never looked up. */
const recordId = z.string().regex(/^[\w-]{1,40}$/);

/** One cart line: a product, its chosen options (one per option group), how many. */
export const cartLineSchema = z.object({
  p: recordId,
  o: z.array(recordId).max(6).default([]),
  q: z.number().int().min(1).max(MAX_QUANTITY),
});
export type CartLine = z.infer<typeof cartLineSchema>;

export const cartSchema = z.array(cartLineSchema).max(MAX_CART_LINES);

export const quantitySchema = z
  .string()
  .transform((v) => parseWholeNumber(toAsciiDigits(v)))
  .pipe(z.number({ error: 'quantityInvalid' }).int().min(1, 'quantityInvalid').max(MAX_QUANTITY, 'quantityInvalid'));

/** A shop's slug as a bound argument (a shop that does not exist is "not found" later). */
export const shopSlugArg = z.string().regex(/^[a-z0-9-]{1,60}$/);

/** An order's tracking token as a bound argument (lib/orders/codes.ts makes them). */
export const orderTokenArg = z.string().regex(/^[A-Za-z0-9_-]{32}$/);

/** What the seller's inbox buttons send. */
export const SELLER_COMMANDS = ['CONFIRMED', 'PREPARING', 'READY', 'OUT_FOR_DELIVERY', 'DELIVERED', 'CANCELLED', 'REJECTED', 'paymentReceived', 'paymentMissing', 'markPaid'] as const;

/** The checkout form's idempotency key (lib/orders/cart.ts makes them: 22 base64url characters). */
export const checkoutKeySchema = z.string({ error: 'formExpired' }).regex(/^[A-Za-z0-9_-]{16,64}$/, 'formExpired');

export const checkoutSchema = z
  .object({
    checkoutKey: checkoutKeySchema,
    buyerName: plainText(60, 'nameTooLong').transform((v) => v.replace(/\n+/g, ' ')).pipe(z.string().min(2, 'nameRequired')),
    buyerPhone: optionalPhone.pipe(z.string({ error: 'phoneRequired' })),
    delivery: z.enum(['DELIVERY', 'PICKUP'], { error: 'deliveryRequired' }),
    deliveryAreaId: z
      .string()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .pipe(z.number().int().positive().nullable()),
    deliveryAddress: plainText(200, 'addressTooLong'),
    day: z.string({ error: 'dayRequired' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'dayRequired'),
    timeSlot: plainText(40, 'slotInvalid'),
    note: plainText(300, 'noteTooLong'),
    paymentMethod: z.enum(['COD', 'BKASH', 'NAGAD', 'CARD'], { error: 'paymentRequired' }),
    code: z
      .string()
      .optional()
      .transform((v) => toAsciiDigits(v ?? '').replace(/\s/g, '')),
  })
  .superRefine((v, ctx) => {
    if (v.delivery === 'DELIVERY' && v.deliveryAreaId === null) ctx.addIssue({ code: 'custom', path: ['deliveryAreaId'], message: 'zoneRequired' });
    if (v.delivery === 'DELIVERY' && v.deliveryAddress.length < 5) ctx.addIssue({ code: 'custom', path: ['deliveryAddress'], message: 'addressRequired' });
  });
export type CheckoutInput = z.infer<typeof checkoutSchema>;

/** A bKash or Nagad transaction ID: 8–12 letters and digits (bKash's are 10, e.g. "9A7B6C5D4E"). */
export const transactionIdSchema = z
  .string()
  .transform((v) => toAsciiDigits(v).trim().toUpperCase().replace(/\s+/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{8,12}$/, 'transactionIdInvalid'));

export const reasonSchema = plainText(200, 'reasonTooLong');

export const orderReviewSchema = z.object({
  rating: z.coerce.number({ error: 'ratingRequired' }).int('ratingRequired').min(1, 'ratingRequired').max(5, 'ratingRequired'),
  text: plainText(500, 'reviewTooLong'),
});

export const sellerCommandSchema = z.object({
  orderId: z.string({ error: 'notFound' }).min(1, 'notFound').max(40, 'notFound'),
  command: z.enum(SELLER_COMMANDS, { error: 'generic' }),
  reason: reasonSchema,
});

/** The product page's element /api/cart points at (#…) when a quantity is refused. */
export const QUANTITY_INVALID = 'quantity-invalid';
