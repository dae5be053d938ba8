// What a trainee is told by SMS, in her own language (Bengali unless her account chose English),
// and the invitation link's token: random, only its sha256 kept (Trainee.inviteTokenHash), so the
// link is in the SMS alone. No server-only imports: the worker sends these too.
import { createHash, randomBytes } from 'node:crypto';
import { formatDate, formatDateTime, type Locale } from '@/lib/i18n/format';
import { rootOrigin } from '@/lib/tenancy/urls';

/** A fresh link token (192 bits) and the hash stored for it. */
export function newInviteToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashInviteToken(token) };
}

export const hashInviteToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A link token as newInviteToken makes them; anything else is not looked up. */
export const isInviteToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{32}$/.test(token);

export const inviteLink = (token: string, locale: Locale) => `${rootOrigin()}${locale === 'en' ? '/en' : ''}/training/invite/${token}`;

export interface SmsProgramme {
  titleBn: string;
  titleEn: string | null;
  startsAt: Date;
  venue: string | null;
}

const title = (p: SmsProgramme, locale: Locale) => (locale === 'en' && p.titleEn ? p.titleEn : p.titleBn).slice(0, 50);

/** The texts, by what happened. `link` only where she has something to answer. */
export const TRAINING_SMS = {
  invited: (p: SmsProgramme, locale: Locale, link: string) =>
    locale === 'en'
      ? `Haat: you are invited to the training "${title(p, locale)}" starting ${formatDate(p.startsAt, locale)}. Answer yes or no: ${link}`
      : `হাট: “${title(p, locale)}” প্রশিক্ষণে আপনাকে আমন্ত্রণ জানানো হয়েছে, শুরু ${formatDate(p.startsAt, locale)}। হ্যাঁ বা না জানাতে: ${link}`,
  waitlisted: (p: SmsProgramme, locale: Locale, link: string) =>
    locale === 'en'
      ? `Haat: the training "${title(p, locale)}" is full for now; you are on its waiting list and will get an SMS if a seat opens: ${link}`
      : `হাট: “${title(p, locale)}” প্রশিক্ষণের আসন এখন পূর্ণ। আপনি অপেক্ষার তালিকায় আছেন; আসন খালি হলে SMS পাবেন: ${link}`,
  movedUp: (p: SmsProgramme, locale: Locale, link: string) =>
    locale === 'en'
      ? `Haat: a seat opened in the training "${title(p, locale)}" and it is offered to you. Answer before ${formatDate(p.startsAt, locale)}: ${link}`
      : `হাট: “${title(p, locale)}” প্রশিক্ষণে একটি আসন খালি হয়েছে, আসনটি আপনার জন্য। ${formatDate(p.startsAt, locale)} এর আগে উত্তর দিন: ${link}`,
  seatConfirmed: (p: SmsProgramme, locale: Locale) =>
    locale === 'en'
      ? `Haat: your seat in the training "${title(p, locale)}" is confirmed. It starts ${formatDateTime(p.startsAt, locale)}.`
      : `হাট: “${title(p, locale)}” প্রশিক্ষণে আপনার আসন নিশ্চিত। শুরু ${formatDateTime(p.startsAt, locale)}।`,
  applicationRefused: (p: SmsProgramme, locale: Locale) =>
    locale === 'en'
      ? `Haat: sorry, your application for the training "${title(p, locale)}" was not taken this time.`
      : `হাট: দুঃখিত, “${title(p, locale)}” প্রশিক্ষণে আপনার আবেদন এবার নেওয়া গেল না।`,
  withdrawn: (p: SmsProgramme, locale: Locale) =>
    locale === 'en'
      ? `Haat: your invitation to the training "${title(p, locale)}" has been withdrawn by the office.`
      : `হাট: “${title(p, locale)}” প্রশিক্ষণের আমন্ত্রণটি অফিস বাতিল করেছে।`,
  reminder: (p: SmsProgramme, locale: Locale) =>
    locale === 'en'
      ? `Haat: reminder, the training "${title(p, locale)}" starts tomorrow, ${formatDateTime(p.startsAt, locale)}${p.venue ? `, at ${p.venue.slice(0, 60)}` : ''}.`
      : `হাট: মনে করিয়ে দিচ্ছি, “${title(p, locale)}” প্রশিক্ষণ আগামীকাল, ${formatDateTime(p.startsAt, locale)}${p.venue ? `, ${p.venue.slice(0, 60)}` : ''}।`,
} as const;

/** Where a provider's SMS goes and in which language: her account's number, else the listing's. */
export function smsTarget(provider: { phone: string; user: { phone: string; locale: Locale } | null }): { to: string; locale: Locale } {
  return { to: provider.user?.phone ?? provider.phone, locale: provider.user?.locale ?? 'bn' };
}

/** What every SMS query selects of the provider. */
export const SMS_PROVIDER_SELECT = { phone: true, user: { select: { phone: true, locale: true } } } as const;
