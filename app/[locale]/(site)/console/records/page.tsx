import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { findRecords, isRecordSubject } from '@/lib/console/records';
import { pageScope } from '@/lib/auth/page-guards';
import type { Locale } from '@/lib/i18n/format';
import { singleParams } from '@/lib/security/url';

const input = 'min-h-12 rounded-lg border border-stone-300 bg-white px-3';

// Find any provider, shop, product or rental notice in scope by name, address or phone (a plain GET form).
export default async function RecordsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ q?: string; type?: string; status?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ConsoleRecords');
  const o = await getTranslations('Console');
  const scope = await pageScope(locale, '/console/records');
  const query = singleParams<Awaited<typeof searchParams>>(await searchParams);
  const type = query.type && isRecordSubject(query.type) ? query.type : undefined;
  const onlySuspended = query.status === 'suspended';
  const found = await findRecords(scope, query.q ?? '', type);
  const area = (a: { nameBn: string; nameEn: string }) => (locale === 'en' ? a.nameEn : a.nameBn);
  const rows = [
    ...found.providers.map((p) => ({ subject: 'PROVIDER', id: p.id, name: p.nameBn, detail: area(p.area), status: p.status, verification: p.verification })),
    ...found.shops.map((s) => ({ subject: 'SHOP', id: s.id, name: s.nameBn, detail: area(s.area), status: s.status, verification: s.verification })),
    ...found.products.map((p) => ({ subject: 'PRODUCT', id: p.id, name: p.nameBn, detail: `${p.shop.nameBn} · ${area(p.shop.area)}`, status: p.status, verification: null })),
    ...found.rentals.map((r) => ({ subject: 'RENTAL', id: r.id, name: r.title, detail: area(r.area), status: r.status, verification: null })),
  ].filter((r) => !onlySuspended || r.status === 'SUSPENDED');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{o('nav_records')}</h1>
      <form method="get" className="flex flex-wrap gap-2" role="search">
        <input name="q" defaultValue={query.q ?? ''} aria-label={t('query')} placeholder={t('query')} className={`${input} min-w-0 flex-1`} />
        <select name="type" defaultValue={type ?? ''} aria-label={t('type')} className={input}>
          <option value="">{t('all')}</option>
          <option value="PROVIDER">{t('PROVIDER')}</option>
          <option value="SHOP">{t('SHOP')}</option>
          <option value="PRODUCT">{t('PRODUCT')}</option>
          <option value="RENTAL">{t('RENTAL')}</option>
        </select>
        <label className="flex min-h-12 items-center gap-2">
          <input type="checkbox" name="status" value="suspended" defaultChecked={onlySuspended} className="size-5" />
          {t('onlySuspended')}
        </label>
        <button className="min-h-12 rounded-lg bg-brand-700 px-4 font-semibold text-white">{t('find')}</button>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4">{t('none')}</p>
      ) : (
        <ul className="divide-y divide-stone-100 rounded-xl border border-stone-200 bg-white">
          {rows.map((r) => (
            <li key={`${r.subject}-${r.id}`}>
              <Link href={`/console/records/${r.subject.toLowerCase()}/${r.id}`} className="flex min-h-14 flex-wrap items-center justify-between gap-2 px-3 py-2 hover:bg-stone-50" data-testid="record-row">
                <span>
                  <span className="font-semibold">{r.name}</span> <span className="text-sm text-stone-600">· {t(r.subject as 'PROVIDER')} · {r.detail}</span>
                </span>
                <span className={`text-sm ${r.status === 'SUSPENDED' ? 'font-bold text-red-800' : ''}`}>
                  {t(`status_${r.status}` as 'status_ACTIVE')}
                  {r.verification && ` · ${t(`verification_${r.verification}` as 'verification_PENDING')}`}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
