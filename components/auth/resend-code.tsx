'use client';

// "Send the code again", which says how long to wait. The server tells the wait (the page from the
// number's own limit, the action with its answer: `retryAfter`); in the browser the button is
// disabled and counts it down in the page's digits. Without JavaScript the button stays usable and
// the server-rendered line says how many seconds are left.
import { startTransition, useActionState, useEffect, useState } from 'react';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import type { ActionResult } from '@/lib/forms/action-result';

/** `resendIn` and `waitFor` hold `{seconds}` where the remaining seconds go. */
export interface ResendLabels {
  resend: string;
  resendIn: string;
  waitFor: string;
}

export function ResendCode({
  action,
  phone,
  initialWait,
  labels,
  locale,
}: {
  action: (state: ActionResult, form: FormData) => Promise<ActionResult>;
  phone: string;
  initialWait: number;
  labels: ResendLabels;
  locale: Locale;
}) {
  const [state, dispatch, pending] = useActionState(action, {});
  // The wait the server gave last (the page's, or the latest answer's); counted down in the browser.
  const given = state.retryAfter ?? (state.message ? 0 : initialWait);
  // null until the browser runs this: the server's number stands and nothing is disabled.
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    const until = Date.now() + given * 1000;
    const tick = () => {
      const seconds = Math.max(0, Math.ceil((until - Date.now()) / 1000));
      setLeft(seconds);
      if (seconds === 0) clearInterval(timer);
    };
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [state, given]);

  const mounted = left !== null;
  const remaining = left ?? given;
  const seconds = formatNumber(remaining, locale);
  const fill = (template: string) => template.replace('{seconds}', seconds);
  const refused = state.ok === false;

  // A refusal with a wait is restated as the wait runs down; once it has run out, the button is back.
  let message: string | null = null;
  if (refused && state.retryAfter) message = remaining > 0 ? fill(labels.waitFor) : null;
  else if (state.message) message = state.message;
  const quietWait = !message && remaining > 0;

  return (
    <form
      action={dispatch}
      noValidate
      className="space-y-3"
      data-testid="resend-code"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => dispatch(data));
      }}
    >
      <input type="hidden" name="phone" value={phone} />
      {message && (
        <p role={refused ? 'alert' : 'status'} className={`rounded-lg p-3 ${refused ? 'bg-red-50 text-red-800' : 'bg-green-50 text-green-900'}`}>
          {message}
        </p>
      )}
      {quietWait && (
        <p className="text-sm text-stone-700" data-testid="resend-wait">
          {fill(labels.waitFor)}
        </p>
      )}
      <button
        type="submit"
        disabled={mounted && (pending || remaining > 0)}
        className="inline-flex min-h-12 w-full items-center justify-center rounded-lg border-2 border-brand-700 bg-white px-4 text-lg font-semibold text-brand-800 disabled:border-stone-300 disabled:text-stone-600"
      >
        {mounted && remaining > 0 ? fill(labels.resendIn) : labels.resend}
      </button>
    </form>
  );
}
