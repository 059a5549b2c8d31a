/**
 * Properties of the working-day arithmetic over the whole covered range (2004–2026).
 * Results that would leave the range must throw CalendarRangeError, and only when there really
 * are not enough working days left (checked with workingDaysBetween to the range's end); such
 * cases are then skipped with fc.pre.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  ChurujingError,
  addWorkingDays,
  defaultCalendar,
  describeDay,
  extendCalendar,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from '../../src/calendar.js';

const FROM = '2004-01-01';
const TO = '2026-12-31';
const DAY_MS = 86_400_000;
const FIRST_MS = Date.parse(`${FROM}T00:00:00Z`);
const LAST_MS = Date.parse(`${TO}T00:00:00Z`);
const toIso = (i: number): string => new Date(FIRST_MS + i * DAY_MS).toISOString().slice(0, 10);

/** A date of the covered range, uniformly, plus extra weight near both ends. */
const date = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: (LAST_MS - FIRST_MS) / DAY_MS }).map(toIso), weight: 4 },
  { arbitrary: fc.integer({ min: 0, max: 370 }).map(toIso), weight: 1 },
  { arbitrary: fc.integer({ min: (LAST_MS - FIRST_MS) / DAY_MS - 370, max: (LAST_MS - FIRST_MS) / DAY_MS }).map(toIso), weight: 1 },
);
const count = fc.integer({ min: 0, max: 250 });
const positive = fc.integer({ min: 1, max: 250 });

/**
 * addWorkingDays, or undefined when the result leaves the range: then it must have thrown
 * CalendarRangeError, and there must indeed be fewer than |n| working days left.
 */
function addOrOut(d: string, n: number): string | undefined {
  try {
    return addWorkingDays(d, n);
  } catch (e) {
    expect(e).toBeInstanceOf(CalendarRangeError);
    const left = n > 0 ? workingDaysBetween(d, TO) : workingDaysBetween(FROM, d) + (isWorkingDay(FROM) ? 1 : 0) - (isWorkingDay(d) ? 1 : 0);
    expect(left).toBeLessThan(Math.abs(n));
    return undefined;
  }
}

const RUNS = { numRuns: 1000 };

describe('working-day arithmetic properties (2004–2026)', () => {
  it('workingDaysBetween(d, addWorkingDays(d, n)) === n for n >= 0', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const r = addOrOut(d, n);
        fc.pre(r !== undefined);
        expect(workingDaysBetween(d, r)).toBe(n);
      }),
      RUNS,
    );
  });

  it('from a working day d, workingDaysBetween(addWorkingDays(d, -n), d) === n', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        fc.pre(isWorkingDay(d));
        const r = addOrOut(d, -n);
        fc.pre(r !== undefined);
        expect(workingDaysBetween(r, d)).toBe(n);
      }),
      RUNS,
    );
  });

  it('workingDaysBetween is antisymmetric and 0 on the diagonal', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        const ab = workingDaysBetween(a, b);
        const ba = workingDaysBetween(b, a);
        expect(ab + ba).toBe(0);
        if (a < b) expect(ab).toBeGreaterThanOrEqual(0);
        if (a > b) expect(ab).toBeLessThanOrEqual(0);
        expect(workingDaysBetween(a, a)).toBe(0);
      }),
      RUNS,
    );
  });

  it('workingDaysBetween is additive: between(a, b) + between(b, c) === between(a, c)', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
      RUNS,
    );
  });

  it('addWorkingDays is monotonic in the date: d1 <= d2 => add(d1, n) <= add(d2, n)', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: -250, max: 250 }), (x, y, n) => {
        const [d1, d2] = x <= y ? [x, y] : [y, x];
        const r1 = addOrOut(d1, n);
        const r2 = addOrOut(d2, n);
        fc.pre(r1 !== undefined && r2 !== undefined);
        expect(r1 <= r2).toBe(true);
      }),
      RUNS,
    );
  });

  it('addWorkingDays is strictly monotonic in n: n1 < n2 => add(d, n1) < add(d, n2)', () => {
    fc.assert(
      fc.property(date, count, count, (d, a, b) => {
        fc.pre(a !== b);
        const [n1, n2] = a < b ? [a, b] : [b, a];
        const r1 = addOrOut(d, n1);
        const r2 = addOrOut(d, n2);
        fc.pre(r1 !== undefined && r2 !== undefined);
        expect(r1 < r2).toBe(true);
        expect(workingDaysBetween(r1, r2)).toBe(n2 - n1);
      }),
      RUNS,
    );
  });

  it('addWorkingDays(d, n) for n != 0 is a working day strictly after (n > 0) or before (n < 0) d', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -250, max: 250 }).filter((n) => n !== 0), (d, n) => {
        const r = addOrOut(d, n);
        fc.pre(r !== undefined);
        expect(isWorkingDay(r)).toBe(true);
        expect(describeDay(r).working).toBe(true);
        expect(n > 0 ? r > d : r < d).toBe(true);
      }),
      RUNS,
    );
  });

  it('addWorkingDays(d, 0) === d, working day or not', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(addWorkingDays(d, 0)).toBe(d);
      }),
      RUNS,
    );
  });

  it('add(add(d, a), b) === add(d, a + b) for a, b > 0, and likewise for a, b < 0', () => {
    fc.assert(
      fc.property(date, positive, positive, fc.boolean(), (d, a0, b0, backwards) => {
        const [a, b] = backwards ? [-a0, -b0] : [a0, b0];
        const whole = addOrOut(d, a + b);
        const first = addOrOut(d, a);
        fc.pre(whole !== undefined && first !== undefined);
        expect(addWorkingDays(first, b)).toBe(whole);
      }),
      RUNS,
    );
  });

  it('nextWorkingDay / previousWorkingDay are add(d, 1) / add(d, -1) and inverse on working days', () => {
    fc.assert(
      fc.property(date, (d) => {
        const next = addOrOut(d, 1);
        const prev = addOrOut(d, -1);
        if (next !== undefined) {
          expect(nextWorkingDay(d)).toBe(next);
          if (isWorkingDay(d)) expect(previousWorkingDay(next)).toBe(d);
        } else expect(() => nextWorkingDay(d)).toThrow(CalendarRangeError);
        if (prev !== undefined) expect(previousWorkingDay(d)).toBe(prev);
        else expect(() => previousWorkingDay(d)).toThrow(CalendarRangeError);
      }),
      RUNS,
    );
  });
});

// --- Robustness: only ChurujingError subclasses, whatever the input --------------------------

/** Runs `f`; a throw other than a ChurujingError fails the property. */
function throwsOnlyChurujingErrors(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw new Error(`threw ${String((e as Error)?.name)}: ${String((e as Error)?.message)}`);
  }
}

const anything = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});
/** Strings that look like dates, often enough to reach every branch of the parser. */
const dateLike = fc.oneof(
  fc.string(),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.stringMatching(/^-?\d{1,5}-\d{1,3}-\d{1,3}$/),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
);
const anyCount = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 53, -(2 ** 53)), anything);

describe('robustness: every failure is a ChurujingError', () => {
  it('isWorkingDay / describeDay on any string', () => {
    fc.assert(
      fc.property(dateLike, (s) => {
        throwsOnlyChurujingErrors(() => isWorkingDay(s));
        throwsOnlyChurujingErrors(() => describeDay(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('addWorkingDays / workingDaysBetween on any string and any count', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, date), fc.oneof(dateLike, date), anyCount, (s, t, n) => {
        throwsOnlyChurujingErrors(() => addWorkingDays(s, n as number));
        throwsOnlyChurujingErrors(() => workingDaysBetween(s, t));
      }),
      { numRuns: 2000 },
    );
  });

  it('isWorkingDay / addWorkingDays on any value', () => {
    fc.assert(
      fc.property(anything, anything, (v, n) => {
        throwsOnlyChurujingErrors(() => isWorkingDay(v as string));
        throwsOnlyChurujingErrors(() => addWorkingDays(v as string, 1));
        throwsOnlyChurujingErrors(() => addWorkingDays('2025-01-24', n as number));
        throwsOnlyChurujingErrors(() => workingDaysBetween(v as string, '2025-01-24'));
      }),
      { numRuns: 2000 },
    );
  });

  it('isWorkingDay / addWorkingDays on fc.anything() with default settings', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        throwsOnlyChurujingErrors(() => isWorkingDay(v as string));
        throwsOnlyChurujingErrors(() => addWorkingDays(v as string, 1));
        throwsOnlyChurujingErrors(() => addWorkingDays('2025-01-24', v as number));
      }),
      { numRuns: 2000 },
    );
  });

  // Values that String() or JSON.stringify cannot render (no prototype, a throwing toString,
  // BigInt, cycles) once escaped as TypeError from the error-message formatting; pinned here.
  describe('values that cannot be converted to a string still get a typed error', () => {
    const unconvertible: ReadonlyArray<readonly [string, unknown]> = [
      ['Object.create(null)', Object.create(null) as unknown],
      ['{ toString: 0 }', { toString: 0 }],
      ['{ toString: () => ({}) }', { toString: () => ({}) }],
    ];
    it.each(unconvertible)('isWorkingDay(%s) throws a ChurujingError', (_label, v) => {
      expect(() => isWorkingDay(v as string)).toThrow(ChurujingError);
    });
    it.each(unconvertible)('addWorkingDays(2025-01-24, %s) throws a ChurujingError', (_label, v) => {
      expect(() => addWorkingDays('2025-01-24', v as number)).toThrow(ChurujingError);
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const notice = { issuer: '国务院办公厅', title: 'test fixture' };
    it.each<readonly [string, unknown]>([
      ['year: 2027n', { year: 2027n, notice, holidays: [] }],
      ['name: 5n', { year: 2027, notice, holidays: [{ name: 5n }] }],
      ['cyclic name', { year: 2027, notice, holidays: [{ name: cyclic }] }],
      ['offDays: [5n]', { year: 2027, notice, holidays: [{ name: 'new-year', offDays: [5n] }] }],
    ])('extendCalendar with %s throws a ChurujingError', (_label, s) => {
      expect(() => extendCalendar(defaultCalendar(), s as never)).toThrow(ChurujingError);
    });
  });
});
