import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { forgotPasswordAction } from '@/lib/auth/actions';
import type { Locale } from '@/lib/i18n/format';

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Auth');
  return (
    <AuthCard title={t('forgotTitle')} lead={t('forgotLead')}>
      <ActionForm
        action={forgotPasswordAction}
        submitLabel={t('submitForgot')}
        fields={[{ name: 'phone', label: t('phone'), type: 'tel', inputMode: 'tel', autoComplete: 'tel', hint: t('phoneHint') }]}
      />
    </AuthCard>
  );
}
