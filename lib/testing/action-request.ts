// The request around a server action, stood in for in vitest: who is signed in, the Origin and Host
// headers, cookies, and translations that come back as their full key ("ShopErrors.slugTaken",
// only keys that exist in bn.json count as known). The database stays real. In a test file:
//
//   vi.mock('next/headers', () => import('@/lib/testing/action-request').then((m) => m.headersModule));
//   vi.mock('next/cache', () => import('@/lib/testing/action-request').then((m) => m.cacheModule));
//   vi.mock('@/lib/auth/session', () => import('@/lib/testing/action-request').then((m) => m.sessionModule));
//   vi.mock('next-intl/server', () => import('@/lib/testing/action-request').then((m) => m.intlModule));
//
// and set `request.user` (or `request.origin`) before calling the action.
import { vi } from 'vitest';
import messages from '../../messages/bn.json';

export type TestUser = { id: string; name: string; phone: string; roles: string[]; officerAreaId: number | null; locale?: 'bn' | 'en' };

export const request = {
  user: null as TestUser | null,
  host: 'localhost:3000',
  origin: 'http://localhost:3000' as string | null,
  referer: null as string | null,
  cookies: new Map<string, { value: string; options: Record<string, unknown> }>(),
  reset() {
    this.user = null;
    this.host = 'localhost:3000';
    this.origin = 'http://localhost:3000';
    this.referer = null;
    this.cookies.clear();
  },
};

export const headersModule = {
  headers: async () => {
    const h = new Headers({ host: request.host, 'x-forwarded-for': '203.0.113.9' });
    if (request.origin !== null) h.set('origin', request.origin);
    if (request.referer) h.set('referer', request.referer);
    return h;
  },
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)!.value } : undefined),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => request.cookies.set(name, { value, options }),
    delete: (name: string) => request.cookies.delete(name),
  }),
};

export const cacheModule = { revalidatePath: vi.fn(), revalidateTag: vi.fn(), refresh: vi.fn(), updateTag: vi.fn() };

export const sessionModule = {
  getCurrentUser: async () => request.user,
  getShopBuyer: async () => null,
};

const lookup = (path: string) => path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), messages);
const translatorOf = (namespace?: string) => {
  const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
  return Object.assign((key: string) => full(key), { has: (key: string) => typeof lookup(full(key)) === 'string' });
};

export const intlModule = {
  getTranslations: async (namespace?: string | { namespace?: string }) => translatorOf(typeof namespace === 'string' ? namespace : namespace?.namespace),
  getLocale: async () => 'bn',
};

/** A form with these string fields (repeat a field by giving an array). */
export function formOf(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const one of Array.isArray(v) ? v : [v]) data.append(k, one);
  return data;
}

/** Runs an action that should end in Next's redirect (or notFound/forbidden page); returns where to, or the digest. */
export async function redirectOf(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return digest.split(';')[2]!;
    if (digest.startsWith('NEXT_HTTP_ERROR_FALLBACK')) return `http:${digest.split(';')[1]}`;
    throw error;
  }
  throw new Error('expected a redirect');
}
