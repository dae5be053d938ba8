// The one logger: JSON lines on stdout (pino), for the web server's requests, the worker and its
// jobs. Writes are asynchronous (a request never waits on stdout) and flushed when the process
// exits. Nothing personal goes out: fields with personal names are redacted wherever they appear,
// and a phone number inside a message is masked. The start-up lines of `npm start` stay plain text
// for people (scripts/start.ts).
import pino, { type DestinationStream, type Logger } from 'pino';
import { env } from './env';

export type { Logger };

/** Field names whose values never reach a log line, at the top level or one object down. */
const SECRET_FIELDS = ['phone', 'to', 'code', 'otp', 'token', 'password', 'passwordHash', 'secret', 'text', 'cookie', 'authorization', 'query', 'q'];
const REDACT_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((f) => `*.${f}`), 'headers.cookie', 'headers.authorization', 'req.headers.cookie', 'req.headers.authorization'];

/** A Bangladeshi mobile number in any of its usual spellings (+8801…, 8801…, 01…). */
const PHONE = /(?<!\d)(?:\+?88)?01[3-9]\d{8}(?!\d)/g;

/** A message with its phone numbers masked (the last two digits kept, for telling them apart). */
export const maskPhones = (text: string) => text.replace(PHONE, (n) => `${'•'.repeat(n.length - 2)}${n.slice(-2)}`);

function level(): string {
  try {
    return env().LOG_LEVEL ?? 'info';
  } catch {
    // Bad settings are reported by whoever starts the process; logging still works meanwhile.
    return 'info';
  }
}

/** A logger writing to `destination` (tests give a stream of their own). */
export function createLogger(destination: DestinationStream, options: { level?: string } = {}): Logger {
  return pino(
    {
      level: options.level ?? level(),
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          // The message (and any printf arguments) with phone numbers masked; objects are redacted above.
          const masked = args.map((a) => (typeof a === 'string' ? maskPhones(a) : a instanceof Error ? Object.assign(new Error(maskPhones(a.message)), { stack: a.stack && maskPhones(a.stack) }) : a));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: { err: (e: Error) => ({ type: e.name, message: maskPhones(e.message), stack: e.stack && maskPhones(e.stack) }) },
    },
    destination,
  );
}

const KEY = Symbol.for('haat.log');
/** One per process, however many bundles import this module (Next.js may load it more than once). */
export const log: Logger = ((globalThis as Record<symbol, Logger | undefined>)[KEY] ??= createLogger(pino.destination({ dest: 1, sync: false })));
