// The one logger: JSON lines on stdout (pino), for the web server's requests, the worker and its
// jobs. Writes are asynchronous (a request never waits on stdout) and flushed when the process
// exits. Nothing personal goes out: fields with personal names are redacted (at the top level and one object down),
// and a phone number inside a message is masked. The start-up lines of `npm start` stay plain text
// for people (scripts/start.ts).
import pino, { type DestinationStream, type Logger } from 'pino';
import { env } from './env';

export type { Logger };

/** Field names whose values never reach a log line, at the top level or one object down. */
const SECRET_FIELDS = new Set(['phone', 'to', 'code', 'otp', 'token', 'password', 'passwordhash', 'secret', 'text', 'cookie', 'authorization', 'query', 'q']);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/**
 * The fields of a line with personal ones replaced (at the top level and one object down). By
 * hand rather than pino's redact paths: this runs for every request's line, and wildcard paths
 * cost several times the rest of the line.
 */
function censor(fields: Record<string, unknown>, depth = 0): Record<string, unknown> {
  let copy: Record<string, unknown> | undefined;
  for (const key in fields) {
    const value = fields[key];
    const replaced = SECRET_FIELDS.has(key.toLowerCase()) ? '[redacted]' : typeof value === 'string' ? maskPhones(value) : depth === 0 && isPlainObject(value) ? censor(value, 1) : value;
    if (replaced !== value) (copy ??= { ...fields })[key] = replaced;
  }
  return copy ?? fields;
}

/**
 * A Bangladeshi mobile number in any of its usual spellings: +8801…, 8801…, 01…, in ASCII, Bengali
 * or full-width digits, with spaces, dots, dashes or %20 between groups, "+" also as %2B.
 */
const D = '[0-9\u09E6-\u09EF\uFF10-\uFF19]';
const SEP = '(?:[\\s.\\-]|%20)?';
const PHONE = new RegExp(`(?<!${D})(?:(?:\\+|%2B)?${SEP}[8\u09EE\uFF18]${SEP}[8\u09EE\uFF18]${SEP})?[0\u09E6\uFF10]${SEP}[1\u09E7\uFF11]${SEP}[3-9\u09E9-\u09EF\uFF13-\uFF19](?:${SEP}${D}){8}(?!${D})`, 'giu');

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
      hooks: {
        logMethod(args, method) {
          // Personal fields redacted, phone numbers in the message (and printf arguments) masked.
          const masked = args.map((a) =>
            typeof a === 'string' ? maskPhones(a) : a instanceof Error ? Object.assign(new Error(maskPhones(a.message)), { stack: a.stack && maskPhones(a.stack) }) : isPlainObject(a) ? censor(a) : a,
          );
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
