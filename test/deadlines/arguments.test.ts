/**
 * Every exported function of the calendar and deadlines checks its arguments: one ChurujingError
 * listing every problem (titled in both locales, in the locale asked for), never a TypeError;
 * shared values cannot be changed by a caller; lists scale (n against 10n).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  ChurujingError,
  InvalidDateError,
  ValidationError,
  addWorkingDays,
  calendarCoverage,
  computeDeadline,
  deadlineStatus,
  defaultCalendar,
  defaultPolicy,
  describeDay,
  extendCalendar,
  isWorkingDay,
  nextWorkingDay,
  policyAt,
  previousWorkingDay,
  processingDeadline,
  provisionalYears,
  showPeriod,
  workingDaysBetween,
} from '../../src/index.js';

function thrown(f: () => unknown): ChurujingError {
  try {
    f();
  } catch (e) {
    if (e instanceof ChurujingError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

const paths = (e: ChurujingError) => e.issues.map((i) => `${i.code}@${i.path.map(String).join('.')}`).sort();

describe('calendar functions: every problem of a call at once', () => {
  it('a non-calendar where a calendar goes is a ValidationError, never a TypeError', () => {
    const notCalendars: unknown[] = [{}, [], 'calendar', 42, null, { kind: new Uint8Array(3), first: 0 }, Object.create(null)];
    for (const bad of notCalendars) {
      const calls: (() => unknown)[] = [
        () => isWorkingDay('2025-01-24', bad as never),
        () => addWorkingDays('2025-01-24', 3, bad as never),
        () => workingDaysBetween('2025-01-24', '2025-02-10', bad as never),
        () => nextWorkingDay('2025-01-24', bad as never),
        () => previousWorkingDay('2025-01-24', bad as never),
        () => describeDay('2025-01-24', bad as never),
        () => isWorkingDay('2025-01-24', { calendar: bad } as never),
        () => calendarCoverage(bad as never),
        () => computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: 1 }, calendar: bad as never }),
        () => deadlineStatus('2025-02-10', '2025-02-07', { calendar: bad as never }),
        () => extendCalendar(bad as never, { year: 2027, notice: { issuer: 'x', title: 'y' }, holidays: [] }),
      ];
      for (const [i, call] of calls.entries()) {
        // an empty object in the options position is options with nothing set: the built-in calendar
        if (i <= 5 && bad !== null && typeof bad === 'object' && !Array.isArray(bad) && Object.keys(bad).length === 0) {
          expect(() => call()).not.toThrow();
          continue;
        }
        const e = thrown(call);
        expect(e.name).toMatch(/^(ValidationError|CalendarScheduleError)$/);
        expect(e.issues.some((x) => ['invalid-calendar', 'invalid-options', 'unknown-option'].includes(x.code)), `${i}: ${paths(e).join(', ')}`).toBe(true);
      }
    }
  });

  it('addWorkingDays lists the date, the count and each bad option together', () => {
    const e = thrown(() => addWorkingDays('2025-02-30', 1.5, { beyondCalendar: 'guess', locale: 'fr', calender: 1 } as never));
    expect(e).toBeInstanceOf(ValidationError);
    expect(paths(e)).toEqual(['invalid-count@n', 'invalid-date@date', 'invalid-option@options.beyondCalendar', 'unknown-locale@options.locale', 'unknown-option@options.calender']);
  });

  it('counts must be safe integers: huge, fractional, NaN, strings are errors; a huge count is out of the calendar', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '3', 3n, null]) {
      expect(thrown(() => addWorkingDays('2025-01-24', n as never))).toBeInstanceOf(ValidationError);
    }
    expect(thrown(() => addWorkingDays('2025-01-24', 2 ** 40))).toBeInstanceOf(CalendarRangeError);
    expect(thrown(() => addWorkingDays('2025-01-24', -(2 ** 40)))).toBeInstanceOf(CalendarRangeError);
  });

  it('a date problem alone stays an InvalidDateError', () => {
    expect(thrown(() => isWorkingDay('2024-2-3'))).toBeInstanceOf(InvalidDateError);
    expect(paths(thrown(() => workingDaysBetween('x', 'y')))).toEqual(['invalid-date@from', 'invalid-date@to']);
  });

  it('errors are titled and worded in the locale asked for, and give the other on demand', () => {
    const e = thrown(() => isWorkingDay('2025-02-30', { locale: 'zh-CN' }));
    expect(e.locale).toBe('zh-CN');
    expect(e.message).toContain('日期无效');
    expect(e.message).toContain('不是YYYY-MM-DD格式的真实日期');
    expect(e.messageIn('en')).toContain('is not a civil date');
    const r = thrown(() => isWorkingDay('2027-06-01', { locale: 'zh-CN' }));
    expect(r).toBeInstanceOf(CalendarRangeError);
    expect(r.message).toContain('超出工作日日历');
    expect(r.messageIn('en')).toContain('extendCalendar');
  });

  it('on any value in any argument: only ChurujingErrors', () => {
    const calls: ((v: unknown) => unknown)[] = [
      (v) => isWorkingDay(v as never),
      (v) => isWorkingDay('2025-01-24', v as never),
      (v) => addWorkingDays(v as never, 1),
      (v) => addWorkingDays('2025-01-24', v as never),
      (v) => addWorkingDays('2025-01-24', 1, v as never),
      (v) => workingDaysBetween(v as never, '2025-01-24'),
      (v) => describeDay(v as never, v as never),
      (v) => calendarCoverage(v as never),
      (v) => computeDeadline(v as never),
      (v) => computeDeadline({ start: v, rule: { unit: 'working-days', count: 1 } } as never),
      (v) => computeDeadline({ start: '2025-01-24', rule: v } as never),
      (v) => deadlineStatus(v as never, v as never, v as never),
      (v) => deadlineStatus('2025-02-10', '2025-02-07', v as never),
      (v) => extendCalendar(defaultCalendar(), v as never),
      (v) => showPeriod(v as never, v as never),
    ];
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withObjectString: true, withBoxedValues: true }), fc.nat(calls.length - 1), (v, i) => {
        try {
          (calls[i] as (v: unknown) => unknown)(v);
        } catch (e) {
          expect(e).toBeInstanceOf(ChurujingError);
          expect((e as ChurujingError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('computeDeadline and deadlineStatus: every problem at once', () => {
  it('computeDeadline reports the start, the rule, the calendar, the options and unknown keys together', () => {
    const e = thrown(() =>
      computeDeadline({ start: '2025-01-24T10:00:00+99:99', rule: { unit: 'weeks', count: -1 }, calendar: {}, beyondCalendar: 'guess', locale: 'zh-CN', extra: 1 } as never),
    );
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.locale).toBe('zh-CN');
    expect(e.message).toContain('办理期限输入无效');
    const got = paths(e);
    for (const p of ['@start', '@rule.unit', '@rule.count', 'invalid-calendar@calendar', '@beyondCalendar', '@']) expect(got.some((x) => x.endsWith(p)), `${p} in ${got.join(', ')}`).toBe(true);
    expect(e.issues.find((i) => i.path[0] === 'start')?.message).toContain('时区偏移');
    expect(e.messageIn('en')).toContain('Invalid deadline input');
  });

  it('computeDeadline takes a JS Date or a luxon DateTime as its start', async () => {
    const { DateTime } = await import('luxon');
    const byString = computeDeadline({ start: '2025-01-24T08:45:00Z', rule: { unit: 'working-days', count: 7, cutoff: '16:30' } });
    const byDate = computeDeadline({ start: new Date(Date.UTC(2025, 0, 24, 8, 45)), rule: { unit: 'working-days', count: 7, cutoff: '16:30' } });
    const byLuxon = computeDeadline({ start: DateTime.fromISO('2025-01-24T16:45:00+08:00', { setZone: true }), rule: { unit: 'working-days', count: 7, cutoff: '16:30' } });
    expect(byDate.due).toBe(byString.due);
    expect(byLuxon.due).toBe(byString.due);
    expect(byDate.start).toMatchObject({ date: '2025-01-24', time: '16:45', afterCutoff: true });
    expect(byDate.start.input).toBe('2025-01-24T08:45:00.000Z');
  });

  it('deadlineStatus reports the due date, the day, the threshold and the options together', () => {
    const e = thrown(() => deadlineStatus('2025-02-30', '2025-02-07T10:00:00+08:60', { warnWithinWorkingDays: -1, calendar: {}, beyondCalendar: 1, colour: 'red' } as never));
    expect(paths(e)).toEqual([
      'invalid-calendar@options.calendar',
      'invalid-count@options.warnWithinWorkingDays',
      'invalid-date@due',
      'invalid-instant@asOf',
      'invalid-option@options.beyondCalendar',
      'unknown-option@options.colour',
    ]);
    expect(thrown(() => deadlineStatus('2025-02-10', ''))).toBeInstanceOf(InvalidDateError); // an empty string is not a day
  });

  it('showPeriod checks its period and locale', () => {
    expect(paths(thrown(() => showPeriod({ from: '2024-13-01', to: '2023-01-01' }, 'fr' as never)))).toEqual(['invalid-date@period.from', 'unknown-locale@locale']);
    expect(paths(thrown(() => showPeriod({ from: '2024-02-01', to: '2024-01-01' }, 'en')))).toEqual(['inverted-period@period.to']);
  });
});

describe('processingDeadline: every problem at once, in the locale asked for', () => {
  const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100' });
  const ok = { view, service: { kind: 'hkmo-permit' }, route: 'in-province', acceptedAt: '2025-01-24T10:00:00+08:00' } as const;

  it('takes a JS Date as its acceptance instant', () => {
    const byDate = processingDeadline({ ...ok, acceptedAt: new Date(Date.UTC(2025, 0, 24, 2)) });
    const byString = processingDeadline(ok);
    expect(byDate.kind === 'due' && byString.kind === 'due' && byDate.due === byString.due).toBe(true);
    expect(byDate.acceptedOn).toBe('2025-01-24');
  });

  it('lists the view, the service, the instant and the options together, titled in zh-CN when asked', () => {
    const e = thrown(() => processingDeadline({ view: {}, service: { kind: 'visa' }, route: 'x', acceptedAt: '2025-01-24T10:00:00+08:60', beyondCalendar: 'guess', locale: 'zh-CN', calendar: 1 } as never));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toContain('办理时限输入无效');
    expect(paths(e).map((p) => p.split('@')[1])).toEqual(expect.arrayContaining(['view', 'service.kind', 'route', 'acceptedAt', 'beyondCalendar', 'calendar']));
    expect(e.messageIn('en')).toContain('Invalid processing input');
  });
});

describe('what the calendar hands out cannot be changed', () => {
  it('the built-in calendar is frozen and shows no internals', () => {
    const cal = defaultCalendar();
    expect(Object.isFrozen(cal)).toBe(true);
    expect(Object.keys(cal).sort()).toEqual(['firstYear', 'lastYear']);
    expect(() => {
      (cal as { lastYear: number }).lastYear = 2099;
    }).toThrow(TypeError);
    expect(isWorkingDay('2025-01-26')).toBe(true);
    const cov = calendarCoverage();
    expect(Object.isFrozen(cov) && Object.isFrozen(cov.notices) && Object.isFrozen(cov.notices[0])).toBe(true);
  });

  it('provisional answers and deadlines share only frozen values', () => {
    const a = addWorkingDays('2026-12-28', 10, { beyondCalendar: provisionalYears });
    expect(Object.isFrozen(a) && Object.isFrozen(a.assumed) && Object.isFrozen(a.assumed[0]) && Object.isFrozen(a.assumed[0]?.cite)).toBe(true);
    const d = computeDeadline({ start: '2026-12-15', rule: { unit: 'working-days', count: 30 }, beyondCalendar: 'provisional' });
    expect(Object.isFrozen(d.skipped) && Object.isFrozen(d.assumed)).toBe(true);
    const again = computeDeadline({ start: '2026-12-15', rule: { unit: 'working-days', count: 30 }, beyondCalendar: 'provisional' });
    expect(again).toEqual(d);
  });
});

describe('scaling (n against 10n)', () => {
  /** The fastest of a few runs, in ms (the least disturbed by other work on the machine). */
  function time(f: () => unknown): number {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      f();
      best = Math.min(best, performance.now() - t);
    }
    return best;
  }

  it('extendCalendar with n listed dates: linear, and a schedule longer than a year is refused at once', () => {
    const notice = { issuer: '国务院办公厅', title: 'scaling fixture' };
    // n dates, most of them problems (each one reported), so that the list is what grows
    const schedule = (n: number) => ({ year: 2027, notice, holidays: [{ name: 'new-year', offDays: Array.from({ length: n }, (_, i) => `2027-01-${String(1 + (i % 40)).padStart(2, '0')}`) }] });
    const run = (n: number) => () => {
      try {
        extendCalendar(defaultCalendar(), schedule(n) as never);
      } catch (e) {
        if (!(e instanceof ChurujingError)) throw e;
      }
    };
    run(30)();
    run(300)();
    expect(time(run(300)) / time(run(30))).toBeLessThan(30); // n log n: ~12; building the calendar is the same for both
    // past the documented maximum: one issue, whatever the length
    const e = thrown(() => extendCalendar(defaultCalendar(), schedule(1_000_000) as never));
    expect(paths(e)).toEqual(['too-many-dates@holidays']);
    expect(time(run(100_000))).toBeLessThan(time(run(300)) * 30 + 50);
  }, 60_000);
});
