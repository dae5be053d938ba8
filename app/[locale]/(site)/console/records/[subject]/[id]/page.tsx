import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { recordStatusAction } from '@/lib/console/records-actions';
import { auditWords } from '@/lib/console/audit-words';
import { getRecord, isRecordSubject } from '@/lib/console/records';
import { rentalsPath } from '@/lib/directory/filter-paths';
import { pageScope } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { formatDateTime, formatPhone, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { shopLink } from '@/lib/tenancy/urls';

// One record in scope: what the public sees, its papers, its history, and suspend / reinstate.
// Outside the officer's area (also by a typed id) it does not exist.
export default async function RecordPage({ params }: { params: Promise<{ locale: Locale; subject: string; id: string }> }) {
  const { locale, subject: rawSubject, id } = await params;
  setRequestLocale(locale);
  const subject = rawSubject.toUpperCase();
  if (!isRecordSubject(subject)) notFound();
  const scope = await pageScope(locale, '/console/records');
  const found = await getRecord(scope, subject, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  const t = await getTranslations('ConsoleRecords');
  const r = found.record as Record<string, unknown> & { id: string; nameBn?: string; title?: string; status: string; statusReason: string | null };
  const publicUrl =
    found.subject === 'PROVIDER'
      ? `/p/${r.slug as string}`
      : found.subject === 'SHOP'
        ? shopLink(r.slug as string, locale)
        : found.subject === 'RENTAL'
          ? `${rentalsPath({ kind: r.kind as string, area: (r.area as { slug: string }).slug })}#rental-${r.id}`
          : `${shopLink((r.shop as { slug: string }).slug, locale)}/p/${r.slug as string}`;
  const area = (r.area ?? (r.shop as { area?: unknown } | undefined)?.area) as { nameBn: string; nameEn: string; parent?: { nameBn: string; nameEn: string } | null } | undefined;
  const photos = ((r.photos as { id: string; media: { storage: string; key: string; url: string | null; thumbUrl: string | null } }[] | undefined) ?? []).map((p) => p.media);
  const documents = (r.documents as { id: string; kind: string; value: string | null; mediaId: string | null }[] | undefined) ?? [];
  const events = (r.verificationEvents as { id: string; status: string; note: string | null; createdAt: Date; actor: { name: string } | null }[] | undefined) ?? [];
  const suspended = r.status === 'SUSPENDED';
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900" data-testid="record-name">
        {r.nameBn ?? r.title}
      </h1>
      <p className="text-sm">
        {t(found.subject)} · {area ? placeName(area, locale) : ''} · {typeof r.phone === 'string' ? formatPhone(r.phone, locale) : ''} ·{' '}
        <a href={publicUrl} className="font-semibold text-brand-800 underline">
          {t('publicPage')}
        </a>
      </p>
      <p className={`rounded-lg p-3 ${suspended ? 'bg-red-50 text-red-900' : 'bg-stone-100'}`} data-testid="record-status">
        {t(`status_${r.status}` as 'status_ACTIVE')}
        {typeof r.verification === 'string' && ` · ${t(`verification_${r.verification}` as 'verification_PENDING')}`}
        {r.statusReason && ` — ${r.statusReason}`}
      </p>
      {photos.length > 0 && (
        <div className="flex gap-2 overflow-x-auto">
          {photos.map((m) => (
            // eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail
            <img key={m.key} src={mediaUrl(m, true)} alt="" width={160} height={120} className="h-24 w-32 shrink-0 rounded-lg object-cover" />
          ))}
        </div>
      )}
      {documents.length > 0 && (
        <ul className="flex flex-wrap gap-2 text-sm">
          {documents.map((d) => (
            <li key={d.id} className="rounded-lg bg-stone-100 px-2 py-1">
              {t(`paper_${d.kind}` as 'paper_OTHER')}
              {d.value && `: ••••${d.value}`}
              {d.mediaId && (
                <>
                  {' '}
                  <a href={`/console/documents/${d.id}`} className="font-semibold underline" target="_blank" rel="noopener">
                    {t('openPaper')}
                  </a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}

      <FormShell action={recordStatusAction} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
        <input type="hidden" name="subject" value={found.subject} />
        <input type="hidden" name="id" value={r.id} />
        <label className="block font-semibold">
          {t('reason')}
          <input name="reason" maxLength={300} className="mt-1 block min-h-12 w-full rounded-lg border border-stone-300 px-3" />
        </label>
        <FieldError name="reason" />
        {suspended ? (
          <button name="command" value="reinstate" className="inline-flex min-h-12 items-center rounded-lg bg-green-700 px-4 font-semibold text-white">
            {t('reinstate')}
          </button>
        ) : (
          <button name="command" value="suspend" className="inline-flex min-h-12 items-center rounded-lg bg-red-700 px-4 font-semibold text-white">
            {t('suspend')}
          </button>
        )}
      </FormShell>

      {(events.length > 0 || found.history.length > 0) && (
        <section className="space-y-2">
          <h2 className="text-lg font-bold">{t('history')}</h2>
          <ul className="space-y-1 text-sm">
            {events.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.createdAt, locale)} · {t(`verification_${e.status}` as 'verification_PENDING')} · {e.actor?.name ?? '—'}
                {e.note && ` — ${e.note}`}
              </li>
            ))}
            {found.history.map((h) => (
              <li key={String(h.id)}>
                {formatDateTime(h.createdAt, locale)} · {auditWords(locale).action(h.action)} · {h.actor?.name ?? '—'}
                {h.reason && ` — ${h.reason}`}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
