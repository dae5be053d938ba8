// What an owner can do with a notice from her list and its page: mark it let, list it again,
// renew it for 60 more days, delete it. A suspended notice shows why instead.
import { getTranslations } from 'next-intl/server';
import { DeleteButton } from '@/components/forms/delete-button';
import { FormShell } from '@/components/forms/form-shell';
import { formatDate, type Locale } from '@/lib/i18n/format';
import { rentalCommandAction } from '@/lib/rentals/actions';
import type { OwnRental } from '@/lib/rentals/manage';

type State = Pick<OwnRental, 'status' | 'statusReason' | 'letAt' | 'expiredAt' | 'expiresAt'>;

/** "Live until 5 February", "Let · hidden", "Expired · hidden", or the officer's suspension. */
export async function rentalState(rental: State, locale: Locale, now: Date): Promise<string> {
  const t = await getTranslations('MyRentals');
  if (rental.status !== 'ACTIVE') return `${t('state_SUSPENDED')}${rental.statusReason ? ` — ${rental.statusReason}` : ''}`;
  if (rental.letAt) return t('state_LET');
  if (rental.expiredAt || rental.expiresAt <= now) return t('state_EXPIRED');
  return t('state_ACTIVE', { date: formatDate(rental.expiresAt, locale) });
}

const button = 'inline-flex min-h-12 items-center rounded-lg px-4 font-semibold';

export async function RentalCommands({ rental, now }: { rental: State & { id: string }; now: Date }) {
  const t = await getTranslations('MyRentals');
  const live = rental.status === 'ACTIVE';
  const expired = Boolean(rental.expiredAt) || rental.expiresAt <= now;
  return (
    <FormShell action={rentalCommandAction} className="flex flex-wrap gap-2">
      <input type="hidden" name="rentalId" value={rental.id} />
      {live && !rental.letAt && (
        <button name="command" value="let" className={`${button} bg-amber-100 text-amber-950`}>
          {t('markLet')}
        </button>
      )}
      {live && rental.letAt && (
        <button name="command" value="relist" className={`${button} bg-green-700 text-white`}>
          {t('relist')}
        </button>
      )}
      {live && !rental.letAt && (
        <button name="command" value="renew" className={`${button} ${expired ? 'bg-green-700 text-white' : 'border border-stone-300 bg-white'}`}>
          {t('renew')}
        </button>
      )}
      <DeleteButton label={t('delete')} />
    </FormShell>
  );
}
