import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PhotoUploader } from '@/components/directory/photo-uploader';
import { TradeChoices } from '@/components/directory/trade-choices';
import { WorkPhotoList } from '@/components/directory/work-photo-list';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { profileCategories } from '@/lib/directory/profile';
import { MAX_WORK_PHOTOS } from '@/lib/directory/profile-schemas';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/format';
import { attachPhotoAction, editBasicsAction, updatePhotoAction } from '@/lib/udc/actions';
import { assistedRecord } from '@/lib/udc/register';
import { uploadErrors } from '../../../dashboard/upload-errors';

export const metadata: Metadata = { robots: { index: false, follow: false } };

const card = 'space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

// A provider an operator registered, changed from the centre's computer: name and trades, and work
// photos uploaded from there. Only hers, and only until the owner signs in herself (lib/udc/register.ts).
export default async function AssistedRecordPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, `/udc/r/${id}`);
  const t = await getTranslations('Udc');
  const d = await getTranslations('Dashboard');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) notFound();
  const record = await assistedRecord(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'forbidden') return null;
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  if (!record || !record.provider) {
    return (
      <div className="mx-auto max-w-3xl space-y-4 px-4 py-6">
        <p role="alert" className="rounded-xl bg-amber-50 p-3 font-semibold text-amber-900" data-testid="udc-edit-closed">
          {t('ownerSignedIn')}
        </p>
        <Link href="/udc" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('backToDesk')}
        </Link>
      </div>
    );
  }
  const { provider } = record;
  const chosen = new Set(provider.categories.map((c) => c.categoryId));
  const categories = await profileCategories();

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('editTitle', { name: provider.nameBn })}</h1>
      <p className="text-sm text-stone-700">{t('editableNote')}</p>
      <section className={card}>
        <FormShell action={editBasicsAction.bind(null, record.registration.id)} submitLabel={t('save')} className="space-y-3">
          <TextField label={t('name')} name="nameBn" maxLength={80} defaultValue={provider.nameBn} />
          <TradeChoices categories={categories} chosen={chosen} locale={locale} legend={t('trades')} columns="grid-cols-2 sm:grid-cols-3 lg:grid-cols-4" />
          <FieldError name="categoryIds" />
        </FormShell>
      </section>
      <section className={card} aria-labelledby="photos-heading">
        <h2 id="photos-heading" className="text-lg font-bold">
          {t('photosHeading')}
        </h2>
        <WorkPhotoList photos={provider.photos} update={updatePhotoAction.bind(null, record.registration.id)} columns="sm:grid-cols-2 lg:grid-cols-3" />
        {provider.photos.length < MAX_WORK_PHOTOS && (
          <PhotoUploader
            attach={attachPhotoAction.bind(null, record.registration.id)}
            labels={{ file: d('addPhoto'), caption: d('caption'), upload: d('upload'), uploading: d('uploading') }}
            errors={await uploadErrors()}
          />
        )}
      </section>
      <Link href="/udc" className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
        {t('backToDesk')}
      </Link>
    </div>
  );
}
