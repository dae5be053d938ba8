import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { formatDate, formatDateRange, type Locale } from '@/lib/i18n/format';
import { certificatePath } from '@/lib/training/certificate';
import { hideTrainingAction } from '@/lib/training/completion-actions';
import { answerOwnPlaceAction } from '@/lib/training/invitations-actions';
import { FormShell } from '@/components/forms/form-shell';
import { myTrainings } from '@/lib/training/completion';

// The provider's own training: every programme she applied to or was invited to, with where she
// stands; for a completed one the certificate and whether her public profile shows the "trained"
// line (one button hides or shows it; plain forms, no JavaScript needed).

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'TrainingCompletion' }))('myTitle') };
}

/** A place she may still answer (or give up) before the first class. */
const ANSWERABLE: readonly string[] = ['INVITED', 'WAITLISTED', 'ACCEPTED'];

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 font-semibold';

export default async function MyTrainingPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await pageUser(locale, '/dashboard/training');
  const t = await getTranslations('TrainingCompletion');
  const trainings = await myTrainings(user.id);
  const ti = await getTranslations('TrainingInvites');
  const now = new Date();

  return (
    <div className="space-y-5">
      <h1 className="text-2xl font-bold text-brand-900">{t('myTitle')}</h1>
      <p className="text-stone-700">{t('myLead')}</p>
      {trainings.length === 0 && (
        <p className="rounded-xl border border-stone-200 bg-white p-4">
          {t('myNone')}{' '}
          <Link href="/training" className="font-semibold text-brand-800 underline">
            {t('findOpen')}
          </Link>
        </p>
      )}
      <ul className="space-y-3">
        {trainings.map((item) => (
          <li key={item.id} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" data-testid={`my-training-${item.id}`}>
            <h2 className="text-lg font-bold">{locale === 'en' && item.programme.titleEn ? item.programme.titleEn : item.programme.titleBn}</h2>
            <p className="text-stone-700">
              {item.programme.office} · {formatDateRange(item.programme.startsAt, item.programme.endsAt, locale, 'short')}
            </p>
            <p className="font-semibold" data-testid="my-training-status">
              {t(`status_${item.status}`)}
              {item.completedAt && ` · ${formatDate(item.completedAt, locale)}`}
            </p>
            {ANSWERABLE.includes(item.status) && item.programme.startsAt > now && (
              // Her answer from here too, signed in: the SMS link is not the only way.
              <div className="flex flex-wrap gap-2" data-testid="my-training-answer">
                {item.status === 'INVITED' && (
                  <FormShell action={answerOwnPlaceAction.bind(null, item.id)} submitLabel={ti('accept')}>
                    <input type="hidden" name="command" value="accept" />
                  </FormShell>
                )}
                <FormShell action={answerOwnPlaceAction.bind(null, item.id)} submitLabel={ti('decline')}>
                  <input type="hidden" name="command" value="decline" />
                </FormShell>
              </div>
            )}
            {item.status === 'COMPLETED' && (
              <div className="space-y-2">
                <p className="text-sm text-stone-700">{item.hideOnProfile ? t('hiddenOnProfile') : t('shownOnProfile')}</p>
                <div className="flex flex-wrap gap-2">
                  {item.certificateCode && (
                    <Link href={certificatePath(item.certificateCode)} className={`${button} bg-brand-700 text-white`}>
                      {t('openCertificate')}
                    </Link>
                  )}
                  <form action={hideTrainingAction.bind(null, item.id)}>
                    <input type="hidden" name="hidden" value={item.hideOnProfile ? '0' : '1'} />
                    <button type="submit" className={`${button} border border-stone-300 text-stone-800`}>
                      {item.hideOnProfile ? t('show') : t('hide')}
                    </button>
                  </form>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
