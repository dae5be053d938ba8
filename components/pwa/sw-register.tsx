'use client';

// Registers the service worker (lib/pwa/sw.ts) once the page has loaded, on the directory's own
// origin (a shop's own host is another origin: it gets none), and tells it whether she is signed
// in and which pages to keep for offline use. Production builds only: in development the worker
// would keep pages that are being edited.
import { useEffect } from 'react';
import { cookieValue, decodeHint, HINT_COOKIE } from '@/lib/visitor-hint';

export const SW_URL = '/serwist/sw.js';

export function SwRegister({ origin, warm }: { origin: string; warm: string[] }) {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator) || location.origin !== origin) return;
    const start = () => {
      const signedIn = Boolean(decodeHint(cookieValue(document.cookie, HINT_COOKIE)));
      navigator.serviceWorker
        .register(SW_URL, { scope: '/', updateViaCache: 'none' })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          registration.active?.postMessage({ type: 'haat:session', signedIn });
          if (!signedIn) registration.active?.postMessage({ type: 'haat:warm', urls: warm });
        })
        .catch(() => {});
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }, [origin, warm]);
  return null;
}
