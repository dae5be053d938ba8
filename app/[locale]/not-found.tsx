import { getTranslations } from 'next-intl/server';
import { MessagePage } from '@/components/layout/message-page';

export default async function NotFound() {
  const t = await getTranslations('NotFound');
  return <MessagePage title={t('title')} body={t('body')} home={t('home')} />;
}
