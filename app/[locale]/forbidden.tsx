import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';

// 403: a signed-in person asked for a page their account may not open (e.g. a buyer at /console).
export default async function Forbidden() {
  const t = await getTranslations('Forbidden');
  return (
    <div className="px-4 py-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-stone-700">{t('body')}</p>
      <Link href="/" className="mt-4 inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white">
        {t('home')}
      </Link>
    </div>
  );
}
