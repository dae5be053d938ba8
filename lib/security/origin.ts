// Server actions and other state-changing requests must come from our own pages. A missing,
// "null" or foreign Origin is refused (Next.js compares Origin with Host only when Origin is
// present). Shop subdomains of the root domain are our own pages too.

/** Host without port, lower-cased. */
const bareHost = (host: string) => host.toLowerCase().replace(/:\d+$/, '');

export function isAllowedOrigin(origin: string | null, host: string | null, rootDomain: string): boolean {
  if (!origin || origin === 'null' || !host) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.host.toLowerCase() === host.toLowerCase()) return true;
  const root = bareHost(rootDomain);
  const originHost = bareHost(url.host);
  return originHost === root || originHost.endsWith(`.${root}`);
}

/** Same origin: the Origin's host (with port) equals the request's Host. Missing or "null" is not. */
export function sameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === 'null' || !host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}
