// What a seller can do with an animal from her list and its page: mark it reserved, available again
// or sold, renew it, delete it. Sold is final (it stays in her history); one an officer hid shows why
// instead and can only be deleted.
import { getTranslations } from 'next-intl/server';
import { DeleteButton } from '@/components/forms/delete-button';
import { FormShell } from '@/components/forms/form-shell';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { livestockCommandAction } from '@/lib/livestock/actions';
import type { OwnLivestock } from '@/lib/livestock/manage';

type State = Pick<OwnLivestock, 'status' | 'statusReason' | 'sale' | 'soldAt' | 'expiredAt' | 'expiresAt'>;

/** "Live until 5 June", "Reserved · live until…", "Sold on 3 June", "Expired · hidden", or the officer's reason. */
export async function livestockState(listing: State, locale: Locale, now: Date): Promise<string> {
  const t = await getTranslations('MyLivestock');
  if (listing.status !== 'ACTIVE') return `${t('state_HIDDEN')}${listing.statusReason ? ` — ${listing.statusReason}` : ''}`;
  if (listing.sale === 'SOLD') return t('state_SOLD', { date: formatDate(listing.soldAt ?? now, locale) });
  if (listing.expiredAt || listing.expiresAt <= now) return t('state_EXPIRED');
  return t(listing.sale === 'RESERVED' ? 'state_RESERVED' : 'state_ACTIVE', { date: formatDate(listing.expiresAt, locale) });
}

const button = 'inline-flex min-h-12 items-center rounded-lg px-4 font-semibold';

export async function MyLivestockCommands({ listing, now }: { listing: State & { id: string }; now: Date }) {
  const t = await getTranslations('MyLivestock');
  const open = listing.status === 'ACTIVE' && listing.sale !== 'SOLD';
  const expired = Boolean(listing.expiredAt) || listing.expiresAt <= now;
  return (
    <FormShell action={livestockCommandAction} className="flex flex-wrap gap-2">
      <input type="hidden" name="listingId" value={listing.id} />
      {open && (
        <button name="command" value="sold" className={`${button} bg-green-700 text-white`} data-testid="livestock-sold">
          {t('markSold')}
        </button>
      )}
      {open && listing.sale === 'AVAILABLE' && (
        <button name="command" value="reserve" className={`${button} bg-amber-100 text-amber-950`}>
          {t('markReserved')}
        </button>
      )}
      {open && listing.sale === 'RESERVED' && (
        <button name="command" value="available" className={`${button} border border-stone-300 bg-white`}>
          {t('markAvailable')}
        </button>
      )}
      {open && (
        <button name="command" value="renew" className={`${button} ${expired ? 'bg-brand-700 text-white' : 'border border-stone-300 bg-white'}`}>
          {t('renew')}
        </button>
      )}
      <DeleteButton label={t('delete')} />
    </FormShell>
  );
}
