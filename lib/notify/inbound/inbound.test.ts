// Search by SMS end to end: signed posts to the route handler, the demo district indexed in the
// real Meilisearch, the replies read from the SMS log (SmsMessage, what sendSms() queued).
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { metrics } from '@/lib/metrics/registry';
import { newOrderCode, newOrderToken } from '@/lib/orders/codes';
import { getOrderByToken } from '@/lib/orders/manage';
import { ensureIndexes, waitForTask } from '@/lib/search/engine';
import { enqueueAll } from '@/lib/search/outbox';
import { drainSearchOutbox } from '@/lib/testing/search';
import { seedDemo } from '../../../prisma/seed/demo';
import { fitSms, SMS_MAX } from './reply';
import { hit } from '@/lib/security/rate-limit';
import { dailyKey, OVERALL_KEY, overallHourly, perNumberDaily, SENDER_LIMIT } from './dispatch';
import { MAX_BODY_BYTES } from './message';
import { signInbound } from './signature';

const SECRET = 'inbound-test-secret-0123456789';
vi.hoisted(() => Object.assign(process.env, { SMS_INBOUND_SECRET: 'inbound-test-secret-0123456789' }));
const { POST } = await import('@/app/api/sms/inbound/route');

beforeAll(async () => {
  await seedDemo(db, path.join(process.env.HAAT_DATA_DIR!, 'media'));
  for (const task of await ensureIndexes()) await waitForTask(task, 60_000);
  await enqueueAll();
  await drainSearchOutbox();
}, 180_000);

const URL_ = 'http://localhost:3000/api/sms/inbound';
let seq = 0;
let senderSeq = 0;
/** A sender of its own for each test (rate limits and MORE are per sender), never a demo number. */
const newSender = () => `+88019110${String(100 + senderSeq++).padStart(5, '0')}`;

const postRaw = (body: string, headers: Record<string, string>) => POST(new Request(URL_, { method: 'POST', body, headers }));
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** Posts one signed SMS as a gateway does (form-encoded) and reads what came of it. */
async function sms(sender: string, text: string) {
  const gatewayId = `gw-${Date.now()}-${seq++}`;
  const body = form({ from: sender.replace(/^\+/, ''), message: text, smsid: gatewayId });
  const res = await postRaw(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-haat-signature': signInbound(body, SECRET) });
  const row = await db.inboundSms.findUnique({ where: { gatewayId } });
  const reply = row?.replyId ? (await db.smsMessage.findUniqueOrThrow({ where: { id: row.replyId } })).body : null;
  return { status: res.status, outcome: row?.outcome, command: row?.command, reply };
}

const numbersIn = (reply: string | null) => [...(reply ?? '').matchAll(/01[3-9]\d{8}/g)].map((m) => `+88${m[0]}`);
const smsCounts = async () => ({ log: await db.smsMessage.count(), sink: await db.devSms.count(), inbound: await db.inboundSms.count() });

/** Every number in a reply is a verified provider's or shop's. */
async function expectVerified(phones: string[]) {
  for (const phone of phones) {
    const [provider, shop] = await Promise.all([db.provider.findFirst({ where: { phone, verification: 'VERIFIED' } }), db.shop.findFirst({ where: { phone, verification: 'VERIFIED' } })]);
    expect(provider ?? shop, phone).not.toBeNull();
  }
}

describe('search by SMS: any script, typos, area names', () => {
  it.each([
    ['PITHA SHERPUR', 'মায়ের হাতের পিঠা', '+8801700000002'],
    ['পিঠা শেরপুর', 'মায়ের হাতের পিঠা', '+8801700000002'],
    ['pita sherpur', 'মায়ের হাতের পিঠা', '+8801700000002'],
    ['ইলেকট্রিশিয়ান মির্জাপুর', 'মোঃ আব্দুল', '+8801700000003'],
    ['electrician mirzapur', 'মোঃ আব্দুল করিম', '+8801700000003'],
    ['electrishan mirjapur', 'মোঃ আব্দুল করিম', '+8801700000003'],
    ['Electrician  Mirzapur!', 'মোঃ আব্দুল করিম', '+8801700000003'],
  ])('%s → %s first, with her number, in one SMS', async (text, name, phone) => {
    const { status, outcome, command, reply } = await sms(newSender(), text);
    expect(status).toBe(200);
    expect({ outcome, command }).toEqual({ outcome: 'replied', command: 'search' });
    expect(reply!.length).toBeLessThanOrEqual(SMS_MAX);
    const lines = reply!.split('\n');
    expect(lines[0]).toMatch(/^হাট: /);
    expect(lines[1]).toContain(name);
    expect(numbersIn(reply)[0]).toBe(phone);
    // Latin digits for the number, Bengali for the rest.
    expect(lines[1]).toMatch(new RegExp(`^১\\. .+ ${phone.replace('+88', '')}$`));
    expect(numbersIn(reply).length).toBeLessThanOrEqual(3);
    await expectVerified(numbersIn(reply));
  });

  it('MORE (আরো, aro) sends the next three of the last search, then says there is no more', async () => {
    const sender = newSender();
    const first = await sms(sender, 'electrician');
    expect(first.reply).toContain('পরের ৩টি: আরো');
    const pages = [numbersIn(first.reply)];
    expect(pages[0]).toHaveLength(3);
    for (const more of ['আরো', 'aro', 'MORE']) {
      const next = await sms(sender, more);
      expect(next).toMatchObject({ status: 200, outcome: 'replied', command: 'more' });
      expect(next.reply!.length).toBeLessThanOrEqual(SMS_MAX);
      pages.push(numbersIn(next.reply));
      if (numbersIn(next.reply).length === 0) {
        expect(next.reply).toContain('আর কিছু নেই');
        break;
      }
    }
    expect(pages[1]!.length).toBeGreaterThan(0);
    // No one twice.
    const all = pages.flat();
    expect(new Set(all).size).toBe(all.length);
    await expectVerified(all);
  });

  it('MORE without a search before it says to search first', async () => {
    const { reply, command } = await sms(newSender(), 'more');
    expect(command).toBe('more');
    expect(reply).toContain('আগে কিছু খুঁজুন');
  });

  it('HELP, সাহায্য and sahajjo explain the keywords in one SMS', async () => {
    for (const text of ['HELP', 'সাহায্য', 'sahajjo']) {
      const { reply, command } = await sms(newSender(), text);
      expect(command).toBe('help');
      expect(reply).toContain('পিঠা শেরপুর');
      expect(reply).toContain('রক্ত B+');
      expect(reply).toContain('আরো');
      expect(reply!.length).toBeLessThanOrEqual(SMS_MAX);
    }
  });

  it('a known word that finds nothing gets "nothing found, try …"', async () => {
    const { reply, command } = await sms(newSender(), 'zzqx garidaha');
    expect(command).toBe('search');
    expect(reply).toContain('গাড়িদহ এলাকায় "zzqx" পাওয়া যায়নি');
  });

  it('junk that the search only fuzzily matches ("zzzz", "qwrtp") gets the HELP reply, not a list of shops', async () => {
    for (const text of ['zzzz', 'qwrtp xkcd']) {
      const { reply, command } = await sms(newSender(), text);
      expect({ text, command }).toEqual({ text, command: 'unknown' });
      expect(numbersIn(reply)).toEqual([]);
    }
    // A shop's own name is still found (no trade word in it).
    const byName = await sms(newSender(), 'মায়ের হাতের');
    expect(numbersIn(byName.reply)[0]).toBe('+8801700000002');
  });

  it('an unknown keyword gets the HELP reply once, then nothing within the hour', async () => {
    const sender = newSender();
    const first = await sms(sender, 'xyzzy qwerty');
    expect(first).toMatchObject({ outcome: 'replied', command: 'unknown' });
    expect(first.reply).toContain('এই বার্তা: সাহায্য');
    const before = await smsCounts();
    const second = await sms(sender, 'blorp');
    expect(second).toMatchObject({ status: 200, outcome: 'helpOnce', reply: null });
    expect((await smsCounts()).log).toBe(before.log);
    // A real question still gets its answer.
    expect((await sms(sender, 'pitha')).outcome).toBe('replied');
  });

  it('empty or garbage texts get nothing (and are logged)', async () => {
    const sender = newSender();
    const before = await smsCounts();
    for (const text of ['', '   ', '!!!', '😀😀👍', '12345', '?']) {
      const result = await sms(sender, text);
      expect(result, JSON.stringify(text)).toMatchObject({ status: 200, outcome: 'garbage', reply: null });
    }
    const after = await smsCounts();
    expect(after.log).toBe(before.log);
    expect(after.inbound).toBe(before.inbound + 6);
  });

  it('each sender is limited to ten answers an hour; the eleventh gets nothing', async () => {
    const sender = newSender();
    for (let i = 0; i < 10; i++) expect((await sms(sender, 'help')).outcome).toBe('replied');
    const before = await smsCounts();
    const refused = metrics.rateLimitRefusals.get({ limit: 'sms-inbound' });
    expect(await sms(sender, 'help')).toMatchObject({ status: 200, outcome: 'limited', reply: null });
    expect((await smsCounts()).log).toBe(before.log);
    expect(metrics.rateLimitRefusals.get({ limit: 'sms-inbound' })).toBe(refused + 1);
    // Someone else is answered.
    expect((await sms(newSender(), 'help')).outcome).toBe('replied');
  });
});

describe('search by SMS: a place named keeps the results inside it', () => {
  /** Whether every number in the reply is a provider's or shop's inside the area `slug`. */
  async function allInside(reply: string | null, slug: string) {
    const area = await db.area.findUniqueOrThrow({ where: { slug } });
    for (const phone of numbersIn(reply)) {
      const [provider, shop] = await Promise.all([db.provider.findFirst({ where: { phone }, select: { area: { select: { path: true } } } }), db.shop.findFirst({ where: { phone }, select: { area: { select: { path: true } } } })]);
      expect((provider ?? shop)!.area.path.startsWith(area.path), phone).toBe(true);
    }
  }

  it('pitha sherpur lists only Sherpur’s; pitha kishoreganj never sends to Sherpur: Kishoreganj’s or "none in Kishoreganj"', async () => {
    const sherpur = await sms(newSender(), 'pitha sherpur');
    expect(numbersIn(sherpur.reply).length).toBeGreaterThan(0);
    await allInside(sherpur.reply, 'sherpur-bogura');
    const elsewhere = await sms(newSender(), 'pitha kishoreganj');
    expect(elsewhere.outcome).toBe('replied');
    expect(numbersIn(elsewhere.reply)).not.toContain('+8801700000002');
    if (numbersIn(elsewhere.reply).length === 0) expect(elsewhere.reply).toMatch(/কিশোরগঞ্জ এলাকায় .+ পাওয়া যায়নি/);
    else await allInside(elsewhere.reply, 'kishoreganj');
    expect(elsewhere.reply!.length).toBeLessThanOrEqual(SMS_MAX);
  });

  it('fitSms writes each entry’s place when it fits, and leaves places out before entries', () => {
    const items = [
      { name: 'রিনা দর্জি', phone: '+8801711000001', place: 'গাড়িদহ' },
      { name: 'মিনা টেইলার্স', phone: '+8801711000002', place: 'খামারকান্দি' },
    ];
    const two = fitSms({ head: 'হাট: দর্জি শেরপুর', items });
    expect(two).toBe('হাট: দর্জি শেরপুর\n১. রিনা দর্জি, গাড়িদহ 01711000001\n২. মিনা টেইলার্স, খামারকান্দি 01711000002');
    const long = 'শ্রীমতী কল্পনা রানী দাস চৌধুরী মজুমদার';
    const three = fitSms({ head: 'হাট: দর্জি শেরপুর', items: [...items, { name: long, phone: '+8801711000003', place: 'শেরপুর' }].map((i) => ({ ...i, name: `${i.name} ${long}` })), tail: 'পরের ৩টি: আরো' });
    expect(three.length).toBeLessThanOrEqual(SMS_MAX);
    expect(numbersIn(three)).toHaveLength(3);
  });

  it('names that would read the same once shortened stay apart (cut in the middle)', () => {
    const items = ['উপজেলা নির্বাহী কর্মকর্তার কার্যালয়, শেরপুর', 'উপজেলা নির্বাহী কর্মকর্তার কার্যালয়, ধুনট', 'উপজেলা নির্বাহী কর্মকর্তার কার্যালয়, শাজাহানপুর'].map((name, i) => ({ name, phone: `+880171100000${i}` }));
    const text = fitSms({ head: 'হাট: ইউএনও অফিস', items, tail: 'পরের ৩টি: আরো' });
    expect(text.length).toBeLessThanOrEqual(SMS_MAX);
    const names = text.split('\n').slice(1, 4).map((l) => l.replace(/ 01\d+$/, ''));
    expect(new Set(names).size).toBe(3);
  });
});

describe('blood by SMS', () => {
  const laili = '+8801711000195'; // B+, Garidaha (Sherpur), may give
  const habibur = '+8801711000187'; // B+, Sughat (Sherpur), may give

  it('rokto B+ garidaha, রক্ত বি+ শেরপুর, blood b positive sherpur: eligible donors of the group in the place', async () => {
    const garidaha = await sms(newSender(), 'rokto B+ garidaha');
    expect(garidaha).toMatchObject({ outcome: 'replied', command: 'blood' });
    expect(garidaha.reply).toMatch(/^রক্ত B\+, গাড়িদহ:/);
    expect(numbersIn(garidaha.reply)).toEqual([laili]);
    for (const text of ['রক্ত বি+ শেরপুর', 'blood b positive sherpur', 'Rokto B pos Sherpur', 'B+ blood sherpur']) {
      const { reply } = await sms(newSender(), text);
      expect(reply!.length).toBeLessThanOrEqual(SMS_MAX);
      expect(numbersIn(reply).sort(), text).toEqual([habibur, laili].sort());
    }
    // O− in Sherpur: one who may give; the group's other donors there gave too recently or live elsewhere.
    expect(numbersIn((await sms(newSender(), 'blood o neg sherpur')).reply)).toEqual(['+8801711000190']);
  });

  it('a request without a group or a place says how to ask', async () => {
    for (const text of ['rokto', 'রক্ত গাড়িদহ', 'blood B+ nowhere']) {
      const { reply, command } = await sms(newSender(), text);
      expect(command).toBe('blood');
      expect(reply, text).toContain('রক্ত B+ গাড়িদহ');
      expect(numbersIn(reply)).toEqual([]);
    }
  });

  it('a donor who chose not to be shared by SMS is left out (the web still lists her)', async () => {
    await db.provider.updateMany({ where: { phone: laili }, data: { donorSmsShared: false } });
    try {
      expect(numbersIn((await sms(newSender(), 'রক্ত বি+ শেরপুর')).reply)).toEqual([habibur]);
      const { reply } = await sms(newSender(), 'rokto B+ garidaha');
      expect(reply).toContain('পাওয়া যায়নি');
      expect(numbersIn(reply)).toEqual([]);
    } finally {
      await db.provider.updateMany({ where: { phone: laili }, data: { donorSmsShared: true } });
    }
  });

  it('a sender gets at most three blood answers a day; the reveal counts as the web counts it', async () => {
    const sender = newSender();
    for (let i = 0; i < 3; i++) expect(numbersIn((await sms(sender, 'rokto B+ sherpur')).reply)).toHaveLength(2);
    expect((await db.rateLimit.findUnique({ where: { key: `blood:reveal:${sender}` } }))?.count).toBe(3);
    const capped = await sms(sender, 'rokto B+ sherpur');
    expect(capped.outcome).toBe('replied');
    expect(capped.reply).toContain('আজ আর দাতার নম্বর পাঠানো যাবে না');
    expect(numbersIn(capped.reply)).toEqual([]);
  });

  it('answers with no donor do not use up the daily three; negative groups are written with an ASCII hyphen', async () => {
    const sender = newSender();
    // Garidaha's one B+ donor kept out of SMS (as above): "none found", four times.
    await db.provider.updateMany({ where: { phone: laili }, data: { donorSmsShared: false } });
    try {
      for (let i = 0; i < 4; i++) {
        const none = await sms(sender, 'rokto B+ garidaha');
        expect(none.reply).toContain('পাওয়া যায়নি');
      }
    } finally {
      await db.provider.updateMany({ where: { phone: laili }, data: { donorSmsShared: true } });
    }
    const negative = await sms(sender, 'blood o neg sherpur');
    expect(negative.reply).toMatch(/^রক্ত O-, /);
    expect(negative.reply).not.toContain('\u2212');
    expect(numbersIn(negative.reply)).toEqual(['+8801711000190']);
    expect((await db.rateLimit.findUnique({ where: { key: `blood-sms:${sender}` } }))?.count).toBe(1);
  });
});

describe('POST /api/sms/inbound: signature, replay, body', () => {
  const signedForm = (fields: Record<string, string>, options: { secret?: string; now?: number } = {}) => {
    const body = form(fields);
    return { body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-haat-signature': signInbound(body, options.secret ?? SECRET, options.now) } };
  };

  it('a forged signature, a stale or future timestamp, an altered body or no signature → 401 and nothing sent or stored', async () => {
    const fields = { sender: '01911000999', text: 'help', message_id: `forge-${seq++}` };
    const before = await smsCounts();
    const refused = metrics.inboundSms.get({ outcome: 'refused' });
    const forged = signedForm(fields, { secret: 'another-secret-0123456789' });
    const stale = signedForm(fields, { now: Date.now() - 6 * 60_000 });
    const future = signedForm(fields, { now: Date.now() + 6 * 60_000 });
    const good = signedForm(fields);
    for (const [body, headers] of [
      [forged.body, forged.headers],
      [stale.body, stale.headers],
      [future.body, future.headers],
      [good.body.replace('help', 'pitha'), good.headers],
      [good.body, { 'content-type': 'application/x-www-form-urlencoded' }],
      [good.body, { ...good.headers, 'x-haat-signature': 't=1,v1=zz' }],
    ] as const) {
      const res = await postRaw(body, headers);
      expect(res.status).toBe(401);
    }
    expect(await smsCounts()).toEqual(before);
    expect(metrics.inboundSms.get({ outcome: 'refused' })).toBe(refused + 6);
  });

  it('a replayed message id → 401, nothing sent again, even when signed afresh', async () => {
    const fields = { msisdn: '8801911000998', sms: 'pitha', id: `replay-${seq++}` };
    const first = signedForm(fields);
    expect((await postRaw(first.body, first.headers)).status).toBe(200);
    const before = await smsCounts();
    expect((await postRaw(first.body, first.headers)).status).toBe(401);
    const again = signedForm(fields);
    expect((await postRaw(again.body, again.headers)).status).toBe(401);
    expect(await smsCounts()).toEqual(before);
  });

  it('takes JSON too, with the other field names', async () => {
    const body = JSON.stringify({ msisdn: '+8801911000997', text: 'সাহায্য', message_id: `json-${seq++}` });
    const res = await postRaw(body, { 'content-type': 'application/json', 'x-haat-signature': signInbound(body, SECRET) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, outcome: 'replied' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await db.smsMessage.findFirstOrThrow({ where: { to: '+8801911000997' } })).body).toContain('পিঠা শেরপুর');
  });

  it('a signed but bad body → 400 and nothing stored', async () => {
    const before = await smsCounts();
    for (const fields of [{ text: 'help', message_id: 'x1' }, { sender: '12345', text: 'help', message_id: 'x2' }, { sender: '01911000996', text: 'help' }]) {
      const { body, headers } = signedForm(fields as Record<string, string>);
      expect((await postRaw(body, headers)).status, JSON.stringify(fields)).toBe(400);
    }
    const broken = '{"sender": ';
    expect((await postRaw(broken, { 'content-type': 'application/json', 'x-haat-signature': signInbound(broken, SECRET) })).status).toBe(400);
    expect(await smsCounts()).toEqual(before);
  });
});

describe('POST /api/sms/inbound: what an unauthenticated post can cost', () => {
  /** A chunked body (no Content-Length) of `total` bytes in 1 KB chunks, counting what the server pulled. */
  function chunked(total: number) {
    const pulled = { bytes: 0 };
    const chunk = new Uint8Array(1024).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.bytes >= total) return controller.close();
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { pulled, request: new Request(URL_, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-haat-signature': 't=1,v1=00' }, duplex: 'half' } as RequestInit) };
  }

  it('a chunked body past the limit → 413, read no further than the limit, nothing stored', async () => {
    const before = await smsCounts();
    const { pulled, request } = chunked(8 * 1024 * 1024);
    expect(request.headers.get('content-length')).toBeNull();
    const res = await POST(request);
    expect(res.status).toBe(413);
    expect(pulled.bytes).toBeLessThan(MAX_BODY_BYTES + 64 * 1024);
    expect(await smsCounts()).toEqual(before);
  });

  it('a declared Content-Length past the limit → 413 before anything is read', async () => {
    const res = await postRaw('x'.repeat(100), { 'content-length': String(MAX_BODY_BYTES + 1), 'x-haat-signature': 't=1,v1=00' });
    expect(res.status).toBe(413);
  });

  it('NUL and other control characters in text, sender or gateway id are taken out, never a 500; line breaks become spaces', async () => {
    const sender = newSender();
    const gatewayId = `ctl-${Date.now()}-${seq++}`;
    // NUL in the text and id made PostgreSQL refuse the row: a 500, and the gateway retried it forever.
    const body = JSON.stringify({ sender, text: 'pitha\u0000\nsherpur\u0007', message_id: `${gatewayId}\u0000\u001b` });
    const res = await postRaw(body, { 'content-type': 'application/json', 'x-haat-signature': signInbound(body, SECRET) });
    expect(res.status).toBe(200);
    const row = await db.inboundSms.findUniqueOrThrow({ where: { gatewayId } });
    expect(row).toMatchObject({ sender, text: 'pitha sherpur', outcome: 'replied' });
    const inSender = JSON.stringify({ sender: `${sender.slice(1, 5)}\u0000${sender.slice(5)}`, text: 'help', message_id: `${gatewayId}-s` });
    expect((await postRaw(inSender, { 'content-type': 'application/json', 'x-haat-signature': signInbound(inSender, SECRET) })).status).toBe(200);
    expect(await db.inboundSms.findUniqueOrThrow({ where: { gatewayId: `${gatewayId}-s` } })).toMatchObject({ sender, outcome: 'replied' });
    // A text of nothing but control characters is garbage, not an error.
    const junk = JSON.stringify({ sender, text: '\u0000\u0001\u0002', message_id: `junk-${seq++}` });
    const junkRes = await postRaw(junk, { 'content-type': 'application/json', 'x-haat-signature': signInbound(junk, SECRET) });
    expect(junkRes.status).toBe(200);
    expect(await junkRes.json()).toEqual({ ok: true, outcome: 'garbage' });
    // A gateway id of control characters only is no id: 400, not 500.
    const noId = JSON.stringify({ sender, text: 'help', message_id: '\u0000\u0000' });
    expect((await postRaw(noId, { 'content-type': 'application/json', 'x-haat-signature': signInbound(noId, SECRET) })).status).toBe(400);
  });
});

describe('reply caps: per number per day (HELP too), and for the whole deployment per hour', () => {
  const fill = (key: string, count: number, windowMs: number) =>
    db.rateLimit.upsert({ where: { key }, create: { key, count, resetAt: new Date(Date.now() + windowMs) }, update: { count, resetAt: new Date(Date.now() + windowMs) } });

  it('a number that had its replies for the day gets nothing more, HELP included; the outcome, the metric and a warn line say so', async () => {
    const sender = newSender();
    const { max, windowMs } = perNumberDaily();
    expect(max).toBe(30);
    await fill(dailyKey(sender), max - 1, windowMs);
    expect(await sms(sender, 'help')).toMatchObject({ outcome: 'replied' });
    const capped = metrics.inboundSms.get({ outcome: 'dailyCap' });
    const before = await db.smsMessage.count({ where: { to: sender } });
    for (const text of ['help', 'pitha sherpur', 'qwxz zzkq']) {
      const { status, outcome, reply } = await sms(sender, text);
      expect({ status, outcome, reply }, text).toEqual({ status: 200, outcome: 'dailyCap', reply: null });
    }
    expect(await db.smsMessage.count({ where: { to: sender } })).toBe(before);
    expect(metrics.inboundSms.get({ outcome: 'dailyCap' })).toBe(capped + 3);
  });

  it('an unknown sender’s HELP replies count against her daily cap', async () => {
    const sender = newSender();
    expect(await sms(sender, 'qwxz zzkq')).toMatchObject({ outcome: 'replied', command: 'unknown' });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: dailyKey(sender) } })).count).toBe(1);
  });

  it('the deployment’s hourly cap: over it nobody is answered and nothing is sent', async () => {
    const { max, windowMs } = overallHourly();
    expect(max).toBe(500);
    const saved = await db.rateLimit.findUnique({ where: { key: OVERALL_KEY } });
    await fill(OVERALL_KEY, max, windowMs);
    try {
      const capped = metrics.inboundSms.get({ outcome: 'hourlyCap' });
      const sender = newSender();
      const { status, outcome, reply } = await sms(sender, 'pitha sherpur');
      expect({ status, outcome, reply }).toEqual({ status: 200, outcome: 'hourlyCap', reply: null });
      expect(await db.smsMessage.count({ where: { to: sender } })).toBe(0);
      expect(metrics.inboundSms.get({ outcome: 'hourlyCap' })).toBe(capped + 1);
    } finally {
      if (saved) await fill(OVERALL_KEY, saved.count, saved.resetAt.getTime() - Date.now());
      else await db.rateLimit.delete({ where: { key: OVERALL_KEY } });
    }
  });
});

describe('fitSms: one SMS, names shortened, numbers whole', () => {
  const long = 'শ্রীমতী কল্পনা রানী দাস চৌধুরী মজুমদার ও তাঁর পরিবারের হাতের তৈরি পিঠা ঘর';
  it('shortens long names, never a number, and stays within two segments', () => {
    const items = ['+8801711000001', '+8801711000002', '+8801711000003'].map((phone) => ({ name: long, phone }));
    const text = fitSms({ head: 'হাট: পিঠা শেরপুর', items, tail: 'পরের ৩টি: আরো' });
    expect(text.length).toBeLessThanOrEqual(SMS_MAX);
    expect(numbersIn(text)).toEqual(items.map((i) => i.phone));
    expect(text).toContain('…');
    // No conjunct is broken: a line never ends its name on a hasanta.
    expect(text).not.toMatch(/্…/);
  });

  it('drops the last entries rather than cut a number when even short names do not fit', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ name: long, phone: `+88017110000${i}0` }));
    const text = fitSms({ head: 'হাট:', items });
    expect(text.length).toBeLessThanOrEqual(SMS_MAX);
    expect(numbersIn(text).length).toBeGreaterThan(2);
    expect(numbersIn(text)).toEqual(items.slice(0, numbersIn(text).length).map((i) => i.phone));
  });

  it('a plain text too long is cut before a number, not inside it', () => {
    const text = fitSms(`${'ক'.repeat(125)} 01711000001`);
    expect(text.length).toBeLessThanOrEqual(SMS_MAX);
    expect(text).not.toMatch(/\d/);
  });
});

describe('a seller answers a new order by SMS', () => {
  /** A new order for the demo pitha shop, as a buyer places one (one of its products, picked up). */
  async function newPithaOrder() {
    const shop = await db.shop.findUniqueOrThrow({ where: { slug: 'pitha' }, include: { products: { take: 1 } } });
    const product = shop.products[0]!;
    const placed = await db.order.create({
      data: {
        code: newOrderCode(),
        token: newOrderToken(),
        shopId: shop.id,
        buyerName: 'ক্রেতা',
        buyerPhone: newSender(),
        delivery: 'PICKUP',
        neededOn: new Date(Date.now() + 2 * 86_400_000),
        subtotalPoisha: product.pricePoisha,
        totalPoisha: product.pricePoisha,
        paymentMethod: 'COD',
        status: 'PLACED',
        items: { create: [{ productId: product.id, nameBn: product.nameBn, unitPricePoisha: product.pricePoisha, quantity: 1, lineTotalPoisha: product.pricePoisha }] },
        events: { create: [{ toStatus: 'PLACED' }] },
      },
    });
    return { shop, placed };
  }

  it('OK <code> from the shop’s phone accepts it; the buyer is told and her tracking page shows it', async () => {
    const { shop, placed } = await newPithaOrder();
    // Someone else's "OK" for it is not an order of theirs, and changes nothing.
    const stranger = await sms(newSender(), `OK ${placed.code}`);
    expect(stranger).toMatchObject({ status: 200, command: 'order' });
    expect((await getOrderByToken(placed.token))!.status).toBe('PLACED');

    const answer = await sms(shop.phone, `ok ${placed.code.toLowerCase()}`);
    expect(answer).toMatchObject({ status: 200, command: 'order' });
    expect(answer.reply).toContain(`অর্ডার ${placed.code} গ্রহণ করা হলো`);
    expect(answer.reply!.length).toBeLessThanOrEqual(SMS_MAX);
    expect((await getOrderByToken(placed.token))!.status).toBe('CONFIRMED');
    const toBuyer = await db.smsMessage.findMany({ where: { to: placed.buyerPhone, purpose: 'order-status' }, select: { body: true } });
    expect(toBuyer.map((s) => s.body)).toEqual([expect.stringContaining(`অর্ডার ${placed.code} বিক্রেতা নিশ্চিত করেছেন`)]);
  });

  it('her OK is answered even after ten searches in the hour (the per-sender limit is for searches); a bare OK asks for the code', async () => {
    const { shop, placed } = await newPithaOrder();
    // Her ten answers of the hour are used up (as by ten searches).
    for (let i = 0; i < SENDER_LIMIT.max; i++) await hit(`sms-inbound:${shop.phone}`, SENDER_LIMIT);
    expect(await sms(shop.phone, 'পিঠা')).toMatchObject({ outcome: 'limited' });
    const bare = await sms(shop.phone, 'OK');
    expect(bare).toMatchObject({ outcome: 'replied', command: 'order', reply: 'OK-এর পরে অর্ডারের কোড লিখুন, যেমন OK HT7K2Q9X' });
    const answer = await sms(shop.phone, `OK ${placed.code}`);
    expect(answer).toMatchObject({ outcome: 'replied', command: 'order' });
    expect(answer.reply).toContain(`ক্রেতাকে ফোন করুন: ${placed.buyerPhone.replace('+880', '0')}`);
    expect((await getOrderByToken(placed.token))!.status).toBe('CONFIRMED');
  });
});
