// Runs once when a server process starts, however it was started (npm start, next start, a
// container): settings are checked first — a production start with a missing or malformed setting
// stops here with one message naming it — then every request passes lib/runtime/server-gate.ts (client address, malformed URLs), and
// writes kept back from requests (lib/db/write-behind.ts) are sent when the server stops.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { env, EnvError } = await import('./lib/env');
  let settings;
  try {
    settings = env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // `next build` evaluates this too; only a server that is about to serve must stop.
    if (process.env.NEXT_PHASE === 'phase-production-build') return;
    console.error(`\n[haat] ${error.message}\n`);
    process.exit(1);
  }
  const { installServerGate } = await import('./lib/runtime/server-gate');
  installServerGate(settings.TRUSTED_PROXIES);
  const { flushOnShutdown } = await import('./lib/db/write-behind');
  flushOnShutdown();
}
