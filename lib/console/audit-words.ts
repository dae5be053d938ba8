// An audit entry in words, in the page's language: "অবস্থা: খোলা → সমাধান হয়েছে" rather than
// "status: OPEN → RESOLVED". Field names and stored values are looked up under AuditWords; one
// that has no words yet is shown readably ("Changes requested"), never as the stored key.
import { createTranslator } from 'next-intl';
import { formatNumber, formatPhone, type Locale } from '@/lib/i18n/format';
import bn from '@/messages/bn.json';
import en from '@/messages/en.json';

/** A value longer than this is cut short (the CSV export has the whole JSON). */
const VALUE_MAX = 80;

/** "CHANGES_REQUESTED" → "Changes requested", "mergedIntoId" → "Merged into id", "contact.update" → "Contact update". */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.:-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const cut = (text: string) => (text.length > VALUE_MAX ? `${text.slice(0, VALUE_MAX - 1)}…` : text);

export interface AuditWords {
  /** What was done: "যাচাই করা হলো". */
  action(action: string): string;
  /** A changed field's name: "অবস্থা". */
  field(name: string): string;
  /** A stored value in words (null when there was none): "সমাধান হয়েছে", "হ্যাঁ", "অফিসার, ক্রেতা". */
  value(value: unknown): string | null;
  /** One change as a line: "অবস্থা: খোলা → সমাধান হয়েছে". */
  change(change: { field: string; from: unknown; to: unknown }): string;
}

export function auditWords(locale: Locale): AuditWords {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : bn, namespace: 'AuditWords' });
  const known = (key: string) => /^[A-Za-z0-9_]{1,60}$/.test(key);
  const field = (name: string) => (known(name) && t.has(`fields.${name}` as never) ? t(`fields.${name}` as never) : readableKey(name));
  const value = (v: unknown): string | null => {
    if (v === null || v === undefined || v === '') return null;
    if (typeof v === 'boolean') return t(v ? 'values.true' : 'values.false');
    if (typeof v === 'number') return formatNumber(v, locale);
    if (Array.isArray(v)) return cut(v.map((item) => value(item) ?? t('empty')).join(', ')) || t('empty');
    if (typeof v !== 'string') return cut(JSON.stringify(v));
    if (known(v) && t.has(`values.${v}` as never)) return t(`values.${v}` as never);
    // A phone number as the rest of the page writes it (Bengali digits in Bengali).
    if (/^\+8801\d{9}$/.test(v)) return formatPhone(v, locale);
    // An enum value nobody has put into words yet: readable, never the SCREAMING_CASE key.
    return /^[A-Z][A-Z0-9_]*$/.test(v) ? readableKey(v) : cut(v);
  };
  return {
    action: (action) => {
      const key = action.replace(/[^A-Za-z0-9_]/g, '_');
      return known(key) && t.has(`actions.${key}` as never) ? t(`actions.${key}` as never) : readableKey(action);
    },
    field,
    value,
    change: ({ field: name, from, to }) => `${field(name)}: ${value(from) ?? t('empty')} → ${value(to) ?? t('empty')}`,
  };
}
