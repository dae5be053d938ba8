import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { formatDateTime, formatPhone, type Locale } from '@/lib/i18n/format';
import { devInbox, devSinkEnabled } from '@/lib/notify/sms';
import { fromLoopback } from '@/lib/security/client';

export const metadata = { robots: { index: false } };

// Development only: the SMS the dev sink delivered, newest first. Absent in production, and
// answered only to requests from this machine.
export default async function DevSmsPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ to?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Outside production, and even there only to this machine: the inbox shows every code.
  if (!devSinkEnabled() || !fromLoopback(await headers())) notFound();
  const { to } = await searchParams;
  const t = await getTranslations('Auth');
  const messages = await devInbox(to);
  return (
    <div className="px-4 py-6">
      <h1 className="text-2xl font-bold">{t('devSmsTitle')}</h1>
      <p className="mt-1 text-stone-700">{t('devSmsLead')}</p>
      {messages.length === 0 ? (
        <p className="mt-4">{t('devSmsEmpty')}</p>
      ) : (
        <ul className="mt-4 space-y-2">
          {messages.map((m) => (
            <li key={m.id} className="rounded-xl border bg-white p-3" data-testid="sms" data-to={m.to}>
              <p className="text-sm text-stone-600">
                {formatPhone(m.to, locale)} · {formatDateTime(m.createdAt, locale)}
              </p>
              <p className="font-semibold" data-testid="sms-body">
                {m.body}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
