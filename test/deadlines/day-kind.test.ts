/**
 * `builtInDayKind` (office hours read it, so that a kiosk bundle carries no day descriptions)
 * against `describeDay`, the described calendar: on every day of the built-in calendar, and on
 * strings that are not dates inside it.
 */
import { describe, expect, it } from 'vitest';
import { builtInDayKind } from '../../src/deadlines/day-kind.js';
import { calendarCoverage, describeDay } from '../../src/calendar.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';

describe('builtInDayKind', () => {
  it('agrees with describeDay on every day of the built-in calendar', () => {
    const { from, to } = calendarCoverage();
    const seen = { working: 0, holiday: 0, rest: 0 };
    for (let day = parseCivilDate(from); day <= parseCivilDate(to); day++) {
      const date = formatCivilDate(day);
      const d = describeDay(date);
      const expected = d.working ? 'working' : d.holiday !== undefined ? 'holiday' : 'rest';
      const kind = builtInDayKind(date);
      if (kind !== expected) expect(`${date}: ${kind}`).toBe(`${date}: ${expected}`);
      seen[expected]++;
    }
    // 2004–2026: 5,745 working days, 647 days off named by a holiday, 2,009 other weekend days
    expect(seen.working).toBeGreaterThan(23 * 240);
    expect(seen.holiday).toBeGreaterThan(23 * 10);
    expect(seen.rest).toBeGreaterThan(23 * 80);
    // the 2025 Spring Festival: a Sunday worked, a weekday off, and the Saturday after the break
    expect([builtInDayKind('2025-01-26'), builtInDayKind('2025-01-28'), builtInDayKind('2025-02-08')]).toEqual(['working', 'holiday', 'working']);
  });

  it('is undefined for what is not a real date inside the calendar', () => {
    for (const s of ['2003-12-31', '2027-01-01', '2025-02-29', '2025-13-01', '20250101', '', 'x', null, 5]) expect(builtInDayKind(s as string)).toBeUndefined();
  });
});
