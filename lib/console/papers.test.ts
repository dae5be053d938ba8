import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { attachLicence, nidDigitsSchema, ownVerification, submitNidDigits } from './papers';

const phone = () => `+88016${String(10000000 + Math.floor(Math.random() * 89999999))}`;

async function providerOwner(verification: 'PENDING' | 'CHANGES_REQUESTED' = 'PENDING') {
  const user = await db.user.create({ data: { phone: phone(), name: 'মালিক', status: 'ACTIVE', roles: ['PROVIDER'] } });
  const area = await db.area.findUniqueOrThrow({ where: { slug: 'mirzapur-sherpur-bogura' } });
  const provider = await db.provider.create({ data: { slug: `pp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, userId: user.id, nameBn: 'রহিম', areaId: area.id, phone: user.phone, verification } });
  return { user, provider };
}

const media = (ownerId: string, purpose: 'DOCUMENT' | 'PROVIDER_PHOTO', isPublic = false) =>
  db.media.create({ data: { ownerId, purpose, isPublic, key: `documents/${Math.random().toString(36).slice(2)}.webp`, width: 10, height: 10, bytes: 10 } });

describe('papers for verification', () => {
  it('keeps only the last four NID digits, typed in Bengali or ASCII', async () => {
    expect(nidDigitsSchema.parse('৪ ৫ ৬ ৭')).toBe('4567');
    expect(nidDigitsSchema.safeParse('12345').success).toBe(false);
    const { user, provider } = await providerOwner();
    await submitNidDigits(user, 'PROVIDER', '1234');
    await submitNidDigits(user, 'PROVIDER', '4567');
    expect(await db.verificationDocument.findMany({ where: { providerId: provider.id }, select: { value: true } })).toEqual([{ value: '4567' }]);
  });

  it('takes a licence photo only from the owner’s own private upload', async () => {
    const { user, provider } = await providerOwner();
    const other = await providerOwner();
    await expect(attachLicence(user, 'PROVIDER', (await media(other.user.id, 'DOCUMENT')).id)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attachLicence(user, 'PROVIDER', (await media(user.id, 'PROVIDER_PHOTO', true)).id)).rejects.toMatchObject({ code: 'forbidden' });
    await attachLicence(user, 'PROVIDER', (await media(user.id, 'DOCUMENT')).id);
    expect(await db.verificationDocument.count({ where: { providerId: provider.id, kind: 'TRADE_LICENCE' } })).toBe(1);
  });

  it('puts a record an officer sent back into the queue when new papers come', async () => {
    const { user, provider } = await providerOwner('CHANGES_REQUESTED');
    await submitNidDigits(user, 'PROVIDER', '9876');
    expect((await db.provider.findUniqueOrThrow({ where: { id: provider.id } })).verification).toBe('PENDING');
    expect((await ownVerification(user.id, 'PROVIDER'))?.verificationEvents[0]?.status).toBe('PENDING');
  });
});
