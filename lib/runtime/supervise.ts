// Keeps a child service running: when it ends on its own (not while stopping) it is started again
// after a back-off of 1, 2, 4 … 30 s, with one log line each time. `npm start` supervises the
// embedded PostgreSQL and Meilisearch and the worker with it.
import { spawn, type SpawnOptions } from 'node:child_process';

export interface RunningService {
  /** Settles, with a few words on how, when the process ends for whatever reason. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export interface SuperviseOptions<T extends RunningService> {
  name: string;
  start: () => Promise<T>;
  log: (line: string) => void;
  /** True once the caller is shutting down (Ctrl-C reaches the children too): an exit then is expected. */
  shuttingDown?: () => boolean;
  /** The first wait; doubled on each failure in a row up to maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A process that ran this long before ending starts the back-off again from the first wait. */
  stableMs?: number;
}

export interface Supervised<T> {
  current(): T | undefined;
  /** How many times it was started again after ending on its own. */
  restarts(): number;
  stop(): Promise<void>;
}

/** The wait before the attempt-th restart in a row (0-based): 1, 2, 4, 8, 16, 30, 30 … s. */
export const backoffDelay = (attempt: number, baseMs = 1_000, maxMs = 30_000) => Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30));

/** Starts the service (a first failure is thrown to the caller) and keeps it running until stop(). */
export async function supervise<T extends RunningService>(opts: SuperviseOptions<T>): Promise<Supervised<T>> {
  const { name, log, baseDelayMs = 1_000, maxDelayMs = 30_000, stableMs = 60_000 } = opts;
  let running: T | undefined = await opts.start();
  let stopped = false;
  const stopping = () => stopped || Boolean(opts.shuttingDown?.());
  let restarts = 0;
  let failures = 0;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    let since = Date.now();
    while (running && !stopping()) {
      let why = `${name} stopped unexpectedly (${await running.exited})`;
      if (stopping()) return;
      running = undefined;
      if (Date.now() - since >= stableMs) failures = 0;
      for (;;) {
        const delay = backoffDelay(failures++, baseDelayMs, maxDelayMs);
        log(`${why}; starting it again in ${delay / 1000} s`);
        await sleep(delay);
        if (stopping()) return;
        try {
          running = await opts.start();
          // Stopped while this start was under way: stop() found nothing running to stop.
          if (stopping()) return await running.stop();
          since = Date.now();
          restarts++;
          log(`${name} is running again`);
          break;
        } catch (e) {
          why = `${name} could not start again (${(e as Error).message.split('\n')[0]})`;
          if (stopping()) return;
        }
      }
    }
  })();

  return {
    current: () => running,
    restarts: () => restarts,
    async stop() {
      stopped = true;
      wake?.();
      // The loop waits for the process to end: stop it first, then let the loop finish.
      await running?.stop();
      await loop;
    },
  };
}

/** A Node script as a supervised child (the worker): SIGTERM to stop, SIGKILL after graceMs. */
export function spawnNode(args: string[], options: SpawnOptions, graceMs = 10_000): RunningService & { pid: number } {
  const child = spawn(process.execPath, args, options);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`));
    // It could not be started at all (out of memory or processes): as an exit, so the supervisor tries again later.
    child.once('error', (error) => resolve(`could not start: ${error.message}`));
  });
  return {
    pid: child.pid ?? 0,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
