// A provider's work photos, each with its caption to change and a remove button (plain forms that
// post to `update` with photoId, caption and remove=1): her own dashboard and a UDC operator's page.
import { getTranslations } from 'next-intl/server';
import { mediaUrl } from '@/lib/media/local-store';

type Photo = { id: string; caption: string | null; media: Parameters<typeof mediaUrl>[0] };

const input = 'mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3 text-lg';

export async function WorkPhotoList({ photos, update, columns = 'sm:grid-cols-2' }: { photos: Photo[]; update: (form: FormData) => Promise<void>; columns?: string }) {
  const t = await getTranslations('Dashboard');
  return (
    <ul className={`grid gap-3 ${columns}`} data-testid="work-photos">
      {photos.map((photo) => (
        <li key={photo.id} className="rounded-xl border border-stone-200 bg-white p-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- already a sized WebP thumbnail */}
          <img src={mediaUrl(photo.media, true)} alt={photo.caption ?? ''} width={480} height={360} className="aspect-[4/3] w-full rounded-lg object-cover" />
          <form action={update} className="mt-2 space-y-2">
            <input type="hidden" name="photoId" value={photo.id} />
            <input name="caption" aria-label={t('caption')} maxLength={120} defaultValue={photo.caption ?? ''} className={input} />
            <div className="flex gap-2">
              <button className="inline-flex min-h-12 flex-1 items-center justify-center rounded-lg border border-stone-300">{t('saveCaption')}</button>
              <button name="remove" value="1" className="inline-flex min-h-12 items-center justify-center rounded-lg border border-red-700 px-3 text-red-800">
                {t('remove')}
              </button>
            </div>
          </form>
        </li>
      ))}
    </ul>
  );
}
