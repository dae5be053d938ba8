// The sections of one training programme in the console, as tabs (the current one marked).
import { getTranslations } from 'next-intl/server';
import { ConsoleNav } from '@/components/console/console-nav';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

const SECTIONS = [
  ['', 'overview'],
  ['/candidates', 'candidates'],
  ['/trainees', 'trainees'],
  ['/attendance', 'attendance'],
] as const;

export async function TrainingTabs({ programmeId, locale }: { programmeId: string; locale: AppLocale }) {
  const t = await getTranslations('TrainingTabs');
  const base = `/console/training/${programmeId}`;
  return (
    <ConsoleNav
      label={t('label')}
      tabs={SECTIONS.map(([suffix, key]) => ({ path: `${base}${suffix}`, href: localizeHref(`${base}${suffix}`, locale), label: t(key) }))}
    />
  );
}
