'use client';

// The one piece of client JavaScript in the header: it knows the current path, so switching the
// language keeps the page (and its query string).
import { usePathname } from 'next/navigation';
import { pathInLocale, type AppLocale } from '@/lib/i18n/routing';

export function LocaleSwitch({ to, label, title }: { to: AppLocale; label: string; title: string }) {
  const pathname = usePathname() ?? '/';
  const href = pathInLocale(pathname, to);
  return (
    <a
      href={href}
      hrefLang={to}
      lang={to}
      title={title}
      onClick={(event) => {
        if (typeof window !== 'undefined' && window.location.search) {
          event.preventDefault();
          window.location.assign(href + window.location.search);
        }
      }}
      className="inline-flex min-h-12 items-center rounded-lg border border-white/40 px-3 text-sm font-semibold text-white hover:bg-white/10"
    >
      {label}
    </a>
  );
}
