import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SignedOut } from '@/components/layout/visitor-hints';
import { ApplyForm } from '@/components/training/apply-form';
import { placeNames, programmeTitle, tradeNames } from '@/components/training/programme-card';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { catalogClock, FIRST_VISIT, publicProgramme } from '@/lib/cache/reads';
import { areaName } from '@/lib/geo/queries';
import { formatClock, formatDate, formatNumber, formatTaka, type Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { takesApplications } from '@/lib/training/public';
import { dhakaParts } from '@/lib/training/schemas';

type Props = { params: Promise<{ locale: Locale; id: string }> };

/** Each programme's page is rendered on its first visit and kept until it changes. */
export async function generateStaticParams() {
  return [{ id: FIRST_VISIT }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const p = await publicProgramme(id);
  if (!p) return {};
  return { title: `${programmeTitle(p, locale)} — ${p.office}`, description: p.description.slice(0, 160) || undefined };
}

const clock = (instant: Date, locale: Locale) => formatClock(dhakaParts(instant).time, locale);

// One programme (not a draft): what, who organises it, when and where, seats left, cost, who may
// apply, and the apply button. The same bytes for everyone: the answer to "apply" is per visitor.
export default async function ProgrammePublicPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [p, now] = await Promise.all([publicProgramme(id), catalogClock()]);
  if (!p) notFound();
  const t = await getTranslations('TrainingPublic');
  const open = takesApplications(p, now);
  const row = 'grid gap-x-4 sm:grid-cols-[12rem_1fr]';

  return (
    <article className="space-y-5 px-4 py-6">
      <Link href="/training" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('backToList')}
      </Link>
      <header className="space-y-1">
        <h1 className="text-2xl font-bold text-brand-900" data-testid="programme-title">
          {programmeTitle(p, locale)}
        </h1>
        <p className="text-lg text-stone-800">
          {p.office}, {areaName(p.area, locale)}
        </p>
      </header>
      {p.photo && (
        // eslint-disable-next-line @next/next/no-img-element -- a stored WebP of known size
        <img src={mediaUrl(p.photo)} alt="" width={p.photo.width} height={p.photo.height} className="aspect-[4/3] w-full max-w-xl rounded-xl object-cover" />
      )}
      {p.description && <p className="whitespace-pre-line text-stone-800">{p.description}</p>}

      <dl className="space-y-2 rounded-xl border border-stone-200 bg-white p-4">
        <div className={row}>
          <dt className="font-semibold">{t('trades')}</dt>
          <dd>{tradeNames(p, locale)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('places')}</dt>
          <dd>{placeNames(p, locale)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('venue')}</dt>
          <dd className="break-words">{p.mode === 'ONLINE' ? t('online') : p.venue}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('languages')}</dt>
          <dd>{p.languages.map((l) => t(l === 'en' ? 'language_en' : 'language_bn')).join(', ')}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t('cost')}</dt>
          <dd data-testid="programme-cost">{p.costPoisha ? formatTaka(p.costPoisha, locale) : t('free')}</dd>
        </div>
        {p.allowancePoisha > 0 && (
          <div className={row}>
            <dt className="font-semibold">{t('allowance')}</dt>
            <dd>{formatTaka(p.allowancePoisha, locale)}</dd>
          </div>
        )}
        {(p.eligibility || p.requiredSex || p.minExperienceYears) && (
          <div className={row}>
            <dt className="font-semibold">{t('eligibility')}</dt>
            <dd>
              {[p.requiredSex && t(p.requiredSex === 'FEMALE' ? 'sex_FEMALE' : 'sex_MALE'), p.minExperienceYears && t('minExperience', { years: formatNumber(p.minExperienceYears, locale) }), p.eligibility]
                .filter(Boolean)
                .join(' · ')}
            </dd>
          </div>
        )}
        <div className={row}>
          <dt className="font-semibold">{t('seats')}</dt>
          <dd className="font-semibold" data-testid="programme-seats-left">
            {p.seatsLeft > 0 ? t('seatsLeft', { count: formatNumber(p.seatsLeft, locale) }) : t('full')}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="sessions" className="space-y-2">
        <h2 id="sessions" className="flex items-center gap-2 text-lg font-bold">
          <Icon name="calendar" className="size-5 text-brand-700" />
          {t('sessions')}
        </h2>
        <ol className="space-y-1">
          {p.sessions.map((s) => (
            <li key={s.startsAt.toISOString()} className="rounded-lg bg-white px-3 py-2">
              {formatDate(s.startsAt, locale)}, {clock(s.startsAt, locale)} – {clock(s.endsAt, locale)}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="apply" className="space-y-2 rounded-xl border border-brand-200 bg-brand-50 p-4">
        <h2 id="apply" className="text-lg font-bold">
          {t('apply')}
        </h2>
        {open ? (
          <>
            <p className="text-stone-800">{t('applyLead')}</p>
            <SignedOut>
              <p className="text-sm text-stone-700">{t('signInNote')}</p>
            </SignedOut>
            <ApplyForm programmeId={p.id} />
          </>
        ) : (
          <p className="font-semibold">{p.status === 'COMPLETED' ? t('completedNote') : p.status === 'OPEN' ? t('startedNote') : t('closedNote')}</p>
        )}
      </section>
    </article>
  );
}
