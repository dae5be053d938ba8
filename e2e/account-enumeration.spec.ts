// Sign-up and password reset answer a registered and an unregistered number alike, in words and in
// time. Its own file, named to sort near the front: the two checks wait on the worker between posts
// (about two minutes in all, mostly idle), so they run while the other worker does the CPU-heavy
// journeys instead of being the last thing left running.
import { expect, test } from '@playwright/test';
import { e164, freshPhone, postForm, registeredPhone, sql } from './helpers';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
};

/** The answer with the number it was about taken out, so two numbers' answers compare. */
const withoutPhone = (answer: { status: number; location: string; text: string }, phone: string) => {
  const forms = [encodeURIComponent(e164(phone)), e164(phone), phone];
  const strip = (s: string) => forms.reduce((out, f) => out.split(f).join('PHONE'), s);
  return { status: answer.status, location: strip(answer.location), text: strip(answer.text) };
};

/** Waits until the worker has done every job (account jobs start a moment later on purpose), so its work never overlaps a measured request. */
async function queueDrained() {
  await expect
    .poll(async () => Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM graphile_worker.jobs WHERE attempts < max_attempts`))[0]!.n), { timeout: 20_000, intervals: [100, 250] })
    .toBe(0);
}

test.describe('sign-up and reset tell no one which numbers have an account', () => {
  // The two timing checks one after the other in one worker, not beside each other.
  test.describe.configure({ mode: 'default' });
  for (const flow of [
    { name: 'sign-up', path: '/sign-up', values: (phone: string) => ({ name: 'যাচাই পরীক্ষা', phone, password: 'shorshe-ilish-42' }), to: '/sign-up/verify?phone=' },
    { name: 'forgot password', path: '/forgot-password', values: (phone: string) => ({ phone }), to: '/forgot-password/reset?phone=' },
  ]) {
    test(`${flow.name}: a registered and a fresh number get the same answer in the same time`, async ({ page }) => {
      test.setTimeout(240_000);
      const tries = 20;
      const registered = await Promise.all(Array.from({ length: tries }, () => registeredPhone()));
      await page.goto(flow.path);
      const times = { registered: [] as number[], fresh: [] as number[] };
      const gaps: number[] = [];
      let reference: ReturnType<typeof withoutPhone> | undefined;
      // Warm-up posts (the first ones load code and fill caches), then the two kinds interleaved.
      for (const phone of [freshPhone(), await registeredPhone(), freshPhone()]) await postForm(page, flow.path, flow.values(phone));
      for (let i = 0; i < tries; i++) {
        const order = i % 2 === 0 ? (['registered', 'fresh'] as const) : (['fresh', 'registered'] as const);
        for (const kind of order) {
          const phone = kind === 'registered' ? registered[i]! : freshPhone();
          await queueDrained();
          const answer = await postForm(page, flow.path, flow.values(phone));
          expect(answer.status, `${kind} ${phone}`).toBe(303);
          expect(answer.location).toContain(`${flow.to}${encodeURIComponent(e164(phone))}`);
          const comparable = withoutPhone(answer, phone);
          reference ??= comparable;
          expect(comparable).toEqual(reference);
          times[kind].push(answer.ms);
        }
        gaps.push(times.registered[i]! - times.fresh[i]!);
      }
      const [a, b, gap] = [median(times.registered), median(times.fresh), median(gaps)];
      const slower = gaps.filter((g) => g > 0).length;
      console.log(`[security] ${flow.name}: median ${a.toFixed(1)} ms registered, ${b.toFixed(1)} ms fresh, median paired gap ${gap.toFixed(1)} ms; registered slower in ${slower} of ${tries} pairs`);
      // Compared pair by pair: each registered try against the fresh one beside it, so the load of a
      // shared machine (which drifts during the run, moving both alike) does not decide the outcome.
      // A difference the server makes shows in nearly every pair, the same way round; a busy
      // machine's noise falls either way. So a number is told apart if the paired gap is 10 ms or
      // more AND one kind was slower in at least 16 of the 20 pairs (by chance alone: about 1 %).
      const oneWay = Math.max(slower, tries - slower) >= 16;
      expect(Math.abs(gap) < 10 || !oneWay, `paired gap ${gap.toFixed(1)} ms, the same way in ${Math.max(slower, tries - slower)} of ${tries} pairs`).toBe(true);
    });
  }
});
