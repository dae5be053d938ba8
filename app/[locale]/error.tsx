'use client';

// Shown when a page fails on the server. Client-side, so it carries its two short texts itself
// rather than shipping the whole message catalogue to every browser.
import { useParams } from 'next/navigation';

const text = {
  bn: { title: 'কিছু একটা ভুল হয়েছে', body: 'একটু পরে আবার চেষ্টা করুন। সমস্যা থাকলে আমাদের জানান।', retry: 'আবার চেষ্টা করুন' },
  en: { title: 'Something went wrong', body: 'Please try again in a moment. If it keeps happening, let us know.', retry: 'Try again' },
};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale?: string }>();
  const t = locale === 'en' ? text.en : text.bn;
  return (
    <div className="px-4 py-10">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-2 text-stone-700">{t.body}</p>
      <button type="button" onClick={reset} className="mt-4 inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white">
        {t.retry}
      </button>
    </div>
  );
}
