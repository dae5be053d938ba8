// "Report a problem": the reasons and details form for anything public (a provider, shop,
// product, rental, animal or review; a kind may word a reason its own way: reason_<KIND>_<REASON>), posting to the one report action (lib/directory/review-actions.ts).
// The same bytes for every visitor, so it sits on cached pages too; guests are limited per client.
import { getTranslations } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { TextArea } from '@/components/forms/text-field';
import { reportAction } from '@/lib/directory/review-actions';
import { REPORT_REASONS, type Reportable } from '@/lib/directory/reviews';

export async function ReportForm({ subject }: { subject: { type: Reportable; id: string } }) {
  const t = await getTranslations('ProviderPage');
  return (
    <FormShell action={reportAction.bind(null, subject)} submitLabel={t('submitReport')}>
      <label className="block font-semibold">
        {t('reportReason')}
        <select name="reason" defaultValue="" className="mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3">
          <option value="" disabled>
            —
          </option>
          {REPORT_REASONS.map((r) => (
            <option key={r} value={r}>
              {t.has(`reason_${subject.type}_${r}` as never) ? t(`reason_${subject.type}_${r}` as never) : t(`reason_${r}`)}
            </option>
          ))}
        </select>
      </label>
      <FieldError name="reason" />
      <TextArea name="details" label={t('reportDetails')} rows={2} maxLength={500} />
    </FormShell>
  );
}

/** The form folded under its summary line, for the foot of a page. */
export async function ReportDetails({ subject, label }: { subject: { type: Reportable; id: string }; label?: string }) {
  const t = await getTranslations('ProviderPage');
  return (
    <details className="rounded-xl border border-stone-200 bg-white p-3" data-testid="report-box">
      <summary className="inline-flex min-h-12 cursor-pointer items-center gap-2 font-semibold text-red-800">{label ?? t('report')}</summary>
      <ReportForm subject={subject} />
    </details>
  );
}
