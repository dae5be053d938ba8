import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
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
      <ActionForm
        action={signInAction}
        submitLabel={t('submitSignIn')}
        fields={[
          { name: 'next', label: '', type: 'hidden', defaultValue: typeof next === 'string' ? next : '' },
          { name: 'phone', label: t('phone'), type: 'tel', inputMode: 'tel', autoComplete: 'tel', hint: t('phoneHint'), defaultValue: typeof phone === 'string' ? phone : undefined },
          { name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password' },
        ]}
      />
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
