import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { districtListPath } from '@/lib/directory/filter-paths';

/** Always within reach on the home page: 999 in one tap, then ambulances and the health line (of `district` when the page names one). */
export async function EmergencyStrip({ district }: { district?: string }) {
  const t = await getTranslations('Emergency');
  return (
    <section aria-label={t('strip')} className="bg-red-700 text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-2 px-4 py-2">
        <a href="tel:999" className="inline-flex min-h-12 items-center gap-2 rounded-lg bg-white px-4 font-bold text-red-700">
          <Icon name="siren" className="size-5" />
          {t('call999')}
        </a>
        <Link href={districtListPath('/c/ambulance', district)} className="inline-flex min-h-12 items-center gap-2 rounded-lg px-3 font-semibold hover:bg-white/10">
          <Icon name="ambulance" className="size-5" />
          {t('ambulance')}
        </Link>
        <a href="tel:16263" className="inline-flex min-h-12 items-center gap-2 rounded-lg px-3 font-semibold hover:bg-white/10">
          <Icon name="stethoscope" className="size-5" />
          {t('health')}
        </a>
        <Link href={districtListPath('/emergency', district)} className="inline-flex min-h-12 items-center gap-2 rounded-lg px-3 font-semibold underline hover:bg-white/10">
          {t('all')}
        </Link>
      </div>
    </section>
  );
}
