import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { areaChain, areaInDistrict, FIRST_VISIT, noticeBoard } from '@/lib/cache/reads';
import { NOTICE_BOARD_PER_TRADE } from '@/lib/directory/notice-board';
import { env } from '@/lib/env';
import { areaName } from '@/lib/geo/queries';
import { formatDate, formatNumber, formatPhone, nameOf, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { qrCodeSvg } from '@/lib/shops/poster';
import { rootOrigin } from '@/lib/tenancy/urls';
import { PrintSheet } from '@/components/ui/print-sheet';
import { PrintButton } from '@/app/[locale]/(shop)/s/[shop]/poster/print-button';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

/** Rendered on a union's first visit and kept (until a provider, trade or place changes). */
export async function generateStaticParams() {
  return [{ slug: FIRST_VISIT }];
}

/** A union of a served district; null for anything else (an upazila's list would not fit a page). */
async function unionOf(slug: string) {
  const place = await areaInDistrict(slug);
  return place?.area.level === 'UNION' ? place.area : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const union = await unionOf(slug);
  if (!union) return {};
  const t = await getTranslations({ locale, namespace: 'NoticeBoard' });
  return { title: t('metaTitle', { union: areaName(union, locale) }), robots: { index: false, follow: false } };
}

const GREEN = '#166534';

// A union's verified providers by trade on one A4 page, for the union parishad's notice board,
// with a QR code to the union's page. Drawn in container units (cqw) like the shops' and farms'
// posters, so the preview is the printed page scaled; the page's height is fixed and the list is
// cut to what it holds (lib/directory/notice-board.ts), so it always prints on one sheet. No <header>
// or <footer> inside: the print style hides the site's.
export default async function NoticeBoardPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const union = await unionOf(slug);
  if (!union) notFound();
  const url = `${rootOrigin()}${localizeHref(`/a/${union.slug}`, locale)}`;
  const [t, poster, chain, board, qr] = await Promise.all([getTranslations('NoticeBoard'), getTranslations('Poster'), areaChain(union), noticeBoard(union), qrCodeSvg(url)]);
  const places = chain.filter((a) => a.level === 'UPAZILA' || a.level === 'DISTRICT').reverse().map((a) => areaName(a, locale));
  const displayUrl = url.replace(/^https?:\/\//, '');
  // Search by SMS for those without a smartphone (lib/notify/inbound): shown when the number is set.
  const smsNumber = env().SMS_INBOUND_NUMBER;
  const cqw = (n: number) => `${n}cqw`;

  return (
    <PrintSheet
      testId="notice-board"
      controls={
        <>
          <PrintButton label={poster('print')} />
          <p className="text-sm text-stone-600">{t('hint')}</p>
        </>
      }
    >
          <div className="flex h-full flex-col" style={{ padding: '3.5cqw 4.5cqw', border: `0.8cqw solid ${GREEN}`, gap: '1.6cqw' }}>
            <div className="flex items-start" style={{ gap: '3cqw' }}>
              <div className="min-w-0 flex-1">
                <h1 className="font-bold" style={{ fontSize: cqw(5), lineHeight: 1.3, color: GREEN }}>{t('title', { union: nameOf(areaName(union, locale), locale) })}</h1>
                <p style={{ fontSize: cqw(2.6), lineHeight: 1.5 }}>{[areaName(union, locale), ...places].join(', ')}</p>
                <p className="text-stone-700" style={{ fontSize: cqw(2.2), lineHeight: 1.5 }} data-testid="notice-board-date">
                  {t('made', { date: formatDate(board.madeAt, locale) })}
                </p>
                <p className="text-stone-700" style={{ fontSize: cqw(2.2), lineHeight: 1.5 }}>{t('verifiedOnly', { count: board.providers })}</p>
                {smsNumber && (
                  <p className="font-bold" style={{ fontSize: cqw(2.6), lineHeight: 1.5, color: GREEN }} data-testid="notice-board-sms">
                    {t('smsSearch', { union: areaName(union, locale), number: smsNumber })}
                  </p>
                )}
              </div>
              <figure className="shrink-0 text-center" style={{ width: '24cqw' }}>
                <div className="[&>svg]:block [&>svg]:size-full" style={{ aspectRatio: '1 / 1' }} role="img" aria-label={displayUrl} data-testid="notice-board-qr" dangerouslySetInnerHTML={{ __html: qr }} />
                <figcaption style={{ fontSize: cqw(1.8), lineHeight: 1.3 }}>{t('scan')}</figcaption>
              </figure>
            </div>
            {board.trades.length === 0 ? (
              <div className="flex flex-1 flex-col items-center justify-center text-center" style={{ gap: '2cqw' }} data-testid="notice-board-empty">
                <p className="font-bold" style={{ fontSize: cqw(3.6), lineHeight: 1.4 }}>{t('empty')}</p>
                <p style={{ fontSize: cqw(2.6), lineHeight: 1.5 }}>{t('emptyJoin')}</p>
              </div>
            ) : (
              <div className="min-h-0 flex-1" style={{ columnCount: 2, columnGap: '4cqw', columnFill: 'auto', fontSize: cqw(2.15), lineHeight: 1.42, borderTop: `0.3cqw solid ${GREEN}`, paddingTop: '1.2cqw' }}>
                {board.trades.map((trade) => (
                  <section key={trade.id} data-testid="notice-board-trade">
                    <h2 className="flex break-after-avoid items-baseline font-bold" style={{ color: GREEN, gap: '1cqw' }}>
                      <span className="min-w-0 truncate">{locale === 'en' ? trade.nameEn : trade.nameBn}</span>
                      {trade.total > trade.providers.length && <span className="shrink-0 font-normal text-stone-600">{t('ofTotal', { total: formatNumber(trade.total, locale) })}</span>}
                    </h2>
                    <ul>
                      {trade.providers.map((p) => (
                        <li key={p.id} className="flex break-inside-avoid items-baseline border-b border-dotted border-stone-400" style={{ gap: '1cqw' }}>
                          <span className="min-w-0 flex-1 truncate">{locale === 'en' && p.nameEn ? p.nameEn : p.nameBn}</span>
                          <span className="shrink-0 font-semibold tabular-nums">{formatPhone(p.phone, locale)}</span>
                        </li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            )}
            <div className="text-stone-700" data-testid="notice-board-footer" style={{ fontSize: cqw(2), lineHeight: 1.45, borderTop: `0.3cqw solid ${GREEN}`, paddingTop: '1cqw' }}>
              {board.partial && <p className="font-semibold text-stone-900" data-testid="notice-board-more">{t('more', { perTrade: formatNumber(NOTICE_BOARD_PER_TRADE, locale), left: board.tradesLeftOut })}</p>}
              <p>
                {t('footer')} <span className="font-semibold break-all text-stone-900">{displayUrl}</span>
              </p>
            </div>
          </div>
    </PrintSheet>
  );
}
