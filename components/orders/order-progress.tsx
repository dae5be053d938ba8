// An order's steps as a progress line: an ordered list, each step an icon and its words, the steps
// done filled in, the one the order stands at marked aria-current="step" (and said in words for
// screen readers), the rest outlined. Pickup orders have their own steps and words
// (lib/orders/wording.ts). Fits a 412 px phone: the words wrap under their icons. Shown to the
// buyer (tracking page) and the seller (inbox); the seller's buttons stay apart from it.
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/ui/icon';
import type { DeliveryMethod, OrderStatus } from '@/lib/generated/prisma/enums';
import { orderProgress, statusKey } from '@/lib/orders/wording';

const ICONS: Partial<Record<OrderStatus, string>> = {
  PLACED: 'shopping-bag',
  CONFIRMED: 'badge-check',
  PREPARING: 'chef-hat',
  READY: 'package',
  OUT_FOR_DELIVERY: 'truck',
  DELIVERED: 'house',
};

export async function OrderProgress({ status, delivery, className = '' }: { status: OrderStatus; delivery: DeliveryMethod; className?: string }) {
  const steps = orderProgress(status, delivery);
  if (!steps) return null;
  const t = await getTranslations('Order');
  const stateWord = { done: t('stepDone'), current: t('stepCurrent'), upcoming: t('stepUpcoming') };
  return (
    <ol aria-label={t('progressLabel')} className={`flex items-start ${className}`} data-testid="order-progress">
      {steps.map(({ step, state }, i) => (
        <li
          key={step}
          aria-current={state === 'current' ? 'step' : undefined}
          data-state={state}
          className="relative flex min-w-0 flex-1 flex-col items-center gap-1 text-center text-xs leading-tight"
        >
          {/* The line from the step before: filled in up to the step the order stands at. */}
          {i > 0 && <span aria-hidden className={`absolute right-1/2 top-[18px] h-1 w-full ${state === 'upcoming' ? 'bg-stone-200' : 'bg-green-700'}`} />}
          <span
            className={`relative flex size-10 items-center justify-center rounded-full border-2 ${
              state === 'done' ? 'border-green-700 bg-green-700 text-white' : state === 'current' ? 'border-green-700 bg-white text-green-800 ring-4 ring-green-100' : 'border-stone-300 bg-white text-stone-400'
            }`}
          >
            <Icon name={state === 'done' ? 'badge-check' : (delivery === 'PICKUP' && step === 'DELIVERED' ? 'store' : (ICONS[step] ?? 'circle'))} className="size-5" />
          </span>
          <span className={state === 'current' ? 'font-bold text-stone-900' : state === 'done' ? 'text-stone-800' : 'text-stone-500'}>
            {t(statusKey(step, delivery))}
            <span className="sr-only"> — {stateWord[state]}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
