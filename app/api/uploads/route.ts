// Image uploads for signed-in people: one file per request, checked and re-encoded by
// lib/media/process.ts, stored by lib/media/storage.ts. Answers JSON only, never cached, and never
// repeats the client's file name or bytes.
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth/session';
import { mediaUrl } from '@/lib/media/local-store';
import { ImageRejected, MAX_INPUT_BYTES, processImage, type ImageRejectedCode } from '@/lib/media/process';
import { MediaUploadFailed, storeImage } from '@/lib/media/storage';
import { isAllowedOrigin } from '@/lib/security/origin';
import { readBodyCapped } from '@/lib/security/body';
import { hit } from '@/lib/security/rate-limit';

const UPLOAD_PURPOSES = ['PROVIDER_PHOTO', 'PRODUCT_PHOTO', 'SHOP_LOGO', 'SHOP_BANNER', 'RENTAL_PHOTO', 'LIVESTOCK_PHOTO', 'TRAINING_PHOTO', 'DOCUMENT'] as const;
const UPLOAD_LIMIT = { max: 60, windowMs: 60 * 60 * 1000 };
/** Room for the multipart boundaries, part headers and the purpose field around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_BODY_BYTES = MAX_INPUT_BYTES + FORM_OVERHEAD_BYTES;

const uploadForm = z.object({
  purpose: z.enum(UPLOAD_PURPOSES),
  file: z.instanceof(Blob),
});

const REJECTED_STATUS: Record<ImageRejectedCode, number> = {
  empty: 400,
  tooLarge: 413,
  notImage: 415,
  unsupported: 415,
  tooManyPixels: 422,
  corrupt: 422,
};

const NO_STORE = { 'Cache-Control': 'no-store' };
const fail = (error: string, status: number, headers: Record<string, string> = {}) =>
  Response.json({ error }, { status, headers: { ...NO_STORE, ...headers } });

async function readForm(request: Request): Promise<FormData | 'tooLarge' | 'invalid'> {
  const bytes = await readBodyCapped(request.body, MAX_BODY_BYTES);
  if (!bytes) return 'tooLarge';
  try {
    return await new Response(bytes, { headers: { 'Content-Type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return 'invalid';
  }
}

export async function POST(request: Request) {
  if (!isAllowedOrigin(request.headers.get('origin'), request.headers.get('host'))) return fail('forbidden', 403);
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 401);
  // A temporary password someone else chose (a new officer's) is replaced before anything else.
  if (user.mustChangePassword) return fail('passwordChange', 403);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return fail('tooLarge', 413);
  const limit = await hit(`upload:user:${user.id}`, UPLOAD_LIMIT);
  if (!limit.allowed) return fail('rateLimited', 429, { 'Retry-After': String(limit.retryAfterSeconds) });

  const form = await readForm(request);
  if (form === 'tooLarge') return fail('tooLarge', 413);
  if (form === 'invalid') return fail('invalid', 400);
  const parsed = uploadForm.safeParse({ purpose: form.get('purpose'), file: form.get('file') });
  if (!parsed.success) return fail('invalid', 400);
  const { purpose, file } = parsed.data;
  if (file.size > MAX_INPUT_BYTES) return fail('tooLarge', 413);

  try {
    const processed = await processImage(Buffer.from(await file.arrayBuffer()));
    const isPublic = purpose !== 'DOCUMENT';
    const media = await storeImage(processed, { purpose, ownerId: user.id, isPublic });
    // Private papers (verification documents) are never served at a URL.
    const urls = isPublic ? { url: mediaUrl(media), thumbUrl: mediaUrl(media, true) } : { url: null, thumbUrl: null };
    return Response.json({ id: media.id, ...urls, width: media.width, height: media.height }, { status: 201, headers: NO_STORE });
  } catch (e) {
    if (e instanceof ImageRejected) return fail(e.code, REJECTED_STATUS[e.code]);
    if (e instanceof MediaUploadFailed) {
      console.error(`[haat] upload: ${e.message}`);
      return fail('storageFailed', 503);
    }
    throw e;
  }
}
