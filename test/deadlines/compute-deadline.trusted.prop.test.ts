/**
 * The trusted core of computeDeadline: it agrees with the public function on valid input, its
 * fast reading of `…+08:00` instants agrees with readDateOrInstant, and its period cache (per
 * calendar object) never leaks from one input to another — a result through a warm cache
 * deep-equals the result on a calendar object of its own, whose cache is empty.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFromRows } from '../../src/deadlines/calendar-build.js';
import { FIRST_YEAR, LAST_YEAR, NOTICES } from '../../src/deadlines/calendar-data.js';
import { DateTime } from 'luxon';
import { computeDeadline, computeDeadlineTrusted, type DeadlineInput } from '../../src/deadlines/compute-deadline.js';
import type { DeadlineRule } from '../../src/deadlines/deadline-rule.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { readDateOrInstant } from '../../src/rules/instant.js';
import { scribble } from '../support/scribble.js';
import { outcome } from '../support/outcome.js';

const pad = (n: number) => String(n).padStart(2, '0');
// the calendar's range and a little beyond it (CalendarRangeError)
const day = fc.integer({ min: parseCivilDate('2003-12-01'), max: parseCivilDate('2027-01-31') });
const start = fc
  .record({ day, minute: fc.integer({ min: 0, max: 1439 }), form: fc.constantFrom('date', 'beijing', 'beijing-no-seconds', 'utc', 'fraction', 'midnight-24') })
  .map(({ day: d, minute, form }) => {
    const date = formatCivilDate(d);
    const hm = `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
    switch (form) {
      case 'date':
        return date;
      case 'beijing':
        return `${date}T${hm}:00+08:00`;
      case 'beijing-no-seconds':
        return `${date}T${hm}+08:00`;
      case 'utc':
        return `${date}T${hm}:30Z`;
      case 'fraction':
        return `${date}T${hm}:00.5+08:00`;
      default:
        return `${date}T24:00:00+08:00`; // the next day's midnight
    }
  });
const rule: fc.Arbitrary<DeadlineRule> = fc.record(
  {
    unit: fc.constantFrom('working-days' as const, 'calendar-days' as const),
    count: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 400 })),
    cutoff: fc.integer({ min: 0, max: 1439 }).map((m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`),
    cite: fc.constant({ issuer: '国家移民管理局', title: 'A limit' }),
  },
  { requiredKeys: ['unit', 'count'] },
).map((r) => ({ ...r })); // a plain object, as callers write it (fast-check records have no prototype)


describe('computeDeadlineTrusted', () => {
  it('agrees with computeDeadline on valid input, called first or second', () => {
    fc.assert(
      fc.property(start, rule, fc.boolean(), (s, r, trustedFirst) => {
        const input: DeadlineInput = { start: s, rule: r };
        const first = outcome(() => (trustedFirst ? computeDeadlineTrusted(input) : computeDeadline(input)));
        const second = outcome(() => (trustedFirst ? computeDeadline(input) : computeDeadlineTrusted(input)));
        expect(second).toStrictEqual(first);
      }),
      { numRuns: 500 },
    );
  });

  it('reads every start as luxon does (the fast readings of readDateOrInstant included)', () => {
    fc.assert(
      fc.property(start, (s) => {
        if (s.length === 10) {
          expect(readDateOrInstant(s)).toEqual({ date: s });
        } else {
          const t = DateTime.fromISO(s, { setZone: true }).setZone('Asia/Shanghai');
          expect(readDateOrInstant(s)).toEqual({ date: t.toISODate(), time: t.toFormat('HH:mm'), minutes: t.hour * 60 + t.minute });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('through a warm period cache gives what a calendar object of its own (empty cache) gives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(start, rule), { maxLength: 20 }), start, rule, (others, s, r) => {
        for (const [os, or] of others) outcome(() => computeDeadlineTrusted({ start: os, rule: or }));
        // neighbours: the other unit, another count, another received day (with or without the cut-off)
        const { cutoff: _, ...noCutoff } = r;
        for (const n of [{ ...r, unit: r.unit === 'working-days' ? ('calendar-days' as const) : ('working-days' as const) }, { ...r, count: r.count + 1 }, noCutoff, { ...r, cutoff: '00:00' }]) {
          outcome(() => computeDeadlineTrusted({ start: s, rule: n }));
        }
        const warm = outcome(() => computeDeadlineTrusted({ start: s, rule: r }));
        const fresh = outcome(() => computeDeadlineTrusted({ start: s, rule: r, calendar: calendarFromRows(FIRST_YEAR, LAST_YEAR, NOTICES) }));
        expect(warm).toStrictEqual(fresh);
      }),
      { numRuns: 100 },
    );
  });

  it('scribbling over a result changes nothing later (what results share is frozen)', () => {
    fc.assert(
      fc.property(start, rule, (s, r) => {
        // (the result carries the caller's own rule object: each call gets its own copy)
        const before = JSON.stringify(outcome(() => computeDeadlineTrusted({ start: s, rule: structuredClone(r) })));
        scribble(outcome(() => computeDeadlineTrusted({ start: s, rule: structuredClone(r) })));
        expect(JSON.stringify(outcome(() => computeDeadlineTrusted({ start: s, rule: structuredClone(r) })))).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('deadlines of the same period share its frozen lists; their own parts stay their own', () => {
    const a = computeDeadlineTrusted({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } });
    const b = computeDeadlineTrusted({ start: '2025-01-24T16:45:00+08:00', rule: { unit: 'working-days', count: 7, cutoff: '17:00' } });
    expect(Object.isFrozen(a.skipped) && a.skipped === b.skipped).toBe(true);
    expect([a.start.time, b.start.time]).toEqual(['10:00', '16:45']);
    expect(a.explanation.en.startsWith('Accepted 2025-01-24 at 10:00 Beijing time. 7 working days counted from the day after 2025-01-24')).toBe(true);
    expect(a.rule).toEqual({ unit: 'working-days', count: 7 });
    expect(b.rule).toEqual({ unit: 'working-days', count: 7, cutoff: '17:00' });
  });
});
