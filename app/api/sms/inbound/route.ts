// POST /api/sms/inbound — an SMS sent to the district's number, as the gateway posts it (signed:
// lib/notify/inbound/signature.ts). Everything happens in lib/notify/inbound/dispatch.ts.
import { receiveInboundSms } from '@/lib/notify/inbound/dispatch';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return receiveInboundSms(request);
}
