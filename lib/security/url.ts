// Addresses no page can answer, caught once in proxy.ts (and by the API routes that read their
// own query) before any page looks them up: broken percent-encoding, a NUL character (PostgreSQL
// refuses it in text, which used to end in a 500) and path segments or query values far longer
// than any slug, id, token or search ever is.

/** Longer than any slug, record id or order token (those are at most 80 characters). */
export const MAX_SEGMENT_LENGTH = 200;
/** Longer than any search or return path a page reads (searches keep their first 100 characters). */
export const MAX_QUERY_VALUE_LENGTH = 2000;

export type UrlProblem = 'malformed' | 'tooLong';

/** The decoded text, or null when its percent-encoding is broken or it holds a NUL. */
function decoded(part: string, plusIsSpace: boolean): string | null {
  try {
    const text = decodeURIComponent(plusIsSpace ? part.replace(/\+/g, ' ') : part);
    return text.includes('\0') ? null : text;
  } catch {
    return null;
  }
}

/** Why this path and query string cannot reach a page, or null when they can. */
export function urlProblem(url: { pathname: string; search: string }): UrlProblem | null {
  for (const segment of url.pathname.split('/')) {
    const text = decoded(segment, false);
    if (text === null) return 'malformed';
    if (text.length > MAX_SEGMENT_LENGTH) return 'tooLong';
  }
  for (const pair of url.search.replace(/^\?/, '').split('&')) {
    const cut = pair.indexOf('=');
    const [key, value] = cut < 0 ? [pair, ''] : [pair.slice(0, cut), pair.slice(cut + 1)];
    const name = decoded(key, true);
    const text = decoded(value, true);
    if (name === null || text === null) return 'malformed';
    if (name.length > MAX_SEGMENT_LENGTH || text.length > MAX_QUERY_VALUE_LENGTH) return 'tooLong';
  }
  return null;
}

/**
 * A page's search params with one value per name: the first, when a name is repeated
 * (`?page=1&page=2` reaches a page as an array, which code expecting a string must never see).
 */
export function singleParams<T extends Record<string, string | undefined>>(params: Record<string, string | string[] | undefined>): T {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])) as T;
}
