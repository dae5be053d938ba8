import { redirect } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SuspendedView } from '@/components/console/suspended-view';
import { PhotoUploader } from '@/components/directory/photo-uploader';
import { TradeChoices } from '@/components/directory/trade-choices';
import { WorkPhotoList } from '@/components/directory/work-photo-list';
import { AreaSelect } from '@/components/forms/area-select';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { getOwnProvider, profileCategories } from '@/lib/directory/profile';
import {
  attachPhotoAction,
  saveAreaAction,
  saveBasicsAction,
  saveContactAction,
  saveHoursAction,
  saveServicesAction,
  updatePhotoAction,
} from '@/lib/directory/profile-actions';
import { MAX_WORK_PHOTOS } from '@/lib/directory/profile-schemas';
import { parseWholeNumber } from '@/lib/i18n/digits';
import { formatPhone, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { uploadErrors } from '../upload-errors';

const input = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';
const label = 'block font-semibold';

export default async function ProfileStepPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ step?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Dashboard');
  const user = await pageUser(locale, '/dashboard/profile');
  const provider = await getOwnProvider(user.id);
  const step = Math.min(6, Math.max(1, parseWholeNumber(String((await searchParams).step ?? '1')) ?? 1));
  if (!provider && step > 1) redirect(localizeHref('/dashboard/profile?step=1', locale));
  if (provider?.status === 'SUSPENDED') return <SuspendedView subject="PROVIDER" subjectId={provider.id} locale={locale} title={provider.nameBn} />;
  const local = (phone: string | null | undefined) => (phone ? formatPhone(phone, 'en').replace('-', '') : '');

  return (
    <div className="space-y-4">
      <p className="text-sm font-semibold text-brand-700">{t('stepOf', { step })}</p>
      <h1 className="text-2xl font-bold text-brand-900">{t(`step${step}` as 'step1')}</h1>
      {step === 1 && <BasicsStep />}
      {step === 2 && <AreaStep />}
      {step === 3 && (
        <FormShell action={saveContactAction} submitLabel={t('next')}>
          <label className={label}>
            {t('phone')}
            <input name="phone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={local(provider?.phone ?? user.phone)} className={input} />
          </label>
          <FieldError name="phone" />
          <label className={label}>
            {t('otherPhones')}
            <input name="otherPhones" type="tel" inputMode="tel" defaultValue={provider?.otherPhones.map(local).join(', ')} className={input} />
          </label>
          <FieldError name="otherPhones" />
          <label className={label}>
            {t('whatsapp')}
            <input name="whatsapp" type="tel" inputMode="tel" defaultValue={local(provider?.whatsapp)} className={input} />
          </label>
          <FieldError name="whatsapp" />
        </FormShell>
      )}
      {step === 4 && <HoursStep />}
      {step === 5 && <ServicesStep />}
      {step === 6 && <PhotosStep />}
      <nav className="flex justify-between pt-2">
        {step > 1 ? (
          <Link href={`/dashboard/profile?step=${step - 1}`} className="inline-flex min-h-12 items-center gap-1 font-semibold text-brand-700">
            {t('back')}
          </Link>
        ) : (
          <span />
        )}
        <Link href="/dashboard" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
          {t('title')}
        </Link>
      </nav>
    </div>
  );

  async function BasicsStep() {
    const categories = await profileCategories();
    const chosen = new Set(provider?.categories.map((c) => c.categoryId));
    return (
      <FormShell action={saveBasicsAction} submitLabel={t('next')}>
        <label className={label}>
          {t('nameBn')}
          <input name="nameBn" autoComplete="name" maxLength={80} defaultValue={provider?.nameBn ?? user.name} className={input} />
        </label>
        <FieldError name="nameBn" />
        <TradeChoices categories={categories} chosen={chosen} locale={locale} legend={t('categories')} />
        <FieldError name="categoryIds" />
        <p className="rounded-lg bg-rose-50 p-3 text-rose-900">
          {t('donorNote')}{' '}
          <Link href="/blood/donor" className="inline-flex min-h-12 items-center font-semibold underline">
            {t('donorLink')}
          </Link>
        </p>
      </FormShell>
    );
  }

  async function AreaStep() {
    return (
      <FormShell action={saveAreaAction} submitLabel={t('next')}>
        <label className={label}>
          {t('area')}
          <AreaSelect
            name="areaId"
            defaultValue={provider && provider.area.level !== 'DISTRICT' ? String(provider.areaId) : ''}
            locale={locale}
            placeholder={t('chooseArea')}
            wholeUpazila={t('wholeUpazila')}
            className={input}
          />
        </label>
        <FieldError name="areaId" />
        <label className={label}>
          {t('address')}
          <input name="address" maxLength={200} defaultValue={provider?.address ?? ''} className={input} />
        </label>
        <FieldError name="address" />
        <fieldset>
          <legend className={label}>{t('privacy')}</legend>
          {(['UNION_ONLY', 'EXACT'] as const).map((p) => (
            <label key={p} className="mt-2 flex min-h-12 items-center gap-2 rounded-lg border border-stone-300 bg-white px-3">
              <input type="radio" name="addressPrivacy" value={p} defaultChecked={(provider?.addressPrivacy ?? 'UNION_ONLY') === p} className="size-5 accent-brand-700" />
              {t(`privacy${p}`)}
            </label>
          ))}
        </fieldset>
        <FieldError name="addressPrivacy" />
      </FormShell>
    );
  }

  async function HoursStep() {
    const d = await getTranslations('Days');
    const hours = (provider?.hours ?? {}) as { days?: number[]; opens?: string; closes?: string };
    const days = new Set(hours.days ?? [0, 1, 2, 3, 4, 6]);
    return (
      <FormShell action={saveHoursAction} submitLabel={t('next')}>
        <fieldset>
          <legend className={label}>{t('days')}</legend>
          <div className="mt-2 grid grid-cols-4 gap-2 sm:grid-cols-7">
            {[6, 0, 1, 2, 3, 4, 5].map((day) => (
              <label key={day} className="flex min-h-12 items-center justify-center gap-1 rounded-lg border border-stone-300 bg-white has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
                <input type="checkbox" name="days" value={day} defaultChecked={days.has(day)} className="size-5 accent-brand-700" />
                {d(`d${day}` as 'd0')}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid grid-cols-2 gap-3">
          <label className={label}>
            {t('opens')}
            <input name="opens" type="time" defaultValue={hours.opens ?? '09:00'} className={input} />
          </label>
          <label className={label}>
            {t('closes')}
            <input name="closes" type="time" defaultValue={hours.closes ?? '20:00'} className={input} />
          </label>
        </div>
        <FieldError name="opens" />
        <FieldError name="closes" />
        <label className="flex min-h-12 items-center gap-2 rounded-lg border border-green-700 bg-green-50 px-3 font-semibold">
          <input type="checkbox" name="availableNow" defaultChecked={provider?.availableNow ?? true} className="size-5 accent-green-700" />
          {t('availableOn')}
        </label>
      </FormShell>
    );
  }

  function ServicesStep() {
    const rows = [...(provider?.services ?? []), ...Array.from({ length: 8 }, () => null)].slice(0, Math.max(3, (provider?.services.length ?? 0) + 2)).slice(0, 8);
    return (
      <FormShell action={saveServicesAction} submitLabel={t('next')}>
        <p className="text-sm text-stone-600">{t('servicesHint')}</p>
        {rows.map((s, i) => (
          <div key={i} className="grid grid-cols-5 gap-2">
            <input name="serviceName" aria-label={`${t('serviceName')} ${i + 1}`} placeholder={t('serviceName')} maxLength={80} defaultValue={s?.name ?? ''} className={`${input} col-span-3`} />
            <input name="servicePrice" aria-label={`${t('servicePrice')} ${i + 1}`} placeholder={t('servicePrice')} maxLength={60} defaultValue={s?.priceNote ?? ''} className={`${input} col-span-2`} />
          </div>
        ))}
        <FieldError name="services" />
        <label className={label}>
          {t('experience')}
          <input name="experienceYears" inputMode="numeric" maxLength={2} defaultValue={provider?.experienceYears ?? ''} className={input} />
        </label>
        <FieldError name="experienceYears" />
        <label className={label}>
          {t('bio')}
          <textarea name="bio" rows={4} maxLength={1000} defaultValue={provider?.bio ?? ''} className={`${input} py-2`} />
        </label>
        <FieldError name="bio" />
      </FormShell>
    );
  }

  async function PhotosStep() {
    const photos = provider?.photos ?? [];
    return (
      <div className="space-y-4">
        <p className="text-stone-700">{t('photosLead')}</p>
        {photos.length === 0 && <p>{t('noPhotos')}</p>}
        <WorkPhotoList photos={photos} update={updatePhotoAction} />
        {photos.length < MAX_WORK_PHOTOS && (
          <PhotoUploader
            attach={attachPhotoAction}
            labels={{ file: t('addPhoto'), caption: t('caption'), upload: t('upload'), uploading: t('uploading') }}
            errors={await uploadErrors()}
          />
        )}
        <Link href="/dashboard" className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white">
          {t('finish')}
        </Link>
      </div>
    );
  }
}
