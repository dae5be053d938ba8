import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { resendSignUpCodeAction, verifySignUpAction } from '@/lib/auth/actions';
import { formatPhone, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { normalizePhone } from '@/lib/phone';

export default async function VerifyPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ phone?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const phone = normalizePhone(String((await searchParams).phone ?? ''));
  if (!phone) redirect(localizeHref('/sign-up', locale));
  const t = await getTranslations('Auth');
  return (
    <AuthCard title={t('verifyTitle')} lead={t('verifyLead', { phone: formatPhone(phone, locale) })}>
      <ActionForm
        action={verifySignUpAction}
        submitLabel={t('submitVerify')}
        fields={[
          { name: 'phone', label: '', type: 'hidden', defaultValue: phone },
          { name: 'code', label: t('code'), inputMode: 'numeric', autoComplete: 'one-time-code', hint: t('codeHint'), maxLength: 6 },
        ]}
      />
      <div className="mt-4 border-t pt-4">
        <ActionForm action={resendSignUpCodeAction} submitLabel={t('resend')} fields={[{ name: 'phone', label: '', type: 'hidden', defaultValue: phone }]} />
      </div>
    </AuthCard>
  );
}
