// POST /api/webhooks/stripe — Stripe's Checkout events (lib/payments/stripe-webhook.ts). The raw body
// is verified against the Stripe-Signature header before anything is read from it or written.
import { handleStripeEvent } from '@/lib/payments/stripe-webhook';
import { readStripeEvent, webhookConfigured } from '@/lib/payments/stripe';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  // 503, not 404: Stripe keeps retrying for days, so events wait until the secret is set.
  if (!webhookConfigured()) return Response.json({ error: 'notConfigured' }, { status: 503 });
  const event = readStripeEvent(await request.text(), request.headers.get('stripe-signature'));
  if (!event) return Response.json({ error: 'badSignature' }, { status: 400 });
  try {
    return Response.json({ received: true, outcome: await handleStripeEvent(event) });
  } catch (error) {
    // Nothing was recorded (the event's row rolls back with its effect): Stripe's retry applies it.
    console.error(`[payments] Stripe event ${event.id} (${event.type}) failed`, error);
    return Response.json({ error: 'retryLater' }, { status: 500 });
  }
}
