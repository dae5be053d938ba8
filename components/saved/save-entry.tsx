// The save button of a card, profile or storefront, with its words and icon rendered here (no
// icon code or message catalogue ships to the browser). On a storefront the list's address is the
// directory's absolute one: a shop's own host is another origin (save-button.tsx).
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import type { SavedEntry } from '@/lib/saved/entry';
import { rootOrigin } from '@/lib/tenancy/urls';
import { SaveButton } from './save-button';

export async function SaveEntry({ entry, locale, storefront = false, className }: { entry: SavedEntry; locale: AppLocale; storefront?: boolean; className?: string }) {
  const t = await getTranslations('Saved');
  const list = localizeHref('/saved', locale);
  return <SaveButton entry={entry} label={t('save')} listHref={storefront ? `${rootOrigin()}${list}` : list} icon={<Icon name="bookmark" className="size-5" />} className={className} />;
}
