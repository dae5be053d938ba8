import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { Link } from '@/components/ui/link';
import { signInAction } from '@/lib/auth/actions';
import type { Locale } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('signInTitle'), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string; phone?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, phone } = await searchParams;
  const t = await getTranslations('Auth');
  return (
    <AuthCard title={t('signInTitle')} lead={t('signInLead')}>
      <FormShell action={signInAction} submitLabel={t('submitSignIn')}>
        <input type="hidden" name="next" value={typeof next === 'string' ? next : ''} />
        <TextField name="phone" label={t('phone')} hint={t('phoneHint')} type="tel" inputMode="tel" autoComplete="tel" defaultValue={typeof phone === 'string' ? phone : undefined} />
        <TextField name="password" label={t('password')} type="password" autoComplete="current-password" />
      </FormShell>
      <p className="mt-4 flex flex-col gap-1">
        <Link href="/forgot-password" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('forgot')}
        </Link>
        <span>
          {t('noAccount')}{' '}
          <Link href="/sign-up" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
            {t('createAccount')}
          </Link>
        </span>
      </p>
    </AuthCard>
  );
}
