import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NoticePhotos } from '@/components/account/my-notices';
import { AppealBox } from '@/components/console/appeal-box';
import { RentalCommands, rentalState } from '@/components/rentals/rental-commands';
import { RentalForm } from '@/components/rentals/rental-form';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { rentalsPath } from '@/lib/directory/filter-paths';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/format';
import { attachRentalPhotoAction, removeRentalPhotoAction } from '@/lib/rentals/actions';
import { getOwnRental } from '@/lib/rentals/manage';
import { MAX_RENTAL_PHOTOS } from '@/lib/rentals/schemas';

export const metadata: Metadata = { robots: { index: false } };

export default async function EditRentalPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/account/rentals');
  // Someone else's notice (or none) is simply not found: ids reveal nothing.
  const rental = await getOwnRental(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const t = await getTranslations('MyRentals');
  const now = new Date();
  const suspended = rental.status !== 'ACTIVE';
  const live = !suspended && !rental.letAt && !rental.expiredAt && rental.expiresAt > now;
  return (
    <div className="space-y-5 px-4 py-6">
      {(await searchParams).created && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {t('created')}
        </p>
      )}
      <h1 className="text-2xl font-bold text-brand-900">{rental.title}</h1>
      <p className="text-stone-700" data-testid="my-rental-state">
        {await rentalState(rental, locale, now)}
      </p>
      {suspended && <AppealBox subject="RENTAL" subjectId={rental.id} locale={locale} name={rental.title} />}
      {live && (
        <Link href={`${rentalsPath({ kind: rental.kind, area: rental.area.slug })}#rental-${rental.id}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('viewPublic')}
        </Link>
      )}
      <RentalCommands rental={rental} now={now} />
      {!suspended && (
        <>
          <NoticePhotos
            heading={t('photos')}
            photos={rental.photos}
            max={MAX_RENTAL_PHOTOS}
            purpose="RENTAL_PHOTO"
            attach={attachRentalPhotoAction.bind(null, rental.id)}
            remove={removeRentalPhotoAction}
            labels={{ file: t('addPhoto'), upload: t('upload'), uploading: t('uploading'), remove: t('remove') }}
            testId="rental-photo"
          />
          <RentalForm rental={rental} phone={user.phone} locale={locale} />
        </>
      )}
      <Link href="/account/rentals" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
    </div>
  );
}
