// The key Haat's own signed cookies and code digests are made with: AUTH_SECRET, which lib/env.ts
// requires in production; a fixed development key only outside it. Read lazily (not at import),
// so building the app never needs the setting.
import { env } from '@/lib/env';

export function signingSecret(): string {
  const settings = env();
  if (settings.AUTH_SECRET) return settings.AUTH_SECRET;
  if (settings.HAAT_ENV === 'production') throw new Error('AUTH_SECRET is required in production');
  return 'haat-development-secret';
}
