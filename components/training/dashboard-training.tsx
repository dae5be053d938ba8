// The dashboard's "প্রশিক্ষণ" block: open programmes for her trades and place (her union, its
// upazila or district) with the apply button, and where her own applications and invitations stand.
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { programmesForProvider } from '@/lib/training/public';
import { ApplyForm } from './apply-form';
import { ProgrammeCard, programmeTitle } from './programme-card';

export async function DashboardTraining({ userId, locale }: { userId: string; locale: Locale }) {
  const t = await getTranslations('TrainingPublic');
  const { programmes, applications } = await programmesForProvider(userId);
  return (
    <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm" aria-labelledby="dashboard-training" data-testid="dashboard-training">
      <h2 id="dashboard-training" className="flex items-center gap-2 text-xl font-bold text-brand-900">
        <Icon name="graduation-cap" className="size-6" />
        {t('dashTitle')}
      </h2>
      {programmes.length === 0 ? (
        <p className="text-stone-700">{t('dashEmpty')}</p>
      ) : (
        <>
          <p className="text-stone-700">{t('dashLead')}</p>
          <ul className="space-y-3">
            {programmes.map((p) => (
              <li key={p.id}>
                <ProgrammeCard programme={p} locale={locale}>
                  {p.applied ? <p className="font-semibold text-green-800">{t('app_APPLIED')}</p> : <ApplyForm programmeId={p.id} />}
                </ProgrammeCard>
              </li>
            ))}
          </ul>
        </>
      )}
      {applications.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-bold">{t('dashMine')}</h3>
          <ul className="divide-y divide-stone-200">
            {applications.map((a) => (
              <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="my-application">
                <Link href={`/training/${a.programme.id}`} className="inline-flex min-h-12 items-center font-semibold text-brand-800 underline">
                  {programmeTitle(a.programme, locale)}
                </Link>
                <span className="text-sm">
                  {formatDate(a.programme.startsAt, locale)} · <strong>{t(`app_${a.status}`)}</strong>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-x-6">
        <Link href="/training" className="inline-flex min-h-12 items-center gap-1 font-semibold text-brand-700">
          {t('seeAll')}
          <Icon name="chevron-right" className="size-5" />
        </Link>
        <Link href="/dashboard/training" className="inline-flex min-h-12 items-center gap-1 font-semibold text-brand-700" data-testid="my-training-link">
          {t('dashMineAll')}
          <Icon name="chevron-right" className="size-5" />
        </Link>
      </div>
    </section>
  );
}
