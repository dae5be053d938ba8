import { describe, expect, it } from 'vitest';
import { auditChanges } from './audit-queries';
import { auditWords, readableKey } from './audit-words';

describe('an audit entry in words', () => {
  const bn = auditWords('bn');
  const en = auditWords('en');

  it('names the field and its values in Bengali and English', () => {
    const [change] = auditChanges({ status: 'OPEN' }, { status: 'RESOLVED' });
    expect(bn.change(change!)).toBe('অবস্থা: খোলা → সমাধান হয়েছে');
    expect(en.change(change!)).toBe('Status: Open → Resolved');
    expect(bn.change({ field: 'verification', from: 'PENDING', to: 'CHANGES_REQUESTED' })).toBe('যাচাই: অপেক্ষায় → বদল চাওয়া হয়েছে');
  });

  it('says what was done', () => {
    expect(bn.action('verify.verified')).toBe('যাচাই করা হলো');
    expect(en.action('category.merge')).toBe('Categories merged');
    expect(bn.action('officer.retire')).toBe('অফিসারের দায়িত্ব শেষ');
  });

  it('puts lists, yes/no, numbers and missing values in words', () => {
    expect(bn.change({ field: 'roles', from: ['BUYER'], to: ['BUYER', 'OFFICER'] })).toBe('ভূমিকা: ক্রেতা → ক্রেতা, অফিসার');
    expect(bn.change({ field: 'isActive', from: true, to: false })).toBe('চালু: হ্যাঁ → না');
    expect(bn.change({ field: 'sortOrder', from: null, to: 20 })).toBe('ক্রম: (খালি) → ২০');
    expect(bn.value('মায়ের হাতের পিঠা')).toBe('মায়ের হাতের পিঠা');
    expect(bn.value('অ'.repeat(200))).toHaveLength(80);
  });

  it('writes phone numbers as the pages do', () => {
    expect(bn.change({ field: 'phone', from: null, to: '+8801711234567' })).toBe('ফোন: (খালি) → ০১৭১১-২৩৪৫৬৭');
    expect(en.value('+8801711234567')).toBe('01711-234567');
  });

  it('shows what it has no words for readably, never as the stored key', () => {
    expect(bn.change({ field: 'payoutMethod', from: 'BANK_TRANSFER', to: 'MOBILE_MONEY' })).toBe('Payout method: Bank transfer → Mobile money');
    expect(bn.action('shop.transfer_owner')).toBe('Shop transfer owner');
    expect(readableKey('mergedIntoId')).toBe('Merged into id');
    for (const text of [bn.value('SOME_NEW_STATE'), bn.field('SOME_FIELD'), bn.action('SOMETHING_NEW')]) expect(text).not.toMatch(/[A-Z]{2,}|_/);
  });
});
