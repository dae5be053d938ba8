// The cart's buttons (add to cart, change or remove a line) as a plain form post, so they work without
// JavaScript and on a shop's own host: a server action's redirect is rendered inside Next.js
// without passing through proxy.ts, which would lose the host → storefront rewrite. It answers with
// redirects relative to the host the form was on, so the Host header never becomes a link.
import { env } from '@/lib/env';
import { localizeHref } from '@/lib/i18n/href';
import { addLine, judgeQuantity, lineIndexOf, readCart, sameLine, setLineQuantity, writeCart } from '@/lib/orders/cart';
import { getOrderByToken } from '@/lib/orders/manage';
import { priceCart, shopIdOf } from '@/lib/orders/place';
import { cartLineSchema, QUANTITY_INVALID, quantitySchema } from '@/lib/orders/schemas';
import { FORBIDDEN_ORIGIN_TEXT, isAllowedOrigin } from '@/lib/security/origin';
import { isValidShopSlug, parseHost } from '@/lib/tenancy/host';

export async function POST(request: Request): Promise<Response> {
  const host = request.headers.get('host');
  if (!isAllowedOrigin(request.headers.get('origin'), host)) return new Response(FORBIDDEN_ORIGIN_TEXT, { status: 403 });
  const form = await request.formData().catch(() => null);
  if (!form) return new Response('Bad request: send the cart form.', { status: 400 });
  const site = parseHost(host, env().ROOT_DOMAIN);
  const slug = site.kind === 'shop' ? site.slug : String(form.get('shop') ?? '');
  if (!isValidShopSlug(slug)) return new Response('Not found', { status: 404 });
  const lines = await readCart(slug);
  if (form.get('op') === 'reorder') {
    // The same things again, from a past order of this shop (prices are looked up afresh).
    const order = await getOrderByToken(String(form.get('token') ?? ''));
    if (order?.shop.slug === slug) await writeCart(slug, order.items.reduce((cart, item) => addLine(cart, { p: item.productId, o: item.optionIds, q: item.quantity }), lines));
  }
  const locale = form.get('locale') === 'en' ? 'en' : 'bn';
  const cartPath = localizeHref(site.kind === 'shop' ? '/cart' : `/s/${slug}/cart`, locale);
  if (form.get('op') === 'update') {
    // The page's line number counts the lines it showed (those the shop still sells); the answer
    // comes back to that line: removed, or refused with the allowed range, the cart unchanged.
    // A post without the line (or with junk in it) changes nothing and says so above the cart.
    const index = lineIndexOf(form.get('line'));
    if (index === null) return new Response(null, { status: 303, headers: { Location: `${cartPath}?refused=noLine#cart-status`, 'Cache-Control': 'no-store' } });
    const shop = await shopIdOf(slug);
    const shown = shop ? (await priceCart(shop, lines)).lines[index] : undefined;
    const at = shown ? lines.findIndex((l) => sameLine(l, { p: shown.productId, o: shown.optionIds })) : -1;
    let answer = '';
    if (at >= 0) {
      const verdict = form.get('remove') ? ({ ok: true, quantity: 0 } as const) : judgeQuantity(String(form.get('quantity') ?? ''), shown!.maxQuantity);
      if (verdict.ok) await writeCart(slug, setLineQuantity(lines, at, verdict.quantity));
      answer = verdict.ok ? (verdict.quantity === 0 ? `?removed=${encodeURIComponent(shown!.productId)}` : `?updated=${index}`) : `?line=${index}&refused=${verdict.problem}`;
    }
    const place = answer.startsWith('?removed') || !answer ? 'cart-status' : `line-${index}`;
    return new Response(null, { status: 303, headers: { Location: `${cartPath}${answer}#${place}`, 'Cache-Control': 'no-store' } });
  }
  if (form.get('op') !== 'reorder') {
    const quantity = quantitySchema.safeParse(String(form.get('quantity') ?? '1') || '1');
    const productSlug = String(form.get('productSlug') ?? '');
    // A quantity that is not 1–500 goes back to the product page with a message (nothing added).
    if (!quantity.success && /^[a-z0-9-]{1,60}$/.test(productSlug)) {
      const back = localizeHref(`${site.kind === 'shop' ? '' : `/s/${slug}`}/p/${productSlug}`, locale) + `#${QUANTITY_INVALID}`;
      return new Response(null, { status: 303, headers: { Location: back, 'Cache-Control': 'no-store' } });
    }
    const line = cartLineSchema.safeParse({ p: String(form.get('productId') ?? ''), o: form.getAll('option').map(String).filter(Boolean).slice(0, 6), q: quantity.data });
    if (line.success) await writeCart(slug, addLine(lines, line.data));
  }
  return new Response(null, { status: 303, headers: { Location: cartPath, 'Cache-Control': 'no-store' } });
}
