'use client';

// The one file picker: a Bengali "ছবি বাছুন" button with the chosen file's name (or "কোনো ছবি
// বাছা হয়নি") instead of the browser's "Choose File / No file chosen". The real input stays in
// the label, focusable and named by it, only drawn as the button; before the script runs (or
// without it) the browser's own picker is shown, so the form works either way.
import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { Icon } from '@/components/ui/icon';
import { formatNumber, type Locale } from '@/lib/i18n/format';

export interface PhotoFieldLabels {
  /** The button: "ছবি বাছুন". */
  choose: string;
  /** Nothing chosen yet: "কোনো ছবি বাছা হয়নি". */
  none: string;
  /** More than one chosen, "{count}" replaced: "{count}টি ছবি বাছা হয়েছে". */
  chosen: string;
  locale: Locale;
}

const noSubscription = () => () => {};
const IMAGE_TYPES = 'image/jpeg,image/png,image/webp';

export function PhotoField({ name, label, labels, multiple = false, accept = IMAGE_TYPES }: { name: string; label: string; labels: PhotoFieldLabels; multiple?: boolean; accept?: string }) {
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const [files, setFiles] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const statusId = useId();

  // The form's reset (after an upload) empties the input without a change event.
  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const clear = () => setFiles([]);
    form.addEventListener('reset', clear);
    return () => form.removeEventListener('reset', clear);
  }, []);

  const status = files.length === 0 ? labels.none : files.length === 1 ? files[0]! : `${labels.chosen.replace('{count}', formatNumber(files.length, labels.locale))}: ${files.join(', ')}`;
  return (
    <div>
      <label className="block font-semibold">
        {label}
        <input
          ref={input}
          name={name}
          type="file"
          accept={accept}
          multiple={multiple}
          onChange={(event) => setFiles([...(event.currentTarget.files ?? [])].map((f) => f.name))}
          aria-describedby={scripted ? statusId : undefined}
          className={scripted ? 'peer sr-only' : 'mt-1 block min-h-12 w-full text-base font-normal'}
          data-testid="photo-input"
        />
        {scripted && (
          <span
            aria-hidden
            className="mt-1 inline-flex min-h-12 cursor-pointer items-center gap-2 rounded-lg border border-brand-700 bg-white px-4 text-brand-800 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-700 hover:bg-brand-50"
          >
            <Icon name="camera" className="size-5" />
            {labels.choose}
          </span>
        )}
      </label>
      {scripted && (
        <p id={statusId} aria-live="polite" className="mt-1 text-sm break-all text-stone-700" data-testid="photo-chosen">
          {status}
        </p>
      )}
    </div>
  );
}
