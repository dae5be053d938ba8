'use client';

// Adds one photo: the file goes to /api/uploads (which re-encodes it and strips its metadata),
// then the server action attaches it (a provider's work photo, a product photo, a shop's logo…).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { PhotoField, type PhotoFieldLabels } from '@/components/forms/photo-field';
import type { ActionResult } from '@/lib/forms/action-result';

export type PhotoPurpose = 'PROVIDER_PHOTO' | 'PRODUCT_PHOTO' | 'SHOP_LOGO' | 'SHOP_BANNER' | 'RENTAL_PHOTO' | 'LIVESTOCK_PHOTO' | 'TRAINING_PHOTO' | 'DOCUMENT';

export function PhotoUploaderForm({
  attach,
  labels,
  picker,
  errors,
  purpose,
}: {
  attach: (mediaId: string, caption: string) => Promise<ActionResult>;
  /** Without a caption label, no caption field is shown. */
  labels: { file: string; caption?: string; upload: string; uploading: string };
  picker: PhotoFieldLabels;
  errors: Record<string, string>;
  purpose: PhotoPurpose;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, startTransition] = useTransition();

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      setMessage(errors.empty ?? null);
      return;
    }
    startTransition(async () => {
      setMessage(null);
      const body = new FormData();
      body.set('file', file);
      body.set('purpose', purpose);
      const res = await fetch('/api/uploads', { method: 'POST', body }).catch(() => null);
      const json = (await res?.json().catch(() => null)) as { id?: string; error?: string } | null;
      if (!res?.ok || !json?.id) {
        setMessage(errors[json?.error ?? 'generic'] ?? errors.generic ?? null);
        return;
      }
      const attached = await attach(json.id, String(data.get('caption') ?? ''));
      if (!attached.ok) {
        setMessage(attached.message ?? errors.generic ?? null);
        return;
      }
      form.reset();
      router.refresh();
    });
  }

  return (
    <form
      className="space-y-3 rounded-xl border border-dashed border-brand-600 bg-brand-50 p-4"
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
    >
      {message && (
        <p role="alert" className="rounded-lg bg-red-50 p-3 font-semibold text-red-800">
          {message}
        </p>
      )}
      <PhotoField name="file" label={labels.file} labels={picker} />
      {labels.caption && (
        <label className="block font-semibold">
          {labels.caption}
          <input name="caption" maxLength={120} className="mt-1 block min-h-12 w-full rounded-lg border border-stone-300 bg-white px-3" />
        </label>
      )}
      <button disabled={busy} className="inline-flex min-h-12 w-full items-center justify-center rounded-lg bg-brand-700 px-4 font-semibold text-white disabled:opacity-60">
        {busy ? labels.uploading : labels.upload}
      </button>
    </form>
  );
}
