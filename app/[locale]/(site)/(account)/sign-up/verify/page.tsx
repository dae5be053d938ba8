import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { ResendCode } from '@/components/auth/resend-code';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { resendSignUpCodeAction, verifySignUpAction } from '@/lib/auth/actions';
import { codeRequestWait } from '@/lib/auth/otp';
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
      <FormShell action={verifySignUpAction} submitLabel={t('submitVerify')}>
        <input type="hidden" name="phone" value={phone} />
        <TextField name="code" label={t('code')} hint={t('codeHint')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </FormShell>
      {/* Right under the code: after five wrong codes the answer sends her here for a new one. */}
      <div className="mt-4 border-t pt-4">
        <ResendCode
          action={resendSignUpCodeAction}
          phone={phone}
          initialWait={await codeRequestWait(phone, 'SIGN_UP')}
          locale={locale}
          labels={{ resend: t('resend'), resendIn: t('resendIn', { seconds: '{seconds}' }), waitFor: t('resendWait', { seconds: '{seconds}' }) }}
        />
      </div>
    </AuthCard>
  );
}
