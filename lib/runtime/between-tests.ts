// What a module remembers between calls (something read from the database, a client made from
// the settings, counts kept in memory) belongs to one test file's database and settings. Test
// files share their worker's modules (vitest.config.ts), so each such module registers here how
// to forget it, and lib/testing/database-per-file.ts calls forgetAll() after every file. The app
// never calls it: a server keeps its memory for its whole life.
const forgetters = new Set<() => void>();

/** Registers how this module forgets what it remembers (called once, as the module loads). */
export function forgetBetweenTests(forget: () => void): void {
  forgetters.add(forget);
}

/** Tests only: every loaded module forgets what it remembered. */
export function forgetAll(): void {
  for (const forget of forgetters) forget();
}
