// Contact taps: the call and WhatsApp buttons of a provider's page lead through
// /api/contact/<provider>?via=call|whatsapp, which records the tap of a signed-in visitor here and
// answers with a redirect to tel: or wa.me. A link, not a script: it works without JavaScript on the
// cached page, and a guest's tap costs one lookup. One row per person and provider: the first tap
// is what lets her review the provider a day later (lib/directory/reviews.ts), the last is kept.
import 'server-only';
import { telHref } from '@/components/directory/call-link';
import { db } from '@/lib/db';
import { publicProviderWhere } from '@/lib/directory/visibility';
import type { ContactVia } from '@/lib/generated/prisma/enums';
import { whatsappNumber } from '@/lib/phone';
import { hit } from '@/lib/security/rate-limit';

export const CONTACT_VIAS = { call: 'CALL', whatsapp: 'WHATSAPP' } as const satisfies Record<string, ContactVia>;
export type ContactViaParam = keyof typeof CONTACT_VIAS;

/** Taps recorded per person an hour; more still dial, they are just not written down. */
export const CONTACT_LIMIT = { max: 60, windowMs: 3_600_000 } as const;

/** The provider's page link that records the tap and goes on to her phone (the nth of her numbers) or WhatsApp. */
export const contactHref = (providerId: string, via: ContactViaParam, opts: { number?: number; locale?: string } = {}) =>
  `/api/contact/${providerId}?via=${via}${opts.number ? `&n=${opts.number}` : ''}${opts.locale === 'en' ? '&l=en' : ''}`;

/**
 * Where a tap on a provider's button leads, recording it when someone is signed in. Null when
 * there is no such active provider (or she has no such number).
 */
export async function contactTarget(providerId: string, via: ContactViaParam, user: { id: string } | null, number: number, greeting: string, now = new Date()): Promise<string | null> {
  // Never a donor-only record: her number is reached only through /blood, masked and limited.
  const provider = await db.provider.findFirst({ where: { id: providerId, ...publicProviderWhere }, select: { id: true, userId: true, phone: true, otherPhones: true, whatsapp: true } });
  if (!provider) return null;
  let target: string;
  if (via === 'whatsapp') {
    if (!provider.whatsapp) return null;
    target = `https://wa.me/${whatsappNumber(provider.whatsapp)}?text=${encodeURIComponent(greeting)}`;
  } else {
    const phone = [provider.phone, ...provider.otherPhones][number];
    if (!phone) return null;
    target = telHref(phone);
  }
  if (user && user.id !== provider.userId && (await hit(`contact:${user.id}`, CONTACT_LIMIT)).allowed) {
    await recordContact(user.id, provider.id, CONTACT_VIAS[via], now);
  }
  return target;
}

/** Writes down a tap (the first one's time is kept). */
export async function recordContact(userId: string, providerId: string, via: ContactVia, now = new Date()): Promise<void> {
  await db.contactTap.upsert({
    where: { userId_providerId: { userId, providerId } },
    create: { userId, providerId, via, firstAt: now, lastAt: now },
    update: { via, lastAt: now },
  });
}
