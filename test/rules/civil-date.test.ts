import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY, formatCivilDate, isCivilDate, isEpochDay, isoWeekday, parseCivilDate, tryParseCivilDate } from '../../src/rules/civil-date.js';
import { InvalidDateError } from '../../src/rules/errors.js';

const DAY = 86_400_000;

describe('civil dates', () => {
  it('agree with Date.UTC (an independent implementation) on every day 1900–2100', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2100, 11, 31); t += DAY, checked++) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const day = t / DAY;
      if (parseCivilDate(iso) !== day || formatCivilDate(day) !== iso || isoWeekday(day) !== ((new Date(t).getUTCDay() + 6) % 7) + 1) {
        wrong.push(iso);
      }
    }
    expect(checked).toBe(73_414);
    expect(wrong).toEqual([]);
  });

  it('round-trips any epoch day of years 0001–9999', () => {
    const min = parseCivilDate('0001-01-01');
    const max = parseCivilDate('9999-12-31');
    fc.assert(fc.property(fc.integer({ min, max }), (d) => parseCivilDate(formatCivilDate(d)) === d));
  });

  it('knows the leap-year rule (2000 leap, 1900 and 2100 not)', () => {
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('1900-02-29')).toBe(false);
    expect(isCivilDate('2100-02-29')).toBe(false);
    expect(isCivilDate('2023-02-29')).toBe(false);
  });

  it('rejects anything that is not a real YYYY-MM-DD date', () => {
    for (const bad of ['2024-02-30', '2024-2-3', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '0000-01-01',
      '20240101', '2024/01/01', ' 2024-01-01', '2024-01-01T00:00:00Z', '２０２４-01-01', '', null, undefined, 20240101, {}]) {
      expect(tryParseCivilDate(bad), String(bad)).toBeUndefined();
      expect(() => parseCivilDate(bad)).toThrow(InvalidDateError);
    }
  });

  it('reports the problem as an issue with its path', () => {
    try {
      parseCivilDate('2024-02-30', ['applicant', 'birthDate']);
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidDateError).issues).toEqual([
        { path: ['applicant', 'birthDate'], code: 'invalid-date', message: expect.stringContaining('2024-02-30') },
      ]);
    }
  });
});

describe('dates computed from counts stay in 0001–9999', () => {
  it('formatCivilDate writes every epoch day of the years 0001–9999 and nothing else', () => {
    expect(formatCivilDate(MIN_EPOCH_DAY)).toBe('0001-01-01');
    expect(formatCivilDate(MAX_EPOCH_DAY)).toBe('9999-12-31');
    expect(MAX_EPOCH_DAY).toBe(Date.UTC(9999, 11, 31) / DAY);
    for (const bad of [MAX_EPOCH_DAY + 1, MIN_EPOCH_DAY - 1, Number.NaN, 0.5, Number.POSITIVE_INFINITY, -Number.MAX_VALUE, 2 ** 53]) {
      expect(() => formatCivilDate(bad), String(bad)).toThrow(InvalidDateError);
      expect(isEpochDay(bad)).toBe(false);
    }
    try {
      formatCivilDate(MAX_EPOCH_DAY + 1);
    } catch (e) {
      expect((e as InvalidDateError).issues[0]).toMatchObject({ code: 'date-out-of-range', messages: { 'zh-CN': expect.stringContaining('9999-12-31') } });
    }
  });

  it('no day count, however large, gives a string such as 10000-01-01 or 0001-01-NaN', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.integer({ min: MIN_EPOCH_DAY - 10, max: MAX_EPOCH_DAY + 10 })), (n) => {
        let s: string | undefined;
        try {
          s = formatCivilDate(n);
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidDateError);
          return;
        }
        expect(isCivilDate(s)).toBe(true);
        expect(parseCivilDate(s)).toBe(n + 0); // -0 is day 0
      }),
      { numRuns: 2000 },
    );
  });
});
