// A tap on a provider's call or WhatsApp button (lib/directory/contact.ts): recorded for a
// signed-in visitor, then a redirect to tel: or wa.me. A plain link, so it works without JavaScript
// on the cached profile page. Only a tap from our own pages counts (Sec-Fetch-Site): another site
// linking here cannot make a visitor's contact for her.
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/session';
import { CONTACT_VIAS, contactTarget, type ContactViaParam } from '@/lib/directory/contact';

export const dynamic = 'force-dynamic';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function GET(request: Request, { params }: { params: Promise<{ provider: string }> }): Promise<Response> {
  const { provider } = await params;
  const url = new URL(request.url);
  const via = url.searchParams.get('via') ?? '';
  const number = Number(url.searchParams.get('n') ?? 0);
  if (!ID.test(provider) || !Object.hasOwn(CONTACT_VIAS, via) || !Number.isInteger(number) || number < 0 || number > 10) return new Response('Not found', { status: 404 });
  const site = request.headers.get('sec-fetch-site');
  const ours = site === null || site === 'same-origin' || site === 'none';
  const user = ours ? await getCurrentUser() : null;
  const t = await getTranslations({ locale: url.searchParams.get('l') === 'en' ? 'en' : 'bn', namespace: 'Provider' });
  const target = await contactTarget(provider, via as ContactViaParam, user, number, t('whatsappGreeting'));
  if (!target) return new Response('Not found', { status: 404 });
  return new Response(null, { status: 302, headers: { Location: target, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
}
