// SMS behind one small interface. Two transports: a development sink (messages stored in the
// database and shown at /dev/sms; never in production) and an HTTP gateway in the shape
// Bangladeshi bulk-SMS providers use (api_key, senderid, number, message). Every message is
// recorded in SmsMessage, whichever transport carried it.
import { db } from '@/lib/db/client';
import { env } from '@/lib/env';

export interface SmsTransport {
  readonly name: string;
  send(to: string, body: string): Promise<void>;
}

/** Stores the message and nothing else: development and tests read it from the database. */
export const devSink: SmsTransport = { name: 'dev-sink', send: async () => {} };

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

export const devSinkEnabled = () => env().HAAT_ENV !== 'production' && !env().SMS_GATEWAY_URL;

/** Sends one SMS and records it; throws when the transport fails (the record says FAILED). */
export async function sendSms(to: string, body: string, purpose: string, transport: SmsTransport = smsTransport()): Promise<void> {
  const message = await db.smsMessage.create({ data: { to, body, purpose, transport: transport.name } });
  try {
    await transport.send(to, body);
    await db.smsMessage.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: new Date(), attempts: 1 } });
  } catch (error) {
    await db.smsMessage.update({ where: { id: message.id }, data: { status: 'FAILED', error: (error as Error).message.slice(0, 500), attempts: 1 } });
    throw error;
  }
}
