import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { InvalidDateError, isDateOrInstant, toShanghaiDate, toShanghaiTime } from '../../src/index.js';
import { readDateOrInstant } from '../../src/rules/instant.js';

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** luxon's reading (the reference the platform's Intl is checked against). */
function luxon(value: string | Date): { date: string; time: string; minutes: number } {
  const dt = (typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromJSDate(value)).setZone('Asia/Shanghai');
  if (!dt.isValid) throw new Error(`luxon rejects ${String(value)}`);
  return { date: dt.toISODate() as string, time: dt.toFormat('HH:mm'), minutes: dt.hour * 60 + dt.minute };
}

/** An ISO instant of a UTC millisecond, written in an offset and a form. */
function write(ms: number, offset: number, form: { seconds: boolean; fraction: number; colon: boolean; z: boolean }): string {
  const local = new Date(ms + offset * 60_000);
  const y = local.getUTCFullYear();
  const base = `${pad(y, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  const sec = form.seconds || form.fraction > 0 ? `:${pad(local.getUTCSeconds())}${form.fraction > 0 ? `.${String(local.getUTCMilliseconds()).padStart(3, '0').padEnd(form.fraction, '7').slice(0, form.fraction)}` : ''}` : '';
  const off = form.z && offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${form.colon ? ':' : ''}${pad(Math.abs(offset) % 60)}`;
  return base + sec + off;
}

const form = fc.record({ seconds: fc.boolean(), fraction: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 })), colon: fc.boolean(), z: fc.boolean() });
const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
const Y = (y: number) => Date.UTC(2000, 0, 1) + (y - 2000) * 365.2425 * 86_400_000;

/** Every instant where Asia/Shanghai changed its offset between 1900 and 1992 (from luxon's zone data), scanned by hour. */
function transitions(): number[] {
  const out: number[] = [];
  let prev = DateTime.fromMillis(Date.UTC(1900, 0, 1), { zone: 'Asia/Shanghai' }).offset;
  for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(1992, 0, 1); t += 3_600_000) {
    const o = DateTime.fromMillis(t, { zone: 'Asia/Shanghai' }).offset;
    if (o !== prev) out.push(t);
    prev = o;
  }
  return out;
}

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
    for (const bad of ['2025-01-24T16:30:00', '2025-01-24 16:30:00+08:00', '2025-01-24', '2025-02-30T10:00:00Z', '2025-01-24T24:30:00Z', '2025-01-24T10:00:60Z', 'now', '']) {
      expect(() => toShanghaiTime(bad), bad).toThrow(InvalidDateError);
    }
    expect(isDateOrInstant('2025-01-24')).toBe(true);
    expect(isDateOrInstant('2025-01-24T16:30:00Z')).toBe(true);
    expect(isDateOrInstant('2025-01-24T16:30:00')).toBe(false);
    expect(isDateOrInstant(42)).toBe(false);
  });

  it('rejects offsets no zone has: minutes of 60 or more, more than 14 hours', () => {
    for (const off of ['+99:99', '+08:60', '-25:00', '+14:01', '-14:30', '+15:00', '+0860', '-2500']) {
      const s = `2025-01-24T10:00:00${off}`;
      expect(isDateOrInstant(s), s).toBe(false);
      try {
        toShanghaiTime(s, ['acceptedAt']);
        expect.unreachable(s);
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidDateError);
        expect((e as InvalidDateError).issues).toEqual([expect.objectContaining({ path: ['acceptedAt'], code: 'invalid-instant', message: expect.stringContaining('offset') })]);
      }
    }
    for (const off of ['+14:00', '-14:00', '+05:45', '-09:30', '+00:00', '-00:00']) expect(isDateOrInstant(`2025-01-24T10:00:00${off}`), off).toBe(true);
  });

  it('never writes a date past 9999-12-31 or before 0001-01-01', () => {
    expect(() => toShanghaiDate('9999-12-31T20:00:00-08:00')).toThrow(InvalidDateError); // 10000-01-01 in Beijing
    expect(() => toShanghaiDate('9999-12-31T16:00:00Z')).toThrow(/outside 0001-01-01\.\.9999-12-31/);
    expect(toShanghaiDate('9999-12-31T15:59:59Z')).toBe('9999-12-31');
    expect(() => toShanghaiDate('0001-01-01T00:00:00+14:00')).toThrow(InvalidDateError); // 0000-12-31 in Beijing
    expect(isDateOrInstant('9999-12-31T20:00:00-08:00')).toBe(false);
  });

  it('accepts 24:00 as the end of the day (ISO 8601:2004), as luxon does', () => {
    expect(toShanghaiTime('2025-01-24T24:00:00+08:00')).toEqual(luxon('2025-01-24T24:00:00+08:00'));
    expect(toShanghaiTime('2025-01-24T24:00+08:00')).toEqual({ date: '2025-01-25', time: '00:00', minutes: 0 });
    expect(isDateOrInstant('2025-01-24T24:00:01+08:00')).toBe(false);
  });

  it('accepts a JS Date and a luxon DateTime, read as their instants', () => {
    const d = new Date(Date.UTC(1990, 6, 1, 15, 30));
    expect(toShanghaiTime(d)).toEqual(toShanghaiTime('1990-07-01T15:30:00Z'));
    const lux = DateTime.fromISO('2025-01-24T23:30:00', { zone: 'America/Los_Angeles' });
    expect(toShanghaiTime(lux)).toEqual(toShanghaiTime('2025-01-24T23:30:00-08:00'));
    expect(readDateOrInstant(lux)).toEqual({ date: '2025-01-25', time: '15:30', minutes: 930 });
    expect(isDateOrInstant(d) && isDateOrInstant(lux)).toBe(true);
    expect(isDateOrInstant(new Date(Number.NaN))).toBe(false);
    expect(isDateOrInstant(DateTime.invalid('test'))).toBe(false);
    expect(() => toShanghaiTime(new Date(Number.NaN))).toThrow(InvalidDateError);
    // a look-alike whose toISO throws is not an instant, and gets a typed error
    const liar = { isLuxonDateTime: true, isValid: true, toISO: () => { throw new Error('boom'); } };
    expect(() => toShanghaiTime(liar as never)).toThrow(InvalidDateError);
  });
});

describe('the platform’s Intl gives what luxon gives', () => {
  it('on random instants 1900–2100, with any offset within ±14:00, in every written form', () => {
    fc.assert(
      fc.property(fc.integer({ min: Y(1900), max: Y(2100) }), offset, form, (ms, off, f) => {
        const iso = write(ms, off, f);
        expect(toShanghaiTime(iso), iso).toEqual(luxon(iso));
      }),
      { numRuns: 3000 },
    );
  });

  it('on instants of the years 0001–1900 (local mean time +08:05:43 before 1901)', () => {
    fc.assert(
      // from 0001-01-02T00:00Z: every offset keeps the written and the local date in year 1 or later
      fc.property(fc.integer({ min: -62135510400000, max: Y(1901) }), offset, form, (ms, off, f) => {
        const iso = write(ms, off, f);
        expect(toShanghaiTime(iso), iso).toEqual(luxon(iso));
      }),
      { numRuns: 1000 },
    );
  });

  const changes = transitions();
  it(`around each of the ${changes.length} offset changes of 1900–1991 (daylight saving 1940–1949 and 1986–1991), minute by minute`, () => {
    expect(changes.length).toBeGreaterThanOrEqual(12); // six summers 1986–1991 alone
    expect(changes.filter((t) => new Date(t).getUTCFullYear() >= 1986)).toHaveLength(12);
    for (const t of changes) {
      for (let m = -90; m <= 90; m += 1) {
        for (const off of [0, 480, 540, -300]) {
          const iso = write(t + m * 60_000, off, { seconds: true, fraction: 0, colon: true, z: true });
          expect(toShanghaiTime(iso), iso).toEqual(luxon(iso));
        }
      }
    }
  });

  it('on JS Dates (read as the instant they hold)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Y(1900), max: Y(2100) }), (ms) => {
        const d = new Date(ms);
        expect(toShanghaiTime(d)).toEqual(luxon(d));
      }),
      { numRuns: 1000 },
    );
  });
});
