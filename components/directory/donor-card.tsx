// One blood donor: group, name, place, last donation, and the number — a call button for a
// confirmed asker, otherwise only the masked form (no tel: link, no digits beyond the mask).
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { bloodGroupLabel, type DonorView } from '@/lib/directory/blood';
import { toBengaliDigits } from '@/lib/i18n/digits';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { CallLink } from './call-link';

export async function DonorCard({ donor, locale, askToConfirm }: { donor: DonorView; locale: Locale; askToConfirm: boolean }) {
  const t = await getTranslations('Blood');
  const name = locale === 'en' && donor.nameEn ? donor.nameEn : donor.name;
  const place = donor.place.map((a) => (locale === 'bn' ? a.nameBn : a.nameEn)).join(', ');
  const group = bloodGroupLabel[donor.bloodGroup];
  return (
    <article className="flex gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm">
      <span className="flex size-14 shrink-0 items-center justify-center rounded-full bg-rose-100 text-xl font-bold text-rose-800" aria-label={t('groupLabel', { group })}>
        {group}
      </span>
      <div className="min-w-0 flex-1">
        <h3 className="font-bold leading-snug">{name}</h3>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-600">
          <span className="inline-flex items-center gap-1">
            <Icon name="map-pin" className="size-4" />
            {place}
          </span>
          {donor.verified && (
            <span className="inline-flex items-center gap-1 font-semibold text-brand-700">
              <Icon name="badge-check" className="size-4" />
              {t('verified')}
            </span>
          )}
        </p>
        <p className="text-sm text-stone-700">{donor.lastDonationAt ? t('lastDonated', { date: formatDate(donor.lastDonationAt, locale) }) : t('neverRecorded')}</p>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          {donor.phone ? (
            <CallLink phone={donor.phone} locale={locale} label={t('callName', { name })} />
          ) : (
            <>
              <span className="inline-flex min-h-12 max-w-full items-center gap-2 rounded-lg bg-stone-100 px-3 font-mono tracking-wide break-all text-stone-700" aria-label={t('hiddenNumber')}>
                <Icon name="phone" className="size-5" />
                {locale === 'bn' ? toBengaliDigits(donor.maskedPhone) : donor.maskedPhone}
              </span>
              {askToConfirm && (
                <a href="#confirm" className="inline-flex min-h-12 items-center px-2 font-semibold text-rose-800 underline">
                  {t('showNumber')}
                </a>
              )}
            </>
          )}
        </div>
      </div>
    </article>
  );
}
