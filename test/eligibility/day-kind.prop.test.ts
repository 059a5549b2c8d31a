/**
 * The kind of a day (working day, Saturday, Sunday, holiday) that office hours are read for is
 * kept, once looked up, in a byte per day. Filled in any order, it must answer as the calendar's
 * own description of each day does, and a day outside the published calendar is never kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDay } from '../../src/calendar.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { dayKindOf } from '../../src/eligibility/office-hours.js';

/** The kind as the calendar describes the day (the weekday from the date's own arithmetic). */
function expected(date: string): string {
  let d;
  try {
    d = describeDay(date);
  } catch {
    return 'outside-calendar';
  }
  if (d.working) return 'working-day';
  if (d.holiday !== undefined) return 'holiday';
  // 1970-01-01 was a Thursday
  const weekday = (((parseCivilDate(date) + 4) % 7) + 7) % 7;
  return weekday === 6 ? 'saturday' : weekday === 0 ? 'sunday' : 'weekday-off';
}

describe('dayKindOf', () => {
  it('answers as the calendar describes each day, whatever order the days were first asked in', () => {
    const day = fc.integer({ min: parseCivilDate('1998-06-01'), max: parseCivilDate('2041-06-30') }).map(formatCivilDate);
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 200 }), (days) => {
        for (const d of days) expect([d, dayKindOf(d)]).toEqual([d, expected(d)]);
        // asked again (now from what was kept)
        for (const d of days) expect([d, dayKindOf(d)]).toEqual([d, expected(d)]);
      }),
      { numRuns: 60 },
    );
  });

  it('every day of two holiday-rich years, in order', () => {
    for (const year of [2014, 2020]) {
      for (let t = parseCivilDate(`${year}-01-01`); t <= parseCivilDate(`${year}-12-31`); t++) {
        const d = formatCivilDate(t);
        expect([d, dayKindOf(d)]).toEqual([d, expected(d)]);
      }
    }
  });
});
