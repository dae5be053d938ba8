// One audit log entry as a card: when, who, what on which record, why, and what changed. Cards
// rather than a wide table, so a phone shows the whole entry without sideways scrolling.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { AuditRow } from '@/lib/console/audit-queries';
import { auditWords } from '@/lib/console/audit-words';
import { formatClock, formatDate, formatPhone, type Locale } from '@/lib/i18n/format';

/** "২৩ নভে, ২০২৬, সকাল ১০:০৫": the day with its year and the Bangladesh time. */
export function auditWhen(instant: Date, locale: Locale): string {
  const hhmm = new Date(instant.getTime() + 6 * 60 * 60 * 1000).toISOString().slice(11, 16);
  return `${formatDate(instant, locale, 'short')}, ${formatClock(hhmm, locale)}`;
}

export async function AuditEntry({ row, locale }: { row: AuditRow; locale: Locale }) {
  const t = await getTranslations('ConsoleAudit');
  const subject = t('subjectName', { subject: row.subject });
  const words = auditWords(locale);
  return (
    <article className="space-y-1 rounded-xl border border-stone-200 bg-white p-3" data-testid="audit-entry" data-id={row.id}>
      <p className="flex flex-wrap justify-between gap-x-3 text-sm text-stone-600">
        <time dateTime={row.createdAt.toISOString()}>{auditWhen(row.createdAt, locale)}</time>
        <span>
          {row.actor ? (
            <>
              <span className="font-semibold text-stone-900">{row.actor.name}</span> · <span className="whitespace-nowrap">{formatPhone(row.actor.phone, locale)}</span>
            </>
          ) : (
            t('system')
          )}
        </span>
      </p>
      <p className="flex flex-wrap items-center gap-x-2">
        <span className="font-bold">{words.action(row.action)}</span>
        {row.href ? (
          <Link href={row.href} className="inline-flex min-h-12 items-center gap-1 font-semibold text-brand-800 underline">
            {subject} {row.name ?? <span className="font-mono text-xs break-all">{row.subjectId}</span>}
          </Link>
        ) : (
          <span>
            {subject} {row.name ?? <span className="font-mono text-xs break-all">{row.subjectId}</span>}
          </span>
        )}
        {row.area && <span className="text-stone-600">{locale === 'en' ? row.area.nameEn : row.area.nameBn}</span>}
      </p>
      {row.reason && (
        <p>
          <span className="font-semibold">{t('reason')}:</span> {row.reason}
        </p>
      )}
      {row.changes.length > 0 && (
        <ul className="space-y-0.5 text-sm" aria-label={t('change')}>
          {row.changes.map((change) => (
            <li key={change.field} className="break-words">
              <span className="font-semibold text-stone-700">{words.field(change.field)}</span>:{' '}
              <del className="bg-red-50 text-red-900">{words.value(change.from) ?? t('empty')}</del> →{' '}
              <ins className="bg-green-50 text-green-900 no-underline">{words.value(change.to) ?? t('empty')}</ins>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
