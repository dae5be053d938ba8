import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import { mediaUrl } from '@/lib/media/local-store';
import type { listShops } from '@/lib/shops/queries';
import { shopLink } from '@/lib/tenancy/urls';
import type { AppLocale } from '@/lib/i18n/routing';

type Shop = Awaited<ReturnType<typeof listShops>>[number];

export async function ShopCard({ shop, locale }: { shop: Shop; locale: AppLocale }) {
  const t = await getTranslations('Shops');
  const name = locale === 'en' && shop.nameEn ? shop.nameEn : shop.nameBn;
  return (
    <a href={shopLink(shop.slug, locale)} data-testid="shop-card" className="flex min-h-20 gap-3 rounded-xl border border-stone-200 bg-white p-3 shadow-sm hover:border-brand-600">
      {shop.logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail
        <img src={mediaUrl(shop.logo, true)} alt="" width={64} height={64} loading="lazy" className="size-16 shrink-0 rounded-full object-cover" />
      ) : (
        <span className="flex size-16 shrink-0 items-center justify-center rounded-full text-white" style={{ backgroundColor: shop.themeColor }}>
          <Icon name="store" />
        </span>
      )}
      <span className="min-w-0">
        <span className="block font-bold">{name}</span>
        <span className="block text-sm text-stone-600">
          {locale === 'bn' ? shop.area.nameBn : shop.area.nameEn} · {t('products', { count: shop._count.products })}
        </span>
        {shop.story && <span className="mt-1 line-clamp-2 block text-sm text-stone-700">{shop.story}</span>}
      </span>
    </a>
  );
}
