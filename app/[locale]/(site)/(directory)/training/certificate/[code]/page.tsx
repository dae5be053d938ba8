import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PrintButton } from '@/app/[locale]/(shop)/s/[shop]/poster/print-button';
import { pageUser } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import { formatDate, formatDateRange, type Locale } from '@/lib/i18n/format';
import { certificateFor, certificateQrSvg, verifyUrl } from '@/lib/training/certificate';

// A completed trainee's certificate, one A4 page to print (Bengali whatever the page's language:
// it is a document of a Bangladeshi office). Its provider and officers whose scope covers the
// programme may open it; for anyone else it does not exist. The QR code opens the public
// verification page of its code.

type Props = { params: Promise<{ locale: Locale; code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'TrainingCompletion' }))('certTitle'), robots: { index: false, follow: false } };
}

// The site's header and footer come from (site)/layout.tsx: hidden on paper, like the order slips.
const PRINT_CSS = `@page { size: A4 portrait; margin: 0; }
@media print {
  body > header, body > footer, .no-print { display: none !important; }
  html, body { background: #fff !important; }
  main { max-width: none !important; }
}`;

export default async function CertificatePage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, `/training/certificate/${encodeURIComponent(code)}`);
  const cert = await certificateFor(user, code).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  // The certificate itself is Bengali; only the buttons around it follow the page's language.
  const [ui, t, qr] = await Promise.all([getTranslations('TrainingCompletion'), getTranslations({ locale: 'bn', namespace: 'TrainingCompletion' }), certificateQrSvg(cert.certificateCode)]);
  const url = verifyUrl(cert.certificateCode);

  return (
    <div className="px-4 py-4 print:p-0">
      <style>{PRINT_CSS}</style>
      <div className="no-print mx-auto mb-4 flex max-w-[210mm] flex-wrap items-center gap-2">
        <PrintButton label={ui('print')} />
      </div>
      <article
        lang="bn"
        className="mx-auto flex flex-col items-center justify-between border-[6px] border-double border-brand-800 bg-white p-[12mm] text-center text-stone-900 shadow-lg [print-color-adjust:exact] print:shadow-none"
        style={{ width: 'min(100%, 210mm)', aspectRatio: '210 / 296.5' }}
        data-testid="certificate"
      >
        <header className="space-y-2">
          <p className="text-lg font-semibold text-brand-800">{cert.programme.office}</p>
          <h1 className="text-4xl font-bold text-brand-900">{t('certTitle')}</h1>
        </header>
        <section className="space-y-5 text-xl leading-relaxed">
          <p>{t('certIntro')}</p>
          <p className="text-3xl font-bold" data-testid="certificate-name">
            {cert.provider.nameBn}
          </p>
          <p>{cert.provider.area.nameBn}</p>
          <p>
            {t('certBody', {
              office: cert.programme.office,
              programme: cert.programme.titleBn,
              dates: formatDateRange(cert.programme.startsAt, cert.programme.endsAt, 'bn'),
            })}
          </p>
          <p className="font-semibold">{t('certCompleted', { date: formatDate(cert.completedAt, 'bn') })}</p>
        </section>
        <footer className="flex w-full items-end justify-between gap-6 text-left">
          <div className="space-y-1 text-base">
            <p className="font-mono text-lg font-bold" data-testid="certificate-code">
              {t('certCode', { code: cert.certificateCode })}
            </p>
            <p>{t('certVerify')}</p>
            <p className="break-all font-mono text-sm">{url}</p>
          </div>
          <div className="size-[38mm] shrink-0 [&>svg]:block [&>svg]:size-full" role="img" aria-label={t('qrLabel', { url })} data-testid="certificate-qr" dangerouslySetInnerHTML={{ __html: qr }} />
        </footer>
      </article>
    </div>
  );
}
