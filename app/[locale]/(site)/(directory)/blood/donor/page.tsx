import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DonorFields } from '@/components/directory/donor-fields';
import { OwnDonorPanel } from '@/components/directory/own-donor-panel';
import { AreaSelect } from '@/components/forms/area-select';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextField } from '@/components/forms/text-field';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { getBloodSettings } from '@/lib/directory/blood';
import { registerDonorAction } from '@/lib/directory/blood-actions';
import { getDonorVisitor } from '@/lib/directory/blood-session';
import { DONOR_MAX_AGE, DONOR_MIN_AGE } from '@/lib/directory/donor-schemas';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { dhakaDay } from '@/lib/shops/calendar';

// A blood donor's own page: registering herself (or changing her details), her card as others
// see it, "I gave blood today", and taking herself off the list. Per visitor; guests sign in first.

export const metadata: Metadata = { robots: { index: false } };

/** A stored date as the form shows it: day/month/year in Dhaka, in the page's digits. */
/** A stored date's day in Dhaka, "YYYY-MM-DD". */
const dhakaDayOf = (date: Date | null) => (date ? dhakaDay(date) : null);

export default async function DonorPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ saved?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/blood/donor');
  const t = await getTranslations('Blood');
  const [{ own, confirmed }, settings, { saved }] = await Promise.all([getDonorVisitor(), getBloodSettings(), searchParams]);

  return (
    <div className="space-y-5 px-4 py-6">
      <h1 className="flex items-center gap-2 text-2xl font-bold text-rose-800">
        <Icon name="droplets" className="size-7" />
        {own?.bloodGroup ? t('donorTitle') : t('registerTitle')}
      </h1>
      {saved === '1' && own?.bloodGroup && (
        <p role="status" className="rounded-xl bg-green-50 p-3 text-green-900">
          {t('registered')}
        </p>
      )}
      {own?.bloodGroup && <OwnDonorPanel own={own} settings={settings} locale={locale} editLink={false} />}

      {!confirmed ? (
        <p role="alert" className="rounded-xl bg-amber-50 p-3 font-semibold text-amber-900">
          {t('errors.phoneNotConfirmed')}
        </p>
      ) : own?.status === 'SUSPENDED' ? null : (
        <section aria-labelledby="details-heading" className="rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
          <h2 id="details-heading" className="text-lg font-bold">{own?.bloodGroup ? t('detailsHeading') : t('registerLead')}</h2>
          <p className="mb-3 text-sm text-stone-700">{t('registerNote', { min: formatNumber(DONOR_MIN_AGE, locale), max: formatNumber(DONOR_MAX_AGE, locale) })}</p>
          <FormShell action={registerDonorAction} submitLabel={own?.bloodGroup ? t('saveDetails') : t('register')}>
            <TextField name="nameBn" label={t('nameLabel')} autoComplete="name" maxLength={80} defaultValue={own?.nameBn ?? user.name} />
            <DonorFields group={own?.bloodGroup} sex={own?.sex} birthDay={dhakaDayOf(own?.birthDate ?? null)} lastDonationDay={dhakaDayOf(own?.lastDonationAt ?? null)} />
            <label className="block font-semibold">
              {t('unionField')}
              <AreaSelect name="areaId" defaultValue={own ? String(own.areaId) : ''} locale={locale} placeholder={t('chooseUnion')} className={inputClass} />
            </label>
            <FieldError name="areaId" />
          </FormShell>
        </section>
      )}
      <Link href="/blood" className="inline-flex min-h-12 items-center font-semibold text-rose-800 underline">
        {t('backToList')}
      </Link>
    </div>
  );
}
