import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
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
      <FormShell action={verifySignUpAction} submitLabel={t('submitVerify')}>
        <input type="hidden" name="phone" value={phone} />
        <TextField name="code" label={t('code')} hint={t('codeHint')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
      </FormShell>
      <div className="mt-4 border-t pt-4">
        <FormShell action={resendSignUpCodeAction} submitLabel={t('resend')}>
          <input type="hidden" name="phone" value={phone} />
        </FormShell>
      </div>
    </AuthCard>
  );
}
