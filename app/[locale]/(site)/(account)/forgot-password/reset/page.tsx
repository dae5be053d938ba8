import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { resetPasswordAction } from '@/lib/auth/actions';
import { formatPhone, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { normalizePhone } from '@/lib/phone';

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ phone?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const phone = normalizePhone(String((await searchParams).phone ?? ''));
  if (!phone) redirect(localizeHref('/forgot-password', locale));
  const t = await getTranslations('Auth');
  return (
    <AuthCard title={t('resetTitle')} lead={<>{t('forgotSent')} {t('resetLead', { phone: formatPhone(phone, locale) })}</>}>
      <ActionForm
        action={resetPasswordAction}
        submitLabel={t('submitReset')}
        fields={[
          { name: 'phone', label: '', type: 'hidden', defaultValue: phone },
          { name: 'code', label: t('code'), inputMode: 'numeric', autoComplete: 'one-time-code', hint: t('codeHint'), maxLength: 6 },
          { name: 'password', label: t('newPassword'), type: 'password', autoComplete: 'new-password', hint: t('passwordHint') },
        ]}
      />
    </AuthCard>
  );
}
