import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Runs against a production build served by `npm start` (scripts/e2e.ts starts it and sets
// BASE_URL). Debian's Chromium, because Playwright's own browser download cannot reach its host:
// its headless shell when installed (.ci/run installs it), the same engine without the desktop
// browser around it, which costs about 40 % less CPU over the journeys than `chromium --headless`.
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const chromium = process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Conditions, not clocks: every expectation waits up to 15 s for what it looks for (a 2-core
  // machine may be busy with other work), and a test has a minute unless it says otherwise.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // scripts/e2e.ts runs the journeys, then the fuzz test, then the fault tests, each with its own report.
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:3000',
    locale: 'bn-BD',
    trace: 'off',
    // Online, the service worker passes every request to the network (pages network-first, the
    // rest straight through): the journeys test the app without it, and e2e/pwa.spec.ts (which
    // allows it) tests the worker itself. Its install and its copy of each page cost the journeys
    // about a sixth of the CPU on the browser's side.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // A cheap Android phone's screen: the people this is built for.
    { name: 'directory-mobile', use: { ...devices['Pixel 5'], locale: 'bn-BD' }, testIgnore: /(fuzz|self-healing)\.spec\.ts/ },
    // Thousands of malformed requests: run on their own after the journeys (scripts/e2e.ts), so their
    // load never decides a journey's timing (the enumeration test compares response times).
    { name: 'fuzz', testMatch: /fuzz\.spec\.ts/ },
    // Kills the shared PostgreSQL and Meilisearch (issue #18): last and alone, so no journey runs
    // while they are down.
    { name: 'faults', testMatch: /self-healing\.spec\.ts/ },
  ],
});
