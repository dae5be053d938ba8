// Seasons and haats in the console against the real PostgreSQL: the form's rules, the district
// and the season as bounds, another officer's scope, publishing (audited), and the public markets.
import { beforeAll, describe, expect, it } from 'vitest';
import { account, areaId, consoleScopes, scopeFor } from '@/lib/console/test-fixtures';
import type { Scope } from '@/lib/console/scope';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { dhakaDay } from '@/lib/shops/calendar';
import { haatSchema, readHaatForm, seasonSchema } from './haat-schemas';
import { createHaat, createSeason, haatInScope, listSeasons, seasonInScope, setHaatPublished, updateHaat, updateSeason } from './haats';
import { seasonHaats as publicMarkets } from './markets';
import { seasonHaats } from './markets';

const DAY = 86_400_000;
/** A day n days from now as a person types it (day/month/year). */
const typed = (n: number) => {
  const [y, m, d] = dhakaDay(new Date(Date.now() + n * DAY)).split('-');
  return `${d}/${m}/${y}`;
};

let s: Awaited<ReturnType<typeof consoleScopes>>;
let district: Scope;
let kishoreganjOfficer: Scope;
let bogura: number, kishoreganj: number, mirzapur: number, kahalooUnion: number, kishoreganjUnion: number;

beforeAll(async () => {
  s = await consoleScopes();
  district = await scopeFor(await account(['BUYER', 'OFFICER'], 'bogura'));
  kishoreganjOfficer = await scopeFor(await account(['BUYER', 'OFFICER'], 'kishoreganj'));
  [bogura, kishoreganj, mirzapur] = await Promise.all([areaId('bogura'), areaId('kishoreganj'), areaId('mirzapur-sherpur-bogura')]);
  const kahaloo = await areaId('kahaloo');
  kahalooUnion = (await db.area.findFirstOrThrow({ where: { parentId: kahaloo, level: 'UNION' } })).id;
  const kPath = (await db.area.findUniqueOrThrow({ where: { id: kishoreganj } })).path;
  kishoreganjUnion = (await db.area.findFirstOrThrow({ where: { level: 'UNION', path: { startsWith: kPath } } })).id;
});

const season = (over: Record<string, string> = {}) => seasonSchema.parse({ nameBn: 'ঈদুল আজহা', nameEn: '', areaId: String(bogura), startsOn: typed(-2), endsOn: typed(30), ...over });
const haatForm = (over: Record<string, string | string[]> = {}) => {
  const data = new FormData();
  const fields: Record<string, string | string[]> = {
    nameBn: 'সুলতানগঞ্জ হাট',
    nameEn: '',
    areaId: String(mirzapur),
    place: 'স্কুল মাঠ',
    opensOn: typed(1),
    closesOn: typed(20),
    weekdays: ['6', '2'],
    opensAt: '০৮:০০',
    closesAt: '18:30',
    leaseOffice: 'ইজারাদার',
    leasePhone: '০১৭১১২৩৪৫৬৭',
    vetBooth: 'on',
    vetNote: 'সকাল ৯টা থেকে',
    ...over,
  };
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
};
const haat = (over: Record<string, string | string[]> = {}) => haatSchema.parse(readHaatForm(haatForm(over)));
const haatIssues = (over: Record<string, string | string[]>) => Object.fromEntries((haatSchema.safeParse(readHaatForm(haatForm(over))).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));
const code = (promise: Promise<unknown>) => promise.then(() => 'ok', (e: unknown) => (e instanceof AppError ? `${e.code}:${e.message}` : String(e)));

describe('the forms', () => {
  it('reads days, weekdays, hours and the phone', () => {
    const h = haat();
    expect(h).toMatchObject({ weekdays: [2, 6], opensAt: 480, closesAt: 1110, leasePhone: '+8801711234567', vetBooth: true, nameEn: null });
    expect(dhakaDay(h.opensOn)).toBe(dhakaDay(new Date(Date.now() + DAY)));
  });

  it('refuses closing before opening, bad hours and a season ending before it starts', () => {
    expect(haatIssues({ opensOn: typed(5), closesOn: typed(3) })).toEqual({ closesOn: 'closesBeforeOpens' });
    expect(haatIssues({ opensAt: '18:00', closesAt: '08:00' })).toEqual({ closesAt: 'hoursOrder' });
    expect(haatIssues({ opensAt: '25:00' })).toEqual({ opensAt: 'hoursInvalid' });
    expect(haatIssues({ place: ' ', leasePhone: '12345', areaId: '' })).toMatchObject({ place: 'placeRequired', leasePhone: 'phoneInvalid', areaId: 'unionRequired' });
    expect(seasonSchema.safeParse({ nameBn: 'x', nameEn: '', areaId: String(bogura), startsOn: typed(5), endsOn: typed(1) }).error?.issues[0]?.message).toBe('endsBeforeStarts');
  });
});

describe('seasons', () => {
  it('are made by the district’s officers for their district, audited with it', async () => {
    const later = { startsOn: typed(200), endsOn: typed(230) };
    const { id } = await createSeason(district, season(later));
    // One season at a time in a district.
    expect(await code(createSeason(district, season({ startsOn: typed(220), endsOn: typed(240) })))).toBe('conflict:seasonOverlaps');
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: id, action: 'haat.seasonCreate' } })).toMatchObject({ areaId: bogura, subject: 'LIVESTOCK_SEASON' });
    // An upazila officer sees the season of her district but cannot make or change one.
    expect(await code(createSeason(s.sherpur, season(later)))).toBe('notFound:notFound');
    expect((await listSeasons(s.sherpur)).map((x) => x.id)).toContain(id);
    expect(await code(updateSeason(s.sherpur, id, season({ ...later, nameBn: 'বদল' })))).toBe('notFound:notFound');
    // Another district's officer does not see it at all, also by its id.
    expect((await listSeasons(kishoreganjOfficer)).map((x) => x.id)).not.toContain(id);
    expect(await code(seasonInScope(kishoreganjOfficer, id))).toBe('notFound:notFound');
    expect(await code(createSeason(kishoreganjOfficer, season(later)))).toBe('notFound:notFound');
    // A district not served, or an upazila instead of a district.
    expect(await code(createSeason(s.adminScope, season({ areaId: String(await areaId('dhaka')) })))).toMatch(/^invalid:district/);
    expect(await code(createSeason(s.adminScope, season({ areaId: String(mirzapur) })))).toBe('invalid:districtRequired');
  });
});

describe('haats', () => {
  it('lie inside the season’s district and days, in the officer’s scope', async () => {
    const { id: seasonId } = await createSeason(district, season());
    expect(await code(createHaat(s.sherpur, seasonId, haat({ opensOn: typed(-5) })))).toBe('invalid:outsideSeason');
    expect(await code(createHaat(s.sherpur, seasonId, haat({ closesOn: typed(31) })))).toBe('invalid:outsideSeason');
    expect(await code(createHaat(district, seasonId, haat({ areaId: String(kishoreganjUnion) })))).toBe('invalid:unionOutside');
    // The Sherpur officer cannot place one in Kahaloo.
    expect(await code(createHaat(s.sherpur, seasonId, haat({ areaId: String(kahalooUnion) })))).toBe('notFound:notFound');
    const { id } = await createHaat(s.sherpur, seasonId, haat());
    expect(await db.livestockHaat.findUniqueOrThrow({ where: { id } })).toMatchObject({ publishedAt: null, areaId: mirzapur, weekdays: [2, 6], vetBooth: true });
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: id, action: 'haat.create' } })).toMatchObject({ areaId: mirzapur, actorId: s.sherpurOfficer.id });
    // The Kahaloo officer: not found, to see, change or publish, also by its id.
    expect(await code(haatInScope(s.kahaloo, id))).toBe('notFound:notFound');
    expect(await code(updateHaat(s.kahaloo, id, haat({ nameBn: 'বদল' })))).toBe('notFound:notFound');
    expect(await code(setHaatPublished(s.kahaloo, id, true))).toBe('notFound:notFound');
    expect(await code(createHaat(kishoreganjOfficer, seasonId, haat({ areaId: String(kishoreganjUnion) })))).toBe('notFound:notFound');
    // A season cannot shrink past its haats.
    expect(await code(updateSeason(district, seasonId, season({ endsOn: typed(10) })))).toBe('conflict:haatsOutsideSeason');
    await updateHaat(s.sherpur, id, haat({ nameBn: 'নতুন নাম' }));
    expect(await db.auditLog.findFirstOrThrow({ where: { subjectId: id, action: 'haat.update' } })).toMatchObject({ before: { nameBn: 'সুলতানগঞ্জ হাট' }, after: { nameBn: 'নতুন নাম' } });
  });

  it('are public only once published; publishing and taking back are audited, a second press is a conflict', async () => {
    const k = await createSeason(kishoreganjOfficer, season({ areaId: String(kishoreganj) }));
    const { id } = await createHaat(kishoreganjOfficer, k.id, haat({ areaId: String(kishoreganjUnion), weekdays: [] }));
    expect((await seasonHaats(kishoreganj)).haats.map((h) => h.id)).not.toContain(id);
    expect((await publicMarkets(kishoreganj)).haats).toHaveLength(0);
    await setHaatPublished(kishoreganjOfficer, id, true);
    expect(await code(setHaatPublished(kishoreganjOfficer, id, true))).toBe('conflict:alreadyPublished');
    const markets = await publicMarkets(kishoreganj);
    expect(markets.season?.id).toBe(k.id);
    expect(markets.haats[0]).toMatchObject({ id, leasePhone: '+8801711234567', vetBooth: true, vetNote: 'সকাল ৯টা থেকে' });
    await setHaatPublished(kishoreganjOfficer, id, false);
    expect((await publicMarkets(kishoreganj)).haats).toHaveLength(0);
    const entries = await db.auditLog.findMany({ where: { subjectId: id, action: { in: ['haat.publish', 'haat.unpublish'] } }, orderBy: { createdAt: 'asc' } });
    expect(entries.map((e) => [e.action, e.areaId])).toEqual([
      ['haat.publish', kishoreganjUnion],
      ['haat.unpublish', kishoreganjUnion],
    ]);
  });
});
