// The signing relay (scripts/sms-relay.ts) as a gateway meets it: a post with the wrong key, or
// the key in the URL, gets 401 and goes nowhere; one with the right key in its header reaches Haat
// signed, its body as it came, and the gateway gets Haat's answer back. With an allow-list of
// gateway addresses, a post from anywhere else gets 403 whatever its key.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, waitFor } from '@/lib/runtime/ports';
import { SIGNATURE_HEADER, verifyInbound } from './signature';

const SECRET = 'relay-test-secret-0123456789';
const KEY = 'relay-test-key-0123456789';
const received: { body: string; signed: boolean; type: string | undefined }[] = [];
let haat: Server;
let relayPort: number;
let haatPort: number;
const relays: ChildProcess[] = [];

/** Starts a relay with these extra settings; its port once it answers. */
async function startRelay(extra: Record<string, string> = {}): Promise<number> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/sms-relay.ts')], {
    env: { ...process.env, SMS_INBOUND_SECRET: SECRET, SMS_RELAY_KEY: KEY, HAAT_INBOUND_URL: `http://127.0.0.1:${haatPort}/api/sms/inbound`, PORT: String(port), ...extra },
    stdio: 'ignore',
  });
  relays.push(child);
  const up = await waitFor(() => fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false), 30_000);
  if (!up) throw new Error('the relay did not start');
  return port;
}

beforeAll(async () => {
  haatPort = await freePort();
  haat = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const signed = verifyInbound((req.headers[SIGNATURE_HEADER] as string | undefined) ?? null, body, SECRET);
    received.push({ body, signed, type: req.headers['content-type'] });
    res.writeHead(signed ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: signed }));
  }).listen(haatPort, '127.0.0.1');
  relayPort = await startRelay();
}, 60_000);

afterAll(() => {
  for (const child of relays) child.kill();
  haat?.close();
});

describe('scripts/sms-relay.ts', () => {
  const body = 'from=8801911000123&text=%E0%A6%AA%E0%A6%BF%E0%A6%A0%E0%A6%BE+sherpur&smsid=relay-1';
  const post = (url: string, headers: Record<string, string> = {}) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });

  it('refuses a wrong or missing key and passes nothing on', async () => {
    expect((await post(`http://127.0.0.1:${relayPort}/?key=wrong-key-0123456789xx`)).status).toBe(401);
    expect((await post(`http://127.0.0.1:${relayPort}/`)).status).toBe(401);
    expect(received).toEqual([]);
  });

  it('refuses the key in the URL, even the right one, and passes nothing on', async () => {
    expect((await post(`http://127.0.0.1:${relayPort}/?key=${KEY}`)).status).toBe(401);
    expect((await post(`http://127.0.0.1:${relayPort}/?key=${KEY}`, { 'x-relay-key': KEY })).status).toBe(401);
    expect(received).toEqual([]);
  });

  it('signs the body as it came and answers with Haat’s answer (the key in its header)', async () => {
    const answer = await post(`http://127.0.0.1:${relayPort}/`, { 'x-relay-key': KEY });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ ok: true });
    expect(received).toEqual([{ body, signed: true, type: 'application/x-www-form-urlencoded' }]);
  });

  it('with SMS_RELAY_ALLOWED_IPS, only the gateway’s addresses get through, whatever the key', async () => {
    received.length = 0;
    const elsewhere = await startRelay({ SMS_RELAY_ALLOWED_IPS: '203.0.113.0/24, 198.51.100.7' });
    expect((await post(`http://127.0.0.1:${elsewhere}/`, { 'x-relay-key': KEY })).status).toBe(403);
    // A forged X-Forwarded-For counts for nothing when no proxy is trusted.
    expect((await post(`http://127.0.0.1:${elsewhere}/`, { 'x-relay-key': KEY, 'x-forwarded-for': '198.51.100.7' })).status).toBe(403);
    expect(received).toEqual([]);
    const here = await startRelay({ SMS_RELAY_ALLOWED_IPS: '203.0.113.0/24,loopback' });
    expect((await post(`http://127.0.0.1:${here}/`, { 'x-relay-key': KEY })).status).toBe(200);
    expect(received).toHaveLength(1);
  }, 60_000);
});
