'use client';

// The personal bits of a cached page, filled in from the hint cookies (lib/visitor-hint.ts) after
// it loads. The server renders the signed-out version, so without JavaScript every link still
// works: the account link leads to the account page, which asks for sign-in when needed.
import { useSyncExternalStore } from 'react';
import { formatNumber } from '@/lib/i18n/format';
import { cartCountCookie, cookieValue, decodeHint, HINT_COOKIE } from '@/lib/visitor-hint';

export const noSubscription = () => () => {};

/** A cookie's current value in the browser (null when absent); undefined while rendering on the server. */
function useCookie(name: string): string | null | undefined {
  return useSyncExternalStore(noSubscription, () => cookieValue(document.cookie, name), () => undefined);
}

/**
 * `icon` comes rendered from the server, so no icon code ships to the browser. The word stays visible
 * under the icon on a phone (an icon alone says nothing to someone who reads little).
 */
export function AccountLink({ signInLabel, accountLabel, accountHref, icon }: { signInLabel: string; accountLabel: string; accountHref: string; icon: React.ReactNode }) {
  const hint = decodeHint(useCookie(HINT_COOKIE));
  const shown = hint ? hint.name || accountLabel : signInLabel;
  return (
    <a
      href={accountHref}
      className="inline-flex min-h-12 min-w-12 flex-col items-center justify-center rounded-lg px-2 text-xs leading-tight font-semibold hover:bg-white/10 sm:flex-row sm:gap-1 sm:text-sm"
      aria-label={hint && shown !== accountLabel ? `${accountLabel}: ${shown}` : undefined}
      data-testid="account-link"
    >
      {icon}
      <span className="max-w-24 truncate">{shown}</span>
    </a>
  );
}

/** The way to the console for officers and admins (the hint's mark); the console checks the role itself. */
export function ConsoleLink({ href, label }: { href: string; label: string }) {
  const hint = decodeHint(useCookie(HINT_COOKIE));
  if (!hint?.console) return null;
  return (
    <a href={href} className="inline-flex min-h-12 items-center rounded-lg px-2 text-sm font-semibold hover:bg-white/10" data-testid="console-link">
      {label}
    </a>
  );
}

/** Shown only to the signed-in account with this id (a provider's reply forms on her own page). */
export function OwnerOnly({ ownerId, children }: { ownerId: string | null; children: React.ReactNode }) {
  const hint = decodeHint(useCookie(HINT_COOKIE));
  return hint && ownerId && hint.id === ownerId ? children : null;
}

/** "Not for the owner": hidden from her own page's signed-in owner (she does not review herself). */
export function NotOwner({ ownerId, children }: { ownerId: string | null; children: React.ReactNode }) {
  const hint = decodeHint(useCookie(HINT_COOKIE));
  return hint && ownerId && hint.id === ownerId ? null : children;
}

/** Shown in the browser only when no one is signed in here (an invitation to sign in first). */
export function SignedOut({ children }: { children: React.ReactNode }) {
  const hint = useCookie(HINT_COOKIE);
  return hint !== undefined && !decodeHint(hint) ? children : null;
}

export function CartLink({ slug, href, label, locale, icon }: { slug: string; href: string; label: string; locale: 'bn' | 'en'; icon: React.ReactNode }) {
  const count = Number(useCookie(cartCountCookie(slug)) ?? 0);
  if (!Number.isInteger(count) || count <= 0) return null;
  return (
    <a href={href} className="inline-flex min-h-12 items-center gap-1 rounded-lg border border-white/40 px-3 font-semibold" data-testid="cart-link">
      {icon}
      <span className="sr-only">{label}:</span>
      {formatNumber(count, locale)}
    </a>
  );
}
