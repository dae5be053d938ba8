import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoticePhotos } from '@/components/account/my-notices';
import { livestockState, MyLivestockCommands } from '@/components/livestock/my-livestock-commands';
import { MyLivestockForm } from '@/components/livestock/my-livestock-form';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { attachLivestockPhotoAction, removeLivestockPhotoAction } from '@/lib/livestock/actions';
import { getOwnLivestock, haatChoices } from '@/lib/livestock/manage';
import { listingPath } from '@/lib/livestock/paths';
import { MAX_LIVESTOCK_PHOTOS } from '@/lib/livestock/schemas';

export const metadata: Metadata = { robots: { index: false } };

export default async function EditLivestockPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/account/livestock');
  // Someone else's animal (or none) is simply not found: ids reveal nothing.
  const listing = await getOwnLivestock(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const t = await getTranslations('MyLivestock');
  const l = await getTranslations('Livestock');
  const now = new Date();
  // Hidden by an officer: read-only, with the reason in its state line.
  const hidden = listing.status !== 'ACTIVE';
  const sold = listing.sale === 'SOLD';
  const live = !hidden && !sold && !listing.expiredAt && listing.expiresAt > now;
  return (
    <div className="space-y-5 px-4 py-6">
      {(await searchParams).created && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {t('created')}
        </p>
      )}
      <h1 className="text-2xl font-bold text-brand-900">
        {l(`animal_${listing.animal}`)} · {l(`breed_${listing.breed}` as `breed_OTHER`)} · {t('kg', { kg: formatNumber(listing.weightKg, locale) })}
      </h1>
      <p className={hidden ? 'rounded-xl bg-red-50 p-4 font-semibold text-red-900' : 'text-stone-700'} data-testid="my-livestock-state">
        {await livestockState(listing, locale, now)}
      </p>
      {hidden && <p className="text-stone-700">{t('hiddenLead')}</p>}
      <p className="text-stone-700" data-testid="my-livestock-enquiries">
        {t('enquiries', { calls: formatNumber(listing.callTaps, locale), whatsapp: formatNumber(listing.whatsappTaps, locale) })}
      </p>
      {live && (
        <Link href={listingPath(listing.id)} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('viewPublic')}
        </Link>
      )}
      <MyLivestockCommands listing={listing} now={now} />
      <NoticePhotos
        heading={t('photos', { count: formatNumber(MAX_LIVESTOCK_PHOTOS, locale) })}
        photos={listing.photos}
        max={MAX_LIVESTOCK_PHOTOS}
        editable={!hidden && !sold}
        purpose="LIVESTOCK_PHOTO"
        attach={attachLivestockPhotoAction.bind(null, listing.id)}
        remove={removeLivestockPhotoAction}
        labels={{ file: t('addPhoto'), upload: t('upload'), uploading: t('uploading'), remove: t('remove') }}
        testId="livestock-photo"
      />
      {!hidden && !sold && <MyLivestockForm listing={listing} phone={user.phone} locale={locale} choices={await haatChoices()} />}
      <Link href="/account/livestock" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
    </div>
  );
}
