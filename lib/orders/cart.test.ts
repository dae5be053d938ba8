// What a quantity typed into a cart line means (app/api/cart answers it beside the line).
import { describe, expect, it } from 'vitest';
import { judgeQuantity, lineIndexOf } from './cart';
import { maxLineQuantity } from './place';
import { MAX_QUANTITY } from './schemas';

describe('a cart line’s quantity', () => {
  it('0 removes the line; 1 to the line’s most sets it, in Bengali or ASCII digits', () => {
    expect(judgeQuantity('0', 20)).toEqual({ ok: true, quantity: 0 });
    expect(judgeQuantity('০', 20)).toEqual({ ok: true, quantity: 0 });
    expect(judgeQuantity(' ৩ ', 20)).toEqual({ ok: true, quantity: 3 });
    expect(judgeQuantity('20', 20)).toEqual({ ok: true, quantity: 20 });
  });

  it('refuses negatives, fractions, words and nothing as "not a whole number", and more than the most as "too many", saying the most', () => {
    for (const typed of ['-1', '1.5', '১.৫', 'দুই', '', '2e3']) expect(judgeQuantity(typed, 20)).toEqual({ ok: false, problem: 'notWhole', max: 20 });
    expect(judgeQuantity('21', 20)).toEqual({ ok: false, problem: 'tooMany', max: 20 });
    expect(judgeQuantity('1000000', MAX_QUANTITY)).toEqual({ ok: false, problem: 'tooMany', max: MAX_QUANTITY });
  });

  it('takes its most from the stock left, one day’s capacity in the option’s units, or the cart’s own limit', () => {
    expect(maxLineQuantity({ fulfilment: 'READY_STOCK', stock: 7, dailyCapacity: null })).toBe(7);
    expect(maxLineQuantity({ fulfilment: 'READY_STOCK', stock: 9_999, dailyCapacity: null })).toBe(MAX_QUANTITY);
    expect(maxLineQuantity({ fulfilment: 'MADE_TO_ORDER', stock: null, dailyCapacity: 40 }, 4)).toBe(10);
    expect(maxLineQuantity({ fulfilment: 'MADE_TO_ORDER', stock: null, dailyCapacity: null })).toBe(MAX_QUANTITY);
    // Sold out still allows naming one (the checkout then says it is gone).
    expect(maxLineQuantity({ fulfilment: 'READY_STOCK', stock: 0, dailyCapacity: null })).toBe(1);
  });
});

describe('the line a cart change names', () => {
  it('is the form’s plain index; a missing or junk field names no line (never the first)', () => {
    const form = new FormData();
    expect(lineIndexOf(form.get('line'))).toBeNull();
    for (const junk of ['', ' ', '-1', '1.5', '0x1', 'abc', '১', '1e2', '10000']) {
      form.set('line', junk);
      expect(lineIndexOf(form.get('line'))).toBeNull();
    }
    form.set('line', '0');
    expect(lineIndexOf(form.get('line'))).toBe(0);
    form.set('line', '12');
    expect(lineIndexOf(form.get('line'))).toBe(12);
    form.set('line', new Blob(['0']));
    expect(lineIndexOf(form.get('line'))).toBeNull();
  });
});
