// SMS behind one small interface. Sending is off the request path: sendSms() writes the log row
// (SmsMessage) and a durable job in one go, and the worker delivers it with retries
// (deliverSms), so no page waits on a gateway and how long a request takes says nothing about
// whether a message went out. Two transports: a development sink (messages kept in DevSms and
// shown at /dev/sms; never in production) and an HTTP gateway in the shape Bangladeshi bulk-SMS
// providers use (api_key, senderid, number, message). A secret in a message (a one-time code)
// travels only in the job and never reaches the log.
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';
import { enqueueJob, type SqlRunner } from '@/lib/jobs/queue';
import type { Prisma } from '@/lib/generated/prisma/client';

export interface SmsTransport {
  readonly name: string;
  send(to: string, body: string): Promise<void>;
}

/** The development "phone": keeps the whole text in DevSms, where /dev/sms and tests read it. */
export const devSink: SmsTransport = {
  name: 'dev-sink',
  send: async (to, body) => {
    await db.devSms.create({ data: { to, body } });
  },
};

export interface GatewayConfig {
  url: string;
  apiKey: string;
  senderId?: string;
}

/** The request a bulk-SMS gateway expects: a form POST with the number in 880… form. */
export function gatewayRequest(config: GatewayConfig, to: string, body: string): { url: string; init: RequestInit } {
  const form = new URLSearchParams({ api_key: config.apiKey, number: to.replace(/^\+/, ''), message: body, type: 'unicode' });
  if (config.senderId) form.set('senderid', config.senderId);
  return {
    url: config.url,
    init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' }, body: form.toString() },
  };
}

export function httpGateway(config: GatewayConfig, fetcher: typeof fetch = fetch): SmsTransport {
  return {
    name: 'http-gateway',
    async send(to, body) {
      const { url, init } = gatewayRequest(config, to, body);
      const res = await fetcher(url, { ...init, signal: AbortSignal.timeout(10_000) });
      const text = await res.text();
      // Gateways answer HTTP 200 with an error code in the body as often as with an HTTP error.
      const code = /"response_code"\s*:\s*"?(\d+)/.exec(text)?.[1];
      if (!res.ok || (code && code !== '200' && code !== '202')) {
        throw new Error(`SMS gateway refused the message (${res.status}): ${text.slice(0, 200)}`);
      }
    },
  };
}

export class SmsNotConfigured extends Error {}

export function smsTransport(): SmsTransport {
  const settings = env();
  if (settings.SMS_GATEWAY_URL && settings.SMS_GATEWAY_KEY) {
    return httpGateway({ url: settings.SMS_GATEWAY_URL, apiKey: settings.SMS_GATEWAY_KEY, senderId: settings.SMS_SENDER_ID });
  }
  if (settings.HAAT_ENV === 'production') throw new SmsNotConfigured('No SMS gateway is configured (SMS_GATEWAY_URL, SMS_GATEWAY_KEY)');
  return devSink;
}

/** The dev sink's inbox, newest first: the last 50 messages, or those to one number. */
export async function devInbox(to?: string) {
  return db.devSms.findMany({ where: typeof to === 'string' && /^\+?\d{6,15}$/.test(to) ? { to } : {}, orderBy: { createdAt: 'desc' }, take: 50 });
}

export const devSinkEnabled = () => env().HAAT_ENV !== 'production' && !env().SMS_GATEWAY_URL;

/** Sends from the worker; how many tries a message gets before it is left FAILED. */
export const SMS_ATTEMPTS = { plain: 8, secret: 4 } as const;

type LogWriter = SqlRunner & { smsMessage: Prisma.TransactionClient['smsMessage'] };

export interface SendOptions {
  /** Part of the text that must never be stored (a one-time code): the log shows •••••• instead. */
  secret?: string;
  /** Queue inside this transaction, so the message exists only if the change commits. */
  tx?: LogWriter;
}

/**
 * Queues one SMS: the log row and the delivery job are written together (in `tx` when given) and
 * the worker sends it. Returns the log row's id.
 */
export async function sendSms(to: string, body: string, purpose: string, options: SendOptions = {}): Promise<string> {
  const logged = options.secret ? body.split(options.secret).join('•'.repeat(options.secret.length)) : body;
  const queue = async (tx: LogWriter) => {
    const message = await tx.smsMessage.create({ data: { to, body: logged, purpose, transport: transportName() } });
    await enqueueJob('sms.send', { id: message.id, ...(options.secret ? { text: body, secret: options.secret } : {}) }, { tx, maxAttempts: options.secret ? SMS_ATTEMPTS.secret : SMS_ATTEMPTS.plain });
    return message.id;
  };
  return options.tx ? queue(options.tx) : db.$transaction((tx) => queue(tx));
}

/** The transport's name as the log records it (the gateway's absence in production is found by start-up). */
function transportName(): string {
  const settings = env();
  return settings.SMS_GATEWAY_URL && settings.SMS_GATEWAY_KEY ? 'http-gateway' : 'dev-sink';
}

/**
 * The worker's side: delivers one queued message through the transport and marks it SENT. A
 * failure is recorded and thrown, so the queue tries again later; a message already SENT (a retry
 * after a crash between sending and recording) is not sent twice.
 */
export async function deliverSms(job: { id: string; text?: string; secret?: string }, transport: SmsTransport = smsTransport()): Promise<void> {
  const message = await db.smsMessage.findUnique({ where: { id: job.id } });
  if (!message || message.status === 'SENT') return;
  try {
    await transport.send(message.to, job.text ?? message.body);
    await db.smsMessage.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: new Date(), attempts: { increment: 1 }, error: null } });
  } catch (error) {
    // Gateways often quote the message in their refusal: the code never reaches the log that way either.
    const said = job.secret ? (error as Error).message.split(job.secret).join('•'.repeat(job.secret.length)) : (error as Error).message;
    await db.smsMessage.update({ where: { id: message.id }, data: { status: 'FAILED', error: said.slice(0, 500), attempts: { increment: 1 } } });
    throw new Error(said);
  }
}
