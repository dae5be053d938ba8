'use client';

// The list on /saved, drawn from this phone's storage after hydration (the page itself is cached
// and the same for everyone, and the service worker keeps it for offline use): each saved provider
// or shop with its call and WhatsApp buttons, which work offline, and a button to take it off.
import { useEffect } from 'react';
import { parseSavedRef, type SavedEntry, type SavedText } from '@/lib/saved/entry';
import { ADD_HASH } from './save-button';
import { removeEntry, saveFromServer, syncWithAccount, useSavedList } from './saved-store';

export interface SavedListLabels {
  loading: string;
  empty: string;
  call: string;
  whatsapp: string;
  remove: string;
}

const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function SavedList({ locale, labels, icons }: { locale: 'bn' | 'en'; labels: SavedListLabels; icons: { phone: React.ReactNode; whatsapp: React.ReactNode; place: React.ReactNode } }) {
  const list = useSavedList();
  const say = (text: SavedText) => (locale === 'en' && text.en ? text.en : text.bn);
  const href = (e: SavedEntry) => (locale === 'en' && e.url.startsWith('/') ? `/en${e.url}` : e.url);
  useEffect(() => {
    // A provider or shop named by a storefront's save button (save-button.tsx): the link carries
    // its kind and id only, and what is kept is the public entry the server gives for them.
    const takeLink = () => {
      if (!location.hash.startsWith(ADD_HASH)) return;
      const ref = parseSavedRef(location.hash.slice(ADD_HASH.length));
      history.replaceState(null, '', location.pathname);
      if (ref) void syncWithAccount().then(() => saveFromServer(ref));
    };
    takeLink();
    void syncWithAccount();
    window.addEventListener('hashchange', takeLink);
    return () => window.removeEventListener('hashchange', takeLink);
  }, []);

  if (list === null) return <p className="text-stone-600">{labels.loading}</p>;
  if (list.length === 0) return <p className="rounded-xl border border-stone-200 bg-white p-4 text-stone-700" data-testid="saved-empty">{labels.empty}</p>;
  const button = 'inline-flex min-h-12 items-center gap-2 rounded-lg px-4 font-semibold';
  return (
    <ul className="space-y-3" data-testid="saved-list">
      {list.map((e) => (
        <li key={`${e.kind}:${e.id}`} className="rounded-xl border border-stone-200 bg-white p-3 shadow-sm" data-testid="saved-item">
          <h2 className="font-bold leading-snug">
            <a href={href(e)} className="underline decoration-stone-300 underline-offset-4 hover:text-brand-700">
              {say(e.name)}
            </a>
          </h2>
          {say(e.line) && <p className="text-sm text-stone-700">{say(e.line)}</p>}
          {say(e.area) && (
            <p className="inline-flex items-center gap-1 text-sm text-stone-600">
              {icons.place}
              {say(e.area)}
            </p>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            <a href={tel(e.phone)} className={`${button} bg-brand-700 text-white hover:bg-brand-800`} aria-label={`${labels.call}: ${say(e.name)}`}>
              {icons.phone}
              {labels.call}
            </a>
            {e.whatsapp && (
              <a href={`https://wa.me/${e.whatsapp.replace(/^\+/, '')}`} rel="noopener" className={`${button} border border-green-700 text-green-800 hover:bg-green-50`} aria-label={`${labels.whatsapp}: ${say(e.name)}`}>
                {icons.whatsapp}
                {labels.whatsapp}
              </a>
            )}
            <button type="button" onClick={() => removeEntry(e)} className={`${button} border border-stone-300 text-stone-800 hover:bg-stone-100`} aria-label={`${labels.remove}: ${say(e.name)}`}>
              {labels.remove}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
