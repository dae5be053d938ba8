import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { Link } from '@/components/ui/link';
import { getCurrentUser } from '@/lib/auth/session';
import { formatDate, formatDateTime, formatPhone, formatTaka } from '@/lib/i18n/format';
import type { AppLocale } from '@/lib/i18n/routing';
import { invitationPhone, inviteByToken, inviteOpen } from '@/lib/training/invitations';
import { answerInviteAction, sendInviteCodeAction } from '@/lib/training/invitations-actions';

// The link is the key: nobody finds it in a search engine or in a Referer header.
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };

// One person's invitation, made at every request and never kept: her place moves (waitlist, seats).
export const dynamic = 'force-dynamic';

const button = 'inline-flex min-h-14 flex-1 items-center justify-center rounded-xl px-4 text-lg font-semibold';

/** "০১৭১১-২৩৪৫৬৭" → "০১৭১১-•••৫৬৭": enough for her to know it is her number. */
const maskedPhone = (phone: string, locale: AppLocale) => {
  const shown = formatPhone(phone, locale);
  return `${shown.slice(0, 6)}•••${shown.slice(-3)}`;
};

export default async function InvitationPage({ params, searchParams }: { params: Promise<{ locale: AppLocale; token: string }>; searchParams: Promise<{ code?: string; answered?: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const invitation = await inviteByToken(token);
  if (!invitation) notFound();
  const t = await getTranslations('TrainingInvites');
  const query = await searchParams;
  const user = await getCurrentUser();
  const herself = Boolean(user && invitation.provider.userId === user.id);
  const { programme } = invitation;
  const open = inviteOpen(invitation);
  const status = invitation.status;
  const answerable = open && (status === 'INVITED' || status === 'WAITLISTED' || status === 'ACCEPTED');
  const answer = answerInviteAction.bind(null, token);
  const area = locale === 'en' ? programme.area.nameEn : programme.area.nameBn;
  const nowKey = status === 'INVITED' || status === 'ACCEPTED' || status === 'WAITLISTED' || status === 'DECLINED' ? status : 'closed';

  const buttons = (
    <div className="flex flex-wrap gap-3">
      {status === 'INVITED' && (
        <button name="command" value="accept" className={`${button} bg-green-700 text-white`}>
          {t('accept')}
        </button>
      )}
      <button name="command" value="decline" className={`${button} border-2 border-red-700 bg-white text-red-800`}>
        {t('decline')}
      </button>
    </div>
  );

  return (
    <div className="mx-auto max-w-xl space-y-4 px-4 py-6">
      {(query.answered === 'accepted' || query.answered === 'declined') && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {t(`answered_${query.answered}`)}
        </p>
      )}
      <p className="text-sm font-semibold text-brand-800">{t('inviteTitle')}</p>
      <h1 className="text-2xl font-bold text-brand-900">{locale === 'en' && programme.titleEn ? programme.titleEn : programme.titleBn}</h1>
      <p>{t(status === 'WAITLISTED' ? 'helloWaitlisted' : 'hello', { name: invitation.provider.nameBn })}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 rounded-2xl border border-stone-200 bg-white p-4">
        <dt className="font-semibold">{t('office')}</dt>
        <dd>
          {programme.office}, {area}
        </dd>
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          {formatDateTime(programme.startsAt, locale)} – {formatDate(programme.endsAt, locale)}
        </dd>
        <dt className="font-semibold">{t('where')}</dt>
        <dd>
          {programme.mode !== 'ONLINE' ? (
            programme.venue
          ) : (status === 'ACCEPTED' || status === 'COMPLETED') && programme.onlineLink ? (
            // The class link only for those with a firm place.
            <a href={programme.onlineLink} rel="noreferrer" className="break-all font-semibold text-brand-800 underline" data-testid="invite-online-link">
              {programme.onlineLink}
            </a>
          ) : (
            t('online')
          )}
        </dd>
        <dt className="font-semibold">{t('cost')}</dt>
        <dd>{programme.costPoisha === 0 ? t('free') : formatTaka(programme.costPoisha, locale)}</dd>
        {programme.allowancePoisha > 0 && (
          <>
            <dt className="font-semibold">{t('allowance')}</dt>
            <dd>{formatTaka(programme.allowancePoisha, locale)}</dd>
          </>
        )}
        {programme.eligibility && (
          <>
            <dt className="font-semibold">{t('eligibility')}</dt>
            <dd>{programme.eligibility}</dd>
          </>
        )}
      </dl>
      <p className="whitespace-pre-line">{programme.description}</p>
      {programme.sessions.length > 1 && (
        <section className="space-y-1">
          <h2 className="font-bold">{t('sessions')}</h2>
          <ul className="list-disc pl-5">
            {programme.sessions.map((s) => (
              <li key={s.startsAt.toISOString()}>
                {formatDateTime(s.startsAt, locale)}
                {s.topic && ` · ${s.topic}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="space-y-3 rounded-2xl border-2 border-brand-700 bg-brand-50 p-4" data-testid="invite-answer">
        <p className="font-semibold" data-testid="invite-status">
          {open ? t(`now_${nowKey}`, { date: formatDate(programme.startsAt, locale) }) : t('expiredNote')}
        </p>
        {answerable && herself && <FormShell action={answer}>{buttons}</FormShell>}
        {answerable && !herself && query.code === 'sent' && (
          <>
            <FormShell action={answer} className="space-y-3">
              <p>{t('codeSent')}</p>
              <TextField name="code" label={t('codeLabel')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
              {buttons}
            </FormShell>
            <FormShell action={sendInviteCodeAction.bind(null, token)}>
              <button className="min-h-12 font-semibold text-brand-800 underline">{t('resend')}</button>
            </FormShell>
          </>
        )}
        {answerable && !herself && query.code !== 'sent' && (
          <FormShell action={sendInviteCodeAction.bind(null, token)} className="space-y-3">
            <p>{t('codeIntro', { phone: maskedPhone(invitationPhone(invitation), locale) })}</p>
            <button className={`${button} w-full bg-brand-700 text-white`}>{t('sendCode')}</button>
            {!user && (
              <p>
                <Link href={{ pathname: '/sign-in', query: { next: `/training/invite/${token}` } }} className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline">
                  {t('signIn')}
                </Link>
              </p>
            )}
          </FormShell>
        )}
      </section>
    </div>
  );
}
