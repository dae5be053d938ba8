// POST /api/webhooks/stripe — Stripe's Checkout events (lib/payments/stripe-webhook.ts). The raw body
// is verified against the Stripe-Signature header before anything is read from it or written.
import { handleStripeEvent } from '@/lib/payments/stripe-webhook';
import { readStripeEvent, webhookConfigured } from '@/lib/payments/stripe';
import { readTextCapped } from '@/lib/security/body';

export const dynamic = 'force-dynamic';

/** Far above any Checkout event Stripe sends (a few KB); the body is read before its signature is known. */
export const MAX_EVENT_BYTES = 512 * 1024;

export async function POST(request: Request) {
  // 503, not 404: Stripe keeps retrying for days, so events wait until the secret is set.
  if (!webhookConfigured()) return Response.json({ error: 'notConfigured' }, { status: 503 });
  const raw = await readTextCapped(request, MAX_EVENT_BYTES);
  if (raw === null) return Response.json({ error: 'tooLarge' }, { status: 413 });
  const event = readStripeEvent(raw, request.headers.get('stripe-signature'));
  if (!event) return Response.json({ error: 'badSignature' }, { status: 400 });
  try {
    return Response.json({ received: true, outcome: await handleStripeEvent(event) });
  } catch (error) {
    // Nothing was recorded (the event's row rolls back with its effect): Stripe's retry applies it.
    console.error(`[payments] Stripe event ${event.id} (${event.type}) failed`, error);
    return Response.json({ error: 'retryLater' }, { status: 500 });
  }
}
