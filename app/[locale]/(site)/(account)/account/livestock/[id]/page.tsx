import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PhotoUploader } from '@/components/directory/photo-uploader';
import { FormShell } from '@/components/forms/form-shell';
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
import { mediaUrl } from '@/lib/media/local-store';
import { uploadErrors } from '../../../../dashboard/upload-errors';

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
      <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">{t('photos', { count: formatNumber(MAX_LIVESTOCK_PHOTOS, locale) })}</h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {listing.photos.map((photo) => (
            <li key={photo.id} className="space-y-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail */}
              <img src={mediaUrl(photo.media, true)} alt="" width={240} height={180} className="aspect-[4/3] w-full rounded-lg object-cover" data-testid="livestock-photo" />
              {!hidden && !sold && (
                <FormShell action={removeLivestockPhotoAction}>
                  <input type="hidden" name="photoId" value={photo.id} />
                  <button className="inline-flex min-h-12 w-full items-center justify-center rounded-lg border border-red-700 text-red-800">{t('remove')}</button>
                </FormShell>
              )}
            </li>
          ))}
        </ul>
        {!hidden && !sold && listing.photos.length < MAX_LIVESTOCK_PHOTOS && (
          <PhotoUploader
            attach={attachLivestockPhotoAction.bind(null, listing.id)}
            purpose="LIVESTOCK_PHOTO"
            labels={{ file: t('addPhoto'), upload: t('upload'), uploading: t('uploading') }}
            errors={await uploadErrors()}
          />
        )}
      </section>
      {!hidden && !sold && <MyLivestockForm listing={listing} phone={user.phone} locale={locale} choices={await haatChoices()} />}
      <Link href="/account/livestock" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
    </div>
  );
}
