// The cart's two buttons (add to cart, change a line) as a plain form post, so they work without
// JavaScript and on a shop's own host: a server action's redirect is rendered inside Next.js
// without passing through proxy.ts, which would lose the host → storefront rewrite. It answers with
// redirects relative to the host the form was on, so the Host header never becomes a link.
import { env } from '@/lib/env';
import { localizeHref } from '@/lib/i18n/href';
import { addLine, readCart, setLineQuantity, writeCart } from '@/lib/orders/cart';
import { getOrderByToken } from '@/lib/orders/manage';
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
  } else if (form.get('op') === 'update') {
    const index = Number(form.get('line'));
    const quantity = form.get('remove') ? 0 : quantitySchema.safeParse(String(form.get('quantity') ?? '')).data;
    if (Number.isInteger(index) && quantity !== undefined) await writeCart(slug, setLineQuantity(lines, index, quantity));
  }
  const locale = form.get('locale') === 'en' ? 'en' : 'bn';
  if (form.get('op') !== 'reorder' && form.get('op') !== 'update') {
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
  const path = localizeHref(site.kind === 'shop' ? '/cart' : `/s/${slug}/cart`, locale);
  return new Response(null, { status: 303, headers: { Location: path, 'Cache-Control': 'no-store' } });
}
