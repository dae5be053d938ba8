import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const production = {
  HAAT_ENV: 'production',
  DATABASE_URL: 'postgresql://haat:secret@db.internal:5432/haat',
  AUTH_SECRET: 'x'.repeat(40),
  ROOT_DOMAIN: 'haat-bogura.gov.bd',
  SMS_GATEWAY_URL: 'https://sms.example.com/api',
  SMS_GATEWAY_KEY: 'k',
  TRUSTED_PROXIES: '1',
};

describe('parseEnv', () => {
  it('needs nothing in the embedded default', () => {
    const env = parseEnv({});
    expect(env.HAAT_ENV).toBe('embedded');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ROOT_DOMAIN).toBe('localhost:3000');
  });

  it('is production whenever NODE_ENV=production, whatever starts the server; embedded must be asked for', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/^Setting DATABASE_URL /);
    expect(parseEnv({ ...production, HAAT_ENV: undefined, NODE_ENV: 'production' }).HAAT_ENV).toBe('production');
    expect(parseEnv({ NODE_ENV: 'production', HAAT_ENV: 'embedded' }).HAAT_ENV).toBe('embedded');
    expect(parseEnv({ NODE_ENV: 'development' }).HAAT_ENV).toBe('embedded');
  });

  it('treats empty strings as unset', () => {
    expect(parseEnv({ MEILI_HOST: '', STRIPE_SECRET_KEY: ' ' }).MEILI_HOST).toBeUndefined();
  });

  it('reads the log level and the metrics token, refusing a guessable token or an unknown level', () => {
    expect(parseEnv({ LOG_LEVEL: '', METRICS_TOKEN: '' })).toMatchObject({ LOG_LEVEL: undefined, METRICS_TOKEN: undefined });
    expect(parseEnv({ LOG_LEVEL: 'warn', METRICS_TOKEN: 'a'.repeat(16) })).toMatchObject({ LOG_LEVEL: 'warn', METRICS_TOKEN: 'a'.repeat(16) });
    expect(() => parseEnv({ METRICS_TOKEN: 'secret' })).toThrow(/^Setting METRICS_TOKEN must be at least 16 characters/);
    expect(() => parseEnv({ LOG_LEVEL: 'loud' })).toThrow(/^Setting LOG_LEVEL /);
  });

  it('accepts a complete production configuration', () => {
    expect(parseEnv(production).DATABASE_URL).toContain('db.internal');
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: undefined }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['AUTH_SECRET', { AUTH_SECRET: 'short' }],
    ['ROOT_DOMAIN', { ROOT_DOMAIN: 'localhost:3000' }],
    ['MEILI_HOST', { MEILI_HOST: 'not a url' }],
    ['MEILI_MASTER_KEY', { MEILI_HOST: 'https://search.example.org' }],
    ['STRIPE_WEBHOOK_SECRET', { STRIPE_SECRET_KEY: 'sk_test_1' }],
    ['SMS_GATEWAY_URL', { SMS_GATEWAY_URL: undefined }],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: '10.0.0.0/33' }],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: undefined }],
  ])('stops production start-up with one message naming %s', (name, change) => {
    const attempt = () => parseEnv({ ...production, ...change });
    expect(attempt).toThrow(EnvError);
    expect(attempt).toThrow(new RegExp(`^Setting ${name} `));
  });
});
