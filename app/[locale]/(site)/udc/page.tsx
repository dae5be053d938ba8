import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DonorFields } from '@/components/directory/donor-fields';
import { TradeChoices } from '@/components/directory/trade-choices';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { profileCategories } from '@/lib/directory/profile';
import { AppError } from '@/lib/errors';
import { areaName } from '@/lib/geo/queries';
import { formatDate, formatNumber, formatPhone, type Locale } from '@/lib/i18n/format';
import { cancelRegistrationAction, confirmRegistrationAction, registerDonorAction, registerProviderAction, registerShopAction, resendCodeAction } from '@/lib/udc/actions';
import { confirmedOf, operatorDesk } from '@/lib/udc/register';

export const metadata: Metadata = { robots: { index: false, follow: false } };

const card = 'space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

// A Union Digital Centre operator's desk (issue #19), made for the centre's desktop and still usable
// on a phone: register a provider, blood donor or shop for a person (confirmed by the code on her
// own phone), her numbers, and what she may still change. The appointment is checked in lib/udc.
export default async function UdcDeskPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/udc');
  const t = await getTranslations('Udc');
  const desk = await operatorDesk(user).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'forbidden') return null;
    throw error;
  });
  // Someone signed in without an appointment (or whose appointment ended): what this desk is, and whom to ask.
  if (!desk) {
    return (
      <div className="mx-auto max-w-2xl space-y-3 px-4 py-10" data-testid="udc-not-operator">
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-lg">{t('deskOnlyForOperators')}</p>
        <p className="text-stone-700">{t('askOfficer')}</p>
      </div>
    );
  }
  const { done } = await searchParams;
  const [categories, confirmed] = await Promise.all([profileCategories(), typeof done === 'string' ? confirmedOf(user, done) : null]);
  const { operator, numbers } = desk;
  const union = areaName(operator.union, locale);
  const unionField = (
    <>
      <input type="hidden" name="areaId" value={operator.unionId} />
      <p className="font-semibold">
        {t('union')}: <span className="font-normal">{t('unionLocked', { union })}</span>
      </p>
      <FieldError name="areaId" />
    </>
  );
  const phoneField = <TextField label={t('personPhone')} name="phone" type="tel" inputMode="tel" autoComplete="off" maxLength={20} />;

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-6">
      <header>
        <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
        <p className="text-stone-700" data-testid="udc-centre">
          {t('centreOf', { centre: operator.centreName, union })}
        </p>
      </header>

      {confirmed && (
        <div role="status" className="space-y-1 rounded-xl bg-green-50 p-4 text-green-900" data-testid="udc-confirmed">
          <p className="font-semibold">
            {t('confirmed')} {confirmed.name} · {t(`kind_${confirmed.kind}`)}
          </p>
          {confirmed.kind === 'SHOP' && <p>{t('shopNextStep')}</p>}
          {confirmed.kind !== 'SHOP' && <p>{t('personNextStep')}</p>}
          {confirmed.provider && confirmed.kind === 'PROVIDER' && (
            <Link href={`/p/${confirmed.provider.slug}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('viewProfile')}
            </Link>
          )}
          {confirmed.shop && (
            <Link href={`/s/${confirmed.shop.slug}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
              {t('viewShop')}
            </Link>
          )}
        </div>
      )}

      <section className={card} aria-labelledby="numbers-heading" data-testid="udc-numbers">
        <h2 id="numbers-heading" className="text-lg font-bold">
          {t('numbersHeading')}
        </h2>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th />
              <th className="p-1">{t('thisMonth')}</th>
              <th className="p-1">{t('allTime')}</th>
            </tr>
          </thead>
          <tbody>
            {(['PROVIDER', 'DONOR', 'SHOP'] as const).map((k) => (
              <tr key={k} className="border-t border-stone-100" data-testid={`udc-count-${k}`}>
                <th className="p-1 font-semibold">{t(`kind_${k}`)}</th>
                <td className="p-1">{formatNumber(numbers.month[k], locale)}</td>
                <td className="p-1">{formatNumber(numbers.all[k], locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm text-stone-600">{t('pendingCount', { count: formatNumber(numbers.pending, locale) })}</p>
      </section>

      <DeskSection id="pending-heading" title={t('pendingHeading')} lead={t('codeHint')}>
        {desk.pending.length === 0 && <p>{t('nothingPending')}</p>}
        <ul className="grid gap-3 md:grid-cols-2">
          {desk.pending.map((r) => (
            <li key={r.id} className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-3" data-testid="udc-pending">
              <p className="font-semibold">
                {r.name} · {t(`kind_${r.kind}`)} · {formatPhone(r.phone, locale)}
              </p>
              <FormShell action={confirmRegistrationAction.bind(null, r.id)} submitLabel={t('confirm')} className="space-y-2">
                <TextField label={t('codeLabel')} name="code" inputMode="numeric" autoComplete="off" maxLength={6} />
              </FormShell>
              <div className="flex flex-wrap gap-2">
                <FormShell action={resendCodeAction.bind(null, r.id)} submitLabel={t('resend')} submitClassName="border border-brand-700 text-brand-800 bg-white" />
                <form action={cancelRegistrationAction.bind(null, r.id)}>
                  <button className="inline-flex min-h-12 items-center rounded-lg border border-stone-300 px-4">{t('cancel')}</button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      </DeskSection>

      <DeskSection id="register-heading" title={t('registerHeading')} lead={t('registerLead')}>
        <div key={confirmed?.id ?? 'desk'} className="grid gap-4 lg:grid-cols-3">
          <RegisterForm open testId="udc-provider-form" icon="wrench" tone="text-brand-800" title={t('registerProvider')}>
            <FormShell action={registerProviderAction} submitLabel={t('sendCode')} className="space-y-3">
              {phoneField}
              <TextField label={t('name')} name="nameBn" autoComplete="off" maxLength={80} />
              <TradeChoices categories={categories} locale={locale} legend={t('trades')} columns="grid-cols-2 sm:grid-cols-3 lg:grid-cols-5" />
              <FieldError name="categoryIds" />
              {unionField}
              <TextField label={t('address')} name="address" autoComplete="off" maxLength={200} />
            </FormShell>
          </RegisterForm>
          <RegisterForm icon="droplets" tone="text-rose-800" title={t('registerDonor')}>
            <FormShell action={registerDonorAction} submitLabel={t('sendCode')} className="space-y-3">
              {phoneField}
              <TextField label={t('name')} name="nameBn" autoComplete="off" maxLength={80} />
              <DonorFields />
              {unionField}
              <label className="flex min-h-12 items-center gap-3">
                <input type="checkbox" name="smsShared" value="1" defaultChecked className="size-5 shrink-0" data-testid="udc-donor-sms-share" />
                <span>
                  {t('smsShared')}
                  <span className="block text-sm text-stone-600">{t('smsSharedHint')}</span>
                </span>
              </label>
            </FormShell>
          </RegisterForm>
          <RegisterForm icon="store" tone="text-amber-900" title={t('registerShop')}>
            <FormShell action={registerShopAction} submitLabel={t('sendCode')} className="space-y-3">
              {phoneField}
              <TextField label={t('ownerName')} name="ownerName" autoComplete="off" maxLength={80} />
              <TextField label={t('shopName')} name="nameBn" autoComplete="off" maxLength={60} />
              <TextField label={t('shopSlug')} name="slug" autoComplete="off" maxLength={40} />
              {unionField}
            </FormShell>
          </RegisterForm>
        </div>
      </DeskSection>

      <DeskSection id="editable-heading" title={t('editableHeading')} lead={t('editableNote')}>
        {desk.editable.length === 0 && <p>{t('nothingEditable')}</p>}
        <ul className="divide-y divide-stone-100">
          {desk.editable.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="udc-editable">
              <span>
                <span className="font-semibold">{r.name}</span> · {t(`kind_${r.kind}`)} · {formatPhone(r.phone, locale)}
                {r.confirmedAt && <span className="text-sm text-stone-600"> · {formatDate(r.confirmedAt, locale, 'short')}</span>}
              </span>
              <span className="flex gap-3">
                {r.provider && r.kind === 'PROVIDER' && (
                  <Link href={`/p/${r.provider.slug}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
                    {t('view')}
                  </Link>
                )}
                {r.shop && (
                  <Link href={`/s/${r.shop.slug}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
                    {t('view')}
                  </Link>
                )}
                {r.kind === 'PROVIDER' && (
                  <Link href={`/udc/r/${r.id}`} className="inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white">
                    {t('edit')}
                  </Link>
                )}
              </span>
            </li>
          ))}
        </ul>
      </DeskSection>
    </div>
  );
}

/** One part of the desk: a heading, a line saying what it is for, and its content. */
function DeskSection({ id, title, lead, children }: { id: string; title: string; lead: string; children: React.ReactNode }) {
  return (
    <section className={card} aria-labelledby={id}>
      <h2 id={id} className="text-lg font-bold">
        {title}
      </h2>
      <p className="text-sm text-stone-700">{lead}</p>
      {children}
    </section>
  );
}

/** One kind of registration on the desk: a section that opens to its form. */
function RegisterForm({ open, testId, icon, tone, title, children }: { open?: boolean; testId?: string; icon: string; tone: string; title: string; children: React.ReactNode }) {
  return (
    <details open={open} className="rounded-xl border border-stone-200 p-3 lg:col-span-3" data-testid={testId}>
      <summary className={`flex min-h-12 cursor-pointer items-center gap-2 text-lg font-bold ${tone}`}>
        <Icon name={icon} className="size-5" />
        {title}
      </summary>
      {children}
    </details>
  );
}
