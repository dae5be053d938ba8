// The signing relay (scripts/sms-relay.ts) as a gateway meets it: a post with the wrong key gets
// 401 and goes nowhere; one with the right key reaches Haat signed, its body as it came, and the
// gateway gets Haat's answer back.
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
let relay: ChildProcess;
let relayPort: number;

beforeAll(async () => {
  const haatPort = await freePort();
  haat = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const signed = verifyInbound((req.headers[SIGNATURE_HEADER] as string | undefined) ?? null, body, SECRET);
    received.push({ body, signed, type: req.headers['content-type'] });
    res.writeHead(signed ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: signed }));
  }).listen(haatPort, '127.0.0.1');
  relayPort = await freePort();
  relay = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/sms-relay.ts')], {
    env: { ...process.env, SMS_INBOUND_SECRET: SECRET, SMS_RELAY_KEY: KEY, HAAT_INBOUND_URL: `http://127.0.0.1:${haatPort}/api/sms/inbound`, PORT: String(relayPort) },
    stdio: 'ignore',
  });
  const up = await waitFor(() => fetch(`http://127.0.0.1:${relayPort}/`).then(() => true, () => false), 30_000);
  if (!up) throw new Error('the relay did not start');
}, 60_000);

afterAll(() => {
  relay?.kill();
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

  it('signs the body as it came and answers with Haat’s answer (key in the URL or a header)', async () => {
    const viaUrl = await post(`http://127.0.0.1:${relayPort}/?key=${KEY}`);
    expect(viaUrl.status).toBe(200);
    expect(await viaUrl.json()).toEqual({ ok: true });
    expect((await post(`http://127.0.0.1:${relayPort}/`, { 'x-relay-key': KEY })).status).toBe(200);
    expect(received).toEqual([
      { body, signed: true, type: 'application/x-www-form-urlencoded' },
      { body, signed: true, type: 'application/x-www-form-urlencoded' },
    ]);
  });
});
