import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { formatMonth, type Locale } from '@/lib/i18n/format';
import { clientKey } from '@/lib/security/client';
import { hit, peek } from '@/lib/security/rate-limit';
import { normaliseCode, verifyCertificate } from '@/lib/training/certificate';

// The public check of a training certificate (its QR code opens this page): whether the code is a
// real completion record, and whose. Made per request: lookups are counted per client, so codes
// cannot be tried in bulk (they are random, 31^8 of them, and a miss says nothing but "not found").

type Props = { params: Promise<{ locale: Locale; code: string }> };

const VERIFY_LIMIT = { max: 30, windowMs: 10 * 60_000 };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'TrainingCompletion' }))('verifyTitle'), robots: { index: false, follow: false } };
}

export default async function VerifyPage({ params }: Props) {
  const { locale, code: raw } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('TrainingCompletion');
  const code = normaliseCode(raw);
  // Only codes that name no certificate count against the limit: many phones share one address on
  // mobile networks, and an office scanning real certificates must never be turned away.
  const key = `training-verify:${clientKey(await headers())}`;
  const allowed = (await peek(key, VERIFY_LIMIT)).allowed;
  const record = allowed && code ? await verifyCertificate(code) : null;
  if (allowed && !record) await hit(key, VERIFY_LIMIT);

  return (
    <article className="mx-auto max-w-xl space-y-4 px-4 py-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('verifyTitle')}</h1>
      {!allowed ? (
        <p role="alert" className="rounded-xl bg-amber-50 p-4 font-semibold text-amber-950" data-testid="verify-limited">
          {t('verifyLimited')}
        </p>
      ) : record ? (
        <section className="space-y-3 rounded-2xl border-2 border-green-700 bg-green-50 p-4" data-testid="verify-real">
          <p className="flex items-center gap-2 text-lg font-bold text-green-900">
            <Icon name="badge-check" className="size-7 shrink-0" />
            {t('verifyReal')}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
            <dt className="font-semibold">{t('verifyName')}</dt>
            <dd data-testid="verify-name">{locale === 'en' && record.nameEn ? record.nameEn : record.name}</dd>
            <dt className="font-semibold">{t('verifyProgramme')}</dt>
            <dd>{locale === 'en' && record.programmeEn ? record.programmeEn : record.programme}</dd>
            <dt className="font-semibold">{t('verifyOffice')}</dt>
            <dd>{record.office}</dd>
            <dt className="font-semibold">{t('verifyMonth')}</dt>
            <dd>{formatMonth(record.completedAt, locale)}</dd>
            <dt className="font-semibold">{t('verifyCode')}</dt>
            <dd className="font-mono">{code}</dd>
          </dl>
        </section>
      ) : (
        <p role="alert" className="rounded-2xl border-2 border-red-700 bg-red-50 p-4 text-lg font-bold text-red-900" data-testid="verify-not-found">
          {t('verifyNotFound')}
        </p>
      )}
    </article>
  );
}
