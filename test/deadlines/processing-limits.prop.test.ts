/**
 * Properties of processingDeadline on generated applications, and a check against a tiny
 * reference model: a literal reading of the table data (no policyAt) counted day by day (no
 * computeDeadline, no prefix counts).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  PROCESSING_LOCAL,
  PROCESSING_NATIONAL,
  PROCESSING_TABLES,
  PROCESSING_URGENT_GROUNDS,
  processingDeadline,
  type ProcessingInput,
  type ProcessingResult,
  type ProcessingRoute,
  type ProcessingService,
} from '../../src/deadlines/processing-limits.js';
import { isWorkingDay } from '../../src/deadlines/working-days.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';
import { toShanghaiDate } from '../../src/rules/instant.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { parsePolicy } from '../../src/rules/validate-policy.js';
import { naiveAddWorkingDays, shiftDays } from './naive-calendar.js';

const POLICY = parsePolicy(
  {
    schema: 'churujing.policy/1',
    id: 'test',
    national: PROCESSING_NATIONAL,
    local: Object.fromEntries(Object.entries(PROCESSING_LOCAL).map(([c, t]) => [c, { tables: t }])),
    changes: [],
  },
  PROCESSING_TABLES,
);

const FIRST = parseCivilDate('2004-01-01');
const LAST = parseCivilDate('2025-11-30');
const acceptance = fc.integer({ min: FIRST, max: LAST }).map(formatCivilDate);
const divisions = [undefined, '440100', '440104', '230100', '230102', '610100', '610113', '110105', '510100'] as const;
const division = fc.constantFrom(...divisions);
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
const channel = fc.option(fc.constantFrom('hall-window' as const, 'kiosk' as const, 'online' as const, 'post' as const), { nil: undefined });
const urgent = fc.option(fc.record({ ground: fc.constantFrom(...PROCESSING_URGENT_GROUNDS), proven: fc.boolean() }), { nil: undefined });
const application = fc.record({ date: acceptance, division, service, route, channel, urgent });
type Application = typeof application extends fc.Arbitrary<infer T> ? T : never;

function evaluate(a: Application, on: string = a.date): ProcessingResult {
  const input: ProcessingInput = {
    view: policyAt(POLICY, on, a.division === undefined ? {} : { division: a.division }),
    acceptedAt: on,
    service: a.service,
    route: a.route,
    ...(a.channel === undefined ? {} : { channel: a.channel }),
    ...(a.urgent === undefined ? {} : { urgent: a.urgent }),
  };
  return processingDeadline(input);
}

// ---- the reference model ---------------------------------------------------------------------

type Limit = { unit: 'working-days' | 'calendar-days'; count: number };

/** The value of the entry covering `d`, local chain first (division, prefecture, province), or undefined. */
function literal(id: string, d: string, division?: string): unknown {
  const chain = division === undefined ? [] : [division, `${division.slice(0, 4)}00`, `${division.slice(0, 2)}0000`];
  for (const t of [...chain.map((c) => PROCESSING_LOCAL[c]?.[id]), PROCESSING_NATIONAL[id]]) {
    if (t?.kind !== 'value') continue;
    const hit = t.entries.find((e) => e.from <= d && (e.to === undefined || d <= e.to));
    if (hit) return hit.value;
  }
  return undefined;
}

const isLimit = (v: unknown): v is Limit => typeof v === 'object' && v !== null && 'unit' in v;

/** The limits a literal reading of the rules gives, before choosing the shortest. */
function referenceLimits(a: Application): Limit[] {
  const d = a.date;
  const s = a.service;
  const dest = s.kind === 'endorsement' ? (s.destination ?? 'hkmo') : undefined;
  const key = s.kind !== 'endorsement' ? s.kind : s.reEndorsement === false ? `${dest}-permit` : `${dest}-endorsement`;
  const doc = key === 'hkmo-endorsement' ? 'hkmo-permit' : key === 'taiwan-endorsement' ? 'taiwan-permit' : key;
  const normTable = key === 'exit-entry-permit' ? undefined : key.endsWith('endorsement') ? 'processing.national.endorsement' : `processing.national.${key}`;
  let route: string | undefined;
  if (normTable !== undefined) {
    if (a.route === 'hukou-place') route = normTable;
    else if (a.route === 'in-province') {
      const t = literal('processing.route.in-province', d);
      route = t === 'hukou-place' ? normTable : t === 'cross-province' ? 'processing.route.cross-province' : undefined;
    } else route = `processing.route.${a.route}`;
  }
  const norm = route === undefined ? undefined : literal(route, d);
  const national = isLimit(norm) ? norm : literal(`processing.statutory.${doc}`, d);
  const out: Limit[] = isLimit(national) ? [national] : [];
  if (a.division !== undefined) {
    const tourist = dest === 'hkmo' && key === 'hkmo-endorsement' && s.kind === 'endorsement' && s.endorsementCategory === 'tourist';
    for (const id of [`processing.local.${key}`, ...(tourist ? ['processing.local.hkmo-endorsement.tourist'] : [])]) {
      const c = literal(id, d, a.division) as Record<string, Limit> | null | undefined;
      for (const slot of ['all', a.channel ?? 'hall-window']) if (c?.[slot]) out.push(c[slot]);
    }
  }
  if (a.urgent?.proven && (key === 'passport' || key === 'exit-entry-permit')) {
    const u = literal(`processing.urgent.${key}`, d);
    if (isLimit(u)) out.push(u);
  }
  return out;
}

/** Day-by-day due date: the acceptance day does not count (national rule; no office in the data counts it). */
function referenceDue(start: string, l: Limit): string {
  if (l.unit === 'working-days') return naiveAddWorkingDays(start, l.count);
  let d = shiftDays(start, l.count);
  while (!isWorkingDay(d)) d = shiftDays(d, 1);
  return d;
}

describe('processingDeadline properties', () => {
  it('agrees with the reference model: a literal reading of the tables, counted day by day', () => {
    fc.assert(
      fc.property(application, (a) => {
        const r = evaluate(a);
        const limits = referenceLimits(a);
        if (limits.length === 0) return r.kind === 'no-limit';
        const expected = limits.map((l) => referenceDue(a.date, l)).sort()[0];
        return r.kind === 'due' && r.due === expected;
      }),
      { numRuns: 300 },
    );
  });

  it('due dates are working days on or after the acceptance date', () => {
    fc.assert(
      fc.property(application, (a) => {
        const r = evaluate(a);
        if (r.kind === 'unknown') return false; // the generated dates are inside the calendar
        return r.kind === 'no-limit' || (isWorkingDay(r.due) && r.due >= a.date && r.acceptedOn === a.date);
      }),
    );
  });

  it('the chosen limit is never longer than any applicable candidate, and is one of them', () => {
    fc.assert(
      fc.property(application, (a) => {
        const r = evaluate(a);
        const applicable = r.candidates.filter((c) => c.status === 'applies');
        if (r.kind === 'no-limit') return applicable.length === 0;
        if (r.kind === 'unknown') return false; // the generated dates are inside the calendar
        return applicable.includes(r.applied) && applicable.every((c) => c.due !== undefined && r.due <= c.due) && r.applied.due === r.due;
      }),
    );
  });

  it('every candidate says why it applies or not, and only applicable ones carry a due date', () => {
    fc.assert(
      fc.property(application, (a) => {
        const r = evaluate(a);
        return r.candidates.every((c) => c.reasons.length > 0 && (c.status === 'applies') === (c.due !== undefined));
      }),
    );
  });

  // Boundaries of every table: between two of them nothing in the data changes.
  const boundaries = new Set<number>();
  for (const t of [...Object.values(PROCESSING_NATIONAL), ...Object.values(PROCESSING_LOCAL).flatMap((x) => Object.values(x))]) {
    for (const i of t.kind === 'value' ? t.entries : t.members) {
      boundaries.add(parseCivilDate(i.from));
      if (i.to !== undefined) boundaries.add(parseCivilDate(i.to) + 1);
    }
  }

  it('for a fixed service and route, a later acceptance is never due earlier while the rules stay the same', () => {
    fc.assert(
      fc.property(application, fc.integer({ min: 1, max: 20 }), (a, k) => {
        const start = parseCivilDate(a.date);
        const end = Math.min(start + k, LAST);
        for (let x = start + 1; x <= end; x++) if (boundaries.has(x)) return true; // a reform in between: see the 2018-09-01 example
        const first = evaluate(a);
        const later = evaluate(a, formatCivilDate(end));
        if (first.kind !== 'due' || later.kind !== 'due') return first.kind === later.kind;
        return first.due <= later.due;
      }),
    );
  });

  it('never throws anything but a typed error on schema-valid input (any date 1980–2035, flagged or not, dates or instants)', () => {
    const anyDay = fc.integer({ min: parseCivilDate('1980-01-01'), max: parseCivilDate('2035-12-31') }).map(formatCivilDate);
    const instant = fc
      .tuple(anyDay, fc.integer({ min: 0, max: 1439 }), fc.constantFrom('+08:00', 'Z', '-07:00', '+14:00'))
      .map(([d, m, off]) => `${d}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00${off}`);
    fc.assert(
      fc.property(application, fc.oneof(anyDay, instant), fc.boolean(), (a, at, flag) => {
        const on = at.length === 10 ? at : toShanghaiDate(at);
        try {
          const r = processingDeadline({
            view: policyAt(POLICY, on, { ...(a.division === undefined ? {} : { division: a.division }), ...(flag ? { beyondVerified: 'flag' as const } : {}) }),
            acceptedAt: at,
            service: a.service,
            route: a.route,
            ...(a.channel === undefined ? {} : { channel: a.channel }),
            ...(a.urgent === undefined ? {} : { urgent: a.urgent }),
          });
          return r.acceptedOn === on && (on <= '2025-11-30' || r.unverified);
        } catch (e) {
          return e instanceof ChurujingError;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('bad input of any shape gives one ValidationError listing its problems, never another exception', () => {
    const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.object(), fc.array(fc.anything(), { maxLength: 2 }));
    fc.assert(
      fc.property(fc.record({ view: fc.oneof(junk, fc.constant(policyAt(POLICY, '2019-04-01'))), service: junk, route: junk, channel: junk, urgent: junk, acceptedAt: fc.oneof(junk, fc.constant('2019-04-01')) }), (input) => {
        try {
          processingDeadline(input as unknown as ProcessingInput);
          return false; // `service` and `route` are never valid here
        } catch (e) {
          return e instanceof ValidationError && e.issues.length >= 2 && e.issues.every((i) => typeof i.message === 'string' && Array.isArray(i.path));
        }
      }),
    );
  });
});
