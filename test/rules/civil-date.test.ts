import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCivilDate, isCivilDate, isoWeekday, parseCivilDate, tryParseCivilDate } from '../../src/rules/civil-date.js';
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
