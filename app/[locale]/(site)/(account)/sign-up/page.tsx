import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { Link } from '@/components/ui/link';
import { signUpAction } from '@/lib/auth/actions';
import type { Locale } from '@/lib/i18n/format';

// A form for a phone number and a password: rendered per request, under a CSP with this response's nonce.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('signUpTitle') };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Auth');
  return (
    <AuthCard title={t('signUpTitle')} lead={t('signUpLead')}>
      <FormShell action={signUpAction} submitLabel={t('submitSignUp')}>
        <TextField name="name" label={t('name')} autoComplete="name" maxLength={80} />
        <TextField name="phone" label={t('phone')} hint={t('phoneHint')} type="tel" inputMode="tel" autoComplete="tel" />
        <TextField name="password" label={t('password')} hint={t('passwordHint')} type="password" autoComplete="new-password" />
      </FormShell>
      <p className="mt-4">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('signInTitle')}
        </Link>
      </p>
    </AuthCard>
  );
}
