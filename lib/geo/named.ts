// A place named in typed text ("garidaha", "গাড়িদহ", "mirjapur"), for the answers that need one
// area and cannot hand the whole text to the search (an SMS blood request: lib/notify/inbound).
// Words are compared by compactSearchKey, the key the search index keeps area names under
// (lib/search/documents.ts), so a place meets its Bengali, English and Banglish spellings as it
// does in search; one typo is forgiven in keys of five letters or more, as the search cards do
// (lib/search/leads.ts). Only the served districts' upazilas and unions (and the districts).
import { forgetBetweenTests } from '@/lib/runtime/between-tests';
import { editDistance } from '@/lib/search/synonyms';
import { compactSearchKey } from '@/lib/search/transliterate';
import { servedAreaTree, type AreaSummary } from './queries';

/** A key this long may be a typo away from a place's name. */
const MIN_TYPO = 5;
/** The longest place name, in words ("Char Bhadrasan"). */
const MAX_WORDS = 3;

let places: { areas: Promise<{ area: AreaSummary; keys: string[] }[]>; at: number } | undefined;
forgetBetweenTests(() => (places = undefined));

/** The served places and their keys (read at most every 10 minutes: areas change with a reseed only). */
function servedPlaces() {
  if (!places || Date.now() - places.at > 600_000) {
    const areas = servedAreaTree().then((tree) =>
      tree.flatMap(({ district, upazilas }) => [district, ...upazilas.flatMap(({ children, ...upazila }) => [upazila, ...children])]).map((area) => ({ area, keys: [...new Set([compactSearchKey(area.nameBn), compactSearchKey(area.nameEn)])] })),
    );
    places = { areas, at: Date.now() };
    areas.catch(() => (places = undefined));
  }
  return places.areas;
}

/**
 * The served area the words name, and the words left over: the longest run of words that is a
 * place's name (exactly, else one typo away), the larger area when two share the name (an upazila
 * and its union of the same name). Null when no run of words names one.
 */
export async function areaNamedIn(words: readonly string[]): Promise<{ area: AreaSummary; rest: string[] } | null> {
  const all = await servedPlaces();
  let best: { area: AreaSummary; start: number; end: number; score: number } | undefined;
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + MAX_WORDS); end > start; end--) {
      const key = compactSearchKey(words.slice(start, end).join(' '));
      if (key.length < 3) continue;
      for (const { area, keys } of all) {
        const exact = keys.includes(key);
        if (!exact && !(key.length >= MIN_TYPO && keys.some((k) => k[0] === key[0] && editDistance(key, k, 1) <= 1))) continue;
        // Longer runs first, exact before a typo, then the larger area (the shorter path).
        const score = (end - start) * 1000 + (exact ? 500 : 0) - area.path.length;
        if (!best || score > best.score) best = { area, start, end, score };
      }
    }
  }
  return best ? { area: best.area, rest: [...words.slice(0, best.start), ...words.slice(best.end)] } : null;
}
