// Guards for pages (not actions): a guest is sent to sign in and brought back to the page asked
// for; an account without the right role gets the 403 page. Layouts render beside their pages, so
// each page asks for itself rather than relying on its layout.
import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { scopeOf, type Scope } from '@/lib/console/scope';
import { AppError } from '@/lib/errors';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import type { SessionUser } from './auth';
import { getCurrentUser } from './session';

/** Where an account signed in with a temporary password chooses its own, then goes on to `next`. */
export const PASSWORD_CHANGE_PATH = '/account/password';

export const passwordChangeHref = (locale: AppLocale, next?: string) => localizeHref({ pathname: PASSWORD_CHANGE_PATH, query: { next } }, locale);

/** The signed-in account; a guest goes to sign in, an account with a temporary password to choose its own first. */
export async function pageUser(locale: AppLocale, path: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(localizeHref({ pathname: '/sign-in', query: { next: path } }, locale));
  if (user.mustChangePassword) redirect(passwordChangeHref(locale, path));
  return user;
}

export async function pageScope(locale: AppLocale, path: string): Promise<Scope> {
  const user = await pageUser(locale, path);
  try {
    return await scopeOf(user);
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') forbidden();
    throw error;
  }
}
