import { beforeAll, describe, expect, it } from 'vitest';
import { resolveSessionUser } from '@/lib/auth/auth';
import { verifyPassword } from '@/lib/auth/passwords';
import { db } from '@/lib/db';
import { appointOfficer, listOfficers, officerSchema, rescopeOfficer, retireOfficer, temporaryPassword } from './officers';
import { account, areaId, consoleScopes, uniquePhone } from './test-fixtures';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  s = await consoleScopes();
});

describe('officers', () => {
  const appoint = (over: Record<string, string> = {}) => officerSchema.parse({ phone: uniquePhone(), name: '', areaId: '', ...over });
  let sherpur: number, bogura: number, kahaloo: number;
  beforeAll(async () => {
    [sherpur, bogura, kahaloo] = await Promise.all([areaId('sherpur-bogura'), areaId('bogura'), areaId('kahaloo')]);
  });

  it('are managed by admins only', async () => {
    const someone = await account();
    await expect(listOfficers(s.sherpur)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(appointOfficer(s.sherpur, appoint({ phone: someone.phone, areaId: String(sherpur) }))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(rescopeOfficer(s.sherpur, s.kahalooOfficer.id, { areaId: sherpur })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(retireOfficer(s.sherpur, s.kahalooOfficer.id, { reason: 'বদলি' })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await db.user.findUniqueOrThrow({ where: { id: someone.id } })).roles).not.toContain('OFFICER');
  });

  it('appoints an existing account to a district or an upazila of the home district', async () => {
    const someone = await account();
    const union = await areaId('mirzapur-sherpur-bogura');
    await expect(appointOfficer(s.adminScope, appoint({ phone: someone.phone, areaId: String(union) }))).rejects.toMatchObject({ message: 'officerAreaInvalid' });
    const result = await appointOfficer(s.adminScope, appoint({ phone: someone.phone.replace('+880', '0'), areaId: String(sherpur) }));
    expect(result).toEqual({ userId: someone.id, temporaryPassword: null });
    expect(await db.user.findUniqueOrThrow({ where: { id: someone.id } })).toMatchObject({ roles: ['BUYER', 'OFFICER'], officerAreaId: sherpur, mustChangePassword: false });
    expect(await db.auditLog.findFirstOrThrow({ where: { subject: 'USER', subjectId: someone.id, action: 'officer.appoint' } })).toMatchObject({ before: { roles: ['BUYER'], officerAreaId: null }, after: { roles: ['BUYER', 'OFFICER'], officerAreaId: sherpur } });
    await expect(appointOfficer(s.adminScope, appoint({ phone: someone.phone, areaId: String(bogura) }))).rejects.toMatchObject({ code: 'conflict', message: 'alreadyOfficer' });
    expect((await listOfficers(s.adminScope)).map((o) => o.id)).toContain(someone.id);
  });

  it('creates an account with a temporary password for a new number', async () => {
    const phone = uniquePhone();
    await expect(appointOfficer(s.adminScope, appoint({ phone, areaId: String(bogura) }))).rejects.toMatchObject({ message: 'nameRequired' });
    const result = await appointOfficer(s.adminScope, appoint({ phone, name: 'নাসরিন আক্তার', areaId: String(bogura) }));
    expect(result.temporaryPassword).toMatch(/^[a-z2-9]{10}$/);
    const user = await db.user.findUniqueOrThrow({ where: { phone }, omit: { passwordHash: false } });
    // …which she must replace at first sign-in (lib/auth/page-guards.ts, the action pipeline, scopeOf).
    expect(user).toMatchObject({ name: 'নাসরিন আক্তার', status: 'ACTIVE', roles: ['BUYER', 'OFFICER'], officerAreaId: bogura, mustChangePassword: true });
    expect(await verifyPassword(user.passwordHash, result.temporaryPassword!)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({ where: { subject: 'USER', subjectId: user.id, action: 'officer.create' } });
    expect(JSON.stringify([entry.before, entry.after, entry.reason])).not.toContain(result.temporaryPassword!);
  });

  it('takes over a sign-up never confirmed, and refuses suspended accounts', async () => {
    const pending = await db.user.create({ data: { phone: uniquePhone(), name: 'কেউ একজন', status: 'PENDING', passwordHash: 'x' } });
    const result = await appointOfficer(s.adminScope, appoint({ phone: pending.phone, name: 'আসল অফিসার', areaId: String(kahaloo) }));
    expect(result.userId).toBe(pending.id);
    expect(await db.user.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ name: 'আসল অফিসার', status: 'ACTIVE', officerAreaId: kahaloo, mustChangePassword: true });
    const suspended = await db.user.create({ data: { phone: uniquePhone(), name: 'বন্ধ', status: 'SUSPENDED' } });
    await expect(appointOfficer(s.adminScope, appoint({ phone: suspended.phone, name: 'বন্ধ', areaId: String(kahaloo) }))).rejects.toMatchObject({ message: 'accountBlocked' });
  });

  it('moves an officer to another area, audited', async () => {
    const o = await account(['BUYER', 'OFFICER'], 'sherpur-bogura');
    await rescopeOfficer(s.adminScope, o.id, { areaId: kahaloo });
    expect((await db.user.findUniqueOrThrow({ where: { id: o.id } })).officerAreaId).toBe(kahaloo);
    await expect(rescopeOfficer(s.adminScope, o.id, { areaId: kahaloo })).rejects.toMatchObject({ message: 'sameArea' });
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: o.id, action: 'officer.rescope' } })).toMatchObject({ before: { officerAreaId: sherpur }, after: { officerAreaId: kahaloo } });
    const plain = await account();
    await expect(rescopeOfficer(s.adminScope, plain.id, { areaId: kahaloo })).rejects.toMatchObject({ message: 'notOfficer' });
  });

  it('retires an officer: the role goes, the sessions end, the account stays', async () => {
    const o = await account(['BUYER', 'OFFICER'], 'sherpur-bogura');
    expect(await resolveSessionUser({ uid: o.id, sv: o.sessionVersion })).toMatchObject({ roles: ['BUYER', 'OFFICER'] });
    await expect(retireOfficer(s.adminScope, o.id, { reason: '' })).rejects.toMatchObject({ message: 'reasonRequired' });
    await retireOfficer(s.adminScope, o.id, { reason: 'অন্য জেলায় বদলি' });
    const after = await db.user.findUniqueOrThrow({ where: { id: o.id } });
    expect(after).toMatchObject({ roles: ['BUYER'], officerAreaId: null, status: 'ACTIVE', sessionVersion: o.sessionVersion + 1 });
    expect(await resolveSessionUser({ uid: o.id, sv: o.sessionVersion })).toBeNull();
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: o.id, action: 'officer.retire' } })).toMatchObject({
      actorId: s.admin.id,
      reason: 'অন্য জেলায় বদলি',
      before: { roles: ['BUYER', 'OFFICER'], officerAreaId: sherpur },
      after: { roles: ['BUYER'], officerAreaId: null },
    });
    await expect(retireOfficer(s.adminScope, o.id, { reason: 'আবার' })).rejects.toMatchObject({ code: 'conflict', message: 'notOfficer' });
  });

  it('makes temporary passwords that pass the password rules', () => {
    for (let i = 0; i < 20; i++) expect(temporaryPassword()).toMatch(/^(?=.*\d)(?=.*[a-z])[a-z2-9]{10}$/);
  });
});
