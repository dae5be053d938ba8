'use client';

// The header's search field with suggestions as you type (from /api/search). Without JavaScript
// it is a plain field in a GET form; with it, up to six matches appear under it as links, after
// the cards for the category or page the words name (/blood for "রক্ত", lib/search/leads.ts).
import { useEffect, useId, useRef, useState } from 'react';

interface Suggestion {
  type: string;
  id: string;
  title: string;
  subtitle: string;
  url: string;
}

interface Lead {
  url: string;
  title: string;
  text: string;
}

export function SearchBox({ label, placeholder, locale }: { label: string; placeholder: string; locale: string }) {
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Suggestion[]>([]);
  const [leads, setLeads] = useState<Lead[]>([]);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const shown = q.trim().length >= 2 ? items : [];
  const shownLeads = q.trim().length >= 2 ? leads : [];
  const latest = useRef(0);

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) return;
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/search?q=${encodeURIComponent(text)}&locale=${locale}`).catch(() => null);
      const body = (await res?.json().catch(() => null)) as { hits?: Suggestion[]; leads?: Lead[] } | null;
      // Answers can arrive out of order on a slow network: keep only the newest.
      if (ticket === latest.current) {
        setLeads(body?.leads?.slice(0, 2) ?? []);
        setItems(body?.hits?.slice(0, 6 - Math.min(2, body?.leads?.length ?? 0)) ?? []);
      }
    }, 200);
    return () => clearTimeout(timer);
  }, [q, locale]);

  return (
    <div className="relative min-w-0 flex-1">
      <label className="sr-only" htmlFor={`${listId}-input`}>
        {label}
      </label>
      <input
        id={`${listId}-input`}
        name="q"
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        placeholder={placeholder}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        role="combobox"
        aria-expanded={open && shown.length + shownLeads.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        className="min-h-12 w-full rounded-lg border-0 bg-white px-3 text-stone-900"
      />
      {open && shown.length + shownLeads.length > 0 && (
        <ul id={listId} role="listbox" className="absolute inset-x-0 top-full z-20 mt-1 overflow-hidden rounded-lg border border-stone-200 bg-white text-stone-900 shadow-lg">
          {shownLeads.map((lead) => (
            <li key={lead.url} role="option" aria-selected={false}>
              <a href={lead.url} className="block min-h-12 border-b border-stone-200 bg-brand-50 px-3 py-2 hover:bg-brand-100">
                <span className="block font-bold text-brand-900">{lead.title} →</span>
                <span className="block text-sm text-stone-600">{lead.text}</span>
              </a>
            </li>
          ))}
          {shown.map((item) => (
            <li key={`${item.type}-${item.id}`} role="option" aria-selected={false}>
              <a href={item.url} className="block min-h-12 px-3 py-2 hover:bg-brand-50">
                <span className="block font-semibold">{item.title}</span>
                <span className="block text-sm text-stone-600">{item.subtitle}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
