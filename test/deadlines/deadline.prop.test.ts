import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChurujingError,
  computeDeadline,
  isWorkingDay,
  workingDaysBetween,
  type DeadlineRule,
} from '../../src/index.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';

// Starts from 2004-01-01 to 2026-06-30 and counts up to 60 keep every result inside the calendar.
const FIRST = parseCivilDate('2004-01-01');
const LAST_START = parseCivilDate('2026-06-30');
const day = fc.integer({ min: FIRST, max: LAST_START }).map(formatCivilDate);
const minutes = fc.integer({ min: 0, max: 24 * 60 - 1 });
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
// Instants start a day later: 2004-01-01T00:00+14:00 is still 2003 in Shanghai (out of range).
const instant = fc
  .tuple(fc.integer({ min: FIRST + 1, max: LAST_START }).map(formatCivilDate), minutes, fc.constantFrom('+08:00', 'Z', '-07:00', '+14:00'))
  .map(([d, m, off]) => `${d}T${hhmm(m)}:00${off}`);
const rule: fc.Arbitrary<DeadlineRule> = fc.record(
  {
    unit: fc.constantFrom('working-days' as const, 'calendar-days' as const),
    count: fc.integer({ min: 0, max: 60 }),
    cutoff: minutes.map(hhmm),
  },
  { requiredKeys: ['unit', 'count'] },
);
const start = fc.oneof(day, instant);

describe('computeDeadline properties', () => {
  it('the due date is a working day on or after the day the application counts as received', () => {
    fc.assert(
      fc.property(start, rule, (s, r) => {
        const d = computeDeadline({ start: s, rule: r });
        return isWorkingDay(d.due) && d.due >= d.receivedOn && d.receivedOn >= d.start.date;
      }),
    );
  });

  it('working days: exactly `count` working days lie in (receivedOn, due], and every skipped day is a non-working day', () => {
    fc.assert(
      fc.property(start, rule, (s, r) => {
        const d = computeDeadline({ start: s, rule: { ...r, unit: 'working-days' } });
        const between = workingDaysBetween(d.receivedOn, d.due);
        const span = parseCivilDate(d.due) - parseCivilDate(d.receivedOn);
        const ok = r.count === 0 ? between <= 1 : between === r.count && span === r.count + d.skipped.length;
        return ok && d.skipped.every((x) => !isWorkingDay(x.date)) && d.makeUpDays.every((x) => isWorkingDay(x.date));
      }),
    );
  });

  it('calendar days: the due date is the first working day on or after receivedOn + count', () => {
    fc.assert(
      fc.property(start, rule, (s, r) => {
        const d = computeDeadline({ start: s, rule: { ...r, unit: 'calendar-days' } });
        const nominal = parseCivilDate(d.receivedOn) + r.count;
        const due = parseCivilDate(d.due);
        for (let x = nominal; x < due; x++) if (isWorkingDay(formatCivilDate(x))) return false;
        return due >= nominal && d.skipped.length === due - nominal;
      }),
    );
  });

  it('is monotonic in the count and in the start date', () => {
    fc.assert(
      fc.property(day, day, rule, fc.integer({ min: 0, max: 60 }), (a, b, r, extra) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const base = computeDeadline({ start: early, rule: r }).due;
        return (
          base <= computeDeadline({ start: late, rule: r }).due &&
          base <= computeDeadline({ start: early, rule: { ...r, count: Math.min(60, r.count + extra) } }).due
        );
      }),
    );
  });

  it('a later instant on the same day never gives an earlier deadline (the cut-off only delays)', () => {
    fc.assert(
      fc.property(day, minutes, minutes, rule, (d, m1, m2, r) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const at = (m: number) => computeDeadline({ start: `${d}T${hhmm(m)}:00+08:00`, rule: r }).due;
        return at(lo) <= at(hi);
      }),
    );
  });

  it('throws only typed errors, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (s, r) => {
        try {
          computeDeadline({ start: s, rule: r } as never);
        } catch (e) {
          return e instanceof ChurujingError;
        }
        return true;
      }),
    );
    fc.assert(
      fc.property(fc.string(), rule, (s, r) => {
        try {
          computeDeadline({ start: s, rule: r });
        } catch (e) {
          return e instanceof ChurujingError;
        }
        return true;
      }),
    );
  });
});

it('property tests ran (guards against an empty suite)', () => {
  expect(computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: 7 } }).due).toBe('2025-02-10');
});
