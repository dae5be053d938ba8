import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { TextArea } from '@/components/forms/text-field';
import { ReportDetails } from '@/components/directory/report-form';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { NotOwner, OwnerOnly, SignedOut } from '@/components/layout/visitor-hints';
import { FIRST_VISIT, providerTrainings, publicProvider, servedDistricts } from '@/lib/cache/reads';
import { DistrictBar } from '@/components/district/district-bar';
import type { PublicProvider } from '@/lib/directory/provider-page';
import { replyAction, reviewAction } from '@/lib/directory/review-actions';
import { contactHref } from '@/lib/directory/contact';
import { formatClock, formatDate, formatMonth, formatNumber, formatPhone, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { mediaUrl } from '@/lib/media/local-store';
import { rootOrigin } from '@/lib/tenancy/urls';
import { providerEntry } from '@/lib/saved/entry';
import { SaveEntry } from '@/components/saved/save-entry';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

/** One profile is built ahead; every other is rendered on its first visit and kept until it changes. */
export async function generateStaticParams() {
  return [{ slug: FIRST_VISIT }];
}

const place = (p: PublicProvider, locale: Locale) =>
  [p.area, p.area.parent, p.area.parent?.parent].filter((a) => a && a.level !== 'DIVISION').map((a) => (locale === 'bn' ? a!.nameBn : a!.nameEn)).join(', ');
const categoryName = (p: PublicProvider, locale: Locale) => p.categories.map((c) => (locale === 'bn' ? c.category.nameBn : c.category.nameEn)).join(', ');

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const p = await publicProvider(slug);
  if (!p) return {};
  const title = `${p.nameBn} — ${categoryName(p, locale)}`;
  const description = [place(p, locale), p.bio?.slice(0, 150)].filter(Boolean).join(' · ');
  const photo = p.photos[0]?.media;
  return {
    title,
    description,
    metadataBase: new URL(rootOrigin()),
    alternates: { canonical: localizeHref(`/p/${p.slug}`, locale) },
    // React escapes these like any text, so a name can never become markup in a share preview.
    openGraph: { title, description, type: 'profile', locale: locale === 'bn' ? 'bn_BD' : 'en_US', images: photo ? [{ url: mediaUrl(photo), width: photo.width, height: photo.height }] : undefined },
  };
}

export default async function ProviderProfilePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const p = await publicProvider(slug);
  if (!p) notFound();
  const t = await getTranslations('ProviderPage');
  const tt = await getTranslations('TrainingCompletion');
  const trained = await providerTrainings(p.id);
  const days = await getTranslations('Days');
  const verified = p.verification === 'VERIFIED';
  const hours = (p.hours ?? {}) as { days?: number[]; opens?: string; closes?: string };
  const url = `${rootOrigin()}${localizeHref(`/p/${p.slug}`, locale)}`;
  const phones = [p.phone, ...p.otherPhones];
  const button = 'inline-flex min-h-12 items-center justify-center gap-2 rounded-lg px-4 font-semibold';
  const served = await servedDistricts();
  const district = served.find((d) => p.area.path.startsWith(d.path));

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': p.kind === 'INDIVIDUAL' ? 'Person' : 'LocalBusiness',
    name: p.nameBn,
    ...(p.nameEn ? { alternateName: p.nameEn } : {}),
    telephone: p.phone,
    url,
    jobTitle: p.kind === 'INDIVIDUAL' ? categoryName(p, 'en') : undefined,
    address: { '@type': 'PostalAddress', addressLocality: p.area.nameEn, addressRegion: p.area.parent?.nameEn, addressCountry: 'BD', ...(p.address ? { streetAddress: p.address } : {}) },
    ...(p.ratingCount > 0 && p.kind !== 'INDIVIDUAL' ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: Math.round(p.ratingAvg * 10) / 10, reviewCount: p.ratingCount } } : {}),
    ...(p.photos[0] ? { image: `${rootOrigin()}${mediaUrl(p.photos[0].media)}` } : {}),
  };

  return (
    <article className="space-y-6 px-4 py-6">
      {district && <DistrictBar flush district={district} locale={locale} several={served.length > 1} />}
      {/* JSON-LD: "<" is escaped so no text a provider types can close the script element. */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />

      <header className="space-y-2">
        <p className="text-sm font-semibold text-brand-700">{categoryName(p, locale)}</p>
        <h1 className="text-2xl font-bold text-brand-900">{p.nameBn}</h1>
        {p.designation && <p className="text-stone-700">{p.designation}</p>}
        <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-stone-700">
          <span className="inline-flex items-center gap-1">
            <Icon name="map-pin" className="size-4" />
            {place(p, locale)}
          </span>
          {verified && p.verifiedAt ? (
            <span className="inline-flex items-center gap-1 font-semibold text-brand-700" data-testid="verified-badge">
              <Icon name="badge-check" className="size-5" />
              {t('verifiedOn', { date: formatDate(p.verifiedAt, locale) })}
            </span>
          ) : (
            <span className="rounded bg-amber-100 px-2 font-semibold text-amber-900">{t('unverified')}</span>
          )}
          <span className={`rounded px-2 font-semibold ${p.availableNow ? 'bg-green-100 text-green-800' : 'bg-stone-200 text-stone-700'}`}>{p.availableNow ? t('availableNow') : t('busyNow')}</span>
        </p>
        {!verified && <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">{t('unverifiedNote')}</p>}
        {p.assistedBy && (
          <p className="inline-flex items-center gap-1 text-sm text-stone-700" data-testid="assisted-mark">
            <Icon name="building-2" className="size-4" />
            {(await getTranslations('Udc'))('assisted', { centre: p.assistedBy })}
          </p>
        )}
        {trained.length > 0 && (
          <ul className="space-y-1" data-testid="trained-lines">
            {trained.map((line) => (
              <li key={line.traineeId} className="flex items-start gap-1 font-semibold text-brand-800">
                <Icon name="badge-check" className="mt-1 size-4 shrink-0" />
                {tt('trainedLine', { programme: locale === 'en' && line.programmeEn ? line.programmeEn : line.programme, office: line.office, month: formatMonth(line.completedAt, locale) })}
              </li>
            ))}
          </ul>
        )}
        {p.ratingCount > 0 && (
          <p className="inline-flex items-center gap-1">
            <Icon name="star" className="size-5 text-amber-500" />
            {t('ratingSummary', { rating: formatNumber(Math.round(p.ratingAvg * 10) / 10, locale), count: p.ratingCount })}
          </p>
        )}
      </header>

      <section className="flex flex-wrap gap-2">
        {phones.map((phone, i) => (
          <a key={phone} href={contactHref(p.id, 'call', { number: i, locale })} className={`${button} ${i === 0 ? 'bg-brand-700 text-white' : 'border border-brand-700 text-brand-800'}`}>
            <Icon name="phone" className="size-5" />
            {i === 0 ? t('call') : ''} {formatPhone(phone, locale)}
          </a>
        ))}
        {p.whatsapp && (
          <a href={contactHref(p.id, 'whatsapp', { locale })} rel="noopener" className={`${button} border border-green-700 text-green-800`}>
            <Icon name="message-circle" className="size-5" />
            {t('whatsapp')}
          </a>
        )}
        <SaveEntry entry={providerEntry(p, p.categories.filter((c) => c.category.kind !== 'BLOOD').map((c) => c.category))} locale={locale} className="border-stone-300 bg-white text-stone-800" />
      </section>

      {p.photos.length > 0 && (
        <section aria-label={t('photos')}>
          <ul className="scroll-hint flex snap-x gap-2 overflow-x-auto pb-2">
            {p.photos.map((photo, i) => (
              <li key={photo.id} className="w-72 shrink-0 snap-start">
                <a href={mediaUrl(photo.media)}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- pre-sized WebP, lazy after the first */}
                  <img src={mediaUrl(photo.media, true)} alt={photo.caption ?? ''} width={480} height={360} loading={i === 0 ? 'eager' : 'lazy'} fetchPriority={i === 0 ? 'high' : 'auto'} className="aspect-[4/3] w-full rounded-xl object-cover" />
                </a>
                {photo.caption && <p className="mt-1 text-sm text-stone-700">{photo.caption}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {p.services.length > 0 && (
        <section>
          <h2 className="mb-2 text-lg font-bold">{t('services')}</h2>
          <ul className="divide-y rounded-xl border border-stone-200 bg-white">
            {p.services.map((s) => (
              <li key={s.id} className="flex justify-between gap-3 p-3">
                <span>{s.name}</span>
                {s.priceNote && <span className="text-right font-semibold text-brand-800">{s.priceNote}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="grid gap-4 sm:grid-cols-2">
        <div>
          {/* No days and no times given (an assisted registration, say): no empty heading. */}
          {((hours.days?.length ?? 0) > 0 || hours.opens) && (
            <>
              <h2 className="mb-1 text-lg font-bold">{t('hours')}</h2>
              <p>
                {hours.days && hours.days.length === 7 ? t('allWeek') : (hours.days ?? []).map((d) => days(`d${d}` as 'd0')).join(', ')}
                {hours.opens && ` · ${formatClock(hours.opens, locale)} – ${formatClock(hours.closes!, locale)}`}
              </p>
            </>
          )}
          {p.experienceYears !== null && <p className="mt-1">{t('experience', { years: p.experienceYears })}</p>}
        </div>
        <div>
          <h2 className="mb-1 text-lg font-bold">{t('address')}</h2>
          <p>{p.address ? `${p.address}, ${place(p, locale)}` : t('addressHidden')}</p>
        </div>
      </section>

      {p.bio && (
        <section>
          <h2 className="mb-1 text-lg font-bold">{t('about')}</h2>
          <p className="whitespace-pre-line">{p.bio}</p>
        </section>
      )}

      <a href={`https://wa.me/?text=${encodeURIComponent(t('shareText', { name: p.nameBn, category: categoryName(p, locale), url }))}`} rel="noopener" className={`${button} border border-stone-300 bg-white`}>
        <Icon name="message-circle" className="size-5" />
        {t('share')}
      </a>

      <section>
        <h2 className="mb-2 text-lg font-bold">{t('reviews')}</h2>
        <p className="mb-2 text-sm text-stone-600" data-testid="reviews-from-contacts">{t('reviewsFromContacts')}</p>
        {p.reviews.length === 0 && <p className="text-stone-700">{t('noReviews')}</p>}
        <ul className="space-y-3">
          {p.reviews.map((r) => (
            <li key={r.id} className="rounded-xl border border-stone-200 bg-white p-3">
              <p className="flex items-center gap-2 text-sm text-stone-600">
                <span aria-label={t('stars', { count: r.rating })}>{'★'.repeat(r.rating)}{'☆'.repeat(5 - r.rating)}</span>
                <span>{r.authorName}</span>
                <span>{formatDate(r.createdAt, locale, 'short')}</span>
              </p>
              {r.text && <p className="mt-1 whitespace-pre-line">{r.text}</p>}
              <Link href={`/report/review/${r.id}`} rel="nofollow" className="inline-flex min-h-11 items-center text-sm text-stone-600 underline">
                {t('reportReview')}
              </Link>
              {r.reply && (
                <p className="mt-2 rounded-lg bg-stone-100 p-2 text-sm">
                  <span className="font-semibold">{t('reply')}: </span>
                  {r.reply}
                </p>
              )}
              {!r.reply && (
                <OwnerOnly ownerId={p.ownerId}>
                <details className="mt-2">
                  <summary className="inline-flex min-h-12 cursor-pointer items-center font-semibold text-brand-700">{t('writeReply')}</summary>
                  <FormShell action={replyAction.bind(null, r.id)} submitLabel={t('submitReply')}>
                    <textarea name="reply" rows={2} maxLength={500} aria-label={t('writeReply')} className="block w-full rounded-lg border border-stone-300 p-2" />
                    <FieldError name="reply" />
                  </FormShell>
                </details>
                </OwnerOnly>
              )}
            </li>
          ))}
        </ul>

        {/* The same page for everyone: the owner's browser hides this, a guest's offers sign-in first. */}
        <NotOwner ownerId={p.ownerId}>
          <div className="mt-4 rounded-xl border border-stone-200 bg-white p-4">
            <h3 className="mb-2 font-bold">{t('writeReview')}</h3>
            <SignedOut>
              <Link href={{ pathname: '/sign-in', query: { next: `/p/${p.slug}` } }} className={`${button} mb-3 border border-brand-700 text-brand-800`}>
                {t('signInToReview')}
              </Link>
            </SignedOut>
            <p className="mb-2 text-sm text-stone-600">{t('confirmPhoneToReview')}</p>
            <p className="mb-2 text-sm text-stone-600">{t('contactToReview')}</p>
            {(
              <FormShell action={reviewAction.bind(null, p.id)} submitLabel={t('submitReview')}>
                <fieldset className="min-w-0">
                  <legend className="font-semibold">{t('rating')}</legend>
                  <div className="mt-1 flex flex-wrap gap-1">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <label key={n} className="flex min-h-12 min-w-12 cursor-pointer items-center justify-center rounded-lg border border-stone-300 text-lg has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50">
                        <input type="radio" name="rating" value={n} className="sr-only" aria-label={t('stars', { count: n })} />
                        {formatNumber(n, locale)}★
                      </label>
                    ))}
                  </div>
                </fieldset>
                <FieldError name="rating" />
                <TextArea name="text" label={t('reviewText')} rows={3} maxLength={1000} />
              </FormShell>
            )}
          </div>
        </NotOwner>
      </section>

      <ReportDetails subject={{ type: 'PROVIDER', id: p.id }} />
    </article>
  );
}

