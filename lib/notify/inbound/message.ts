// What a gateway posts: form-encoded or JSON, its fields under the names Bangladeshi gateways use.
//   sender:     sender | from | msisdn      (any spelling lib/phone.ts reads: 01…, 8801…, +8801…)
//   text:       text | message | sms
//   message id: message_id | smsid | id    (the gateway's own id: taken once, the replay guard)
import { z } from 'zod';
import { normalizePhone } from '@/lib/phone';

const ALIASES = { sender: ['sender', 'from', 'msisdn'], text: ['text', 'message', 'sms'], gatewayId: ['message_id', 'smsid', 'id'] } as const;

/** A body larger than this is not an SMS. */
export const MAX_BODY_BYTES = 16_384;

/**
 * The text as PostgreSQL can store it and a person meant it: line breaks and tabs become spaces,
 * every other control character (NUL above all: PostgreSQL refuses it, and the gateway would retry
 * a 500 forever) goes, and a lone surrogate half becomes U+FFFD.
 */
export const withoutControls = (value: string) =>
  value
    .toWellFormed()
    .replace(/[\t\n\v\f\r\u0085\u2028\u2029]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '');

const clean = z.string().transform(withoutControls);

export const inboundSchema = z.object({
  sender: clean.transform((value, ctx) => normalizePhone(value) ?? (ctx.addIssue({ code: 'custom', message: 'sender' }), z.NEVER)),
  // Long concatenated SMS exist; more than this is not a question.
  text: clean.pipe(z.string().max(1_600)).transform((value) => value.normalize('NFC')),
  gatewayId: clean.pipe(z.string().trim().min(1).max(200)),
});

export type InboundMessage = z.infer<typeof inboundSchema>;

/** The message in `raw` (form-encoded unless the content type says JSON), or null when it is not one. */
export function parseInbound(raw: string, contentType: string | null): InboundMessage | null {
  let fields: Record<string, unknown>;
  if (/^application\/json/i.test(contentType ?? '') || /^\s*\{/.test(raw)) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
      fields = parsed as Record<string, unknown>;
    } catch {
      return null;
    }
  } else fields = Object.fromEntries(new URLSearchParams(raw));
  const pick = (names: readonly string[]) => {
    const value = names.map((name) => fields[name]).find((v) => v !== undefined && v !== null && v !== '');
    return typeof value === 'number' ? String(value) : value;
  };
  const result = inboundSchema.safeParse({ sender: pick(ALIASES.sender), text: pick(ALIASES.text) ?? '', gatewayId: pick(ALIASES.gatewayId) });
  return result.success ? result.data : null;
}
