// A paper a provider or shop uploaded for verification (trade licence, …). Stored privately and
// shown only to an officer whose area holds the record, or an admin; never cached.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCurrentUser } from '@/lib/auth/session';
import { scopeOf } from '@/lib/console/scope';
import { verificationDocumentMedia } from '@/lib/console/verify';
import { AppError } from '@/lib/errors';
import { MEDIA_KEY, mediaRoot } from '@/lib/media/local-store';

const NO_STORE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response('Sign in first', { status: 401, headers: NO_STORE });
  try {
    const scope = await scopeOf(user);
    const { id } = await params;
    const media = await verificationDocumentMedia(scope, id);
    if (!media) return new Response('Not found', { status: 404, headers: NO_STORE });
    if (media.storage === 'UPLOADTHING' && media.url) return Response.redirect(media.url, 302);
    if (!MEDIA_KEY.test(media.key)) return new Response('Not found', { status: 404, headers: NO_STORE });
    const data = await readFile(path.join(mediaRoot(), 'private', media.key)).catch(() => null);
    if (!data) return new Response('Not found', { status: 404, headers: NO_STORE });
    return new Response(new Uint8Array(data), { headers: { ...NO_STORE, 'Content-Type': 'image/webp', 'Content-Security-Policy': "default-src 'none'" } });
  } catch (error) {
    if (error instanceof AppError) return new Response(error.code === 'notFound' ? 'Not found' : 'Forbidden', { status: error.code === 'notFound' ? 404 : 403, headers: NO_STORE });
    throw error;
  }
}
