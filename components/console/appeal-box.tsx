// What the owner of a suspended profile, shop or product sees on the dashboard: why the officer
// suspended it, their appeal and its answer, and — once per suspension — a form to appeal.
// Renders nothing when the record is not suspended or not the signed-in person's.
import { getTranslations } from 'next-intl/server';
import { FieldError, FormShell } from '@/components/forms/form-shell';
import { getCurrentUser } from '@/lib/auth/session';
import { getAppealBox } from '@/lib/console/appeals';
import { fileAppealAction } from '@/lib/console/appeals-actions';
import type { RecordSubject } from '@/lib/console/records';
import { formatDateTime, type Locale } from '@/lib/i18n/format';

export async function AppealBox({ subject, subjectId, locale, name }: { subject: RecordSubject; subjectId: string; locale: Locale; /** A product's name, for its heading. */ name?: string }) {
  const user = await getCurrentUser();
  const box = user ? await getAppealBox(user.id, subject, subjectId) : null;
  if (!box) return null;
  const t = await getTranslations('Appeal');
  const { appeal } = box;
  return (
    <section className="space-y-3 rounded-2xl border border-red-300 bg-red-50 p-4" data-testid="appeal-box">
      <h2 className="text-lg font-bold text-red-900">{t(`title_${subject}`, { name: name ?? '' })}</h2>
      <p>
        <span className="font-semibold">{t('because')}</span> <span className="whitespace-pre-line break-words">{box.reason ?? t('noReason')}</span>
      </p>
      {appeal && (
        <div className="space-y-1 rounded-lg bg-white p-3 text-sm" data-testid="appeal-state">
          <p className="font-semibold">
            {t(`state_${appeal.status}`)} <span className="font-normal text-stone-600">· {formatDateTime(appeal.decidedAt ?? appeal.createdAt, locale)}</span>
          </p>
          {appeal.decision && (
            <p>
              <span className="font-semibold">{t('officerWrote')}</span> <span className="whitespace-pre-line break-words">{appeal.decision}</span>
            </p>
          )}
          <details>
            <summary className="flex min-h-12 cursor-pointer items-center text-brand-800">{t('yourAppeal')}</summary>
            <p className="whitespace-pre-line break-words text-stone-700">{appeal.text}</p>
          </details>
        </div>
      )}
      {box.canAppeal && (
        <FormShell action={fileAppealAction} submitLabel={t('send')} pendingLabel={t('sending')} className="space-y-2">
          <input type="hidden" name="subject" value={subject} />
          <input type="hidden" name="subjectId" value={subjectId} />
          <label className="block font-semibold">
            {t('textLabel')}
            <textarea name="text" rows={4} maxLength={1000} className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base" />
          </label>
          <FieldError name="text" />
          <p className="text-sm text-stone-700">{t('once')}</p>
        </FormShell>
      )}
    </section>
  );
}
