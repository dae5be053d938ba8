// What a Node.js server process does once as it starts (instrumentation.ts calls it): settings are
// checked first — a production start with a missing or malformed setting stops here with one
// message naming it — then every request passes lib/runtime/server-gate.ts (client address,
// malformed URLs), the process listens for changes that expire its cached pages
// (lib/cache/broadcast.ts), and writes kept back from requests (lib/db/write-behind.ts) are sent
// when the server stops.
import { startCacheListener } from '@/lib/cache/broadcast';
import { flushOnShutdown } from '@/lib/db/write-behind';
import { env, EnvError, type Env } from '@/lib/env';
import { log } from '@/lib/log';
import { pagePolicy } from '@/lib/security/csp';
import { districtRouting, districtSetting, keepDistrictSlugs } from '@/lib/tenancy/districts';
import { shopSubdomainsEnabled } from '@/lib/tenancy/urls';
import { loadRouteTable, type RouteTable } from './routes';
import { installServerGate } from './server-gate';

export function startServerProcess(): void {
  let settings: Env;
  try {
    settings = env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // `next build` evaluates this too; only a server that is about to serve must stop.
    if (process.env.NEXT_PHASE === 'phase-production-build') return;
    console.error(`\n[haat] ${error.message}\n`);
    process.exit(1);
  }
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  let routes: RouteTable | undefined;
  const fast = {
    rootDomain: settings.ROOT_DOMAIN,
    policy: pagePolicy(null, settings),
    noncePolicy: (nonce: string) => pagePolicy(nonce, settings),
    rootStorefronts: !shopSubdomainsEnabled(settings),
    districts: districtRouting(settings.HAAT_DISTRICTS ?? settings.HAAT_DISTRICT),
    secureCookies: settings.HAAT_ENV === 'production',
  };
  installServerGate(settings.TRUSTED_PROXIES, fast, { logger: log, routes: () => (routes ??= loadRouteTable()), rootDomain: settings.ROOT_DOMAIN });
  // HAAT_DISTRICTS=all: which slugs are districts, for routing the remembered one (lib/tenancy/districts.ts).
  if (districtSetting(settings.HAAT_DISTRICTS ?? settings.HAAT_DISTRICT).all) {
    import('@/lib/geo/queries').then(({ getServedDistricts }) => getServedDistricts()).then(
      (districts) => keepDistrictSlugs(districts.map((d) => d.slug)),
      (error: unknown) => log.error({ err: error }, 'the served districts could not be read'),
    );
  }
  if (settings.DATABASE_URL) startCacheListener(settings.DATABASE_URL);
  flushOnShutdown();
}
