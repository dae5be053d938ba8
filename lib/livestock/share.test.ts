// A listing's share image and words: the animal, weight and price in Bengali, drawn by the shops'
// renderer through /api/share-image?livestock=<id>; nothing for a listing that is not public.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/share-image/route';
import { db } from '@/lib/db';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '@/lib/shops/share-image';
import { rootOrigin } from '@/lib/tenancy/urls';
import { listing } from './listing-fixture';
import { livestockShareImageUrl, loadLivestockShareCard, shareWords } from './share';

const get = (query: string) => GET(new Request(`http://localhost:3000/api/share-image?${query}`));

describe('sharing a listing', () => {
  it('says the animal, breed, weight and price in Bengali (and in English on request)', () => {
    const words = shareWords({ animal: 'BULL', breed: 'SHAHIWAL', weightKg: 320, pricePoisha: 160_000_00 }, 'bn');
    expect(words.title).toBe('ষাঁড় · শাহীওয়াল · ৩২০ কেজি');
    expect(words.price).toBe('৳১,৬০,০০০');
    expect(words.text).toContain('৳১,৬০,০০০');
    expect(shareWords({ animal: 'GOAT', breed: 'BLACK_BENGAL', weightKg: 22, pricePoisha: 18_000_00 }, 'en').title).toBe('Goat · Black Bengal · 22 kg');
    expect(livestockShareImageUrl('cabc12345678', 'en')).toBe(`${rootOrigin()}/api/share-image?livestock=cabc12345678&locale=en`);
  });

  it('draws a 1200×630 PNG of a public listing, and answers 404 for a sold one or junk', async () => {
    const x = await listing({ weightKg: 320, pricePoisha: 160_000_00 });
    const card = await loadLivestockShareCard(x.id, 'bn');
    expect(card?.product).toEqual({ name: 'ষাঁড় · ৩২০ কেজি', price: '৳১,৬০,০০০' });
    expect(card?.address).toMatch(new RegExp(`/haat/l/${x.id}$`));
    const res = await get(`livestock=${x.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(await sharp(Buffer.from(await res.arrayBuffer())).metadata()).toMatchObject({ format: 'png', width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT });
    await db.livestockListing.update({ where: { id: x.id }, data: { sale: 'SOLD', soldAt: new Date() } });
    expect((await get(`livestock=${x.id}`)).status).toBe(404);
    expect((await get('livestock=%3Cscript%3E')).status).toBe(404);
  });
});
