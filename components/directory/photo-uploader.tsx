// Adds one photo (a provider's work photo, a product photo, a shop's logo…): the form itself is
// the client island beside it; this gives it the file picker's words in the page's language.
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/format';
import type { ComponentProps } from 'react';
import { PhotoUploaderForm, type PhotoPurpose } from './photo-uploader-form';

type Props = Omit<ComponentProps<typeof PhotoUploaderForm>, 'picker' | 'purpose'> & { purpose?: PhotoPurpose };

export async function PhotoUploader({ purpose = 'PROVIDER_PHOTO', ...props }: Props) {
  const t = await getTranslations('PhotoField');
  return <PhotoUploaderForm {...props} purpose={purpose} picker={{ choose: t('choose'), none: t('none'), chosen: t.raw('chosen') as string, locale: (await getLocale()) as Locale }} />;
}
