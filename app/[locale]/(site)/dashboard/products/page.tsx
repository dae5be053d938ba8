import { redirect } from 'next/navigation';
import { SuspendedView } from '@/components/console/suspended-view';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EarliestDay } from '@/components/shops/storefront-bits';
import { Icon } from '@/components/ui/icon';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { formatTaka, type Locale } from '@/lib/i18n/format';
import { localizeHref } from '@/lib/i18n/href';
import { mediaUrl } from '@/lib/media/local-store';
import { productCommandAction } from '@/lib/shops/actions';
import { getOwnShop } from '@/lib/shops/manage';
import { getStorefrontProducts } from '@/lib/shops/storefront';

const small = 'inline-flex min-h-12 min-w-12 items-center justify-center gap-1 rounded-lg border border-stone-300 bg-white px-3 text-sm font-semibold';

export default async function ProductsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ShopDashboard');
  const user = await pageUser(locale, '/dashboard/products');
  const shop = await getOwnShop(user.id);
  if (!shop) redirect(localizeHref('/dashboard/shop/new', locale));
  if (shop.status === 'SUSPENDED') return <SuspendedView subject="SHOP" subjectId={shop.id} locale={locale} title={shop.nameBn} />;
  const earliest = new Map((await getStorefrontProducts(shop)).map((p) => [p.id, p.earliest]));
  const products = shop.products;

  const command = (productId: string, name: string, label: string, icon: string | null, extra = '') => (
    <form action={productCommandAction}>
      <input type="hidden" name="productId" value={productId} />
      <button name="command" value={name} className={`${small} ${extra}`} aria-label={icon ? label : undefined} title={label}>
        {icon ? <Icon name={icon} className="size-5" /> : label}
      </button>
    </form>
  );

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t('products')}</h1>
      <Link href="/dashboard/products/new" className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-lg bg-brand-700 px-4 text-lg font-semibold text-white">
        + {t('addProduct')}
      </Link>
      {products.length === 0 && <p className="rounded-xl border border-stone-200 bg-white p-4">{t('noProductsYet')}</p>}
      <ol className="space-y-3">
        {products.map((p, i) => (
          <li key={p.id} className="space-y-2 rounded-xl border border-stone-200 bg-white p-3 shadow-sm" data-testid="dashboard-product">
            <div className="flex gap-3">
              {p.photos[0] ? (
                // eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail
                <img src={mediaUrl(p.photos[0].media, true)} alt="" width={80} height={60} className="h-16 w-20 shrink-0 rounded-lg object-cover" />
              ) : (
                <span className="flex h-16 w-20 shrink-0 items-center justify-center rounded-lg bg-stone-100 text-stone-400">
                  <Icon name="package" />
                </span>
              )}
              <div className="min-w-0 flex-1">
                <p className="font-bold">{p.nameBn}</p>
                <p className="text-sm">
                  {formatTaka(p.pricePoisha, locale)} · <span className="font-semibold">{t(`product${p.status}`)}</span>
                  {!p.isAvailable && <span className="font-semibold text-red-800"> · {t('soldOut')}</span>}
                </p>
                {p.status === 'ACTIVE' && <EarliestDay day={earliest.get(p.id) ?? null} locale={locale} className="text-sm" />}
              </div>
            </div>
            <div className="flex flex-wrap gap-2">
              <Link href={`/dashboard/products/${p.id}`} className={`${small} border-brand-700 text-brand-800`}>
                {t('edit')}
              </Link>
              {p.status === 'ACTIVE' ? command(p.id, 'hide', t('hide'), null) : p.status !== 'SUSPENDED' && command(p.id, 'publish', t('publish'), null, 'border-green-700 text-green-800')}
              {command(p.id, p.isAvailable ? 'soldOut' : 'available', p.isAvailable ? t('markSoldOut') : t('markAvailable'), null)}
              {command(p.id, 'duplicate', t('duplicate'), null)}
              {i > 0 && command(p.id, 'up', t('moveUp'), 'chevron-right', '[&_svg]:-rotate-90')}
              {i < products.length - 1 && command(p.id, 'down', t('moveDown'), 'chevron-right', '[&_svg]:rotate-90')}
            </div>
          </li>
        ))}
      </ol>
      <Link href="/dashboard" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('backToDashboard')}
      </Link>
    </div>
  );
}
