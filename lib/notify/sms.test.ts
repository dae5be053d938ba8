import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { lastSmsTo, runJobs } from '@/lib/testing/jobs';
import { deliverSms, devInbox, gatewayRequest, httpGateway, sendSms } from './sms';

describe('SMS', () => {
  it('is queued with its log row and delivered by the worker through the development sink', async () => {
    const id = await sendSms('+8801711000001', 'হাট: পরীক্ষা', 'test');
    expect(await db.smsMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ body: 'হাট: পরীক্ষা', transport: 'dev-sink', status: 'QUEUED' });
    expect(await lastSmsTo('+8801711000001')).toBe('হাট: পরীক্ষা');
    expect(await db.smsMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it('keeps a secret (a one-time code) out of the log while the phone gets it whole', async () => {
    const id = await sendSms('+8801711000005', 'হাট: কোড 482913। কাউকে বলবেন না।', 'otp:TEST', { secret: '482913' });
    const row = await db.smsMessage.findUniqueOrThrow({ where: { id } });
    expect(row.body).not.toContain('482913');
    expect(row.body).toContain('••••••');
    expect(await lastSmsTo('+8801711000005')).toContain('482913');
    expect(JSON.stringify(await db.smsMessage.findMany({ where: { to: '+8801711000005' } }))).not.toContain('482913');
  });

  it('keeps the secret out of the log when a gateway quotes the message in its refusal', async () => {
    const id = await sendSms('+8801711000007', 'হাট: কোড 771204।', 'otp:TEST', { secret: '771204' });
    const quoting = httpGateway({ url: 'https://sms.example.com/api', apiKey: 'k' }, async (_url, init) => new Response(`{"response_code":1003,"error_message":"rejected: ${new URLSearchParams(String(init?.body)).get('message')}"}`));
    await expect(deliverSms({ id, text: 'হাট: কোড 771204।', secret: '771204' }, quoting)).rejects.toThrow(/••••••/);
    const row = await db.smsMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('FAILED');
    expect(row.error).not.toContain('771204');
  });

  it('is queued inside a transaction only if the change commits', async () => {
    await expect(
      db.$transaction(async (tx) => {
        await sendSms('+8801711000006', 'x', 'test', { tx });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    await runJobs();
    expect(await db.smsMessage.count({ where: { to: '+8801711000006' } })).toBe(0);
    expect(await db.devSms.count({ where: { to: '+8801711000006' } })).toBe(0);
  });

  it('builds the form post Bangladeshi bulk-SMS gateways expect', async () => {
    const { url, init } = gatewayRequest({ url: 'https://sms.example.com/api', apiKey: 'k', senderId: '8809612345678' }, '+8801711000002', 'কোড ১২৩৪৫৬');
    expect(url).toBe('https://sms.example.com/api');
    expect(init.method).toBe('POST');
    const form = new URLSearchParams(String(init.body));
    expect(Object.fromEntries(form)).toEqual({ api_key: 'k', number: '8801711000002', message: 'কোড ১২৩৪৫৬', type: 'unicode', senderid: '8809612345678' });
  });

  it('marks a message FAILED when the gateway refuses it, even with HTTP 200, and SENT once a retry gets through — never twice', async () => {
    const id = await sendSms('+8801711000003', 'x', 'test');
    const refusing = httpGateway({ url: 'https://sms.example.com/api', apiKey: 'bad' }, async () => new Response('{"response_code":1002,"error_message":"Sender Id/Masking Not Found"}'));
    await expect(deliverSms({ id }, refusing)).rejects.toThrow(/refused/);
    expect(await db.smsMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'FAILED', attempts: 1 });
    let sent = 0;
    const accepting = httpGateway({ url: 'https://sms.example.com/api', apiKey: 'ok' }, async () => {
      sent++;
      return new Response('{"response_code":202,"success_message":"SMS Submitted Successfully"}');
    });
    await deliverSms({ id }, accepting);
    await deliverSms({ id }, accepting);
    expect(sent).toBe(1);
    expect(await db.smsMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'SENT', attempts: 2, error: null });
  });
});

describe('devInbox', () => {
  it('shows what the development sink delivered, newest first, to one number when a number is asked for', async () => {
    await db.devSms.create({ data: { to: '+8801711000031', body: 'প্রথম', createdAt: new Date(Date.now() - 60_000) } });
    await db.devSms.create({ data: { to: '+8801711000031', body: 'দ্বিতীয়' } });
    await db.devSms.create({ data: { to: '+8801711000032', body: 'অন্য কারও' } });
    expect((await devInbox('+8801711000031')).map((m) => m.body)).toEqual(['দ্বিতীয়', 'প্রথম']);
    // Anything that is not a number shows the whole inbox (the latest 50).
    const all = await devInbox("' OR 1=1");
    expect(all.map((m) => m.body)).toEqual(expect.arrayContaining(['প্রথম', 'দ্বিতীয়', 'অন্য কারও']));
    expect(all.length).toBeLessThanOrEqual(50);
    expect(await devInbox()).toEqual(all);
  });
});
