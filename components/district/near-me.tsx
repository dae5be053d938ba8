'use client';

// "Use my location" on the district chooser: the phone's position, when she allows it, picks the
// served district whose centre is nearest (lib/geo/nearest.ts) and opens /d/<district>, which
// remembers it. The districts' centres come in the page, the same for everyone. Only with
// JavaScript (the chooser's plain links work without); labels and the icon come from the server.
import { useState, useSyncExternalStore } from 'react';
import { noSubscription } from '@/components/layout/visitor-hints';
import { nearestDistrict, type DistrictCentre } from '@/lib/geo/nearest';

export interface NearMeLabels {
  button: string;
  finding: string;
  denied: string;
  unavailable: string;
  far: string;
}

export function NearMe({ districts, prefix, labels, icon }: { districts: DistrictCentre[]; prefix: string; labels: NearMeLabels; icon: React.ReactNode }) {
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  const [status, setStatus] = useState<Exclude<keyof NearMeLabels, 'button'> | null>(null);

  const locate = () => {
    if (!navigator.geolocation) return setStatus('unavailable');
    setStatus('finding');
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        const slug = nearestDistrict(coords.latitude, coords.longitude, districts);
        if (slug) window.location.assign(prefix + slug);
        else setStatus('far');
      },
      (error) => setStatus(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { timeout: 10_000, maximumAge: 600_000 },
    );
  };

  // Laid out from the first paint but invisible until the browser can work it, so nothing below
  // moves when it appears (visibility keeps it out of reach and out of the accessibility tree).
  return (
    <div aria-hidden={!scripted || undefined} className={`mt-3 ${scripted ? '' : 'invisible'}`}>
      <button
        type="button"
        data-testid="near-me"
        onClick={locate}
        disabled={!scripted || status === 'finding'}
        className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-xl bg-brand-700 px-4 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70 sm:w-auto"
      >
        {icon}
        {labels.button}
      </button>
      <p role="status" data-testid="near-me-status" className="mt-2 min-h-6 text-stone-800">
        {status && labels[status]}
      </p>
    </div>
  );
}
