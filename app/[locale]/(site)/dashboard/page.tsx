import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AppealBox } from '@/components/console/appeal-box';
import { Icon } from '@/components/ui/icon';
import { DashboardTraining } from '@/components/training/dashboard-training';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { getOwnProvider } from '@/lib/directory/profile';
import { setAvailabilityAction, setHiddenAction } from '@/lib/directory/profile-actions';
import { newOrderCount } from '@/lib/orders/manage';
import type { Locale } from '@/lib/i18n/format';
import { getOwnShop } from '@/lib/shops/manage';
import { ShopPanel } from './shop-panel';

const button = 'inline-flex min-h-12 items-center justify-center gap-2 rounded-lg px-4 font-semibold';

export default async function DashboardPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Dashboard');
  const user = await pageUser(locale, '/dashboard');
  const [provider, shop, newOrders] = await Promise.all([getOwnProvider(user.id), getOwnShop(user.id), newOrderCount(user)]);

  const becomeProvider = (
    <section className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
      <h2 className="text-xl font-bold text-brand-900">{t('becomeTitle')}</h2>
      <p className="mt-2 text-stone-700">{t('becomeLead')}</p>
      <Link href="/dashboard/profile?step=1" className={`${button} mt-4 bg-brand-700 text-white`}>
        {t('start')}
        <Icon name="chevron-right" className="size-5" />
      </Link>
    </section>
  );

  // A seller sees her shop first; everyone can also open the other kind of listing.
  if (!provider) {
    return (
      <div className="space-y-4">
        <ShopPanel shop={shop} locale={locale} newOrders={newOrders} />
        {becomeProvider}
      </div>
    );
  }

  const donorPanel = provider.categories.some((c) => c.category.kind === 'BLOOD') && (
    <section className="rounded-2xl border border-rose-200 bg-rose-50 p-4">
      <h2 className="text-lg font-bold text-rose-900">{t('donorTitle')}</h2>
      <Link href="/blood/donor" className={`${button} mt-2 border border-rose-700 bg-white text-rose-800`}>
        {t('donorManage')}
        <Icon name="chevron-right" className="size-5" />
      </Link>
    </section>
  );

  // A donor without a trade: her listing is managed at /blood/donor; she may still add a trade.
  if (provider.categories.every((c) => c.category.kind === 'BLOOD')) {
    return (
      <div className="space-y-4">
        <ShopPanel shop={shop} locale={locale} newOrders={newOrders} />
        {donorPanel}
        {provider.status === 'SUSPENDED' && <AppealBox subject="PROVIDER" subjectId={provider.id} locale={locale} />}
        {becomeProvider}
      </div>
    );
  }

  const steps = [1, 2, 3, 4, 5, 6] as const;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      {shop && <ShopPanel shop={shop} locale={locale} newOrders={newOrders} />}
      <section className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
        <p className="text-lg font-bold">{provider.nameBn}</p>
        <p data-testid="profile-status">{t(`status${provider.status}`)}</p>
        <p className="text-sm text-stone-700">{t(`verify${provider.verification}`)}</p>
        {provider.status !== 'DRAFT' && (
          <Link href={`/p/${provider.slug}`} className={`${button} border border-brand-700 text-brand-800`}>
            {t('preview')}
          </Link>
        )}
        {provider.status !== 'DRAFT' && provider.verification !== 'VERIFIED' && (
          <Link href="/dashboard/verification" className={`${button} ml-2 border border-stone-300`}>
            {t('getVerified')}
          </Link>
        )}
      </section>
      {donorPanel}
      {provider.status === 'SUSPENDED' && <AppealBox subject="PROVIDER" subjectId={provider.id} locale={locale} />}

      {(provider.status === 'ACTIVE' || provider.status === 'HIDDEN') && (
        <section className="grid gap-2 sm:grid-cols-2">
          <form action={setAvailabilityAction}>
            <input type="hidden" name="availableNow" value={provider.availableNow ? '0' : '1'} />
            <button className={`${button} w-full ${provider.availableNow ? 'border border-stone-300 bg-white' : 'bg-green-700 text-white'}`}>
              {provider.availableNow ? t('setBusy') : t('setAvailable')}
            </button>
          </form>
          <form action={setHiddenAction}>
            <input type="hidden" name="hidden" value={provider.status === 'HIDDEN' ? '0' : '1'} />
            <button className={`${button} w-full border border-stone-300 bg-white`}>{provider.status === 'HIDDEN' ? t('unhide') : t('hide')}</button>
          </form>
        </section>
      )}

      {provider.status !== 'DRAFT' && <DashboardTraining userId={user.id} locale={locale} />}

      {/* Suspended: read-only until reinstated, so no ways into the edit steps. */}
      {provider.status !== 'SUSPENDED' && (
        <ol className="space-y-2">
          {steps.map((step) => (
            <li key={step}>
              <Link href={`/dashboard/profile?step=${step}`} className="flex min-h-14 items-center justify-between rounded-xl border border-stone-200 bg-white px-4 shadow-sm hover:border-brand-600">
                <span className="flex items-center gap-2">
                  <span className={`flex size-8 items-center justify-center rounded-full text-sm font-bold ${provider.onboardingStep >= step ? 'bg-brand-700 text-white' : 'bg-stone-200'}`}>
                    {provider.onboardingStep >= step ? '✓' : step.toLocaleString(locale === 'bn' ? 'bn-BD' : 'en')}
                  </span>
                  {t(`step${step}`)}
                </span>
                <span className="text-brand-700">{t('edit')}</span>
              </Link>
            </li>
          ))}
        </ol>
      )}
      {!shop && <ShopPanel shop={null} locale={locale} />}
    </div>
  );
}
