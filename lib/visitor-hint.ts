// Cached public pages are the same for everyone; what is personal on them (the account link, a
// shop's cart count, a provider's own reply forms) is filled in by the browser from small readable
// cookies the server writes next to the real, httpOnly ones. They are hints for display only:
// nothing is trusted from them, every action checks the real session, and a stale hint costs one
// extra tap (the account link leads to sign-in). proxy.ts drops the hint when the session is gone.

/**
 * "<user id>.<first name>", or "<user id>!c.<first name>" for an officer or admin (Next.js
 * URL-encodes it in the cookie): set at sign-in, cleared at sign-out. The mark only decides whether
 * the header shows a link to the console; the console checks the role on the server.
 */
export const HINT_COOKIE = 'haat.hint';
/** How many items a shop's cart holds, next to the cart itself on the shop's host. */
export const cartCountCookie = (slug: string) => `haat_cart_n_${slug}`;

export interface VisitorHint {
  id: string;
  name: string;
  /** An officer or admin: the header links to the console. */
  console: boolean;
}

const CONSOLE_MARK = '!c';

/** Whether these roles may open the console (officers and admins); the console itself decides on the server. */
export const mayUseConsole = (roles: readonly string[]) => roles.includes('OFFICER') || roles.includes('ADMIN');

export function encodeHint(user: { id: string; name: string; roles?: readonly string[] }): string {
  const first = user.name.trim().split(/\s+/)[0] ?? '';
  return `${user.id}${user.roles && mayUseConsole(user.roles) ? CONSOLE_MARK : ''}.${first.slice(0, 40)}`;
}

/** The hint from a cookie's value as the browser holds it (URL-encoded). */
export function decodeHint(value: string | null | undefined): VisitorHint | null {
  if (!value) return null;
  try {
    const text = decodeURIComponent(value);
    const dot = text.indexOf('.');
    if (dot < 1) return null;
    const head = text.slice(0, dot);
    const console = head.endsWith(CONSOLE_MARK);
    const id = console ? head.slice(0, -CONSOLE_MARK.length) : head;
    return id ? { id, name: text.slice(dot + 1), console } : null;
  } catch {
    return null;
  }
}

/** A cookie's value from a `document.cookie` string. */
export function cookieValue(cookieHeader: string, name: string): string | null {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
