import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DonorCard } from '@/components/directory/donor-card';
import { OwnDonorPanel } from '@/components/directory/own-donor-panel';
import { FormShell } from '@/components/forms/form-shell';
import { TextField } from '@/components/forms/text-field';
import { ChipLinks } from '@/components/ui/chip-links';
import { DistrictBar } from '@/components/district/district-bar';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { getCurrentUser } from '@/lib/auth/session';
import { BLOOD_GROUPS, bloodGroupLabel, dhakaDay, DONOR_PAGE_SIZE, isBloodGroup, revealDonors } from '@/lib/directory/blood';
import { confirmDonorCodeAction, requestDonorCodeAction } from '@/lib/directory/blood-actions';
import { getDonorVisitor } from '@/lib/directory/blood-session';
import { childAreas, donorList, servedDistricts } from '@/lib/cache/reads';
import { visitorDistrict } from '@/lib/tenancy/visitor-district';
import { areaName } from '@/lib/geo/queries';
import { parseWholeNumber } from '@/lib/i18n/digits';
import { formatNumber, formatPhone, placeIn, type Locale } from '@/lib/i18n/format';
import { normalizePhone } from '@/lib/phone';
import { singleParams } from '@/lib/security/url';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ group?: string; area?: string; page?: string; confirm?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { area } = singleParams<Awaited<typeof searchParams>>(await searchParams);
  const t = await getTranslations('Blood');
  return { title: t('metaTitle', { district: areaName((await visitorDistrict(typeof area === 'string' ? area : undefined)).district, locale) }) };
}

export default async function BloodPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = singleParams<Awaited<typeof searchParams>>(await searchParams);
  const t = await getTranslations('Blood');
  // Any place of a served district narrows the list (others are ignored); none: the visitor's district.
  const { area, district, named } = await visitorDistrict(typeof query.area === 'string' ? query.area : undefined);
  const group = isBloodGroup(query.group) ? query.group : null;
  const page = Math.max(1, Math.min(500, parseWholeNumber(query.page ?? '1') ?? 1));
  // Per request: who is looking (nothing for a guest, one query when signed in) and, for a
  // confirmed asker, her allowance and the page's numbers. The list itself comes from the cache.
  const user = await getCurrentUser();
  const [{ asker, own }, upazilas, list, served] = await Promise.all([getDonorVisitor(), childAreas(district.id), donorList(group, area, page, dhakaDay(new Date())), servedDistricts()]);
  const { total, donors, reveal, settings } = await revealDonors(list, asker);

  // A place the address named stays named (at least its district); without one, the visitor's district.
  const wholeDistrict = named ? district.slug : undefined;
  const kept = { group: group ?? undefined, area: named ? area.slug : undefined };
  const href = (change: Record<string, string | undefined>) => ({ pathname: '/blood', query: { ...kept, ...change } });
  const pages = Math.max(1, Math.ceil(total / DONOR_PAGE_SIZE));
  const confirming = reveal.state === 'masked' && typeof query.confirm === 'string' ? normalizePhone(query.confirm) : null;
  const hidden = (name: string, value?: string) => <input type="hidden" name={name} value={value ?? ''} />;
  const button = 'inline-flex min-h-12 items-center rounded-lg border bg-white px-4';

  return (
    <div className="space-y-5 px-4 py-6">
      <DistrictBar flush district={district} locale={locale} several={served.length > 1} />
      <section>
        <h1 className="flex items-center gap-2 text-2xl font-bold text-rose-800">
          <Icon name="droplets" className="size-7" />
          {t('title')}
        </h1>
        <p className="mt-1 text-stone-700">{t('lead', { area: placeIn(areaName(area, locale), locale) })}</p>
      </section>

      {own ? (
        <OwnDonorPanel own={own} settings={settings} locale={locale} editLink />
      ) : (
        <Link href="/blood/donor" className="flex min-h-12 items-center justify-between gap-2 rounded-xl border border-rose-200 bg-rose-50 px-4 py-3 font-semibold text-rose-900" data-testid="become-donor">
          <span>{t('becomeDonor')}</span>
          <Icon name="chevron-right" className="size-5 shrink-0" />
        </Link>
      )}

      <nav aria-labelledby="group-heading">
        <h2 id="group-heading" className="mb-2 font-bold">{t('groupHeading')}</h2>
        <ul className="grid grid-cols-3 gap-2">
          {[null, ...BLOOD_GROUPS].map((g) => (
            <li key={g ?? 'all'}>
              <Link
                href={href({ group: g ?? undefined, page: undefined })}
                aria-current={group === g ? 'true' : undefined}
                className={`flex min-h-12 items-center justify-center rounded-xl border ${g ? 'text-lg font-bold' : 'font-semibold'} ${group === g ? 'border-rose-700 bg-rose-700 text-white' : 'border-rose-200 bg-white text-rose-800'}`}
              >
                {g ? bloodGroupLabel[g] : t('allGroups')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <nav aria-label={t('areaHeading')}>
        <ChipLinks
          chips={[
            { key: 'all', href: href({ area: wholeDistrict, page: undefined }), label: t('allAreas'), active: area.id === district.id },
            ...upazilas.map((u) => ({ key: u.id, href: href({ area: u.slug, page: undefined }), label: areaName(u, locale), active: area.path.startsWith(u.path) })),
          ]}
        />
      </nav>

      {reveal.state === 'shown' ? (
        <p role="status" className="flex items-start gap-2 rounded-xl bg-green-50 p-3 text-green-900">
          <Icon name="badge-check" className="mt-0.5 size-5 shrink-0" />
          {t('shownNote')}
        </p>
      ) : reveal.state === 'limited' ? (
        <p role="alert" className="rounded-xl bg-amber-50 p-3 font-semibold text-amber-900">
          {t('limited', { minutes: formatNumber(Math.max(1, Math.ceil(reveal.retryAfterSeconds / 60)), locale) })}
        </p>
      ) : null}

      <section aria-labelledby="donors-heading">
        <h2 id="donors-heading" className="text-lg font-bold">
          {group ? t('listHeadingGroup', { group: bloodGroupLabel[group] }) : t('listHeading')} · {t('count', { count: total })}
        </h2>
        <p className="text-sm text-stone-600">{t('rule', { male: formatNumber(settings.minDaysMale, locale), female: formatNumber(settings.minDaysFemale, locale) })}</p>
        {donors.length === 0 ? (
          <div className="mt-3 rounded-xl bg-white p-4">
            <p>{t('empty')}</p>
            {area.id !== district.id && (
              <Link href={href({ area: wholeDistrict, page: undefined })} className="mt-2 inline-flex min-h-12 items-center font-semibold text-rose-800 underline">
                {t('emptyWider')}
              </Link>
            )}
          </div>
        ) : (
          <ul className="mt-3 space-y-2">
            {donors.map((d) => (
              <li key={d.id}>
                <DonorCard donor={d} locale={locale} askToConfirm={reveal.state === 'masked'} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {pages > 1 && (
        <nav className="flex justify-between" aria-label="pagination">
          {page > 1 ? <Link href={href({ page: page > 2 ? String(page - 1) : undefined })} className={button}>{t('previous')}</Link> : <span />}
          {page < pages && <Link href={href({ page: String(page + 1) })} className={button}>{t('next')}</Link>}
        </nav>
      )}

      {reveal.state === 'masked' && (donors.length > 0 || confirming) && (
        <section id="confirm" aria-labelledby="confirm-heading" className="scroll-mt-4 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
          {confirming ? (
            <>
              <h2 id="confirm-heading" className="text-lg font-bold">{t('codeHeading')}</h2>
              <p className="mb-3 text-stone-700">{t('codeLead', { phone: formatPhone(confirming, locale) })}</p>
              <FormShell action={confirmDonorCodeAction} submitLabel={t('confirm')}>
                {hidden('phone', confirming)}
                {hidden('group', kept.group)}
                {hidden('area', kept.area)}
                <TextField name="code" label={t('code')} inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
              </FormShell>
              <div className="mt-3 flex flex-wrap gap-2">
                <Link href={href({})} className={button}>{t('otherNumber')}</Link>
              </div>
            </>
          ) : (
            <>
              <h2 id="confirm-heading" className="text-lg font-bold">{t('revealHeading')}</h2>
              <p className="mb-3 text-stone-700">{t('revealLead')}</p>
              <FormShell action={requestDonorCodeAction} submitLabel={t('sendCode')}>
                {hidden('group', kept.group)}
                {hidden('area', kept.area)}
                <TextField
                  name="phone"
                  label={t('yourPhone')}
                  hint={t('phoneHint')}
                  type="tel"
                  inputMode="tel"
                  autoComplete="tel"
                  defaultValue={user ? formatPhone(user.phone, 'en') : undefined}
                  maxLength={20}
                />
              </FormShell>
            </>
          )}
        </section>
      )}
    </div>
  );
}
