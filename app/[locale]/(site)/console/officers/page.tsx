import { forbidden } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { telHref } from '@/components/directory/call-link';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextField } from '@/components/forms/text-field';
import { listOfficers, officerAreas } from '@/lib/console/officers';
import { appointOfficerAction, rescopeOfficerAction, retireOfficerAction } from '@/lib/console/officers-actions';
import { pageScope } from '@/lib/auth/page-guards';
import { areaName } from '@/lib/geo/queries';
import { formatDate, formatPhone, type Locale } from '@/lib/i18n/format';

const card = 'space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';
const summary = 'flex min-h-12 cursor-pointer items-center font-semibold text-brand-800';

async function AreaField({ areas, locale, defaultValue = '' }: { areas: Awaited<ReturnType<typeof officerAreas>>; locale: Locale; defaultValue?: string }) {
  const t = await getTranslations('ConsoleAdmin');
  return (
    <>
      <label className="block font-semibold">
        {t('officerArea')}
        <select name="areaId" defaultValue={defaultValue} className={inputClass}>
          <option value="">{t('choose')}</option>
          {/* Each served district as a group: the whole district first, then its upazilas. */}
          {areas
            .filter((d) => d.level === 'DISTRICT')
            .map((d) => (
              <optgroup key={d.id} label={areaName(d, locale)}>
                {areas
                  .filter((a) => a.id === d.id || a.parentId === d.id)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {areaName(a, locale)}
                      {a.level === 'DISTRICT' ? ` (${t('wholeDistrict')})` : ''}
                    </option>
                  ))}
              </optgroup>
            ))}
        </select>
      </label>
      <FieldError name="areaId" />
    </>
  );
}

// Admins only: who oversees which area. Appoint by phone number (a new number gets an account
// and a temporary password shown once), move an officer to another area, or retire them.
export default async function OfficersPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/officers');
  if (!scope.isAdmin) forbidden();
  const t = await getTranslations('ConsoleAdmin');
  const [officers, areas] = await Promise.all([listOfficers(scope), officerAreas()]);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('officersTitle')}</h1>
      <section className={card}>
        <h2 className="text-lg font-bold">{t('appointTitle')}</h2>
        <FormShell action={appointOfficerAction} submitLabel={t('appoint')} className="space-y-3">
          <TextField label={t('phone')} name="phone" inputMode="tel" autoComplete="off" maxLength={20} />
          <TextField label={t('officerName')} name="name" autoComplete="off" maxLength={80} />
          <p className="text-sm text-stone-600">{t('officerNameHint')}</p>
          <AreaField areas={areas} locale={locale} />
        </FormShell>
      </section>

      {officers.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('officersEmpty')}</p>}
      <ul className="space-y-2">
        {officers.map((o) => (
          <li key={o.id} className={card} data-testid="officer-item">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-bold">{o.name}</p>
              <a href={telHref(o.phone)} className="text-sm text-brand-800 underline">
                {formatPhone(o.phone, locale)}
              </a>
            </div>
            <p className="text-sm text-stone-700">
              {o.officerArea ? areaName(o.officerArea, locale) : t('noArea')}
              {o.roles.includes('ADMIN') && ` · ${t('alsoAdmin')}`}
              {o.status !== 'ACTIVE' && ` · ${t('accountNotActive')}`}
              {` · ${o.lastActiveAt ? t('lastActive', { date: formatDate(o.lastActiveAt, locale, 'short') }) : t('neverSignedIn')}`}
            </p>
            <details>
              <summary className={summary}>{t('rescope')}</summary>
              <FormShell action={rescopeOfficerAction} submitLabel={t('rescopeSubmit')} className="space-y-3">
                <input type="hidden" name="userId" value={o.id} />
                <AreaField areas={areas} locale={locale} defaultValue={o.officerAreaId ? String(o.officerAreaId) : ''} />
              </FormShell>
            </details>
            <details>
              <summary className={summary}>{t('retire')}</summary>
              <FormShell action={retireOfficerAction} className="space-y-3">
                <input type="hidden" name="userId" value={o.id} />
                <p className="text-sm text-stone-700">{t('retireLead', { name: o.name })}</p>
                <label className="block font-semibold">
                  {t('reason')}
                  <textarea name="reason" rows={2} maxLength={500} className="mt-1 block w-full rounded-lg border border-stone-300 px-3 py-2 text-base" />
                </label>
                <FieldError name="reason" />
                <button className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-red-700 px-4 text-lg font-semibold text-white">{t('retireSubmit')}</button>
              </FormShell>
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}
