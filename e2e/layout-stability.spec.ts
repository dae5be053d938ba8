// Nothing moves once painted (#13: Lighthouse CLS ≤ 0.05): on a phone-sized screen, a first-time
// visitor opens each public page, and the layout shifts the browser reports from the first paint
// until the page has hydrated and gone quiet add up to at most 0.05. What the browser fills in after
// the server's HTML (the account link, "use my location", list controls, saved state) must take its
// room from the start. The sum of every shift is stricter than Lighthouse's worst five-second window.
import { expect, test, type Page } from '@playwright/test';
import { sql } from './helpers';

test.use({ viewport: { width: 412, height: 823 } });

const MAX_SHIFT = 0.05;

async function slug(text: string): Promise<string> {
  const [row] = await sql<{ slug: string }>(text);
  expect(row, `the demo seed has: ${text}`).toBeTruthy();
  return row!.slug;
}

const PAGES: [string, () => Promise<string>][] = [
  ['home (first visit: the district chooser)', async () => '/'],
  ['district home', async () => '/d/bogura'],
  ['category', async () => '/c/electrician'],
  ['area', async () => `/a/${await slug(`SELECT u.slug FROM "Area" u JOIN "Area" d ON d.id = u."parentId" WHERE d.slug = 'bogura' AND u.level = 'UPAZILA' ORDER BY u.slug = 'sherpur-bogura' DESC, u.slug LIMIT 1`)}`],
  [
    'profile',
    async () =>
      `/p/${await slug(`SELECT p.slug FROM "Provider" p JOIN "ProviderCategory" pc ON pc."providerId" = p.id JOIN "Category" c ON c.id = pc."categoryId" WHERE c.slug = 'electrician' AND p.status = 'ACTIVE' ORDER BY p.slug LIMIT 1`)}`,
  ],
  ['storefront', async () => '/s/pitha'],
  ['product', async () => `/s/pitha/p/${await slug(`SELECT pr.slug FROM "Product" pr JOIN "Shop" s ON s.id = pr."shopId" WHERE s.slug = 'pitha' AND pr.status = 'ACTIVE' AND pr."isAvailable" ORDER BY pr."sortOrder", pr.slug LIMIT 1`)}`],
  ['search', async () => '/search?q=পিঠা'],
  ['emergency', async () => '/emergency'],
  ['blood donors', async () => '/blood'],
  ['rentals', async () => '/rentals'],
  ['offices', async () => '/offices'],
  ['shops', async () => '/shops'],
];

/** Every layout shift not caused by input, recorded from the very first paint. */
async function recordShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] }[]) {
        if (entry.hadRecentInput) continue;
        const nodes = (entry.sources ?? []).map(({ node }) => (node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].slice(0, 3).join('.')} "${(node.textContent ?? '').trim().slice(0, 40)}"` : String(node?.nodeName)));
        w.__shifts.push({ value: entry.value, nodes });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const [name, path] of PAGES) {
  test(`${name}: nothing moves after the first paint`, async ({ page }) => {
    await recordShifts(page);
    const response = await page.goto(await path());
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    // Hydrated and idle: React has put in what only the browser knows.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => requestAnimationFrame(() => done(null)), { timeout: 5_000 })));
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(MAX_SHIFT);
  });
}
