import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/message-page';

// 403: a signed-in person asked for a page their account may not open (e.g. a buyer at /console).
export default async function Forbidden() {
  const t = await getTranslations('Forbidden');
  return <MessagePage title={t('title')} body={t('body')} home={t('home')} />;
}
