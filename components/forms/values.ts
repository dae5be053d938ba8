// How stored values start in a form's fields: taka from poisha, a day in Asia/Dhaka, a stored
// +8801… number as people type it. Shared by the forms of notices people post (rentals, livestock).
import { formatPhone } from '@/lib/i18n/format';
import { dhakaDay } from '@/lib/shops/calendar';

export const takaValue = (poisha: number | null | undefined) => (poisha == null ? '' : String(poisha / 100));
/** The day in Asia/Dhaka, "YYYY-MM-DD". */
export const dayValue = (date: Date | null | undefined) => (date ? dhakaDay(date) : '');
/** A stored +8801… number as people type it (01…). */
export const localPhone = (phone: string | null | undefined) => (phone ? formatPhone(phone, 'en').replace(/\D/g, '') : '');
