import { describe, expect, it } from 'vitest';
import { InvalidDateError, isDateOrInstant, toShanghaiDate, toShanghaiTime } from '../../src/index.js';

describe('instants at the boundary', () => {
  it('converts any explicit offset to Beijing time (UTC+8)', () => {
    expect(toShanghaiTime('2025-01-24T16:30:00Z')).toEqual({ date: '2025-01-25', time: '00:30', minutes: 30 });
    expect(toShanghaiTime('2025-01-24T16:30:00+08:00')).toEqual({ date: '2025-01-24', time: '16:30', minutes: 990 });
    expect(toShanghaiTime('2025-01-24T23:59:59.999-08:00')).toEqual({ date: '2025-01-25', time: '15:59', minutes: 959 });
    expect(toShanghaiDate('2025-01-24T15:59:59Z')).toBe('2025-01-24');
    expect(toShanghaiDate('2025-01-24T16:00:00Z')).toBe('2025-01-25');
    expect(toShanghaiDate('2025-01-24T16:00+0800')).toBe('2025-01-24');
  });

  it('knows the zone history: China observed daylight saving time in 1986–1991', () => {
    // 1990-07-01 was under DST (UTC+9) in China: 15:30Z is 00:30 the next day.
    expect(toShanghaiTime('1990-07-01T15:30:00Z')).toMatchObject({ date: '1990-07-02', time: '00:30' });
    expect(toShanghaiTime('2004-07-01T15:30:00Z')).toMatchObject({ date: '2004-07-01', time: '23:30' });
  });

  it('rejects strings without an explicit offset, and impossible instants', () => {
    for (const bad of ['2025-01-24T16:30:00', '2025-01-24 16:30:00+08:00', '2025-01-24', '2025-02-30T10:00:00Z', '2025-01-24T24:30:00Z', 'now', '']) {
      expect(() => toShanghaiTime(bad), bad).toThrow(InvalidDateError);
    }
    expect(isDateOrInstant('2025-01-24')).toBe(true);
    expect(isDateOrInstant('2025-01-24T16:30:00Z')).toBe(true);
    expect(isDateOrInstant('2025-01-24T16:30:00')).toBe(false);
    expect(isDateOrInstant(42)).toBe(false);
  });
});

describe('the fixed-offset fast path agrees with luxon', () => {
  it('on random instants from 1992 on, with random offsets', async () => {
    const fc = (await import('fast-check')).default;
    const { DateTime } = await import('luxon');
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1992, 0, 2), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
        (ms, offset) => {
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, 16);
          const sign = offset < 0 ? '-' : '+';
          const abs = Math.abs(offset);
          const iso = `${local}:00${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
          const lux = DateTime.fromISO(iso, { setZone: true }).setZone('Asia/Shanghai');
          expect(toShanghaiTime(iso)).toEqual({ date: lux.toISODate(), time: lux.toFormat('HH:mm'), minutes: lux.hour * 60 + lux.minute });
        },
      ),
    );
  });
});
