// The Content-Security-Policy of every page. Pages rendered per request (accounts, dashboard,
// console, cart, search) get a fresh nonce (proxy.ts makes it and hands it to Next.js through the
// request's own CSP header, so Next puts it on its scripts); 'strict-dynamic' lets those scripts
// load the chunks they need, nothing else may run. Cached public pages are the same bytes for
// everyone, so they cannot carry a per-request nonce: their scripts are allowed from our own
// origin and inline (Next.js streams its data in inline scripts). They render no markup from
// users (React escapes all text; the one JSON-LD block escapes "<"), and no other origin may run
// scripts, be framed or receive forms on any page.
import { env, isNextDevServer, type Env } from '@/lib/env';
import { rootOrigin } from '@/lib/tenancy/urls';

export interface CspOptions {
  /** Null for a cached public page (see above). */
  nonce: string | null;
  production: boolean;
  /** Stripe Checkout is configured: a no-JavaScript checkout form is redirected to it. */
  stripe: boolean;
  /** Images are stored with UploadThing and shown from its host. */
  uploadthing: boolean;
  /** The directory's origin: a form on a shop's host (checkout) may end on its order page there. */
  rootOrigin: string;
  /** `next dev`: React rebuilds error stacks with eval there. */
  development?: boolean;
}

/** Where UploadThing serves files from ("https://<app>.ufs.sh/f/…"; older files on utfs.io). */
const UPLOADTHING_HOSTS = ['https://*.ufs.sh', 'https://utfs.io'];
const STRIPE_CHECKOUT = 'https://checkout.stripe.com';

export function contentSecurityPolicy(options: CspOptions): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...(options.nonce ? [`'nonce-${options.nonce}'`, "'strict-dynamic'"] : ["'unsafe-inline'"]), ...(options.development ? ["'unsafe-eval'"] : [])],
    // Shops paint their own colour through style attributes; no style can run code.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...(options.uploadthing ? UPLOADTHING_HOSTS : [])],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The service worker (lib/pwa/sw.ts) and the web app manifest, from our own origin only.
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['form-action', "'self'", options.rootOrigin, ...(options.stripe ? [STRIPE_CHECKOUT] : [])],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'self'"],
    ['object-src', "'none'"],
    ...(options.production ? [['upgrade-insecure-requests'] as [string]] : []),
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** 128 random bits, base64: unguessable, and in the form Next.js reads from the CSP header. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/** The policy of a page under this deployment's settings (nonce null: a cached public page). */
export function pagePolicy(nonce: string | null, settings: Env = env()): string {
  return contentSecurityPolicy({
    nonce,
    production: settings.HAAT_ENV === 'production',
    // The same rule as stripeEnabled() (lib/payments/stripe.ts), which the proxy must not load.
    stripe: Boolean(settings.STRIPE_SECRET_KEY && settings.STRIPE_WEBHOOK_SECRET),
    uploadthing: Boolean(settings.UPLOADTHING_TOKEN),
    rootOrigin: rootOrigin(settings),
    development: isNextDevServer(),
  });
}
