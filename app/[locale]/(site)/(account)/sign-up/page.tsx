import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { Link } from '@/components/ui/link';
import { signUpAction } from '@/lib/auth/actions';
import type { Locale } from '@/lib/i18n/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth'))('signUpTitle') };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Auth');
  return (
    <AuthCard title={t('signUpTitle')} lead={t('signUpLead')}>
      <ActionForm
        action={signUpAction}
        submitLabel={t('submitSignUp')}
        fields={[
          { name: 'name', label: t('name'), autoComplete: 'name', maxLength: 80 },
          { name: 'phone', label: t('phone'), type: 'tel', inputMode: 'tel', autoComplete: 'tel', hint: t('phoneHint') },
          { name: 'password', label: t('password'), type: 'password', autoComplete: 'new-password', hint: t('passwordHint') },
        ]}
      />
      <p className="mt-4">
        {t('haveAccount')}{' '}
        <Link href="/sign-in" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('signInTitle')}
        </Link>
      </p>
    </AuthCard>
  );
}
