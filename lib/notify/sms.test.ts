import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { devSink, gatewayRequest, httpGateway, sendSms } from './sms';

describe('SMS', () => {
  it('records what the development sink "sends"', async () => {
    await sendSms('+8801711000001', 'হাট: পরীক্ষা', 'test', devSink);
    const row = await db.smsMessage.findFirstOrThrow({ where: { to: '+8801711000001' } });
    expect(row).toMatchObject({ body: 'হাট: পরীক্ষা', transport: 'dev-sink', status: 'SENT' });
  });

  it('builds the form post Bangladeshi bulk-SMS gateways expect', async () => {
    const { url, init } = gatewayRequest({ url: 'https://sms.example.com/api', apiKey: 'k', senderId: '8809612345678' }, '+8801711000002', 'কোড ১২৩৪৫৬');
    expect(url).toBe('https://sms.example.com/api');
    expect(init.method).toBe('POST');
    const form = new URLSearchParams(String(init.body));
    expect(Object.fromEntries(form)).toEqual({ api_key: 'k', number: '8801711000002', message: 'কোড ১২৩৪৫৬', type: 'unicode', senderid: '8809612345678' });
  });

  it('marks a message FAILED when the gateway refuses it, even with HTTP 200', async () => {
    const refusing = httpGateway({ url: 'https://sms.example.com/api', apiKey: 'bad' }, async () => new Response('{"response_code":1002,"error_message":"Sender Id/Masking Not Found"}'));
    await expect(sendSms('+8801711000003', 'x', 'test', refusing)).rejects.toThrow(/refused/);
    expect((await db.smsMessage.findFirstOrThrow({ where: { to: '+8801711000003' } })).status).toBe('FAILED');
    const accepting = httpGateway({ url: 'https://sms.example.com/api', apiKey: 'ok' }, async () => new Response('{"response_code":202,"success_message":"SMS Submitted Successfully"}'));
    await sendSms('+8801711000004', 'x', 'test', accepting);
    expect((await db.smsMessage.findFirstOrThrow({ where: { to: '+8801711000004' } })).status).toBe('SENT');
  });
});
