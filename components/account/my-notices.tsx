// The parts the pages of notices people post under their account share ("my rentals", "my animals"):
// the list's head (title, lead, "deleted" note, the button to post a new one), a notice's thumbnail,
// and its photos with the uploader (lib/media) and a remove button each.
import { PhotoUploader } from '@/components/directory/photo-uploader';
import type { PhotoPurpose } from '@/components/directory/photo-uploader-form';
import { FormShell, type ActionResult } from '@/components/forms/form-shell';
import { Link } from '@/components/ui/link';
import { mediaUrl } from '@/lib/media/local-store';
import { uploadErrors } from '@/app/[locale]/(site)/dashboard/upload-errors';

type Media = Parameters<typeof mediaUrl>[0];

export function MyNoticesHead({ title, lead, deleted, newHref, newLabel }: { title: string; lead: string; deleted: string | null; newHref: string; newLabel: string }) {
  return (
    <>
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      <p className="text-stone-700">{lead}</p>
      {deleted && (
        <p role="status" className="rounded-xl bg-green-50 p-4 font-semibold text-green-900">
          {deleted}
        </p>
      )}
      <Link href={newHref} className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white">
        + {newLabel}
      </Link>
    </>
  );
}

/** The first photo of a notice in her list. */
export function NoticeThumb({ media }: { media: Media | undefined }) {
  if (!media) return null;
  // eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail
  return <img src={mediaUrl(media, true)} alt="" width={96} height={72} className="h-18 w-24 shrink-0 rounded-lg object-cover" />;
}

/** A notice's photos: each with a remove button, and the uploader while there is room; read-only when `editable` is false. */
export async function NoticePhotos({
  heading,
  photos,
  max,
  editable = true,
  purpose,
  attach,
  remove,
  labels,
  testId,
}: {
  heading: string;
  photos: { id: string; media: Media }[];
  max: number;
  editable?: boolean;
  purpose: PhotoPurpose;
  attach: (mediaId: string, caption: string) => Promise<ActionResult>;
  remove: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  labels: { file: string; upload: string; uploading: string; remove: string };
  testId: string;
}) {
  return (
    <section className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-bold">{heading}</h2>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        {photos.map((photo) => (
          <li key={photo.id} className="space-y-2">
            {/* eslint-disable-next-line @next/next/no-img-element -- sized WebP thumbnail */}
            <img src={mediaUrl(photo.media, true)} alt="" width={240} height={180} className="aspect-[4/3] w-full rounded-lg object-cover" data-testid={testId} />
            {editable && (
              <FormShell action={remove}>
                <input type="hidden" name="photoId" value={photo.id} />
                <button className="inline-flex min-h-12 w-full items-center justify-center rounded-lg border border-red-700 text-red-800">{labels.remove}</button>
              </FormShell>
            )}
          </li>
        ))}
      </ul>
      {editable && photos.length < max && <PhotoUploader attach={attach} purpose={purpose} labels={{ file: labels.file, upload: labels.upload, uploading: labels.uploading }} errors={await uploadErrors()} />}
    </section>
  );
}
