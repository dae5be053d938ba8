import { describe, expect, it } from 'vitest';
import { cartCountCookie, cookieValue, decodeHint, encodeHint } from './visitor-hint';

describe('visitor hints', () => {
  it('carry the account id and first name, as the browser holds them (URL-encoded once)', () => {
    const stored = encodeURIComponent(encodeHint({ id: 'u1', name: 'সুমাইয়া আক্তার' }));
    expect(decodeHint(cookieValue(`a=1; haat.hint=${stored}; b=2`, 'haat.hint'))).toEqual({ id: 'u1', name: 'সুমাইয়া', console: false });
  });

  it('mark officers and admins (the header links them to the console), and read hints written before the mark', () => {
    const hint = (roles: string[]) => decodeHint(encodeURIComponent(encodeHint({ id: 'u2', name: 'Rahim', roles })));
    expect(hint(['BUYER', 'OFFICER'])).toEqual({ id: 'u2', name: 'Rahim', console: true });
    expect(hint(['BUYER', 'ADMIN'])).toEqual({ id: 'u2', name: 'Rahim', console: true });
    expect(hint(['BUYER', 'PROVIDER', 'SELLER'])).toEqual({ id: 'u2', name: 'Rahim', console: false });
    expect(decodeHint('u3.Md.%20Karim')).toEqual({ id: 'u3', name: 'Md. Karim', console: false });
    expect(decodeHint('!c.Rahim')).toBeNull();
  });

  it('read nothing from a missing, broken or empty hint', () => {
    expect(decodeHint(null)).toBeNull();
    expect(decodeHint('%E0%A6')).toBeNull();
    expect(decodeHint('no-dot')).toBeNull();
    expect(cookieValue('a=1', 'haat.hint')).toBeNull();
  });

  it('name one count cookie per shop, apart from the cart itself', () => {
    expect(cartCountCookie('pitha')).toBe('haat_cart_n_pitha');
  });
});
