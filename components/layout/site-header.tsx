import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { localizeHref } from '@/lib/i18n/href';
import type { AppLocale } from '@/lib/i18n/routing';
import { LocaleSwitch } from './locale-switch';
import { SearchBox } from './search-box';
import { AccountLink, ConsoleLink } from './visitor-hints';

export async function SiteHeader({ locale, districtName }: { locale: AppLocale; districtName?: string }) {
  const t = await getTranslations('Nav');
  const saved = await getTranslations('Saved');
  return (
    <header className="bg-brand-700 text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-stone-900">
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-3 px-4 py-2">
        <Link href="/" className="flex min-h-12 min-w-12 items-center gap-2" aria-label={districtName ? `${t('brand')} — ${districtName}` : t('brand')}>
          <span className="text-2xl font-bold tracking-tight">{t('brand')}</span>
          {districtName && <span className="rounded-md bg-white/15 px-2 py-0.5 text-sm">{districtName}</span>}
        </Link>
        <nav className="flex flex-wrap items-center justify-end gap-1">
          <Link href="/shops" className="inline-flex min-h-12 items-center rounded-lg px-2 text-sm font-semibold hover:bg-white/10">
            {t('shops')}
          </Link>
          <Link href="/saved" className="inline-flex min-h-12 items-center gap-1 rounded-lg px-2 text-sm font-semibold hover:bg-white/10" aria-label={saved('title')}>
            <Icon name="bookmark" className="size-5" />
            {saved('nav')}
          </Link>
          {/* Officers and admins only, shown by the browser from the hint (the page is the same for everyone). */}
          <ConsoleLink href={localizeHref('/console', locale)} label={t('console')} />
          {/* The same for everyone on a cached page; the browser shows her name when she is signed in. */}
          <AccountLink accountHref={localizeHref('/account', locale)} signInLabel={t('signIn')} accountLabel={t('account')} icon={<Icon name="user-round" className="size-5" />} />
          <LocaleSwitch to={locale === 'bn' ? 'en' : 'bn'} label={t('switchLanguage')} title={t('switchLanguageLabel')} />
        </nav>
      </div>
      {/* One search box on every page; a plain GET form, so it works without JavaScript. */}
      <form action={localizeHref('/search', locale)} method="get" role="search" className="mx-auto flex max-w-5xl gap-2 px-4 pb-3">
        <SearchBox label={t('search')} placeholder={t('searchPlaceholder')} locale={locale} />
        <button className="inline-flex min-h-12 min-w-12 items-center justify-center rounded-lg bg-amber-400 px-3 font-semibold text-stone-900" aria-label={t('search')}>
          <Icon name="search" className="size-5" />
        </button>
      </form>
    </header>
  );
}
