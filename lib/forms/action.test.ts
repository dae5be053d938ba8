// The action pipeline itself, with a real database: only the request around it (headers, session,
// translations, Next's cache) is stood in for (lib/testing/action-request.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/lib/testing/action-request').then((m) => m.headersModule));
vi.mock('next/cache', () => import('@/lib/testing/action-request').then((m) => m.cacheModule));
vi.mock('@/lib/auth/session', () => import('@/lib/testing/action-request').then((m) => m.sessionModule));
vi.mock('next-intl/server', () => import('@/lib/testing/action-request').then((m) => m.intlModule));

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { listening, startCacheListener, stopCacheListener } from '@/lib/cache/broadcast';
import { tags } from '@/lib/cache/tags';
import { account } from '@/lib/console/test-fixtures';
import { db } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import { cacheModule, formOf, redirectOf, request } from '@/lib/testing/action-request';
import { callAction, formAction, voidAction } from './action';
import { recordId } from './action-result';

// forbidden() needs Next's authInterrupts flag, which next.config turns on for the app.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';

const nameSchema = z.object({ name: z.string().trim().min(2, 'nameTooShort').max(20, 'nameTooLong') });

/** Renames the signed-in user: the write the tests look for. */
const rename = formAction({ namespace: 'ShopErrors', access: 'user', schema: nameSchema }, async ({ user, input }) => {
  await db.user.update({ where: { id: user.id }, data: { name: input.name } });
  return { done: 'ShopDashboard.saved' };
});

/** Renames a user named by a bound id, but only one's own (anyone else's is "not found"). */
const renameBound = formAction({ namespace: 'ShopErrors', access: 'user', bound: z.tuple([recordId]), schema: nameSchema }, async ({ user, input, args: [id] }) => {
  if (id !== user.id) throw notFound();
  await db.user.update({ where: { id }, data: { name: input.name } });
});

const nameOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { name: true } })).name;

let n = 0;
const signIn = async (roles: ('BUYER' | 'SELLER' | 'OFFICER' | 'ADMIN')[] = ['BUYER'], officerArea?: string) => {
  const user = await account(roles, officerArea);
  request.user = { ...user, roles: user.roles as string[] };
  return user;
};

beforeEach(() => {
  request.reset();
  cacheModule.refresh.mockClear();
  cacheModule.updateTag.mockClear();
});

describe('who may run an action', () => {
  it('sends a guest to sign in, back to the page the form was on, and runs nothing', async () => {
    request.referer = 'http://localhost:3000/en/dashboard/shop';
    expect(await redirectOf(rename({}, formOf({ name: 'নতুন নাম' })))).toBe('/sign-in?next=%2Fdashboard%2Fshop');
  });

  it('ignores a referer from another site when sending a guest to sign in', async () => {
    request.referer = 'https://evil.example/phish';
    expect(await redirectOf(rename({}, formOf({ name: 'x' })))).toBe('/sign-in');
  });

  it('answers a console action by a buyer with the forbidden message, an admin action by an officer too', async () => {
    const consoleOnly = formAction({ namespace: 'ConsoleActions', access: 'console' }, async () => ({ done: 'decided' }));
    const adminOnly = formAction({ namespace: 'ConsoleAdmin', access: 'admin' }, async () => ({ done: 'categoryMoved' }));
    await signIn(['BUYER']);
    expect(await consoleOnly({}, formOf({}))).toMatchObject({ ok: false, message: 'ConsoleActions.forbidden' });
    await signIn(['BUYER', 'OFFICER'], 'sherpur-bogura');
    expect(await consoleOnly({}, formOf({}))).toEqual({ ok: true, message: 'ConsoleActions.decided' });
    expect(await adminOnly({}, formOf({}))).toMatchObject({ ok: false, message: 'ConsoleAdmin.forbidden' });
    await signIn(['BUYER', 'ADMIN']);
    expect(await adminOnly({}, formOf({}))).toEqual({ ok: true, message: 'ConsoleAdmin.categoryMoved' });
  });

  it('lets anyone run an "anyone" action, with the user when there is one', async () => {
    const who = formAction({ namespace: 'Errors', access: 'anyone', pure: true }, async ({ user }) => ({ ok: true, message: user?.id ?? 'guest' }));
    expect(await who({}, formOf({}))).toEqual({ ok: true, message: 'guest' });
    const user = await signIn();
    expect(await who({}, formOf({}))).toEqual({ ok: true, message: user.id });
  });
});

describe('where the request comes from', () => {
  it.each([
    ['missing', null],
    ['"null"', 'null'],
    ['foreign', 'https://evil.example'],
    ['a shop subdomain', 'http://pitha.localhost:3000'],
    ['another port', 'http://localhost:4000'],
  ])('refuses a %s Origin and writes nothing', async (_, origin) => {
    const user = await signIn();
    request.origin = origin;
    expect(await rename({}, formOf({ name: 'চুরি করা নাম' }))).toMatchObject({ ok: false, message: 'Errors.badOrigin' });
    expect(await nameOf(user.id)).toBe('পরীক্ষার মানুষ');
  });

  it('refuses a plain form post from elsewhere with the 403 page', async () => {
    const user = await signIn();
    request.origin = 'https://evil.example';
    const hide = voidAction({ namespace: 'Errors', access: 'user' }, async () => {
      await db.user.update({ where: { id: user.id }, data: { name: 'x' } });
    });
    expect(await redirectOf(hide(formOf({})))).toBe('http:403');
    expect(await nameOf(user.id)).toBe('পরীক্ষার মানুষ');
  });
});

describe('what the request carries', () => {
  it.each([
    ['null', null],
    ['an object', { id: 'x' }],
    ['an array', ['a', 'b']],
    ['a number', 42],
    ['a string with a NUL', 'abc\u0000'],
    ['a 10 KB string', 'a'.repeat(10_000)],
  ])('answers a bound argument that is %s with "not found" and writes nothing', async (_, bound) => {
    const user = await signIn();
    const result = await (renameBound as (...args: unknown[]) => Promise<unknown>)(bound, {}, formOf({ name: 'নতুন নাম' }));
    expect(result).toMatchObject({ ok: false, message: 'ShopErrors.notFound' });
    expect(await nameOf(user.id)).toBe('পরীক্ষার মানুষ');
  });

  it('runs with a well-formed bound argument, and someone else’s id is "not found"', async () => {
    const other = await account();
    const user = await signIn();
    expect(await renameBound(other.id, {}, formOf({ name: 'নতুন নাম' }))).toMatchObject({ ok: false, message: 'ShopErrors.notFound' });
    expect(await nameOf(other.id)).toBe('পরীক্ষার মানুষ');
    expect(await renameBound(user.id, {}, formOf({ name: 'নতুন নাম' }))).toEqual({ ok: true });
    expect(await nameOf(user.id)).toBe('নতুন নাম');
  });

  it('answers a wrong-shape form with messages beside the fields, keeps what was typed but no password', async () => {
    const user = await signIn();
    const result = await rename({}, formOf({ name: 'x', note: 'রাখা হবে', password: 'secret123', $ACTION_ID_1: 'x' }));
    expect(result).toEqual({ ok: false, errors: { name: 'ShopErrors.nameTooShort' }, message: 'ShopErrors.checkFields', values: { name: 'x', note: 'রাখা হবে' } });
    expect(await rename({}, formOf({}))).toMatchObject({ ok: false, errors: { name: 'ShopErrors.generic' } });
    const file = new FormData();
    file.set('name', new File(['x'], 'x.txt'));
    expect(await rename({}, file)).toMatchObject({ ok: false, errors: { name: 'ShopErrors.generic' } });
    expect(await nameOf(user.id)).toBe('পরীক্ষার মানুষ');
    expect(cacheModule.refresh).not.toHaveBeenCalled();
  });

  it('answers an action called with arguments only like a form action', async () => {
    const user = await signIn();
    const attach = callAction({ namespace: 'ProfileErrors', access: 'user', bound: z.tuple([recordId, z.string()]) }, async ({ args: [id] }) => {
      if (id !== user.id) throw new AppError('conflict', 'tooManyPhotos');
    });
    expect(await attach(user.id, '')).toEqual({ ok: true });
    expect(await attach('someone-else', '')).toMatchObject({ ok: false, message: 'ProfileErrors.tooManyPhotos' });
    expect(await (attach as (...args: unknown[]) => Promise<unknown>)({ toString: () => 'x' }, '')).toMatchObject({ ok: false, message: 'Errors.notFound' });
  });
});

describe('what the data layer throws', () => {
  const throwing = (error: unknown) =>
    formAction({ namespace: 'ShopErrors', access: 'user', fieldOf: { slugTaken: 'slug' } }, async () => {
      throw error;
    });

  it('maps each AppError to a message from the namespace, then Errors', async () => {
    await signIn();
    expect(await throwing(notFound())({}, formOf({ slug: 'pitha' }))).toMatchObject({ ok: false, message: 'ShopErrors.notFound', values: { slug: 'pitha' } });
    expect(await throwing(new AppError('conflict', 'slugTaken'))({}, formOf({}))).toMatchObject({ ok: false, message: 'ShopErrors.slugTaken', errors: { slug: 'ShopErrors.slugTaken' } });
    expect(await throwing(new AppError('forbidden', 'not your upload'))({}, formOf({}))).toMatchObject({ ok: false, message: 'ShopErrors.forbidden' });
    expect(await throwing(new AppError('forbidden', 'suspended'))({}, formOf({}))).toMatchObject({ ok: false, message: 'Errors.suspended' });
    expect(await throwing(new AppError('rateLimited', 'rateLimited', 30))({}, formOf({}))).toMatchObject({ ok: false, message: 'Errors.rateLimited' });
    expect(await throwing(new AppError('invalid', 'no such key'))({}, formOf({}))).toMatchObject({ ok: false, message: 'ShopErrors.generic' });
  });

  it('sends "unauthenticated" to sign in, and lets a fault through to the error page', async () => {
    await signIn();
    expect(await redirectOf(throwing(new AppError('unauthenticated'))({}, formOf({})))).toBe('/sign-in');
    vi.spyOn(console, 'error').mockImplementationOnce(() => {});
    await expect(throwing(new Error('database down'))({}, formOf({}))).rejects.toThrow('database down');
  });

  it('shows the 404 page for a plain form post naming someone else’s record, and nothing for a conflict', async () => {
    await signIn();
    expect(await redirectOf(voidAction({ namespace: 'Errors', access: 'user' }, async () => { throw notFound(); })(formOf({})))).toBe('http:404');
    await expect(voidAction({ namespace: 'Errors', access: 'user' }, async () => { throw new AppError('conflict'); })(formOf({}))).resolves.toBeUndefined();
  });
});

describe('after success', () => {
  it('refreshes the cache and lets a redirect through', async () => {
    const user = await signIn();
    const renameAndGo = formAction({ namespace: 'ShopErrors', access: 'user', schema: nameSchema }, async ({ input }) => {
      await db.user.update({ where: { id: user.id }, data: { name: input.name } });
      redirect(`/dashboard?renamed=${++n}`);
    });
    expect(await redirectOf(renameAndGo({}, formOf({ name: 'নতুন নাম' })))).toBe(`/dashboard?renamed=${n}`);
    expect(await nameOf(user.id)).toBe('নতুন নাম');
    expect(cacheModule.refresh).toHaveBeenCalledTimes(1);
  });

  it('answers the done message, translated, and skips the refresh for a pure action', async () => {
    await signIn();
    expect(await rename({}, formOf({ name: 'আরেক নাম' }))).toEqual({ ok: true, message: 'ShopDashboard.saved' });
    expect(cacheModule.refresh).toHaveBeenCalledTimes(1);
    const pure = formAction({ namespace: 'Errors', access: 'user', pure: true }, async () => undefined);
    await pure({}, formOf({}));
    expect(cacheModule.refresh).toHaveBeenCalledTimes(1);
  });

  it('expires exactly the cached pages its change touched, once the database has named them', async () => {
    await signIn();
    const rename = formAction({ namespace: 'Errors', access: 'user' }, async () => {
      await db.category.update({ where: { slug: 'tailor' }, data: { nameEn: 'Tailor (renamed)' } });
    });
    await rename({}, formOf({}));
    expect(cacheModule.updateTag).toHaveBeenCalledWith(tags.categories);
    expect(cacheModule.updateTag.mock.calls.map(([tag]) => tag)).not.toContain(tags.shops);
  });
});

beforeAll(async () => {
  startCacheListener(process.env.DATABASE_URL!);
  const deadline = Date.now() + 10_000;
  while (!listening() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
});
afterAll(stopCacheListener);
