// POST /api/sms/inbound's work: a gateway posts an SMS someone sent to the district's number; it is
// checked (signature, time, message id taken once), read, answered by the first handler in
// INBOUND_HANDLERS that knows it, and the reply queued with sendSms(). Each post leaves one
// InboundSms row (the audit log: sender, text, command, outcome) and counts in the
// haat_sms_inbound_total metric by outcome.
//
// Rules: a text with no letter gets nothing; an order command is read first (never limited per
// sender); each sender has SENDER_LIMIT other answers an hour (then nothing); a text with no word the directory knows gets the HELP reply once an hour (then
// nothing); a forged, stale or replayed post is refused (401) and changes nothing. What replies
// cost is capped twice: each number gets at most SMS_INBOUND_DAILY_PER_NUMBER replies a day (HELP
// included) and the deployment sends at most SMS_INBOUND_HOURLY_CAP an hour; over either, the text
// is not handled at all (an order command does nothing either), nothing is sent, and the row's
// outcome says which cap (dailyCap, hourlyCap).
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { Prisma } from '@/lib/generated/prisma/client';
import { log } from '@/lib/log';
import { metrics } from '@/lib/metrics/registry';
import { handleOrderSms, isOrderText } from '@/lib/orders/sms-status';
import { readTextCapped } from '@/lib/security/body';
import { hit, peek } from '@/lib/security/rate-limit';
import { sendSms } from '../sms';
import { isGarbage } from './commands';
import { bloodHandler, helpHandler, moreHandler, searchHandler, type InboundAnswer, type InboundHandler } from './handlers';
import { MAX_BODY_BYTES, parseInbound, type InboundMessage } from './message';
import { fitSms } from './reply';
import { SIGNATURE_HEADER, verifyInbound } from './signature';

/**
 * Who answers an inbound SMS, asked in this order; the first to answer (not null) does. The order
 * commands (`OK <code>`, `NA <code>`, a bare `OK`: lib/orders/sms-status.ts handleOrderSms) are
 * read first, before the per-sender limit (answer() below); the search answers everything else.
 */
export const INBOUND_HANDLERS: { command: string; handle: InboundHandler }[] = [
  { command: 'help', handle: helpHandler },
  { command: 'more', handle: moreHandler },
  { command: 'blood', handle: bloodHandler },
  { command: 'search', handle: searchHandler },
];

/** Answers per sender per hour. */
export const SENDER_LIMIT = { max: 10, windowMs: 3_600_000 } as const;
/** The HELP reply to a text nobody understood: once per sender per hour. */
export const UNKNOWN_HELP_LIMIT = { max: 1, windowMs: 3_600_000 } as const;

/** Replies one number gets in 24 hours (HELP included), from SMS_INBOUND_DAILY_PER_NUMBER. */
export const perNumberDaily = () => ({ max: env().SMS_INBOUND_DAILY_PER_NUMBER ?? 30, windowMs: 86_400_000 });
/** Replies the whole deployment sends in an hour, from SMS_INBOUND_HOURLY_CAP (as otp.ts's overall cap for codes). */
export const overallHourly = () => ({ max: env().SMS_INBOUND_HOURLY_CAP ?? 500, windowMs: 3_600_000 });
export const dailyKey = (sender: string) => `sms-inbound:day:${sender}`;
export const OVERALL_KEY = 'sms-inbound:all';

export type InboundOutcome = 'replied' | 'nothing' | 'garbage' | 'limited' | 'helpOnce' | 'dailyCap' | 'hourlyCap' | 'refused' | 'invalid';

/** The cap a reply to `sender` is over, if any; `take` counts the reply against both. */
async function overCap(sender: string, take: boolean): Promise<'dailyCap' | 'hourlyCap' | null> {
  const check = take ? hit : peek;
  if (!(await check(dailyKey(sender), perNumberDaily())).allowed) return 'dailyCap';
  if (!(await check(OVERALL_KEY, overallHourly())).allowed) return 'hourlyCap';
  return null;
}

function capped(outcome: 'dailyCap' | 'hourlyCap', command: string) {
  log.warn({ event: 'sms-inbound', outcome, command }, outcome === 'dailyCap' ? 'inbound SMS: the number had its replies for the day; nothing sent' : 'inbound SMS: the hourly cap on replies is reached; nothing sent');
  return { outcome, command };
}

const count = (outcome: InboundOutcome) => metrics.inboundSms.inc({ outcome });

/** What the sender's text gets: the first handler's answer, or nothing. */
async function answer(message: InboundMessage): Promise<{ outcome: InboundOutcome; command: string; found?: InboundAnswer }> {
  if (isGarbage(message.text)) return { outcome: 'garbage', command: 'garbage' };
  // A seller's order command is read before the per-sender limit (which is there for searches):
  // her OK/NA is never eaten by it. The daily and hourly caps still apply.
  if (isOrderText(message.text)) {
    const over = await overCap(message.sender, false);
    if (over) return capped(over, 'capped');
    const found = await handleOrderSms(message.sender, message.text);
    if (found) return replied(message.sender, found, 'order');
  }
  if (!(await hit(`sms-inbound:${message.sender}`, SENDER_LIMIT)).allowed) return { outcome: 'limited', command: 'limited' };
  // Over a cap already: the text is not even handled (an order command would act without a reply).
  const over = await overCap(message.sender, false);
  if (over) return capped(over, 'capped');
  for (const { command, handle } of INBOUND_HANDLERS) {
    const found = await handle(message.sender, message.text);
    if (!found) continue;
    if (found.unknown && !(await hit(`sms-help:${message.sender}`, UNKNOWN_HELP_LIMIT)).allowed) return { outcome: 'helpOnce', command: 'unknown' };
    return replied(message.sender, found, command);
  }
  return { outcome: 'nothing', command: 'unknown' };
}

/** A handler's answer: sent when it has a reply and the caps allow it. */
async function replied(sender: string, found: InboundAnswer, command: string): Promise<{ outcome: InboundOutcome; command: string; found?: InboundAnswer }> {
  if (found.reply === null) return { outcome: 'nothing', command: found.command ?? command, found };
  // The reply counts against both caps; one taken meanwhile by another text: it is not sent.
  const taken = await overCap(sender, true);
  if (taken) return capped(taken, found.command ?? command);
  return { outcome: 'replied', command: found.command ?? command, found };
}

const json = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/** The whole exchange for one posted request. */
export async function receiveInboundSms(request: Request): Promise<Response> {
  const secret = env().SMS_INBOUND_SECRET;
  // Not configured: as if there were no such endpoint (never an unsigned way in).
  if (!secret) return json(404, { error: 'notFound' });
  // Read through the cap (a chunked post declares no length): never more than MAX_BODY_BYTES buffered.
  const raw = await readTextCapped(request, MAX_BODY_BYTES);
  if (raw === null) return (count('invalid'), json(413, { error: 'tooLarge' }));
  if (!verifyInbound(request.headers.get(SIGNATURE_HEADER), raw, secret)) return (count('refused'), json(401, { error: 'badSignature' }));
  const message = parseInbound(raw, request.headers.get('content-type'));
  if (!message) return (count('invalid'), json(400, { error: 'badBody' }));

  // The message id is taken before anything is done: a replay (or the same post twice at once) stops here.
  let row: { id: string };
  try {
    row = await db.inboundSms.create({ data: { gatewayId: message.gatewayId, sender: message.sender, text: message.text, command: 'received', outcome: 'received' }, select: { id: true } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') return (count('refused'), json(401, { error: 'replayed' }));
    throw error;
  }
  try {
    const { outcome, command, found } = await answer(message);
    await db.$transaction(async (tx) => {
      const replyId = found?.reply ? await sendSms(message.sender, fitSms(found.reply), `sms-inbound:${command}`, { tx }) : null;
      await tx.inboundSms.update({ where: { id: row.id }, data: { command, outcome, query: found?.query ?? null, page: found?.page ?? 0, replyId } });
    });
    count(outcome);
    return json(200, { ok: true, outcome });
  } catch (error) {
    // Nothing was sent: the id is given back, so the gateway's retry is answered.
    await db.inboundSms.delete({ where: { id: row.id } }).catch(() => undefined);
    log.error({ err: (error as Error).message.slice(0, 200) }, 'inbound SMS failed');
    return json(500, { error: 'retryLater' });
  }
}
