import { randomBytes, randomInt } from 'node:crypto';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/session';
import { POST } from '@/app/api/uploads/route';
import { GET as getMedia } from '@/app/media/[...key]/route';
import { MAX_INPUT_BYTES } from './process';

vi.mock('@/lib/auth/session', () => ({ getCurrentUser: vi.fn() }));
const signedIn = vi.mocked(getCurrentUser);

const SITE = 'http://localhost:3000';

async function newUser(): Promise<SessionUser> {
  const phone = `+88016${String(randomInt(1e8)).padStart(8, '0')}`;
  const user = await db.user.create({ data: { phone, name: 'বিক্রেতা', status: 'ACTIVE', roles: ['SELLER'] } });
  return { id: user.id, name: user.name, phone, roles: user.roles, officerAreaId: null, locale: 'bn' };
}

function form(file: Uint8Array | null, purpose = 'PRODUCT_PHOTO', name = 'my-private-name.jpg', type = 'image/jpeg') {
  const body = new FormData();
  body.set('purpose', purpose);
  if (file) body.set('file', new File([new Uint8Array(file)], name, { type }));
  return body;
}

// Node needs duplex 'half' for a streamed body; the DOM typings do not know it yet.
const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request(`${SITE}/api/uploads`, { method: 'POST', headers: { origin: SITE, host: 'localhost:3000', ...headers }, body, duplex: 'half' } as RequestInit));

const photo = () => sharp({ create: { width: 1200, height: 900, channels: 3, background: '#e94' } }).jpeg().toBuffer();

let user: SessionUser;
beforeEach(async () => {
  user = await newUser();
  signedIn.mockResolvedValue(user);
});

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('POST /api/uploads', () => {
  it('answers 401 to a guest and 403 to another site, uncached', async () => {
    signedIn.mockResolvedValue(null);
    const guest = await upload(form(await photo()));
    expect(guest.status).toBe(401);
    expect(guest.headers.get('cache-control')).toBe('no-store');
    expect(await guest.json()).toEqual({ error: 'unauthenticated' });

    signedIn.mockResolvedValue(user);
    const foreign = await upload(form(await photo()), { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({ error: 'forbidden' });
  });

  it('answers 403 to an account still on a temporary password, and stores nothing', async () => {
    signedIn.mockResolvedValue({ ...user, mustChangePassword: true });
    const before = await db.media.count({ where: { ownerId: user.id } });
    const refused = await upload(form(await photo()));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: 'passwordChange' });
    expect(await db.media.count({ where: { ownerId: user.id } })).toBe(before);
  });

  it('stores a real JPEG as WebP for the signed-in owner and answers 201 with its URLs', async () => {
    const res = await upload(form(await photo()));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text).not.toContain('my-private-name');
    const body = JSON.parse(text);
    expect(body).toEqual({ id: expect.any(String), url: expect.stringMatching(/^\/media\/product\/[0-9a-f]+\.webp$/), thumbUrl: expect.stringMatching(/-thumb\.webp$/), width: 1200, height: 900 });
    expect(await db.media.findUniqueOrThrow({ where: { id: body.id } })).toMatchObject({ ownerId: user.id, purpose: 'PRODUCT_PHOTO', isPublic: true, mime: 'image/webp' });

    const served = await getMedia(new Request(`${SITE}${body.url}`), { params: Promise.resolve({ key: body.url.split('/').slice(2) }) });
    expect(served.status).toBe(200);
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).format).toBe('webp');
  });

  it('takes a training programme’s photo into its own public folder', async () => {
    const res = await upload(form(await photo(), 'TRAINING_PHOTO'));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.url).toMatch(/^\/media\/training\/[0-9a-f]+\.webp$/);
    expect(await db.media.findUniqueOrThrow({ where: { id: body.id } })).toMatchObject({ purpose: 'TRAINING_PHOTO', isPublic: true });
  });

  it('keeps documents private: stored, but with no URL', async () => {
    const res = await upload(form(await photo(), 'DOCUMENT'));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ url: null, thumbUrl: null });
    expect(await db.media.findUniqueOrThrow({ where: { id: body.id } })).toMatchObject({ purpose: 'DOCUMENT', isPublic: false });
  });

  it('refuses SVG and HTML whatever they are called, and a truncated JPEG', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const svgRes = await upload(form(svg, 'SHOP_LOGO', 'logo.png', 'image/png'));
    expect([svgRes.status, await svgRes.json()]).toEqual([415, { error: 'notImage' }]);

    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>');
    const htmlRes = await upload(form(html, 'PRODUCT_PHOTO', 'photo.jpg'));
    expect([htmlRes.status, await htmlRes.json()]).toEqual([415, { error: 'notImage' }]);

    const truncated = (await sharp(randomBytes(400 * 300 * 3), { raw: { width: 400, height: 300, channels: 3 } }).jpeg().toBuffer()).subarray(0, 20_000);
    const truncatedRes = await upload(form(truncated));
    expect([truncatedRes.status, await truncatedRes.json()]).toEqual([422, { error: 'corrupt' }]);
    expect(await db.media.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('answers 413 to a body or file over the limit, by Content-Length or by counting', async () => {
    const declared = await upload('x', { 'content-length': String(MAX_INPUT_BYTES * 2), 'content-type': 'multipart/form-data; boundary=x' });
    expect([declared.status, await declared.json()]).toEqual([413, { error: 'tooLarge' }]);

    // No Content-Length and not even a valid form: refused while counting, before any parsing.
    const endless = new Blob([new Uint8Array(MAX_INPUT_BYTES + 100 * 1024)]).stream();
    const streamed = await upload(endless, { 'content-type': 'multipart/form-data; boundary=x' });
    expect([streamed.status, await streamed.json()]).toEqual([413, { error: 'tooLarge' }]);

    const justOver = Buffer.alloc(MAX_INPUT_BYTES + 1);
    justOver.set([0xff, 0xd8, 0xff, 0xe0]);
    const file = await upload(form(justOver));
    expect([file.status, await file.json()]).toEqual([413, { error: 'tooLarge' }]);
  });

  it('answers 400 to a form without a file or with a purpose it does not allow', async () => {
    for (const body of [form(null), form(await photo(), 'AVATAR'), form(await photo(), 'ADMIN')]) {
      const res = await upload(body);
      expect([res.status, await res.json()]).toEqual([400, { error: 'invalid' }]);
    }
    const empty = await upload(form(new Uint8Array(0)));
    expect([empty.status, await empty.json()]).toEqual([400, { error: 'empty' }]);
  });

  it('answers 503 when UploadThing is configured but refuses, and records nothing', async () => {
    vi.stubEnv('UPLOADTHING_TOKEN', 'not-a-valid-token');
    vi.resetModules();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.mocked((await import('@/lib/auth/session')).getCurrentUser).mockResolvedValue(user);
    const route = await import('@/app/api/uploads/route');
    const res = await route.POST(new Request(`${SITE}/api/uploads`, { method: 'POST', headers: { origin: SITE, host: 'localhost:3000' }, body: form(await photo()) }));
    expect([res.status, await res.json()]).toEqual([503, { error: 'storageFailed' }]);
    expect(await db.media.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it('answers 429 after 60 uploads in an hour from one account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await upload(form(null))).status);
    expect(new Set(statuses)).toEqual(new Set([400]));
    const limited = await upload(form(await photo()));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toEqual({ error: 'rateLimited' });
  });
});
