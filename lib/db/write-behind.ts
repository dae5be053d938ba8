// Writes a request causes but need not wait for (the search limit's counts, searches that found
// nothing) wait in process memory and go to PostgreSQL together: one write per buffer at most
// every `delayMs`, none while nothing waits. A write that fails is logged and never reaches the
// request. What still waits is written when the event loop empties and before the server exits on
// a stop signal (flushOnShutdown, from instrumentation.ts); tests call flush().

/** Every buffer in this process, kept on globalThis: Next.js may load a module once per bundle. */
const REGISTRY = Symbol.for('haat.writeBehind');
const registry: Set<WriteBehind> = ((globalThis as Record<symbol, Set<WriteBehind> | undefined>)[REGISTRY] ??= new Set());

export class WriteBehind {
  private timer: NodeJS.Timeout | undefined;
  /** The write running or last run; the next one starts after it, so one buffer never writes twice at once. */
  private last: Promise<void> = Promise.resolve();
  /** A write asked for that has not started yet: later asks join it. */
  private next: Promise<void> | undefined;
  private waiting = false;

  constructor(
    readonly name: string,
    private readonly write: () => Promise<void>,
    readonly delayMs = 1_000,
  ) {
    registry.add(this);
  }

  /** Something waits: write it within delayMs. The timer never keeps a process alive. */
  schedule(): void {
    this.waiting = true;
    if (this.timer || this.next) return;
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    this.timer.unref();
  }

  /** Writes what waits now (after a write already running). Never rejects. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.next ??= this.last.then(() => {
      this.next = undefined;
      this.waiting = false;
      return this.write();
    }).catch((error: Error) => console.error(`[haat] ${this.name}: writing to the database failed: ${error.message.slice(0, 300)}`));
    this.last = this.next;
    return this.next;
  }

  get hasWaiting(): boolean {
    return this.waiting;
  }
}

/** Writes what every buffer of this process holds. */
export async function flushAllWritesBehind(): Promise<void> {
  await Promise.all([...registry].map((buffer) => buffer.flush()));
}

// A script or test whose work is done still writes what waits before it exits.
const HOOKED = Symbol.for('haat.writeBehind.hooked');
const hooks = globalThis as Record<symbol, boolean | undefined>;
if (!hooks[HOOKED]) {
  hooks[HOOKED] = true;
  process.on('beforeExit', () => {
    if ([...registry].some((buffer) => buffer.hasWaiting)) void flushAllWritesBehind();
  });
}

/** How long a stopping server waits for the last writes. */
const SHUTDOWN_WAIT_MS = 3_000;

/**
 * For the web server: what waits is written before the process exits on SIGTERM or SIGINT.
 * Next.js handles those itself (it closes the server, lets open requests finish, then calls
 * process.exit at once) and has no shutdown hook, so once a signal came process.exit first writes
 * (at most SHUTDOWN_WAIT_MS), then exits. Where nothing else handles the signal, it exits as the
 * default would.
 */
export function flushOnShutdown(): void {
  for (const [signal, number] of [['SIGTERM', 15], ['SIGINT', 2]] as const) {
    process.once(signal, () => {
      const exit = process.exit.bind(process);
      let exiting = false;
      process.exit = ((code?: number) => {
        if (exiting) return undefined as never;
        exiting = true;
        const late = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_WAIT_MS));
        void Promise.race([flushAllWritesBehind(), late]).finally(() => exit(code));
        return undefined as never;
      }) as typeof process.exit;
      if (process.listenerCount(signal) === 0) process.exit(128 + number);
    });
  }
}
