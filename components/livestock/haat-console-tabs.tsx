// The cattle market's console sections: seasons & haats, listings, numbers.
import { getTranslations } from 'next-intl/server';
import { ChipLinks } from '@/components/ui/chip-links';

const TABS = [
  ['/console/haat', 'tabSeasons'],
  ['/console/haat/listings', 'tabListings'],
  ['/console/haat/numbers', 'tabNumbers'],
] as const;

export async function HaatConsoleTabs({ current }: { current: (typeof TABS)[number][0] }) {
  const t = await getTranslations('ConsoleHaat');
  return (
    <nav aria-label={t('title')}>
      <ChipLinks chips={TABS.map(([path, key]) => ({ key: path, href: path, label: t(key), active: path === current }))} />
    </nav>
  );
}
