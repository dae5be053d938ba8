import { beforeAll, describe, expect, it } from 'vitest';
import { statsView } from '@/lib/console/numbers/view';
import { statsTableRows } from '@/lib/console/numbers/csv';
import { consoleScopes } from '@/lib/console/test-fixtures';
import { markAttendance } from './attendance';
import { markCompletion } from './completion';
import { programme, trainee } from './completion-fixtures';
import { trainingNumbers } from './numbers';

let s: Awaited<ReturnType<typeof consoleScopes>>;

beforeAll(async () => {
  s = await consoleScopes();
});

describe('training numbers', () => {
  it('counts programmes, seats, attendance and completion by office and trade, and trained providers by place, within scope', async () => {
    const office = 'বিসিক শিল্প সহায়ক কেন্দ্র, শেরপুর';
    const p = await programme({ office, seats: 8, sessions: 2, trades: ['electrician'] });
    const [a, b, c] = [await trainee(p.id), await trainee(p.id), await trainee(p.id, 'ACCEPTED', 'khanpur-sherpur-bogura')];
    await trainee(p.id, 'INVITED');
    await trainee(p.id, 'DECLINED');
    // 2 sessions × 3 trainees: 4 present of 6 marks.
    await markAttendance(s.sherpur, p.id, { sessionId: p.sessions[0]!.id, trainees: [a.id, b.id, c.id], present: [a.id, b.id, c.id] });
    await markAttendance(s.sherpur, p.id, { sessionId: p.sessions[1]!.id, trainees: [a.id, b.id, c.id], present: [a.id] });
    await markCompletion(s.sherpur, p.id, [a.id, c.id]);
    // Kahaloo's programme never shows in Sherpur's numbers.
    const other = await programme({ area: 'kahaloo', office, trades: ['electrician'] });
    const theirs = await trainee(other.id, 'ACCEPTED', 'birkedar-kahaloo-bogura');
    await markCompletion(s.kahaloo, other.id, [theirs.id]);
    // A draft is not counted.
    await programme({ office, status: 'DRAFT' });

    const view = await statsView(s.sherpur);
    const data = await trainingNumbers(view);
    expect(data.programmes.filter((r) => r.office === office)).toEqual([
      { office, category: expect.objectContaining({ nameEn: 'Electrician' }), programmes: 1, seats: 8, filled: 3, attendanceRate: 4 / 6, completionRate: 2 / 3 },
    ]);
    const electricians = data.trained.find((r) => r.category.nameEn === 'Electrician')!;
    const part = (slug: string) => view.parts.findIndex((x) => x.slug === slug);
    expect(electricians.cells[part('mirzapur-sherpur-bogura')]).toBeGreaterThanOrEqual(1);
    expect(electricians.cells[part('khanpur-sherpur-bogura')]).toBeGreaterThanOrEqual(1);
    expect(electricians.total).toBe(electricians.cells.reduce((x, y) => x + y, 0) + electricians.whole);

    // The admin's view of the district has both upazilas' programmes.
    const district = await trainingNumbers(await statsView(s.adminScope));
    expect(district.programmes.find((r) => r.office === office)).toMatchObject({ programmes: 2, seats: 18, filled: 4 });

    // CSV: the same rows, rates as percentages.
    const csv = await statsTableRows('training', view, new Date(), 'en');
    expect(csv[0]).toEqual(['Office', 'Trade', 'Programmes', 'Seats', 'Seats filled', 'Attendance rate (%)', 'Completion rate (%)']);
    expect(csv.find((r) => r[0] === office)).toEqual([office, 'Electrician', 1, 8, 3, 66.7, 66.7]);
    const trained = await statsTableRows('trained', view, new Date(), 'bn');
    expect(trained[0]!.slice(1, 1 + view.parts.length)).toEqual(view.parts.map((x) => x.nameBn));
    expect(trained).toHaveLength(data.trained.length + 1);
    expect(JSON.stringify(csv)).not.toContain('birkedar');
  });
});
