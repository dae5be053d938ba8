// A donor's own panel, on /blood and /blood/donor: whether she is on the list now (and why not),
// her card exactly as others see it (number masked), "I gave blood today" or another day, and
// taking herself off the list or back on it.
import { getTranslations } from 'next-intl/server';
import { DateField } from '@/components/forms/date-field';
import { FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { maskedDonorView, type BloodSettings, type OwnDonorProfile } from '@/lib/directory/blood';
import { donatedTodayAction, setDonationDateAction, setDonorListedAction, setDonorSmsSharedAction } from '@/lib/directory/blood-actions';
import { donorStanding } from '@/lib/directory/donor';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { DonorCard } from './donor-card';

export async function OwnDonorPanel({ own, settings, locale, editLink }: { own: OwnDonorProfile; settings: BloodSettings; locale: Locale; editLink: boolean }) {
  const t = await getTranslations('Blood');
  const sms = await getTranslations('SmsInbound');
  const standing = donorStanding(own, settings);
  const button = 'inline-flex min-h-12 w-full items-center justify-center rounded-lg border px-4 font-semibold';
  return (
    <section aria-labelledby="own-heading" className="space-y-3 rounded-2xl border border-rose-200 bg-rose-50 p-4" data-testid="own-donor">
      <h2 id="own-heading" className="text-lg font-bold text-rose-900">{t('ownHeading')}</h2>
      <p data-testid="donor-standing" className="font-semibold">
        {standing.state === 'resting'
          ? t('ownNext', { date: formatDate(standing.until, locale) })
          : standing.state === 'unlisted'
            ? t('ownUnlisted', { status: standing.status })
            : t(`own_${standing.state}`)}
      </p>
      {standing.state === 'incomplete' ? (
        <Link href="/blood/donor" className={`${button} border-rose-700 bg-rose-700 text-white`}>
          {t('finishRegistration')}
        </Link>
      ) : (
        <>
          <div>
            <p className="mb-1 text-sm text-stone-700">{t('previewLead')}</p>
            <DonorCard donor={maskedDonorView(own)} locale={locale} askToConfirm={false} />
          </div>
          <p>{own.lastDonationAt ? t('ownLast', { date: formatDate(own.lastDonationAt, locale) }) : t('ownNever')}</p>
          <FormShell action={donatedTodayAction} submitLabel={t('donatedToday')} />
          <details>
            <summary className="flex min-h-12 cursor-pointer items-center font-semibold text-rose-900 underline">{t('otherDay')}</summary>
            <div className="mt-2">
              <FormShell action={setDonationDateAction} submitLabel={t('saveDate')}>
                <DateField name="date" label={t('dateLabel')} hint={t('dateHint')} />
              </FormShell>
            </div>
          </details>
          <FormShell action={setDonorListedAction}>
            <input type="hidden" name="listed" value={own.donorPausedAt ? '1' : '0'} />
            <button type="submit" className={`${button} ${own.donorPausedAt ? 'border-rose-700 bg-rose-700 text-white' : 'border-stone-300 bg-white'}`}>
              {own.donorPausedAt ? t('relist') : t('pause')}
            </button>
            {!own.donorPausedAt && <p className="text-sm text-stone-600">{t('pauseHint')}</p>}
          </FormShell>
          <FormShell action={setDonorSmsSharedAction}>
            <p className="font-semibold" data-testid="donor-sms-share">{own.donorSmsShared ? sms('smsShareOn') : sms('smsShareOff')}</p>
            <p className="text-sm text-stone-600">{sms('smsShareHint')}</p>
            <input type="hidden" name="shared" value={own.donorSmsShared ? '0' : '1'} />
            <button type="submit" className={`${button} border-stone-300 bg-white`}>
              {own.donorSmsShared ? sms('smsShareStop') : sms('smsShareStart')}
            </button>
          </FormShell>
          {editLink && (
            <Link href="/blood/donor" className="inline-flex min-h-12 items-center font-semibold text-rose-800 underline">
              {t('editDetails')}
            </Link>
          )}
        </>
      )}
    </section>
  );
}
