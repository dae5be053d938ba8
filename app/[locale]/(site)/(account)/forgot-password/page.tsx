import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { forgotPasswordAction } from '@/lib/auth/actions';
import type { Locale } from '@/lib/i18n/format';

// A form for a phone number and a password: rendered per request, under a CSP with this response's nonce.
export const dynamic = 'force-dynamic';

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Auth');
  return (
    <AuthCard title={t('forgotTitle')} lead={t('forgotLead')}>
      <FormShell action={forgotPasswordAction} submitLabel={t('submitForgot')}>
        <TextField name="phone" label={t('phone')} hint={t('phoneHint')} type="tel" inputMode="tel" autoComplete="tel" />
      </FormShell>
    </AuthCard>
  );
}
