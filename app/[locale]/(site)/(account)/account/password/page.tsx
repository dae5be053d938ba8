import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { changePasswordAction, signOutAction } from '@/lib/auth/actions';
import { PASSWORD_CHANGE_PATH } from '@/lib/auth/page-guards';
import { getCurrentUser } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';

export const metadata: Metadata = { robots: { index: false } };

// Her own password in place of the one she was given. An account appointed with a temporary
// password is sent here from every signed-in page and action until it has chosen one
// (lib/auth/page-guards.ts, lib/forms/action.ts); anyone else may change theirs here too.
export default async function ChangePasswordPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) redirect(localizeHref({ pathname: '/sign-in', query: { next: PASSWORD_CHANGE_PATH } }, locale));
  const wanted = String((await searchParams).next ?? '');
  const next = /^\/(?!\/)[\w\-/]*$/.test(wanted) && !wanted.startsWith(PASSWORD_CHANGE_PATH) ? wanted : '/account';
  const t = await getTranslations('Auth');
  const forced = Boolean(user.mustChangePassword);
  return (
    <AuthCard title={forced ? t('temporaryTitle') : t('changePassword')} lead={forced ? t('temporaryLead') : undefined}>
      <FormShell action={changePasswordAction} submitLabel={t('changePassword')}>
        <input type="hidden" name="next" value={next} />
        <TextField name="current" label={forced ? t('temporaryPassword') : t('currentPassword')} type="password" autoComplete="current-password" />
        <TextField name="password" label={t('newPassword')} hint={t('passwordHint')} type="password" autoComplete="new-password" />
      </FormShell>
      <form action={signOutAction} className="mt-4 border-t pt-4">
        <button className="inline-flex min-h-12 w-full items-center justify-center rounded-lg border border-stone-300 bg-white px-4 font-semibold">{t('signOut')}</button>
      </form>
    </AuthCard>
  );
}
