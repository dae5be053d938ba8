// Reading a request body without trusting its size: Content-Length may be absent (a chunked post)
// or false, so the body is read as a stream and given up on as soon as it grows past the limit —
// an unauthenticated post can never make the server buffer more than `max` bytes. Used by every
// route that reads a body before it knows who sent it (uploads, inbound SMS, the Stripe webhook).

/** The whole body, or null as soon as it grows past `max` bytes (Content-Length may be absent or false). */
export async function readBodyCapped(body: ReadableStream<Uint8Array> | null, max: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (body) {
    const reader = body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      total += next.value.byteLength;
      if (total > max) {
        await reader.cancel();
        return null;
      }
      chunks.push(next.value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The request's body as UTF-8 text (as request.text() reads it), or null when it is larger than
 * `max` bytes: refused by its Content-Length when it declares one, else as soon as the stream passes it.
 */
export async function readTextCapped(request: Request, max: number): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > max) return null;
  const bytes = await readBodyCapped(request.body, max);
  return bytes ? new TextDecoder().decode(bytes) : null;
}
