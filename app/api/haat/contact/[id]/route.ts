// A tap on a listing's call or WhatsApp button (lib/livestock/public.ts livestockContact): counted
// for the seller's "enquiries", a few per visitor an hour, then a redirect to tel: or wa.me. A plain
// link, so it works without JavaScript on the cached listing page. 404 for a listing that is not
// public (sold, hidden, expired). Only a tap from our own pages counts (Sec-Fetch-Site).
import { createTranslator } from 'next-intl';
import { getCurrentUser } from '@/lib/auth/session';
import { CONTACT_VIAS, livestockContact, type LivestockContactVia } from '@/lib/livestock/public';
import { clientKey } from '@/lib/security/client';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';

export const dynamic = 'force-dynamic';

const ID = /^[a-z0-9]{8,40}$/;

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const url = new URL(request.url);
  const via = url.searchParams.get('via') ?? '';
  if (!ID.test(id) || !(CONTACT_VIAS as readonly string[]).includes(via)) return new Response('Not found', { status: 404 });
  const site = request.headers.get('sec-fetch-site');
  const ours = site === null || site === 'same-origin' || site === 'none';
  const user = ours ? await getCurrentUser() : null;
  const visitor = user ? `u:${user.id}` : ours ? `c:${clientKey(request.headers)}` : null;
  const locale = url.searchParams.get('l') === 'en' ? 'en' : 'bn';
  const t = createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'Livestock' });
  const target = await livestockContact(id, via as LivestockContactVia, visitor, t('whatsappGreeting'));
  if (!target) return new Response('Not found', { status: 404 });
  return new Response(null, { status: 302, headers: { Location: target, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
}
