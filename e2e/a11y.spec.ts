// Accessibility as a gate (#15): axe on every kind of public page and the main signed-in pages (no
// serious or critical violation), touch targets, names of form controls, visible focus, 200 % text
// without sideways scrolling, and the rough edges: a labelled sign-in, scroll hints on rows that
// scroll sideways, console tabs that show where she is, console tables that fit a phone.
// The checks look at whatever is on the page (other features add to these pages), never at texts.
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { signInByApi, sql } from './helpers';

const PHONE = { width: 412, height: 823 };
base.use({ viewport: PHONE });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Serious and critical axe violations, one line each with up to three of the elements. axe runs in
 * the page itself (legacy mode: `axe.run`), not frame by frame with the results put together in a
 * second, blank page: Haat's pages have no frames, and that second page cost a third of the CPU.
 * Only violations are described element by element (every rule still runs): describing what passed
 * was a fifth of axe's time in the page and half of the test process's CPU.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode().options({ resultTypes: ['violations'] }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join(' | ')}`);
}

async function open(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBe(status);
  await page.waitForLoadState('load');
}

async function one<T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T> {
  const [row] = await sql<T>(text, values);
  expect(row, `the demo seed has: ${text}`).toBeTruthy();
  return row!;
}

// ───────────────────────────── the pages ─────────────────────────────

type Who = 'guest' | 'seller' | 'provider' | 'buyer' | 'officer' | 'admin';
const ACCOUNTS: Record<Exclude<Who, 'guest'>, string> = { seller: '01700000002', provider: '01700000003', buyer: '01700000004', officer: '01700000001', admin: '01700000000' };

/** Signs a demo account in on this request context (a page's or a whole browser context's). */
async function signInAs(request: APIRequestContext, who: Exclude<Who, 'guest'>) {
  expect((await signInByApi(request, ACCOUNTS[who], 'demo1234')).session?.user, `${who} signs in`).toBeTruthy();
}

const slugs = {
  upazila: () => one<{ slug: string }>(`SELECT u.slug FROM "Area" u JOIN "Area" d ON d.id = u."parentId" WHERE d.slug = 'bogura' AND u.level = 'UPAZILA' ORDER BY u.slug = 'sherpur-bogura' DESC, u.slug LIMIT 1`),
  provider: () =>
    one<{ slug: string }>(
      `SELECT p.slug FROM "Provider" p JOIN "ProviderCategory" pc ON pc."providerId" = p.id JOIN "Category" c ON c.id = pc."categoryId"
       WHERE c.slug = 'electrician' AND p.status = 'ACTIVE' ORDER BY p.slug LIMIT 1`,
    ),
  product: () => one<{ slug: string }>(`SELECT pr.slug FROM "Product" pr JOIN "Shop" s ON s.id = pr."shopId" WHERE s.slug = 'pitha' AND pr.status = 'ACTIVE' AND pr."isAvailable" ORDER BY pr."sortOrder", pr.slug LIMIT 1`),
  rentalKind: () => one<{ kind: string }>(`SELECT kind::text FROM "RentalListing" ORDER BY "createdAt" DESC LIMIT 1`),
  order: () => one<{ token: string }>(`SELECT o.token FROM "Order" o JOIN "Shop" s ON s.id = o."shopId" WHERE s.slug = 'pitha' ORDER BY o."createdAt" DESC LIMIT 1`),
};

/** Puts one of the pitha shop's products in this visitor's cart, the way a buyer does. */
async function fillCart(page: Page) {
  const { slug } = await slugs.product();
  await open(page, `/s/pitha/p/${slug}`);
  await page.getByTestId('add-to-cart').locator('button[type="submit"], button:not([type])').first().click();
  await expect(page).toHaveURL(/\/cart$/, { timeout: 15_000 });
}

interface PageCase {
  name: string;
  who: Who;
  status?: number;
  path: () => Promise<string>;
  before?: (page: Page) => Promise<void>;
}
const fixed = (path: string) => () => Promise.resolve(path);

const PAGES: PageCase[] = [
  { name: 'home', who: 'guest', path: fixed('/') },
  { name: 'home in English', who: 'guest', path: fixed('/en') },
  { name: 'district chooser', who: 'guest', path: fixed('/d') },
  { name: 'district home', who: 'guest', path: fixed('/d/kishoreganj') },
  { name: 'category', who: 'guest', path: fixed('/c/electrician') },
  { name: 'area', who: 'guest', path: async () => `/a/${(await slugs.upazila()).slug}` },
  { name: 'profile', who: 'guest', path: async () => `/p/${(await slugs.provider()).slug}` },
  { name: 'storefront', who: 'guest', path: fixed('/s/pitha') },
  { name: 'product', who: 'guest', path: async () => `/s/pitha/p/${(await slugs.product()).slug}` },
  { name: 'emergency', who: 'guest', path: fixed('/emergency') },
  { name: 'offices', who: 'guest', path: fixed('/offices') },
  { name: 'rentals', who: 'guest', path: fixed('/rentals') },
  { name: 'rentals of one kind', who: 'guest', path: async () => `/rentals/${(await slugs.rentalKind()).kind.toLowerCase()}` },
  { name: 'shops', who: 'guest', path: fixed('/shops') },
  { name: 'search with results', who: 'guest', path: fixed(`/search?q=${encodeURIComponent('পিঠা')}`) },
  { name: 'blood donors', who: 'guest', path: fixed('/blood') },
  { name: 'sign-in', who: 'guest', path: fixed('/sign-in') },
  { name: 'sign-up', who: 'guest', path: fixed('/sign-up') },
  { name: 'forgot password', who: 'guest', path: fixed('/forgot-password') },
  { name: 'not found', who: 'guest', path: fixed('/c/no-such-category-here'), status: 404 },
  { name: 'cart and checkout (guest)', who: 'guest', path: fixed('/s/pitha/cart'), before: fillCart },
  { name: 'checkout (signed in)', who: 'buyer', path: fixed('/s/pitha/cart'), before: fillCart },
  { name: 'order tracking', who: 'guest', path: async () => `/orders/${(await slugs.order()).token}` },
  { name: 'account', who: 'buyer', path: fixed('/account') },
  { name: 'own rentals', who: 'buyer', path: fixed('/account/rentals') },
  { name: 'blood donor self-service', who: 'buyer', path: fixed('/blood/donor') },
  { name: 'provider dashboard', who: 'provider', path: fixed('/dashboard') },
  { name: 'provider profile form', who: 'provider', path: fixed('/dashboard/profile') },
  { name: 'seller dashboard', who: 'seller', path: fixed('/dashboard') },
  { name: 'seller orders', who: 'seller', path: fixed('/dashboard/orders') },
  { name: 'seller products', who: 'seller', path: fixed('/dashboard/products') },
  { name: 'seller shop settings', who: 'seller', path: fixed('/dashboard/shop') },
  { name: 'console home', who: 'officer', path: fixed('/console') },
  { name: 'console verification queue', who: 'officer', path: fixed('/console/verify') },
  { name: 'console records', who: 'officer', path: fixed('/console/records') },
  { name: 'console reports', who: 'officer', path: fixed('/console/reports') },
  { name: 'console numbers', who: 'officer', path: fixed('/console/numbers') },
  { name: 'seller sales', who: 'seller', path: fixed('/dashboard/orders/sales') },
  { name: 'seller production', who: 'seller', path: fixed('/dashboard/orders/production') },
  { name: 'new product form', who: 'seller', path: fixed('/dashboard/products/new') },
  { name: 'verification papers', who: 'provider', path: fixed('/dashboard/verification') },
  { name: 'new rental notice', who: 'buyer', path: fixed('/account/rentals/new') },
  { name: 'console appeals', who: 'officer', path: fixed('/console/appeals') },
  { name: 'console contacts', who: 'officer', path: fixed('/console/contacts') },
  { name: 'console audit', who: 'officer', path: fixed('/console/audit') },
  { name: 'console numbers (admin, every district)', who: 'admin', path: fixed('/console/numbers') },
  { name: 'console categories', who: 'admin', path: fixed('/console/categories') },
  { name: 'console officers', who: 'admin', path: fixed('/console/officers') },
  { name: 'category in English', who: 'guest', path: fixed('/en/c/electrician') },
];

// ───────────────────────────── a phone in the hand ─────────────────────────────

/**
 * Controls smaller than 44 × 44 CSS px. Links set inline in running text are exempt (WCAG 2.5.8),
 * and so is what is visually hidden (the skip link until it is focused).
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, select, summary, [role="button"], [role="tab"], input:not([type="hidden"])')]
      .filter((el) => {
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden' || el.getClientRects().length === 0) return false;
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false; // visually hidden
        if (el.tagName === 'A' && style.display === 'inline') return false; // a link in a sentence
        // A checkbox or radio is tapped through its label as well: the label is the target.
        if (el instanceof HTMLInputElement && ['checkbox', 'radio'].includes(el.type) && el.labels?.length) {
          return ![...el.labels].some((label) => label.getBoundingClientRect().width >= 43.5 && label.getBoundingClientRect().height >= 43.5);
        }
        return box.width < 43.5 || box.height < 43.5;
      })
      .map((el) => {
        const box = el.getBoundingClientRect();
        return `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`;
      }),
  );
}

/** The pages a visitor reaches on her phone first: their touch targets are checked too, in the same visit. */
const PHONE_PAGES = new Set(['home', 'district home', 'category', 'area', 'profile', 'storefront', 'product', 'emergency', 'search with results', 'blood donors', 'sign-in', 'cart and checkout (guest)']);

/** At 200 % text, how wide the page is and its outermost elements past a 412 px phone's edge. */
async function sidewaysAt200(page: Page) {
  await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
  await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize), { timeout: 15_000 }).toBe('200%');
  // The phone's width, not innerWidth: a mobile browser widens its layout viewport to fit what
  // overflows (and zooms out), so innerWidth would grow with the fault it is meant to find.
  return page.evaluate((width) => {
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && getComputedStyle(el).position !== 'fixed')
      // only the outermost culprits, not everything inside them
      .filter((el, _, all) => !all.includes(el.parentElement!))
      // what sits inside a sideways-scrolling row is meant to run past the edge
      .filter((el) => !el.parentElement?.closest('.scroll-hint, [role="region"]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join('.')} → ${Math.round(el.getBoundingClientRect().right)} px`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  }, PHONE.width);
}

/** Pages read with the phone's text at 200 %: no sideways scrolling (checked last in the same visit). */
const LARGE_TEXT_PAGES = new Set(['home', 'home in English', 'category in English', 'district home', 'category', 'area', 'profile', 'storefront', 'product', 'emergency', 'offices', 'rentals', 'shops', 'search with results', 'blood donors', 'sign-in', 'sign-up']);

/**
 * One tab per account and worker for the page checks that only look (no `before`): each page is
 * still its own test, failing on its own, but no longer pays a new browser context, cold caches and
 * a sign-in: over this file, the browser's CPU 140 → 99 CPU-s and its run 99 → 74 s on 2 cores.
 * A failed check ends its worker, and the tabs with it. Before each visit the tab is put
 * back as a new one would be: no cookie but the account's session (a page may set one, the district
 * chooser does), nothing in its storage, a session that is still valid.
 */
type Tab = { page: Page; session: Awaited<ReturnType<BrowserContext['cookies']>> };
const test = base.extend<object, { tabFor: (who: Who) => Promise<Page> }>({
  tabFor: [
    async ({ browser }, use, workerInfo) => {
      const { userAgent, deviceScaleFactor, isMobile, hasTouch, locale, baseURL, serviceWorkers } = workerInfo.project.use;
      const tabs = new Map<Who, Tab>();
      const signedIn = async (context: BrowserContext, who: Exclude<Who, 'guest'>) => {
        await signInAs(context.request, who);
        return context.cookies();
      };
      await use(async (who) => {
        let tab = tabs.get(who);
        if (!tab) {
          const context = await browser.newContext({ userAgent, deviceScaleFactor, isMobile, hasTouch, locale, baseURL, serviceWorkers, viewport: PHONE });
          tab = { page: await context.newPage(), session: who === 'guest' ? [] : await signedIn(context, who) };
          tabs.set(who, tab);
        }
        const context = tab.page.context();
        await tab.page.evaluate(() => (localStorage.clear(), sessionStorage.clear())).catch(() => {}); // about:blank has none
        await context.clearCookies();
        await context.addCookies(tab.session);
        if (who !== 'guest' && !(await (await context.request.get('/api/auth/session')).json())?.user) tab.session = await signedIn(context, who);
        return tab.page;
      });
      for (const tab of tabs.values()) await tab.page.context().close();
    },
    { scope: 'worker' },
  ],
});

/** Axe, names of controls, then (phone pages) 44 px targets and (reading pages) 200 % text, on one page. */
async function checkPage(page: Page, pageCase: PageCase) {
  const path = await pageCase.path();
  await open(page, path, pageCase.status);
  expect(await seriousViolations(page), `axe on ${path}`).toEqual([]);
  // Every form control has a name a screen reader can say (axe checks the rules; this says which).
  const unnamed = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input:not([type="hidden"]), select, textarea, button')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => {
        const byLabel = (el as HTMLInputElement).labels?.length ? [...(el as HTMLInputElement).labels!].map((l) => l.textContent ?? '').join('') : '';
        const byIds = (el.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join('');
        const own = el.tagName === 'BUTTON' ? el.textContent : ['submit', 'button', 'reset'].includes((el as HTMLInputElement).type) ? (el as HTMLInputElement).value : '';
        return !`${el.getAttribute('aria-label') ?? ''}${byIds}${byLabel}${own ?? ''}${el.getAttribute('title') ?? ''}`.trim();
      })
      .map((el) => el.outerHTML.slice(0, 160)),
  );
  expect(unnamed, `form controls without a name on ${path}`).toEqual([]);
  // A phone in the hand: at least 44 × 44 px at 412 × 823.
  if (PHONE_PAGES.has(pageCase.name)) expect(await smallTargets(page), `small controls on ${path}`).toEqual([]);
  if (LARGE_TEXT_PAGES.has(pageCase.name)) {
    const overflow = await sidewaysAt200(page);
    expect(overflow.scrollWidth, `${path} at 200 % text is ${overflow.scrollWidth} px wide on a ${overflow.width} px screen: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.width + 1);
  }
}

// Each page once, as its own test: in the account's shared tab, or (a cart to fill first) a fresh one.
test.describe('axe: no serious or critical violations', () => {
  for (const pageCase of PAGES) {
    if (pageCase.before) {
      test(`${pageCase.name} (${pageCase.who})`, async ({ page }) => {
        test.setTimeout(90_000);
        if (pageCase.who !== 'guest') await signInAs(page.request, pageCase.who);
        await pageCase.before!(page);
        await checkPage(page, pageCase);
      });
    } else {
      test(`${pageCase.name} (${pageCase.who})`, async ({ tabFor }) => {
        test.setTimeout(90_000);
        await checkPage(await tabFor(pageCase.who), pageCase);
      });
    }
  }
});

test('focus is visible: a :focus-visible outline rule exists and a focused link and button show it', async ({ page }) => {
  await open(page, '/');
  const hasRule = await page.evaluate(() =>
    [...document.styleSheets].some((sheet) => {
      try {
        const walk = (rules: CSSRuleList): boolean => [...rules].some((rule) => (rule instanceof CSSStyleRule && rule.selectorText.includes(':focus-visible') && /outline(-style)?:\s*(?!none)/.test(rule.style.cssText)) || ('cssRules' in rule && walk((rule as CSSGroupingRule).cssRules)));
        return walk(sheet.cssRules);
      } catch {
        return false;
      }
    }),
  );
  expect(hasRule, 'a :focus-visible rule with an outline').toBe(true);
  const seen = new Set<string>();
  // Tab through the header and into the page (a link and a button at least), checking each outline.
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // The outline against what is behind it (the nearest painted background): 3:1 at least (WCAG 1.4.11).
      const rgb = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
        const [R, G, B] = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
      };
      let behind: Element | null = el.parentElement;
      while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] === 0 || getComputedStyle(behind).backgroundColor === 'transparent')) behind = behind.parentElement;
      const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(behind ? getComputedStyle(behind).backgroundColor : 'rgb(255,255,255)'))];
      const contrast = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      return { tag: el.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth), visible: el.matches(':focus-visible'), contrast, text: el.textContent?.trim().slice(0, 30) };
    });
    if (!focused || !['A', 'BUTTON'].includes(focused.tag)) continue;
    expect(focused.visible, `${focused.tag} matches :focus-visible after Tab`).toBe(true);
    expect(focused.outline, `${focused.tag} has an outline when focused`).not.toBe('none');
    expect(focused.width, `${focused.tag}'s outline is at least 2 px`).toBeGreaterThanOrEqual(2);
    expect(focused.contrast, `the focus outline of "${focused.text}" stands out from what is behind it`).toBeGreaterThanOrEqual(3);
    seen.add(focused.tag);
  }
  expect([...seen].sort()).toEqual(['A', 'BUTTON']);
});

// ───────────────────────────── rough edges ─────────────────────────────

test('the sign-in control in the header shows a word, not only an icon, on a phone', async ({ page }) => {
  await open(page, '/');
  const account = page.getByTestId('account-link');
  await expect(account).toBeVisible();
  await expect(account).toHaveAccessibleName(/\S/);
  // The word is on screen at 412 px, under or beside the icon.
  const word = await account.evaluate((el) =>
    [...el.querySelectorAll<HTMLElement>('span')]
      .filter((span) => span.getClientRects().length > 0 && span.getBoundingClientRect().width > 8 && getComputedStyle(span).visibility !== 'hidden')
      .map((span) => span.innerText.trim())
      .join(' '),
  );
  expect(word.length, 'a visible word in the sign-in control').toBeGreaterThan(1);
  await expect(account).toHaveAccessibleName(new RegExp(word.split(/\s+/)[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.screenshot({ path: test.info().outputPath('header-sign-in.png'), clip: { x: 0, y: 0, width: PHONE.width, height: 140 } });
});

/** Each element on the page that scrolls sideways (more content than width) and whether it shows a hint. */
function sidewaysRows(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length > 0)
      .map((el) => {
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName.toLowerCase()}[${el.getAttribute('aria-label') ?? el.className.slice(0, 40)}]`,
          mask: style.maskImage || style.getPropertyValue('-webkit-mask-image'),
          fadeEnd: style.getPropertyValue('--scroll-fade-end').trim(),
        };
      }),
  );
}

test('rows of chips that scroll sideways fade out at the edge where more is hidden', async ({ page }) => {
  let checked = 0;
  let scrolledOnce = false;
  for (const path of ['/', '/d/kishoreganj', '/c/electrician', `/a/${(await slugs.upazila()).slug}`, `/p/${(await slugs.provider()).slug}`]) {
    await open(page, path);
    const rows = await sidewaysRows(page);
    for (const row of rows) {
      expect(row.mask, `${path}: ${row.what} scrolls sideways and shows a fade`).toContain('gradient');
      expect(row.fadeEnd, `${path}: ${row.what} fades at its end while more is hidden`).not.toMatch(/^0(px)?$/);
    }
    checked += rows.length;
    if (!scrolledOnce && rows.length) {
      // Scrolled to its end, the end's fade goes (nothing more is hidden there) and one shows at the start.
      await page.evaluate(() => [...document.querySelectorAll('.scroll-hint')].find((el) => el.scrollWidth > el.clientWidth + 1)?.setAttribute('data-overflowing-row', ''));
      const row = page.locator('[data-overflowing-row]');
      await row.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
      await expect.poll(() => row.evaluate((el) => getComputedStyle(el).getPropertyValue('--scroll-fade-end').trim()), { timeout: 15_000 }).toMatch(/^0(px)?$/);
      await expect.poll(() => row.evaluate((el) => getComputedStyle(el).getPropertyValue('--scroll-fade-start').trim()), { timeout: 15_000 }).not.toMatch(/^0(px)?$/);
      await row.screenshot({ path: test.info().outputPath('chips-scrolled.png') });
      scrolledOnce = true;
    }
  }
  expect(checked, 'rows that scroll sideways on a 412 px phone (the upazila chips at least)').toBeGreaterThan(0);
});

test('console tabs mark the page she is on, and the numbers page fits a 412 px phone', async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page.request, 'officer');
  for (const path of ['/console', '/console/numbers', '/console/reports']) {
    await open(page, path);
    const current = page.getByTestId('console-nav').locator('a[aria-current="page"]');
    await expect(current, `one console tab is current on ${path}`).toHaveCount(1);
    expect(new URL(await current.evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(path);
    // Seen, not only announced: the current tab looks different from the others.
    const looks = await current.evaluate((a) => {
      const other = [...a.parentElement!.querySelectorAll('a')].find((x) => x !== a)!;
      const [mine, theirs] = [getComputedStyle(a), getComputedStyle(other)];
      return { differs: mine.backgroundColor !== theirs.backgroundColor || mine.color !== theirs.color };
    });
    expect(looks.differs, `the current tab on ${path} looks different`).toBe(true);
  }
  await page.screenshot({ path: test.info().outputPath('console-tabs.png'), clip: { x: 0, y: 0, width: PHONE.width, height: 400 } });

  await open(page, '/console/numbers');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, '/console/numbers scrolls sideways on a phone').toBeLessThanOrEqual(PHONE.width + 1);
  // A table wider than the phone scrolls inside a labelled box a keyboard can reach.
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('table')].map((table) => {
      let box: HTMLElement | null = table.parentElement;
      while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
      const wide = table.getBoundingClientRect().width > document.documentElement.clientWidth;
      return { id: table.dataset.testid ?? '', wide, scrolls: !!box, role: box?.getAttribute('role'), name: box?.getAttribute('aria-label') ?? '', focusable: box?.tabIndex === 0 };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const box of boxes) expect(box, `the table ${box.id} sits in a labelled, focusable scrolling box`).toMatchObject({ scrolls: true, role: 'region', name: expect.stringMatching(/\S/), focusable: true });
});
