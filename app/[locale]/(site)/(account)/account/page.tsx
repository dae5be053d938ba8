import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuthCard } from '@/components/auth/auth-card';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { Link } from '@/components/ui/link';
import { changeLocaleAction, changeNameAction, changePasswordAction, signOutAction, signOutEverywhereAction } from '@/lib/auth/actions';
import { pageUser } from '@/lib/auth/page-guards';
import { getOwnDonorProfile } from '@/lib/directory/blood';
import { formatPhone, formatTaka, type Locale } from '@/lib/i18n/format';
import { buyerOrders } from '@/lib/orders/manage';
import { statusKey } from '@/lib/orders/wording';
import { mayUseConsole } from '@/lib/visitor-hint';

export const metadata: Metadata = { robots: { index: false } };

export default async function AccountPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/account');
  const t = await getTranslations('Auth');
  const o = await getTranslations('Order');
  const r = await getTranslations('MyRentals');
  const lv = await getTranslations('MyLivestock');
  // The buyer's orders: those placed while signed in, and those placed with her confirmed number.
  const [orders, donor] = await Promise.all([buyerOrders(user), getOwnDonorProfile(user.id)]);
  const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 font-semibold';
  return (
    <AuthCard title={t('accountTitle')} lead={t('accountPhone', { phone: formatPhone(user.phone, locale) })}>
      <p className="mb-4 text-sm text-stone-700">
        {t('roles')}: {user.roles.map((r) => t(`role_${r}`)).join(', ')}
      </p>
      {mayUseConsole(user.roles) && (
        <Link href="/console" className={`${button} mb-2 w-full border border-brand-700 bg-brand-50 text-brand-900`} data-testid="account-console">
          {t('console')}
        </Link>
      )}
      {user.roles.includes('UDC_OPERATOR') && (
        <Link href="/udc" className={`${button} mb-2 w-full border border-brand-700 bg-brand-50 text-brand-900`} data-testid="account-udc">
          {t('udcDesk')}
        </Link>
      )}
      <Link href="/dashboard" className={`${button} mb-2 w-full bg-brand-700 text-white`}>
        {user.roles.includes('PROVIDER') ? t('myWorkProfile') : t('becomeProvider')}
      </Link>
      <Link href={user.roles.includes('SELLER') ? '/dashboard' : '/dashboard/shop/new'} className={`${button} mb-2 w-full border border-amber-500 bg-amber-50 text-amber-950`}>
        {user.roles.includes('SELLER') ? t('myShop') : t('openShop')}
      </Link>
      <Link href="/blood/donor" className={`${button} mb-2 w-full border border-rose-300 bg-rose-50 text-rose-900`} data-testid="account-donor">
        {donor?.bloodGroup ? t('myDonor') : t('becomeDonor')}
      </Link>
      <Link href="/account/rentals" className={`${button} mb-2 w-full border border-stone-300 bg-white`}>
        {r('title')}
      </Link>
      <Link href="/account/livestock" className={`${button} mb-6 w-full border border-green-700 bg-green-50 text-green-900`} data-testid="account-livestock">
        {lv('accountLink')}
      </Link>
      {orders.length > 0 && (
        <section className="mb-6 space-y-2" data-testid="my-orders">
          <h2 className="text-lg font-bold">{o('myOrders')}</h2>
          <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200">
            {orders.map((order) => (
              <li key={order.id}>
                <Link href={`/orders/${order.token}`} className="flex min-h-12 items-center justify-between gap-2 px-3 py-2 hover:bg-stone-50">
                  <span>
                    <span className="font-semibold">{order.code}</span> · {order.shop.nameBn}
                  </span>
                  <span className="text-sm">
                    {o(statusKey(order.status, order.delivery))} · {formatTaka(order.totalPoisha, locale)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="space-y-2">
        <h2 className="text-lg font-bold">{t('changeName')}</h2>
        <FormShell action={changeNameAction} submitLabel={t('save')}>
          <TextField name="name" label={t('name')} autoComplete="name" defaultValue={user.name} maxLength={80} />
        </FormShell>
      </section>
      <section className="mt-6 space-y-2">
        <h2 className="text-lg font-bold">{t('language')}</h2>
        <form action={changeLocaleAction} className="flex gap-2">
          {(['bn', 'en'] as const).map((l) => (
            <button key={l} name="locale" value={l} aria-pressed={user.locale === l} className={`${button} border ${user.locale === l ? 'border-brand-700 bg-brand-700 text-white' : 'border-stone-300 bg-white'}`}>
              {t(l === 'bn' ? 'languageBn' : 'languageEn')}
            </button>
          ))}
        </form>
      </section>
      <section className="mt-6 space-y-2">
        <h2 className="text-lg font-bold">{t('changePassword')}</h2>
        <FormShell action={changePasswordAction} submitLabel={t('changePassword')}>
          <TextField name="current" label={t('currentPassword')} type="password" autoComplete="current-password" />
          <TextField name="password" label={t('newPassword')} hint={t('passwordHint')} type="password" autoComplete="new-password" />
        </FormShell>
      </section>
      <section className="mt-6 space-y-2 border-t pt-4">
        <form action={signOutAction}>
          <button className={`${button} w-full border border-stone-300 bg-white`}>{t('signOut')}</button>
        </form>
        <form action={signOutEverywhereAction}>
          <button className={`${button} w-full border border-red-700 bg-white text-red-800`}>{t('signOutEverywhere')}</button>
        </form>
        <p className="text-sm text-stone-600">{t('signOutEverywhereHint')}</p>
      </section>
    </AuthCard>
  );
}
