// The district of a page made per visitor (/search, /blood), which may read her cookie: the place
// its address names when that lies in a served district, else the district she remembers
// (lib/tenancy/districts.ts), else the default one. Cached pages never call this: they get the
// remembered district through the rewritten path instead.
import 'server-only';
import { cookies } from 'next/headers';
import { areaInDistrict, servedDistrict } from '@/lib/cache/reads';
import type { AreaSummary } from '@/lib/geo/queries';
import { DISTRICT_COOKIE } from './districts';

export async function visitorDistrict(areaSlug: string | undefined): Promise<{ area: AreaSummary; district: AreaSummary; named: boolean }> {
  const picked = areaSlug ? await areaInDistrict(areaSlug) : null;
  if (picked) return { ...picked, named: true };
  const remembered = (await cookies()).get(DISTRICT_COOKIE)?.value;
  const district = (remembered && /^[a-z0-9-]{1,80}$/.test(remembered) ? await servedDistrict(remembered) : null) ?? (await servedDistrict())!;
  return { area: district, district, named: false };
}
