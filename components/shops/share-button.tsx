'use client';

// Sharing a shop or a product: the phone's own share sheet where there is one (most Android
// browsers), else WhatsApp and Facebook links, which work even before this script runs, and a
// copy-link button. Labels come as props: the app sends no messages to the client.
import { useState, useSyncExternalStore } from 'react';

export interface ShareLabels {
  share: string;
  copy: string;
  copied: string;
  whatsapp: string;
  facebook: string;
}

export const whatsappShareUrl = (url: string, text?: string) => `https://wa.me/?text=${encodeURIComponent(text ? `${text}\n${url}` : url)}`;
export const facebookShareUrl = (url: string) => `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;

const subscribeNever = () => () => {};
const canUseShareSheet = () => typeof navigator.share === 'function';
const hydrated = () => true;
const onServer = () => false;

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Plain http or an old WebView: the clipboard API is missing or refused.
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    const done = document.execCommand('copy');
    field.remove();
    return done;
  }
}

const button = 'inline-flex min-h-12 items-center justify-center gap-2 rounded-xl px-4 font-semibold';
const outline = `${button} border border-stone-300 bg-white text-stone-800 hover:bg-stone-100`;

function Svg({ children, className = '' }: { children: React.ReactNode; className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={`size-5 shrink-0 ${className}`} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {children}
    </svg>
  );
}

export function ShareButton({ url, title, text, labels, className = '' }: { url: string; title: string; text?: string; labels: ShareLabels; className?: string }) {
  const shareSheet = useSyncExternalStore(subscribeNever, canUseShareSheet, onServer);
  const scripted = useSyncExternalStore(subscribeNever, hydrated, onServer);
  const [sheetFailed, setSheetFailed] = useState(false);
  const [copied, setCopied] = useState(false);

  if (shareSheet && !sheetFailed) {
    return (
      <div className={className}>
        <button
          type="button"
          className={`${button} bg-brand-700 text-white hover:bg-brand-800`}
          onClick={() =>
            navigator.share({ url, title, text }).catch((e: unknown) => {
              // Closing the sheet is not a failure; anything else shows the links instead.
              if (!(e instanceof DOMException && e.name === 'AbortError')) setSheetFailed(true);
            })
          }
        >
          <Svg>
            <circle cx="18" cy="5" r="3" />
            <circle cx="6" cy="12" r="3" />
            <circle cx="18" cy="19" r="3" />
            <path d="m8.59 13.51 6.83 3.98M15.41 6.51l-6.82 3.98" />
          </Svg>
          {labels.share}
        </button>
      </div>
    );
  }

  return (
    <div className={`flex flex-wrap gap-2 ${className}`}>
      <a href={whatsappShareUrl(url, text)} target="_blank" rel="noopener noreferrer" className={outline}>
        <Svg className="text-green-700">
          <path d="M7.9 20A9 9 0 1 0 4 16.1L2 22Z" />
        </Svg>
        {labels.whatsapp}
      </a>
      <a href={facebookShareUrl(url)} target="_blank" rel="noopener noreferrer" className={outline}>
        <Svg className="text-blue-700">
          <path d="M18 2h-3a5 5 0 0 0-5 5v3H7v4h3v8h4v-8h3l1-4h-4V7a1 1 0 0 1 1-1h3z" />
        </Svg>
        {labels.facebook}
      </a>
      {scripted && (
        <button
          type="button"
          className={outline}
          onClick={async () => {
            if (!(await copyText(url))) return;
            setCopied(true);
            setTimeout(() => setCopied(false), 2500);
          }}
        >
          <Svg>{copied ? <path d="M20 6 9 17l-5-5" /> : <><rect x="8" y="8" width="14" height="14" rx="2" /><path d="M4 16c-1.1 0-2-.9-2-2V4c0-1.1.9-2 2-2h10c1.1 0 2 .9 2 2" /></>}</Svg>
          <span aria-live="polite">{copied ? labels.copied : labels.copy}</span>
        </button>
      )}
    </div>
  );
}
