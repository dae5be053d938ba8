import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { Link } from '@/components/ui/link';
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
      <FormShell action={resetPasswordAction} submitLabel={t('submitReset')}>
        <input type="hidden" name="phone" value={phone} />
        <TextField name="code" label={t('code')} hint={t('codeHint')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        <TextField name="password" label={t('newPassword')} hint={t('passwordHint')} type="password" autoComplete="new-password" />
      </FormShell>
      {/* A code that ran out or was locked after five wrong tries: a new one from the start. */}
      <p className="mt-4 border-t pt-4">
        <Link href="/forgot-password" className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline">
          {t('newResetCode')}
        </Link>
      </p>
    </AuthCard>
  );
}
