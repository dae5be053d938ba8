'use client';

// The live preview beside the shop settings: as she types her shop's name or picks a colour, the
// top of her storefront changes with it. It reads the form by id, so the fields stay plain HTML.
import { useEffect, useState } from 'react';

export function ShopPreview({ formId, initial, label }: { formId: string; initial: { name: string; colour: string; story: string; logo?: string }; label: string }) {
  const [view, setView] = useState(initial);
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const read = () => {
      const data = new FormData(form);
      setView((v) => ({ ...v, name: String(data.get('nameBn') ?? '') || v.name, colour: String(data.get('themeColor') ?? v.colour), story: String(data.get('story') ?? '') }));
    };
    form.addEventListener('input', read);
    form.addEventListener('change', read);
    return () => {
      form.removeEventListener('input', read);
      form.removeEventListener('change', read);
    };
  }, [formId]);
  return (
    <figure className="overflow-hidden rounded-xl border border-stone-300 bg-stone-50" aria-live="polite">
      <figcaption className="bg-stone-200 px-3 py-1 text-xs font-semibold uppercase tracking-wide text-stone-700">{label}</figcaption>
      <div className="flex items-center gap-3 px-3 py-3 text-white" style={{ backgroundColor: view.colour }}>
        {view.logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- the seller's own logo thumbnail
          <img src={view.logo} alt="" width={40} height={40} className="size-10 rounded-full border-2 border-white object-cover" />
        ) : (
          <span className="size-10 rounded-full border-2 border-white/70" />
        )}
        <span className="truncate text-lg font-bold">{view.name}</span>
      </div>
      {view.story && <p className="line-clamp-3 whitespace-pre-line px-3 py-2 text-sm text-stone-800">{view.story}</p>}
    </figure>
  );
}
