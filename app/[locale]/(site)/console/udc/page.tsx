import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { inputClass, TextField } from '@/components/forms/text-field';
import { pageScope } from '@/lib/auth/page-guards';
import { areaName } from '@/lib/geo/queries';
import { formatDate, formatNumber, formatPhone, type Locale } from '@/lib/i18n/format';
import { appointOperatorAction, endOperatorAction } from '@/lib/udc/actions';
import { listUdcs, udcUnions, type KindCounts } from '@/lib/udc/operators';

const card = 'space-y-2 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm';

// The Union Digital Centres of the officer's area (issue #19): appoint an account as a centre's
// operator for one union, end an appointment, and see each centre's numbers of registrations.
export default async function UdcConsolePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ done?: string | string[]; at?: string | string[] }> }) {
  const { locale } = await params;
  const { done, at } = await searchParams;
  // After an appointment or its end (the actions come back here with ?done=…): said once, above fresh forms.
  const doneKey = done === 'appointed' || done === 'ended' ? done : null;
  setRequestLocale(locale);
  const scope = await pageScope(locale, '/console/udc');
  const t = await getTranslations('Udc');
  const [udcs, unions] = await Promise.all([listUdcs(scope), udcUnions(scope)]);
  const counts = (c: KindCounts) =>
    (['PROVIDER', 'DONOR', 'SHOP'] as const)
      .filter((k) => c[k] > 0)
      .map((k) => `${t(`kind_${k}`)} ${formatNumber(c[k], locale)}`)
      .join(', ') || formatNumber(0, locale);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-900">{t('consoleTitle')}</h1>
      <p className="text-stone-700">{t('consoleLead')}</p>
      {doneKey && (
        <p role="status" className="rounded-lg bg-green-50 p-3 text-green-900" data-testid="udc-done">
          {t(doneKey)}
        </p>
      )}
      <section className={card}>
        <h2 className="text-lg font-bold">{t('appointHeading')}</h2>
        <p className="text-sm text-stone-600">{t('appointNote')}</p>
        <FormShell key={typeof at === 'string' ? at : 'appoint'} action={appointOperatorAction} submitLabel={t('appoint')} className="space-y-3">
          <TextField label={t('operatorPhone')} name="phone" inputMode="tel" autoComplete="off" maxLength={20} />
          <TextField label={t('centreName')} name="centreName" autoComplete="off" maxLength={80} />
          <label className="block font-semibold">
            {t('union')}
            <select name="unionId" defaultValue="" className={inputClass}>
              <option value="">{t('chooseUnion')}</option>
              {unions.map((u) => (
                <option key={u.id} value={u.id}>
                  {areaName(u, locale)}
                  {u.parent ? ` (${areaName(u.parent, locale)})` : ''}
                </option>
              ))}
            </select>
          </label>
          <FieldError name="unionId" />
        </FormShell>
      </section>

      {udcs.length === 0 ? (
        <p className="rounded-xl border border-stone-200 bg-white p-4">{t('noUdcs')}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-50">
              <tr>
                <th className="p-2">{t('colCentre')}</th>
                <th className="p-2">{t('colOperator')}</th>
                <th className="p-2">{t('colMonth')}</th>
                <th className="p-2">{t('colAll')}</th>
                <th className="p-2">{t('colPending')}</th>
                <th className="p-2" />
              </tr>
            </thead>
            <tbody>
              {udcs.map((u) => (
                <tr key={u.id} className="border-t border-stone-100 align-top" data-testid="udc-row">
                  <td className="p-2">
                    <p className="font-semibold">{u.centreName}</p>
                    <p className="text-stone-600">
                      {areaName(u.union, locale)}
                      {u.union.parent ? `, ${areaName(u.union.parent, locale)}` : ''}
                    </p>
                  </td>
                  <td className="p-2">
                    {u.user.name}
                    <br />
                    {formatPhone(u.user.phone, locale)}
                  </td>
                  <td className="p-2">{counts(u.numbers.month)}</td>
                  <td className="p-2" data-testid="udc-all">{counts(u.numbers.all)}</td>
                  <td className="p-2">{formatNumber(u.numbers.pending, locale)}</td>
                  <td className="p-2">
                    {u.active ? (
                      <details>
                        <summary className="flex min-h-12 cursor-pointer items-center font-semibold text-red-800">{t('end')}</summary>
                        <FormShell action={endOperatorAction} submitLabel={t('end')} className="space-y-2">
                          <input type="hidden" name="operatorId" value={u.id} />
                          <TextField label={t('endReason')} name="reason" maxLength={300} />
                        </FormShell>
                      </details>
                    ) : (
                      <span className="text-stone-600">
                        {u.endedAt ? t('endedOn', { date: formatDate(u.endedAt, locale, 'short') }) : null}
                        {u.endReason && <span className="block" data-testid="udc-end-reason">{t('endedWhy', { reason: u.endReason })}</span>}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
