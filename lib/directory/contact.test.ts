import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { account, provider } from '@/lib/console/test-fixtures';
import { CONTACT_LIMIT, contactHref, contactTarget } from './contact';

describe('contact taps', () => {
  it('lead to the phone or WhatsApp, and record a signed-in visitor’s tap (first time kept), not a guest’s nor the owner’s', async () => {
    const p = await provider('mirzapur-sherpur-bogura');
    await db.provider.update({ where: { id: p.id }, data: { whatsapp: '+8801711223344', otherPhones: ['+8801811223344'] } });
    const visitor = await account();
    expect(contactHref(p.id, 'call', { number: 1, locale: 'en' })).toBe(`/api/contact/${p.id}?via=call&n=1&l=en`);

    expect(await contactTarget(p.id, 'call', null, 0, 'হ্যালো')).toBe(`tel:${p.phone}`);
    expect(await db.contactTap.count({ where: { providerId: p.id } })).toBe(0);

    const first = new Date(Date.now() - 5000);
    expect(await contactTarget(p.id, 'call', visitor, 1, 'হ্যালো', first)).toBe('tel:+8801811223344');
    expect(await contactTarget(p.id, 'whatsapp', visitor, 0, 'হ্যালো')).toBe(`https://wa.me/8801711223344?text=${encodeURIComponent('হ্যালো')}`);
    expect(await db.contactTap.findMany({ where: { providerId: p.id }, select: { userId: true, via: true, firstAt: true } })).toEqual([{ userId: visitor.id, via: 'WHATSAPP', firstAt: first }]);

    await contactTarget(p.id, 'call', { id: p.userId! }, 0, '');
    expect(await db.contactTap.count({ where: { providerId: p.id } })).toBe(1);
    // A number she does not have, or a provider who is not listed, leads nowhere.
    expect(await contactTarget(p.id, 'call', visitor, 2, '')).toBeNull();
    await db.provider.update({ where: { id: p.id }, data: { status: 'SUSPENDED' } });
    expect(await contactTarget(p.id, 'call', visitor, 0, '')).toBeNull();
  });

  it('are written down at most CONTACT_LIMIT times an hour per person (the phone still rings)', async () => {
    const visitor = await account();
    const providers = await Promise.all(Array.from({ length: 3 }, () => provider('mirzapur-sherpur-bogura')));
    await db.rateLimit.upsert({
      where: { key: `contact:${visitor.id}` },
      create: { key: `contact:${visitor.id}`, count: CONTACT_LIMIT.max, resetAt: new Date(Date.now() + 3_600_000) },
      update: { count: CONTACT_LIMIT.max },
    });
    for (const p of providers) expect(await contactTarget(p.id, 'call', visitor, 0, '')).toBe(`tel:${p.phone}`);
    expect(await db.contactTap.count({ where: { userId: visitor.id } })).toBe(0);
  });
});
