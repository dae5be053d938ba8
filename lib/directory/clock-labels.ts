import { getTranslations } from 'next-intl/server';
import type { ClockLabels } from '@/components/directory/listing-clock';

/** The words a list's clock (components/directory/listing-clock.tsx) shows, in the page's language. */
export async function clockLabels(): Promise<ClockLabels> {
  const t = await getTranslations('OpenHours');
  return {
    open: t('open'),
    // Placeholders stay for the browser to fill at the moment the visitor looks.
    openUntil: t('openUntil', { time: '{time}' }),
    opensAt: t('opensAt', { time: '{time}' }),
    opensOn: t('opensOn', { day: '{day}', time: '{time}' }),
    opensDay: t('opensDay', { day: '{day}' }),
    closed: t('closed'),
    onlyOpen: t('onlyOpen'),
    near: t('near'),
    nearAny: t('nearAny'),
    days: t('days').split(','),
  };
}
