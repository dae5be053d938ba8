import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ScopeAreaSelect } from '@/components/console/scope-area-select';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextField } from '@/components/forms/text-field';
import { areasInScope, EMERGENCY_KINDS, listContacts, listOfficesInScope, officeCategories } from '@/lib/console/contacts';
import { contactActiveAction, saveContactAction, saveOfficeAction } from '@/lib/console/contacts-actions';
import { pageScope } from '@/lib/auth/page-guards';
import { type Scope } from '@/lib/console/scope';
import { areaName } from '@/lib/geo/queries';
import { formatPhone, type Locale } from '@/lib/i18n/format';

const button = 'inline-flex min-h-12 items-center justify-center rounded-lg px-4 text-sm font-semibold';
const card = 'space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';
const summary = 'flex min-h-12 cursor-pointer items-center font-semibold text-brand-800';

type Areas = Awaited<ReturnType<typeof areasInScope>>;
type Contact = Awaited<ReturnType<typeof listContacts>>[number];
type Office = Awaited<ReturnType<typeof listOfficesInScope>>[number];

/** One number's fields, empty for a new one. National numbers (and "no area") are offered to admins only. */
async function ContactForm({ scope, areas, locale, contact }: { scope: Scope; areas: Areas; locale: Locale; contact?: Contact }) {
  const t = await getTranslations('ConsoleContacts');
  const kinds = EMERGENCY_KINDS.filter((k) => scope.isAdmin || k !== 'NATIONAL');
  return (
    <FormShell action={saveContactAction} submitLabel={contact ? t('save') : t('add')} className="space-y-3">
      {contact && <input type="hidden" name="id" value={contact.id} />}
      <label className="block font-semibold">
        {t('kind')}
        <select name="kind" defaultValue={contact?.kind ?? ''} className={inputClass}>
          <option value="">{t('choose')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kind_${k}`)}
            </option>
          ))}
        </select>
      </label>
      <FieldError name="kind" />
      <TextField label={t('nameBn')} name="nameBn" defaultValue={contact?.nameBn} maxLength={120} />
      <TextField label={t('nameEn')} name="nameEn" defaultValue={contact && contact.nameEn !== contact.nameBn ? contact.nameEn : ''} maxLength={120} lang="en" />
      <TextField label={t('phone')} name="phone" defaultValue={contact?.phone} inputMode="tel" maxLength={20} />
      <p className="text-sm text-stone-600">{t('phoneHint')}</p>
      <TextField label={t('note')} name="noteBn" defaultValue={contact?.noteBn ?? ''} maxLength={200} />
      <label className="block font-semibold">
        {t('area')}
        <ScopeAreaSelect
          areas={areas}
          name="areaId"
          defaultValue={contact?.areaId ? String(contact.areaId) : ''}
          locale={locale}
          placeholder={scope.isAdmin ? t('wholeCountry') : t('choose')}
          wholeUpazila={t('wholeUpazila')}
          className={inputClass}
        />
      </label>
      <FieldError name="areaId" />
      <TextField label={t('sortOrder')} name="sortOrder" defaultValue={contact ? String(contact.sortOrder) : ''} inputMode="numeric" maxLength={6} />
    </FormShell>
  );
}

async function OfficeForm({ areas, categories, locale, office }: { areas: Areas; categories: Awaited<ReturnType<typeof officeCategories>>; locale: Locale; office?: Office }) {
  const t = await getTranslations('ConsoleContacts');
  return (
    <FormShell action={saveOfficeAction} submitLabel={office ? t('save') : t('addOffice')} className="space-y-3">
      {office && <input type="hidden" name="id" value={office.id} />}
      <label className="block font-semibold">
        {t('officeKind')}
        <select name="categoryId" defaultValue={office?.categories[0]?.categoryId ? String(office.categories[0].categoryId) : ''} className={inputClass}>
          <option value="">{t('choose')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {locale === 'en' ? c.nameEn : c.nameBn}
            </option>
          ))}
        </select>
      </label>
      <FieldError name="categoryId" />
      <TextField label={t('officeName')} name="nameBn" defaultValue={office?.nameBn} maxLength={120} />
      <TextField label={t('nameEn')} name="nameEn" defaultValue={office?.nameEn ?? ''} maxLength={120} lang="en" />
      <TextField label={t('designation')} name="designation" defaultValue={office?.designation ?? ''} maxLength={120} />
      <TextField label={t('mobile')} name="phone" defaultValue={office?.phone} inputMode="tel" maxLength={20} />
      <label className="block font-semibold">
        {t('area')}
        <ScopeAreaSelect areas={areas} name="areaId" defaultValue={office ? String(office.areaId) : ''} locale={locale} placeholder={t('choose')} wholeUpazila={t('wholeUpazila')} className={inputClass} />
      </label>
      <FieldError name="areaId" />
    </FormShell>
  );
}

// Emergency numbers and offices the officer keeps for /emergency and /offices: add one, change
// one, take a number off the list. National numbers are shown to officers but changed by admins.
export default async function ContactsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ConsoleContacts');
  const scope = await pageScope(locale, '/console/contacts');
  const [contacts, offices, areas, categories] = await Promise.all([listContacts(scope), listOfficesInScope(scope), areasInScope(scope), officeCategories()]);

  return (
    <div className="space-y-6">
      <section className="space-y-3">
        <h1 className="text-2xl font-bold text-brand-900">{t('numbersTitle')}</h1>
        <details className={card}>
          <summary className={summary}>{t('addNumber')}</summary>
          <ContactForm scope={scope} areas={areas} locale={locale} />
        </details>
        {contacts.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('numbersEmpty')}</p>}
        <ul className="space-y-2">
          {contacts.map((c) => (
            <li key={c.id} className={`${card} ${c.isActive ? '' : 'opacity-70'}`} data-testid="contact-item">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-bold">
                  {locale === 'en' ? c.nameEn : c.nameBn} · <span className="whitespace-nowrap">{formatPhone(c.phone, locale)}</span>
                </p>
                <span className="text-sm text-stone-600">
                  {t(`kind_${c.kind}`)} · {c.area ? areaName(c.area, locale) : t('wholeCountry')}
                  {!c.isActive && ` · ${t('inactive')}`}
                  {!c.editable && ` · ${t('adminsOnly')}`}
                </span>
              </div>
              {c.noteBn && <p className="text-sm text-stone-700">{c.noteBn}</p>}
              {c.editable && (
                <div className="flex flex-wrap items-start gap-2">
                  <details className="min-w-0 flex-1">
                    <summary className={summary}>{t('edit')}</summary>
                    <ContactForm scope={scope} areas={areas} locale={locale} contact={c} />
                  </details>
                  <FormShell action={contactActiveAction} className="space-y-2">
                    <input type="hidden" name="id" value={c.id} />
                    <button name="command" value={c.isActive ? 'deactivate' : 'activate'} className={`${button} border ${c.isActive ? 'border-red-700 text-red-800' : 'border-green-700 text-green-800'} bg-white`}>
                      {c.isActive ? t('deactivate') : t('activate')}
                    </button>
                  </FormShell>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="space-y-3">
        <h2 className="text-2xl font-bold text-brand-900">{t('officesTitle')}</h2>
        <details className={card}>
          <summary className={summary}>{t('addOffice')}</summary>
          <OfficeForm areas={areas} categories={categories} locale={locale} />
        </details>
        {offices.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('officesEmpty')}</p>}
        <ul className="space-y-2">
          {offices.map((o) => (
            <li key={o.id} className={card} data-testid="office-item">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-bold">{o.nameBn}</p>
                <span className="text-sm text-stone-600">
                  {areaName(o.area, locale)}
                  {o.status !== 'ACTIVE' && ` · ${t(o.status === 'SUSPENDED' ? 'suspended' : 'notPublic')}`}
                </span>
              </div>
              <p className="text-sm">
                {o.designation && `${o.designation} · `}
                <span className="whitespace-nowrap">{formatPhone(o.phone, locale)}</span>
              </p>
              <details>
                <summary className={summary}>{t('edit')}</summary>
                <OfficeForm areas={areas} categories={categories} locale={locale} office={o} />
              </details>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
