import { defineConfig, devices } from '@playwright/test';

// Runs against a production build served by `npm start` (scripts/e2e.ts starts it and sets
// BASE_URL). Debian's Chromium, because Playwright's own browser download cannot reach its host.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://localhost:3000',
    locale: 'bn-BD',
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // A cheap Android phone's screen: the people this is built for.
    { name: 'directory-mobile', use: { ...devices['Pixel 5'], locale: 'bn-BD' } },
  ],
});
