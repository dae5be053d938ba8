import { getTranslations, setRequestLocale } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { bulkApproveAction, verifyAction } from '@/lib/console/verify-actions';
import { pageScope } from '@/lib/auth/page-guards';
import { verificationQueue } from '@/lib/console/verify';
import { formatDate, formatPhone, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-3 text-sm font-semibold';

type Doc = { id: string; kind: string; value: string | null; media: { id: string } | null };

async function Papers({ documents }: { documents: Doc[] }) {
  const t = await getTranslations('ConsoleVerify');
  if (documents.length === 0) return <p className="text-sm text-stone-600">{t('noPapers')}</p>;
  return (
    <ul className="flex flex-wrap gap-2 text-sm">
      {documents.map((d) => (
        <li key={d.id} className="rounded-lg bg-stone-100 px-2 py-1">
          {t(`paper_${d.kind}` as 'paper_OTHER')}
          {d.value && `: ••••${d.value}`}
          {d.media && (
            <>
              {' '}
              <a href={`/console/documents/${d.id}`} className="font-semibold text-brand-800 underline" target="_blank" rel="noopener">
                {t('openPaper')}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

// The queue: oldest first; each card has a short checklist and the three answers. Obvious cases
// can be ticked and approved together at the bottom.
export default async function VerifyQueue({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ decided?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ConsoleVerify');
  const a = await getTranslations('ConsoleActions');
  const scope = await pageScope(locale, '/console/verify');
  const { providers, shops } = await verificationQueue(scope);
  const items = [
    ...providers.map((p) => ({ subject: 'PROVIDER' as const, id: p.id, name: p.nameBn, phone: p.phone, createdAt: p.createdAt, area: p.area, what: p.categories.map((c) => (locale === 'en' ? c.category.nameEn : c.category.nameBn)).join(', '), photos: p.photos.map((ph) => ph.media), documents: p.documents, verification: p.verification })),
    ...shops.map((s) => ({ subject: 'SHOP' as const, id: s.id, name: s.nameBn, phone: s.phone, createdAt: s.createdAt, area: s.area, what: t('shopWith', { count: String(s._count.products) }), photos: s.logo ? [s.logo] : [], documents: s.documents, verification: s.verification })),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  return (
    <div className="space-y-4">
      {(await searchParams).decided && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {a('decided')}
        </p>
      )}
      <h1 className="text-2xl font-bold text-brand-900">{t('title')}</h1>
      <details className="rounded-xl border border-stone-200 bg-white p-3 text-sm">
        <summary className="min-h-12 cursor-pointer content-center font-semibold">{t('checklistTitle')}</summary>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('check1')}</li>
          <li>{t('check2')}</li>
          <li>{t('check3')}</li>
          <li>{t('check4')}</li>
        </ul>
      </details>
      {items.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('empty')}</p>}
      <ol className="space-y-4">
        {items.map((item) => (
          <li key={`${item.subject}-${item.id}`} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="verify-item">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/console/records/${item.subject.toLowerCase()}/${item.id}`} className="text-lg font-bold text-brand-900 underline">
                {item.name}
              </Link>
              <span className="text-sm text-stone-600">
                {t(item.subject === 'PROVIDER' ? 'provider' : 'shop')} · {t('since', { date: formatDate(item.createdAt, locale, 'short') })}
                {item.verification === 'EXPIRED' && ` · ${t('expired')}`}
              </span>
            </div>
            <p className="text-sm">
              {item.what} · {placeName(item.area, locale)} · {formatPhone(item.phone, locale)}
            </p>
            {item.photos.length > 0 && (
              <div className="flex gap-2 overflow-x-auto">
                {item.photos.map((m) => (
                  // eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail
                  <img key={m.id} src={mediaUrl(m, true)} alt="" width={120} height={90} className="h-20 w-28 shrink-0 rounded-lg object-cover" />
                ))}
              </div>
            )}
            <Papers documents={item.documents} />
            <FormShell action={verifyAction} className="space-y-2">
              <input type="hidden" name="subject" value={item.subject} />
              <input type="hidden" name="id" value={item.id} />
              <input name="note" maxLength={300} aria-label={t('note')} placeholder={t('note')} className="block min-h-12 w-full rounded-lg border border-stone-300 px-3" />
              <FieldError name="note" />
              <div className="flex flex-wrap gap-2">
                <button name="command" value="VERIFIED" className={`${button} bg-green-700 text-white`}>
                  {t('approve')}
                </button>
                <button name="command" value="CHANGES_REQUESTED" className={`${button} border border-amber-600 text-amber-900`}>
                  {t('askChanges')}
                </button>
                <button name="command" value="REJECTED" className={`${button} border border-red-700 text-red-800`}>
                  {t('reject')}
                </button>
              </div>
            </FormShell>
          </li>
        ))}
      </ol>
      {items.length > 1 && (
        <FormShell action={bulkApproveAction} submitLabel={t('bulkApprove')} className="space-y-2 rounded-2xl border border-green-700 bg-green-50 p-4">
          <h2 className="font-bold">{t('bulkTitle')}</h2>
          {items.map((item) => (
            <label key={`bulk-${item.subject}-${item.id}`} className="flex min-h-12 items-center gap-2">
              <input type="checkbox" name="item" value={`${item.subject}:${item.id}`} className="size-5 accent-green-700" />
              {item.name}
            </label>
          ))}
        </FormShell>
      )}
    </div>
  );
}
