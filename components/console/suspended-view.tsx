// What a dashboard page shows instead of its edit forms while an officer has the profile or shop
// suspended: that it cannot be changed, why, and the appeal. The data layer refuses the writes too.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { RecordSubject } from '@/lib/console/records';
import type { Locale } from '@/lib/i18n/format';
import { AppealBox } from './appeal-box';

export async function SuspendedView({ subject, subjectId, locale, title }: { subject: RecordSubject; subjectId: string; locale: Locale; title: string }) {
  const [errors, t] = await Promise.all([getTranslations('Errors'), getTranslations('ShopDashboard')]);
  return (
    <div className="space-y-4" data-testid="read-only">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      <p role="status" className="rounded-xl bg-amber-50 p-4 font-semibold text-amber-950">
        {errors('suspended')}
      </p>
      <AppealBox subject={subject} subjectId={subjectId} locale={locale} />
      <Link href="/dashboard" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('backToDashboard')}
      </Link>
    </div>
  );
}
