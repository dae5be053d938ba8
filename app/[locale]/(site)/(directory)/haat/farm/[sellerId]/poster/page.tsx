import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { placeName } from '@/components/directory/call-link';
import { FIRST_VISIT, livestockFarm } from '@/lib/cache/reads';
import { formatNumber, formatPhone, formatTaka, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { farmPath } from '@/lib/livestock/paths';
import { qrCodeSvg } from '@/lib/shops/poster';
import { rootOrigin } from '@/lib/tenancy/urls';
import { PrintSheet } from '@/components/ui/print-sheet';
import { PrintButton } from '@/app/[locale]/(shop)/s/[shop]/poster/print-button';

type Props = { params: Promise<{ locale: Locale; sellerId: string }> };

export async function generateStaticParams() {
  return [{ sellerId: FIRST_VISIT }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, sellerId } = await params;
  const farm = await livestockFarm(sellerId);
  if (!farm) return {};
  const t = await getTranslations({ locale, namespace: 'Livestock' });
  return { title: t('posterTitle', { name: farm.name }), robots: { index: false, follow: false } };
}

const GREEN = '#166534';
const POSTER_ANIMALS = 6;

// A farm's A4 poster for the gate or the haat: her name, a big QR code to her farm page, her
// number and a few of her animals with weights and prices. Sized in container units (cqw), as the
// shops' poster (app/[locale]/(shop)/s/[shop]/poster), so the preview is the printed page scaled.
export default async function FarmPoster({ params }: Props) {
  const { locale, sellerId } = await params;
  setRequestLocale(locale);
  const farm = await livestockFarm(sellerId);
  if (!farm) notFound();
  const url = `${rootOrigin()}${localizeHref(farmPath(sellerId), locale)}`;
  const [t, poster, qr] = await Promise.all([getTranslations('Livestock'), getTranslations('Poster'), qrCodeSvg(url)]);
  const displayUrl = url.replace(/^https?:\/\//, '');
  const cqw = (n: number) => `${n}cqw`;

  return (
    <PrintSheet
      testId="poster"
      controls={
        <>
          <PrintButton label={poster('print')} />
          <p className="text-sm text-stone-600">{poster('printHint')}</p>
        </>
      }
    >
          <div className="flex h-full flex-col items-center text-center" style={{ padding: '4.5cqw 5.5cqw', border: `1.2cqw solid ${GREEN}`, gap: '2.2cqw' }}>
            <h1 className="line-clamp-2 font-bold" style={{ fontSize: cqw(6.2), lineHeight: 1.3 }}>
              {t('farmTitle', { name: farm.name })}
            </h1>
            <p className="text-stone-700" style={{ fontSize: cqw(2.8) }}>{placeName(farm.area, locale)}</p>
            <div className="[&>svg]:block [&>svg]:size-full" style={{ flex: '0 1 54cqw', aspectRatio: '1 / 1', minHeight: '36cqw' }} role="img" aria-label={displayUrl} dangerouslySetInnerHTML={{ __html: qr }} />
            <div>
              <p className="font-bold" style={{ fontSize: cqw(4.6), lineHeight: 1.35, color: GREEN }}>{t('posterScan')}</p>
              <p className="text-stone-700" style={{ fontSize: cqw(2.4), lineHeight: 1.5 }}>
                {poster('orType')}: <span className="font-semibold break-all text-stone-900">{displayUrl}</span>
              </p>
              <p className="font-bold" style={{ fontSize: cqw(4), lineHeight: 1.4 }}>{poster('phone', { phone: formatPhone(farm.phone, locale) })}</p>
            </div>
            <ul className="mt-auto grid w-full grid-cols-2 text-left" style={{ columnGap: '4cqw', fontSize: cqw(2.4), lineHeight: 1.5, borderTop: `0.3cqw solid ${GREEN}`, paddingTop: '1.8cqw' }}>
              {farm.listings.slice(0, POSTER_ANIMALS).map((l) => (
                <li key={l.id} className="flex min-w-0 items-baseline gap-[1cqw] border-b border-dotted border-stone-400" style={{ paddingBlock: '0.5cqw' }}>
                  <span className="min-w-0 flex-1 truncate">
                    {t(`animal_${l.animal}`)} · {t('weight', { kg: formatNumber(l.weightKg, locale) })}
                  </span>
                  <span className="shrink-0 font-semibold">{formatTaka(l.pricePoisha, locale)}</span>
                </li>
              ))}
            </ul>
          </div>
    </PrintSheet>
  );
}
