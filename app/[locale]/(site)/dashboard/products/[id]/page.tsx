import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SuspendedView } from '@/components/console/suspended-view';
import { PhotoUploader } from '@/components/directory/photo-uploader';
import { ProductForm } from '@/components/shops/product-form';
import { Link } from '@/components/ui/link';
import { pageUser } from '@/lib/auth/page-guards';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/format';
import { mediaUrl } from '@/lib/media/local-store';
import { attachProductPhotoAction, removeProductPhotoAction } from '@/lib/shops/actions';
import { getOwnProduct } from '@/lib/shops/manage';
import { MAX_PRODUCT_PHOTOS } from '@/lib/shops/schemas';
import { shopLink } from '@/lib/tenancy/urls';
import { uploadErrors } from '../../upload-errors';

export default async function EditProductPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ created?: string; copied?: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('ShopDashboard');
  const user = await pageUser(locale, '/dashboard/products');
  // Someone else's product (or none) is simply not found: ids reveal nothing.
  const product = await getOwnProduct(user, id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'notFound') notFound();
    throw error;
  });
  if (product.shop.status === 'SUSPENDED') return <SuspendedView subject="SHOP" subjectId={product.shop.id} locale={locale} title={product.nameBn} />;
  const notice = (await searchParams).created ? t('createdNotice') : (await searchParams).copied ? t('copiedNotice') : null;
  return (
    <div className="space-y-5">
      {notice && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {notice}
        </p>
      )}
      <h1 className="text-2xl font-bold text-brand-900">{product.nameBn}</h1>
      {product.status === 'ACTIVE' && (
        <a href={`${shopLink(product.shop.slug, locale)}/p/${product.slug}`} className="inline-flex min-h-12 items-center font-semibold text-brand-700 underline">
          {t('viewInShop')}
        </a>
      )}
      <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">{t('photos')}</h2>
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          {product.photos.map((photo) => (
            <li key={photo.id} className="space-y-2">
              {/* eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail */}
              <img src={mediaUrl(photo.media, true)} alt="" width={240} height={180} className="aspect-[4/3] w-full rounded-lg object-cover" data-testid="product-photo" />
              <form action={removeProductPhotoAction}>
                <input type="hidden" name="photoId" value={photo.id} />
                <button className="inline-flex min-h-12 w-full items-center justify-center rounded-lg border border-red-700 text-red-800">{t('remove')}</button>
              </form>
            </li>
          ))}
        </ul>
        {product.photos.length < MAX_PRODUCT_PHOTOS && (
          <PhotoUploader
            attach={attachProductPhotoAction.bind(null, product.id)}
            purpose="PRODUCT_PHOTO"
            labels={{ file: t('addPhoto'), upload: t('upload'), uploading: t('uploading') }}
            errors={await uploadErrors()}
          />
        )}
      </section>
      <ProductForm product={product} locale={locale} />
      <Link href="/dashboard/products" className="inline-flex min-h-12 items-center font-semibold text-brand-700">
        ← {t('products')}
      </Link>
    </div>
  );
}
