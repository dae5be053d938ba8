'use client';

// The console's tabs: the page she is on is marked (aria-current="page" and a filled tab), so an
// officer always sees where she is. Client only for the current path (the layout cannot know it).
import NextLink from 'next/link';
import { usePathname } from 'next/navigation';
import { pathInLocale } from '@/lib/i18n/routing';

export interface ConsoleTab {
  /** The bare path, `/console/…`. */
  path: string;
  /** The path in the page's language. */
  href: string;
  label: string;
}

export function ConsoleNav({ tabs, label }: { tabs: ConsoleTab[]; label: string }) {
  // The bare path, whichever language (and whether or not a rewrite's /bn shows through).
  const current = pathInLocale((usePathname() ?? '/').replace(/^\/bn(?=\/|$)/, ''), 'bn');
  // The longest tab path that is the current page or one of its parents (/console/records/… → records).
  const active = tabs
    .filter((tab) => current === tab.path || (tab.path !== '/console' && current.startsWith(`${tab.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
  return (
    <nav className="my-3 flex flex-wrap gap-2 text-sm" aria-label={label} data-testid="console-nav">
      {tabs.map((tab) => (
        <NextLink
          key={tab.path}
          href={tab.href}
          prefetch={false}
          aria-current={tab.path === active ? 'page' : undefined}
          className={`inline-flex min-h-12 items-center rounded-lg border px-3 font-semibold ${
            tab.path === active ? 'border-brand-700 bg-brand-700 text-white underline decoration-2 underline-offset-4' : 'border-stone-300 bg-white hover:border-brand-600'
          }`}
        >
          {tab.label}
        </NextLink>
      ))}
    </nav>
  );
}
