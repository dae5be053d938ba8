// The one place that reads process.env. Every setting is validated with zod; optional services
// (Stripe, UploadThing, an SMS gateway, an external Meilisearch) switch to their embedded default
// when absent, and say so once. In production a bad or missing required setting stops start-up
// with one message naming the variable.
import { z } from 'zod';
import { parseTrustedProxies } from './security/client';
import { forgetBetweenTests } from './runtime/between-tests';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const optionalUrl = optionalString.pipe(z.url().optional());

export const envSchema = z
  .object({
    /** Unset: production whenever NODE_ENV=production (whatever starts the server), else embedded. */
    HAAT_ENV: z.enum(['production', 'embedded', 'test']).optional(),
    NODE_ENV: optionalString,
    DATABASE_URL: optionalString.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL')
        .optional(),
    ),
    MEILI_HOST: optionalUrl,
    MEILI_MASTER_KEY: optionalString,
    /** Prefix for index names, so tests and several districts can share one Meilisearch. */
    MEILI_INDEX_PREFIX: z.string().default(''),
    AUTH_SECRET: optionalString,
    /** The public host of the directory, e.g. "haat-bogura.gov.bd"; shops live on its subdomains. */
    ROOT_DOMAIN: z.string().trim().default('localhost:3000'),
    /**
     * Whether shops are served on their own subdomains (<shop>.<ROOT_DOMAIN>, which needs wildcard
     * DNS and TLS). On: /s/<shop> on the root host redirects there. Default: on in production.
     */
    SHOP_SUBDOMAINS: z.enum(['on', 'off']).optional(),
    /**
     * The districts this deployment serves: district slugs separated by commas, or `all` (every
     * district). The first slug named is the default district, shown to a visitor who has not
     * chosen one. The demo seed fills Bogura and Kishoreganj.
     */
    HAAT_DISTRICTS: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(all|[a-z0-9-]{1,80})(\s*,\s*(all|[a-z0-9-]{1,80}))*$/, 'must be district slugs separated by commas, or "all"')
      .optional(),
    /** Before HAAT_DISTRICTS: the one district served. Still read when HAAT_DISTRICTS is unset. */
    HAAT_DISTRICT: z.string().trim().toLowerCase().optional(),
    HAAT_DATA_DIR: z.string().default('.data'),
    UPLOADTHING_TOKEN: optionalString,
    STRIPE_SECRET_KEY: optionalString,
    STRIPE_WEBHOOK_SECRET: optionalString,
    SMS_GATEWAY_URL: optionalUrl,
    SMS_GATEWAY_KEY: optionalString,
    SMS_SENDER_ID: optionalString,
    /**
     * The secret the SMS gateway (or the signing relay in front of it) signs inbound SMS with
     * (/api/sms/inbound, lib/notify/inbound): at least 16 characters. Unset: the endpoint answers 404.
     */
    SMS_INBOUND_SECRET: optionalString.pipe(z.string().min(16, 'must be at least 16 characters (openssl rand -hex 32)').optional()),
    /**
     * The short code or number people text for search by SMS ("16345", "01711000000"), shown on the
     * printed union notice boards and the help page ("SMS করুন: দর্জি <union> → <number>"). Unset:
     * nothing is shown.
     */
    SMS_INBOUND_NUMBER: optionalString.pipe(z.string().regex(/^\+?[0-9][0-9 -]{2,19}$/, 'must be a short code or phone number (digits, spaces, dashes)').optional()),
    /**
     * Which hops in front of the app may set X-Forwarded-For: unset or "0" trusts none (the TCP peer
     * is the client); a number trusts that many proxies; a comma-separated list of addresses or CIDR
     * ranges trusts proxies at those addresses. See lib/security/client.ts.
     */
    TRUSTED_PROXIES: optionalString,
    /**
     * One-time codes one client address may ask for per hour. Generous: a Union Digital Centre, or a
     * mobile operator's shared address, stands for many people; per-number and overall caps do the rest.
     */
    SMS_CLIENT_HOURLY_CAP: optionalString.pipe(z.string().regex(/^[1-9]\d*$/, 'must be a whole number above 0').transform(Number).optional()),
    /** How many SMS the whole deployment sends in one hour at most (a pump guard). */
    SMS_HOURLY_CAP: optionalString.pipe(z.string().regex(/^[1-9]\d*$/, 'must be a whole number above 0').transform(Number).optional()),
    /**
     * Replies to inbound SMS (/api/sms/inbound) the whole deployment sends in one hour at most: what a
     * flood of texts from many numbers can cost (lib/notify/inbound/dispatch.ts). Default 500.
     */
    SMS_INBOUND_HOURLY_CAP: optionalString.pipe(z.string().regex(/^[1-9]\d*$/, 'must be a whole number above 0').transform(Number).optional()),
    /** Replies to inbound SMS one number gets in 24 hours at most, HELP replies included. Default 30. */
    SMS_INBOUND_DAILY_PER_NUMBER: optionalString.pipe(z.string().regex(/^[1-9]\d*$/, 'must be a whole number above 0').transform(Number).optional()),
    /** How much the JSON logs say (lib/log.ts): each request is one `info` line. Default: info. */
    LOG_LEVEL: optionalString.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
    /**
     * The bearer token Prometheus sends to /api/metrics (at least 16 characters). Unset: the
     * endpoint answers 404, as if it did not exist.
     */
    METRICS_TOKEN: optionalString.pipe(z.string().min(16, 'must be at least 16 characters (openssl rand -hex 24)').optional()),
  })
  .transform(({ NODE_ENV, ...env }) => ({ ...env, HAAT_ENV: env.HAAT_ENV ?? (NODE_ENV === 'production' ? ('production' as const) : ('embedded' as const)) }))
  .superRefine((env, ctx) => {
    try {
      parseTrustedProxies(env.TRUSTED_PROXIES);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['TRUSTED_PROXIES'], message: `must be a hop count or a list of addresses: it ${(error as Error).message}` });
    }
    if (env.HAAT_ENV !== 'production') return;
    const need = (key: keyof typeof env, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (!env.DATABASE_URL) need('DATABASE_URL', 'is required in production (a postgresql:// URL)');
    if (!env.AUTH_SECRET || env.AUTH_SECRET.length < 32) need('AUTH_SECRET', 'is required in production: at least 32 random characters (openssl rand -base64 32)');
    if (env.ROOT_DOMAIN.includes('localhost')) need('ROOT_DOMAIN', 'must be the public domain in production, e.g. haat-bogura.gov.bd');
    if (env.MEILI_HOST && !env.MEILI_MASTER_KEY) need('MEILI_MASTER_KEY', 'is required with MEILI_HOST in production');
    if (env.TRUSTED_PROXIES === undefined) need('TRUSTED_PROXIES', 'is required in production: 0 when clients connect straight to this server, else the hops or addresses of the proxies in front of it (npm start listens on localhost only, so a proxy on this machine: loopback)');
    if (!env.SMS_GATEWAY_URL) need('SMS_GATEWAY_URL', 'is required in production: the bulk-SMS gateway that sends codes and order messages');
    if (env.SMS_GATEWAY_URL && !env.SMS_GATEWAY_KEY) need('SMS_GATEWAY_KEY', 'is required with SMS_GATEWAY_URL');
    if (env.STRIPE_SECRET_KEY && !env.STRIPE_WEBHOOK_SECRET) need('STRIPE_WEBHOOK_SECRET', 'is required with STRIPE_SECRET_KEY');
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {}

/** Parses a settings object; throws an EnvError whose message names the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const key = String(issue.path[0] ?? 'environment');
  throw new EnvError(`Setting ${key} ${issue.message.startsWith('is ') || issue.message.startsWith('must') ? issue.message : `is invalid: ${issue.message}`}`);
}

let cached: Env | undefined;
// Each test file has its own database and settings.
forgetBetweenTests(() => (cached = undefined));
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** `next dev` is serving (Next.js sets NODE_ENV itself): only for what its dev tooling needs. */
export const isNextDevServer = () => process.env.NODE_ENV === 'development';
