// Sharing a shop or a product: the address of its preview image (Open Graph) and the text
// helpers that make a seller's own words safe to draw into it.
import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/lib/i18n/routing';
import { rootOrigin } from '@/lib/tenancy/urls';

/**
 * The absolute address of a shop's (or one of its products') 1200×630 preview image, for
 * `openGraph.images`. Always on the root origin, which serves /api on every deployment.
 */
export function shareImageUrl(slug: string, productSlug?: string, locale: AppLocale = 'bn'): string {
  const query = new URLSearchParams({ shop: slug });
  if (productSlug) query.set('product', productSlug);
  if (locale !== 'bn') query.set('locale', locale);
  return `${rootOrigin()}/api/share-image?${query}`;
}

/** Text as Pango markup shows it literally: a shop called "<b>x</b>" stays "<b>x</b>". */
export const escapeMarkup = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);

// Emoji and their joiners/modifiers (no font for them on the server: they would draw as boxes),
// control characters (invalid in markup) and unpaired surrogates. ZWJ/ZWNJ between Bengali
// letters are kept: they choose between conjunct forms (র‍্য).
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}\u20E3\uFE0E\uFE0F])\u200D?/gu;
const CONTROL = /[\p{Cc}\p{Co}\p{Cs}\u2028\u2029\uFFF9-\uFFFF]/gu;
// Invisible format characters (bidi overrides and the like), except the two joiners.
const FORMAT = /(?![\u200C\u200D])\p{Cf}/gu;

/** One line of plain text fit for drawing: no emoji or control characters, single spaces. */
export function drawableText(text: string): string {
  const line = text
    .normalize('NFC')
    .replace(EMOJI, '')
    .replace(CONTROL, ' ')
    .replace(FORMAT, '')
    .replace(/[\u200C\u200D](?=\s|$)|(?<=^|\s)[\u200C\u200D]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /[\p{L}\p{N}\p{P}\p{S}]/u.test(line) ? line : '';
}

const graphemes = (text: string) => Array.from(new Intl.Segmenter('bn', { granularity: 'grapheme' }).segment(text), (s) => s.segment);

/**
 * At most `max` letters (grapheme clusters) of the text, ending with "…" when cut: at a space
 * when one is near, never after a dangling hasanta or joiner.
 */
export function truncateText(text: string, max: number): string {
  const letters = graphemes(text);
  if (letters.length <= max) return text;
  let cut = letters.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s\u09CD\u200C\u200D]+$/u, '')}…`;
}

/** The share button's labels in the page's language. */
export async function shareLabels() {
  const t = await getTranslations('Share');
  return { share: t('share'), copy: t('copy'), copied: t('copied'), whatsapp: t('whatsapp'), facebook: t('facebook') };
}
