/**
 * The trusted core of processingDeadline: it agrees with the public function on valid input, and
 * what it memoises per view (the plans, keyed by service, route, channel and urgent request, and
 * their due dates on the built-in calendar) never leaks from one input to another — a result
 * through a warm view deep-equals the result on a fresh policy, whose views and memos are empty.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarFromRows } from '../../src/deadlines/calendar-build.js';
import { FIRST_YEAR, LAST_YEAR, NOTICES } from '../../src/deadlines/calendar-data.js';
import { defaultCalendar } from '../../src/deadlines/default-calendar.js';
import { extendCalendar } from '../../src/deadlines/extend-calendar.js';
import {
  PROCESSING_URGENT_GROUNDS,
  processingDeadline,
  processingDeadlineTrusted,
  type ProcessingInput,
  type ProcessingRoute,
  type ProcessingService,
} from '../../src/deadlines/processing-deadline.js';
import { PROCESSING_CHANNELS } from '../../src/deadlines/processing-tables.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import { scribble } from '../support/scribble.js';
import { outcome } from '../support/outcome.js';

const WHAT_IF = { issuer: 'what-if', title: 'The acceptance day counts' };
/** The built-in policy, and one where offices count the acceptance day as day 1 (Guangzhou from 2015, everywhere from 2019). */
const policies: readonly (() => Policy)[] = [
  () => defaultPolicy(),
  () =>
    withChanges(defaultPolicy(), [
      { op: 'set', table: 'processing.acceptance-day-counts', division: '440100', from: '2015-01-01', value: true, cite: WHAT_IF },
      { op: 'set', table: 'processing.acceptance-day-counts', from: '2019-01-01', value: true, cite: WHAT_IF },
    ]),
];
const WHAT_IF_POLICY = policies[1]!();

const SAMPLE_DAY = parseCivilDate('2025-01-24');
// mostly the covered range; some days past the verified date (flagged or an error) and the calendar
const day = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: parseCivilDate('2004-01-01'), max: parseCivilDate('2025-11-30') }) },
  { weight: 2, arbitrary: fc.integer({ min: SAMPLE_DAY - 3, max: SAMPLE_DAY + 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: parseCivilDate('2025-12-01'), max: parseCivilDate('2027-02-01') }) },
);
const division = fc.constantFrom(undefined, '510100', '510104', '440100', '440104', '440100', '230100', '230102', '610100', '610113', '110105');
const service: fc.Arbitrary<ProcessingService> = fc.oneof(
  fc.constantFrom<ProcessingService>({ kind: 'passport' }, { kind: 'hkmo-permit' }, { kind: 'taiwan-permit' }, { kind: 'exit-entry-permit' }),
  fc.record(
    {
      kind: fc.constant('endorsement' as const),
      destination: fc.constantFrom('hkmo' as const, 'taiwan' as const),
      endorsementCategory: fc.constantFrom('tourist' as const, 'other' as const),
      reEndorsement: fc.boolean(),
    },
    { requiredKeys: ['kind'] },
  ),
);
const route = fc.constantFrom<ProcessingRoute>('hukou-place', 'in-province', 'cross-province', 'non-hukou-scheme');
const channel = fc.option(fc.constantFrom(...PROCESSING_CHANNELS), { nil: undefined });
const urgent = fc.option(fc.record({ ground: fc.constantFrom(...PROCESSING_URGENT_GROUNDS), proven: fc.boolean() }), { nil: undefined });
/** The acceptance on that day: the date, or an instant written in Beijing time, in UTC or with a fraction of a second. */
const acceptance = fc.record({ minute: fc.integer({ min: 0, max: 1439 }), form: fc.constantFrom('date', 'beijing', 'utc', 'fraction') });

const application = fc.record({ day, division, service, route, channel, urgent, acceptance, flag: fc.boolean(), policy: fc.nat({ max: policies.length - 1 }) });
type Application = typeof application extends fc.Arbitrary<infer T> ? T : never;

const pad = (n: number) => String(n).padStart(2, '0');
function acceptedAt(a: Application): string {
  const { minute, form } = a.acceptance;
  const date = formatCivilDate(a.day);
  if (form === 'date') return date;
  if (form === 'utc') {
    const utc = a.day * 1440 + minute - 480;
    const d = Math.floor(utc / 1440);
    const m = utc - d * 1440;
    return `${formatCivilDate(d)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00Z`;
  }
  return `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}:${form === 'fraction' ? '07.25' : '00'}+08:00`;
}

function inputOn(policy: Policy, a: Application): ProcessingInput {
  const view = policyAt(policy, formatCivilDate(a.day), { ...(a.division === undefined ? {} : { division: a.division }), ...(a.flag ? { beyondVerified: 'flag' as const } : {}) });
  return {
    view,
    service: a.service,
    route: a.route,
    ...(a.channel === undefined ? {} : { channel: a.channel }),
    ...(a.urgent === undefined ? {} : { urgent: a.urgent }),
    acceptedAt: acceptedAt(a),
  };
}

/** A neighbour of an application: one fact changed. */
const variant1 = fc.oneof(fc.record({ service }), fc.record({ route }), fc.record({ channel }), fc.record({ urgent }), fc.record({ acceptance }));


describe('processingDeadlineTrusted', () => {
  it('agrees with processingDeadline on valid input, called first or second', () => {
    fc.assert(
      fc.property(application, fc.boolean(), (a, trustedFirst) => {
        const policy = a.policy === 0 ? defaultPolicy() : WHAT_IF_POLICY;
        const input = inputOn(policy, a);
        const first = outcome(() => (trustedFirst ? processingDeadlineTrusted(input) : processingDeadline(input)));
        const second = outcome(() => (trustedFirst ? processingDeadline(input) : processingDeadlineTrusted(input)));
        expect(second).toStrictEqual(first);
      }),
      { numRuns: 400 },
    );
  });

  it('through a warm view (memos filled by other inputs) gives what a fresh policy gives', () => {
    const warmPolicies = [defaultPolicy(), WHAT_IF_POLICY];
    // neighbours of an application on the same view: one of its facts changed (a memo key that
    // misses that fact hands the neighbour's plan to the application), or a few
    const variant = fc.oneof(
      fc.record({ service }),
      fc.record({ route }),
      fc.record({ channel }),
      fc.record({ urgent }),
      fc.record({ acceptance }),
      fc.record({ service, route, channel, urgent, acceptance }, { requiredKeys: [] }),
      fc.constant('other-category' as const),
    );
    // the same endorsement in the other category (tourist or not)
    const otherCategory = (s: ProcessingService): ProcessingService =>
      s.kind === 'endorsement' ? { ...s, endorsementCategory: s.endorsementCategory === 'tourist' ? 'other' : 'tourist' } : s;
    fc.assert(
      fc.property(application, fc.array(variant, { minLength: 1, maxLength: 20 }), fc.array(application, { maxLength: 4 }), (a, variants, others) => {
        const policy = warmPolicies[a.policy] as Policy;
        for (const v of variants) outcome(() => processingDeadlineTrusted(inputOn(policy, { ...a, ...(v === 'other-category' ? { service: otherCategory(a.service) } : v) })));
        for (const o of others) outcome(() => processingDeadlineTrusted(inputOn(policy, o)));
        const warm = outcome(() => processingDeadlineTrusted(inputOn(policy, a)));
        const fresh = outcome(() => processingDeadlineTrusted(inputOn(structuredClone(policies[a.policy]!()), a)));
        expect(warm).toStrictEqual(fresh);
      }),
      { numRuns: 200 },
    );
  }, 60_000); // each run compiles a clone of the built-in policy (~15 ms)

  it('memoises due dates for the built-in calendar only: another calendar object, even one with more years, gives its own', () => {
    // same content as the built-in calendar, but another object: never memoised, the reference
    const sameContent = calendarFromRows(FIRST_YEAR, LAST_YEAR, NOTICES);
    const withMoreYears = extendCalendar(defaultCalendar(), {
      year: 2027,
      notice: { issuer: '国务院办公厅', title: '国务院办公厅关于2027年部分节假日安排的通知 (test)' },
      holidays: [{ name: 'new-year', offDays: ['2027-01-01'] }],
    });
    fc.assert(
      // half of the days near the end of the built-in calendar, where the two calendars differ
      fc.property(application, fc.option(fc.integer({ min: parseCivilDate('2026-12-01'), max: parseCivilDate('2027-01-31') })), fc.boolean(), (a0, late, extendedFirst) => {
        const a = late === null ? a0 : { ...a0, day: late, flag: true };
        const policy = a.policy === 0 ? defaultPolicy() : WHAT_IF_POLICY;
        const input = inputOn(policy, a);
        // in either order, a result on the extended calendar (2027 counted) never stands in for one on the built-in calendar
        if (extendedFirst) outcome(() => processingDeadlineTrusted({ ...input, calendar: withMoreYears }));
        const builtIn = outcome(() => processingDeadlineTrusted(input));
        if (!extendedFirst) outcome(() => processingDeadlineTrusted({ ...input, calendar: withMoreYears }));
        expect(builtIn).toStrictEqual(outcome(() => processingDeadlineTrusted({ ...input, calendar: sameContent })));
        expect(outcome(() => processingDeadlineTrusted(input))).toStrictEqual(builtIn);
      }),
      { numRuns: 300 },
    );
  });

  it('scribbling over a result changes nothing later (what results share is frozen)', () => {
    fc.assert(
      fc.property(application, fc.array(variant1, { maxLength: 3 }), (a, vs) => {
        const policy = a.policy === 0 ? defaultPolicy() : WHAT_IF_POLICY;
        const before = JSON.stringify(outcome(() => processingDeadlineTrusted(inputOn(policy, a))));
        for (const v of [{}, ...vs]) {
          const r = outcome(() => processingDeadlineTrusted(inputOn(policy, { ...a, ...v })));
          scribble(r);
        }
        expect(JSON.stringify(outcome(() => processingDeadlineTrusted(inputOn(policy, a))))).toBe(before);
      }),
      { numRuns: 200 },
    );
  });

  it('the sample: 7 working days over the 2025 Spring Festival; results of other instants leave earlier results as they were', () => {
    const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100' });
    const run = (acceptedAt: string) => processingDeadlineTrusted({ view, service: { kind: 'hkmo-permit' }, route: 'in-province', channel: 'hall-window', acceptedAt });
    const r = run('2025-01-24T10:00:00+08:00');
    const before = JSON.stringify(r);
    const later = run('2025-01-24T16:45:00+08:00');
    expect(JSON.stringify(r)).toBe(before);
    if (r.kind !== 'due' || later.kind !== 'due') throw new Error('expected due');
    expect([r.due, later.due]).toEqual(['2025-02-10', '2025-02-10']);
    expect(r.explanation['zh-CN']).toMatch(/^受理时间为北京时间2025-01-24 10:00。.*2025-01-28至2025-02-04（春节）/);
    expect(later.explanation.en).toMatch(/^Accepted 2025-01-24 at 16:45 Beijing time\. 7 working days/);
    expect(later.deadline.start).toEqual({ input: '2025-01-24T16:45:00+08:00', date: '2025-01-24', time: '16:45', afterCutoff: false });
    // the endorsement applied for with the permit takes the permit's limit
    const g = processingDeadlineTrusted({ view, service: { kind: 'endorsement', destination: 'hkmo', endorsementCategory: 'tourist', reEndorsement: false }, route: 'in-province', channel: 'hall-window', acceptedAt: '2025-01-24T10:05:00+08:00' });
    expect(g.kind === 'due' && [g.due, g.reasons[0]?.code]).toEqual(['2025-02-10', 'processing.endorsement-with-permit']);
  });
});
