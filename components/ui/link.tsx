// A link to an app page in the current language, for server components. It wraps next/link
// directly instead of next-intl's Link, which needs a client-side provider (and its JavaScript).
import NextLink from 'next/link';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { localizeHref, type Href } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';

type Props = Omit<ComponentProps<typeof NextLink>, 'href'> & { href: Href };

export async function Link({ href, prefetch = false, ...rest }: Props) {
  const locale = (await getLocale()) as AppLocale;
  return <NextLink href={localizeHref(href, locale)} prefetch={prefetch} {...rest} />;
}
