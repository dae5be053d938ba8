// State-changing requests (server actions, form posts, uploads) must come from a page of the very
// host they are sent to. A missing, "null" or other Origin is refused: Next.js itself compares
// Origin with Host only when Origin is present (a no-JavaScript multipart action has none from
// curl), and answers a shop subdomain posting to the root host with a 500. Browsers always send
// Origin on POST, so people using the site never meet this.

/** Methods that may change something; GET, HEAD and OPTIONS must not. */
export const isStateChanging = (method: string) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method.toUpperCase());

/** Whether `origin` names exactly the request's own Host (case and a default port aside). */
export function isAllowedOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === 'null' || !host) return false;
  try {
    const from = new URL(origin);
    if (from.protocol !== 'https:' && from.protocol !== 'http:') return false;
    // Parsing the Host with the Origin's scheme drops a default port (":443" for https) and folds case.
    const to = new URL(`${from.protocol}//${host}`);
    return to.host === from.host && to.pathname === '/' && !to.username && !to.password;
  } catch {
    return false;
  }
}

export const FORBIDDEN_ORIGIN_TEXT = 'Forbidden: this form must be sent from a page of this site.';
