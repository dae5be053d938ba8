import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PhotoUploader } from '@/components/directory/photo-uploader';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { attachLicenceAction, nidDigitsAction } from '@/lib/console/papers-actions';
import { ownVerification, type PaperOwner } from '@/lib/console/papers';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { uploadErrors } from '../upload-errors';

// Getting the badge: hand in papers for the district ICT officer to check. Only officers of the
// area ever see them.
export default async function VerificationPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Papers');
  const user = await pageUser(locale, '/dashboard/verification');
  const records = (await Promise.all((['PROVIDER', 'SHOP'] as const).map(async (subject) => ({ subject, record: await ownVerification(user.id, subject) })))).filter(
    (r): r is { subject: PaperOwner; record: NonNullable<Awaited<ReturnType<typeof ownVerification>>> } => r.record !== null,
  );
  const errors = await uploadErrors();
  const suspendedNote = (await getTranslations('Errors'))('suspended');
  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <p className="text-stone-700">{t('lead')}</p>
      {records.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('nothing')}</p>}
      {records.map(({ subject, record }) => {
        const last = record.verificationEvents[0];
        return (
          <section key={subject} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid={`papers-${subject.toLowerCase()}`}>
            <h2 className="text-lg font-bold">
              {record.nameBn} · {t(subject === 'PROVIDER' ? 'profile' : 'shop')}
            </h2>
            <p className="font-semibold">
              {t(`status_${record.verification}` as 'status_PENDING')}
              {record.verification === 'VERIFIED' && record.verifiedAt && ` · ${formatDate(record.verifiedAt, locale)}`}
              {record.verification === 'VERIFIED' && record.verificationExpiresAt && ` · ${t('validUntil', { date: formatDate(record.verificationExpiresAt, locale) })}`}
            </p>
            {last?.note && (last.status === 'CHANGES_REQUESTED' || last.status === 'REJECTED') && <p className="rounded-lg bg-amber-50 p-3">{t('officerSaid', { note: last.note })}</p>}
            {record.documents.length > 0 && (
              <ul className="text-sm">
                {record.documents.map((d) => (
                  <li key={d.id}>
                    {t(`paper_${d.kind}` as 'paper_OTHER')}
                    {d.value && `: ••••${d.value}`} · {formatDate(d.createdAt, locale, 'short')}
                  </li>
                ))}
              </ul>
            )}
            {record.status === 'SUSPENDED' ? (
              <p role="status" className="rounded-lg bg-amber-50 p-3 font-semibold text-amber-950">
                {suspendedNote}
              </p>
            ) : (
              <>
                <FormShell action={nidDigitsAction} submitLabel={t('saveDigits')} className="space-y-2">
                  <input type="hidden" name="subject" value={subject} />
                  <label className="block font-semibold">
                    {t('nidDigits')}
                    <input name="digits" inputMode="numeric" maxLength={4} autoComplete="off" className="mt-1 block min-h-12 w-40 rounded-lg border border-stone-300 px-3 text-lg" />
                  </label>
                  <FieldError name="digits" />
                </FormShell>
                <PhotoUploader attach={attachLicenceAction.bind(null, subject)} purpose="DOCUMENT" labels={{ file: t('licence'), upload: t('upload'), uploading: t('uploading') }} errors={errors} />
              </>
            )}
          </section>
        );
      })}
      <Link href="/dashboard" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('back')}
      </Link>
    </div>
  );
}
