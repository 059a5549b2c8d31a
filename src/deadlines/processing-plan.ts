/**
 * The plan of a processing deadline: the candidate limits a view gives for a service, route,
 * channel and urgent request (statutory, national, local, urgent), the plan built from them and
 * shared between views (`view.tracked`, keyed by the inputs it reads), and the plan dated on a
 * working-day calendar (`view.memo` on the built-in calendar).
 *
 * @module
 */
import { type CivilDate, tryParseCivilDate } from '../rules/civil-date.js';
import type { Period } from '../rules/period.js';
import type { PolicyView, ResolvedValue } from '../rules/policy-at.js';
import type { ValueTableHead } from '../rules/table.js';
import { type CalendarData, DayKind } from './calendar-build.js';
import { CalendarRangeError } from './calendar-errors.js';
import { type CountedPeriod, type RangeContext, countedPeriod, periodDue } from './compute-deadline.js';
import type { DeadlineRule } from './deadline-rule.js';
import { cite, verbatim, GUIDE_NIA_HKMO } from '../rules/instruments/index.js';
import { type ProcessingReason, processingReason } from './processing-reasons.js';
import { type LocalCommitment, type LocalCommitmentKey, PROCESSING_CHANNELS, PROCESSING_SPECS, type ProcessingChannel, type ProcessingLimit, type ProcessingServiceKey } from './processing-tables.js';
import { PROCESSING_URGENT_GROUNDS, type ProcessingRoute, type ProcessingService, type ProcessingUrgentRequest, type ResolvedProcessingService, type ProcessingCandidate } from './processing-input.js';

/** The NIA guide's sentence on investigation time (read on every deadline: built once). */
const INVESTIGATION_EXCLUDED = cite(GUIDE_NIA_HKMO, { quote: verbatim('调查时间不计入承诺领证时限') });

function resolveService(s: ProcessingService): { service: ResolvedProcessingService; withPermit: boolean } {
  if (s.kind !== 'endorsement') return { service: { kind: s.kind, key: s.kind, tourist: false }, withPermit: false };
  const destination = s.destination ?? 'hkmo';
  if (s.reEndorsement === false) return { service: { kind: s.kind, key: `${destination}-permit`, destination, tourist: false }, withPermit: true };
  return { service: { kind: s.kind, key: `${destination}-endorsement`, destination, tourist: destination === 'hkmo' && s.endorsementCategory === 'tourist' }, withPermit: false };
}

const limitReason = (l: ProcessingLimit): ProcessingReason =>
  l.unit === 'working-days' ? processingReason('processing.limit.working-days', { count: l.count }) : processingReason('processing.limit.calendar-days', { count: l.count });

/** The parts of a resolved value a candidate shows. */
function fromResolved<T>(r: ResolvedValue<T> & { inForce: true }): Pick<ProcessingCandidate, 'cite' | 'period' | 'source' | 'uncertain'> {
  return { cite: r.cite, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) };
}

const STATUTORY_OF: Record<ProcessingServiceKey, keyof typeof PROCESSING_SPECS.statutory> = {
  passport: 'passport',
  'hkmo-permit': 'hkmo-permit',
  'taiwan-permit': 'taiwan-permit',
  'exit-entry-permit': 'exit-entry-permit',
  'hkmo-endorsement': 'hkmo-permit',
  'taiwan-endorsement': 'taiwan-permit',
};

const NATIONAL_OF: Record<ProcessingServiceKey, keyof typeof PROCESSING_SPECS.national | undefined> = {
  passport: 'passport',
  'hkmo-permit': 'hkmo-permit',
  'taiwan-permit': 'taiwan-permit',
  'exit-entry-permit': undefined,
  'hkmo-endorsement': 'endorsement',
  'taiwan-endorsement': 'endorsement',
};

type Tracker = { unverified: Set<string> };

function read<T>(view: PolicyView, spec: ValueTableHead<T>, t: Tracker): ResolvedValue<T> {
  const r = view.value(spec);
  if (r.unverified) t.unverified.add(spec.id);
  return r;
}

/** The national limit for the service, date and route (a norm that, where in force, replaces the statutory maximum). */
function nationalCandidate(view: PolicyView, key: ProcessingServiceKey, route: ProcessingRoute, t: Tracker): ProcessingCandidate {
  const norm = NATIONAL_OF[key];
  if (norm === undefined) {
    return route === 'hukou-place'
      ? { kind: 'national', status: 'not-applicable', reasons: [processingReason('processing.national.none', {})] }
      : { kind: 'national', status: 'not-applicable', reasons: [processingReason('processing.national.not-covered', {})] };
  }
  let spec: ValueTableHead<ProcessingLimit>;
  let code: 'processing.national.hukou-place' | 'processing.national.in-province' | 'processing.national.in-province-as-cross-province' | 'processing.national.cross-province' | 'processing.national.non-hukou-scheme';
  let treatment: ResolvedValue<unknown> | undefined;
  if (route === 'in-province') {
    const r = read(view, PROCESSING_SPECS.route['in-province'], t);
    if (!r.inForce) {
      return { kind: 'national', status: 'not-in-force', table: r.table, ...(r.cite ? { cite: r.cite } : {}), reasons: [processingReason('processing.national.not-in-force', { table: r.table })] };
    }
    treatment = r;
    if (r.value === 'hukou-place') {
      spec = PROCESSING_SPECS.national[norm];
      code = 'processing.national.in-province';
    } else {
      spec = PROCESSING_SPECS.route['cross-province'];
      code = 'processing.national.in-province-as-cross-province';
    }
  } else if (route === 'hukou-place') {
    spec = PROCESSING_SPECS.national[norm];
    code = 'processing.national.hukou-place';
  } else {
    spec = PROCESSING_SPECS.route[route];
    code = route === 'cross-province' ? 'processing.national.cross-province' : 'processing.national.non-hukou-scheme';
  }
  const r = read(view, spec, t);
  if (!r.inForce) {
    return { kind: 'national', status: 'not-in-force', table: r.table, ...(r.cite ? { cite: r.cite } : {}), reasons: [processingReason('processing.national.not-in-force', { table: r.table })] };
  }
  const reasons: ProcessingReason[] = [processingReason(code, {}, treatment?.inForce ? treatment.cite : r.cite), limitReason(r.value)];
  const uncertainty = [treatment?.inForce ? treatment.uncertain : undefined, r.uncertain].filter((u): u is string => u !== undefined);
  const base = { ...fromResolved(r), ...(uncertainty.length ? { uncertain: uncertainty.join(' ') } : {}) };
  return { kind: 'national', status: 'applies', table: r.table, limit: r.value, ...base, reasons };
}

function localCandidates(view: PolicyView, service: ResolvedProcessingService, channel: ProcessingChannel, t: Tracker): ProcessingCandidate[] {
  const division = view.division;
  if (division === undefined) return [{ kind: 'local', status: 'not-applicable', reasons: [processingReason('processing.local.no-division', {})] }];
  const keys: LocalCommitmentKey[] = [service.key, ...(service.tourist ? (['hkmo-endorsement.tourist'] as const) : [])];
  const out: ProcessingCandidate[] = [];
  for (const key of keys) {
    const r = read(view, PROCESSING_SPECS.local[key], t);
    if (!r.inForce) {
      out.push({ kind: 'local', status: 'not-in-force', table: r.table, reasons: [processingReason('processing.local.none', { division, table: r.table })] });
      continue;
    }
    const at = r.source.level === 'local' ? r.source.division : division;
    const commitment: LocalCommitment = r.value;
    let found = false;
    for (const slot of ['all', channel] as const) {
      const limit = commitment[slot];
      if (limit === undefined) continue;
      found = true;
      const code = slot === 'all' ? 'processing.local.all-channels' : (`processing.local.${slot}` as const);
      out.push({ kind: 'local', status: 'applies', table: r.table, channel: slot, limit, ...fromResolved(r), reasons: [processingReason(code, { division: at }, r.cite), limitReason(limit)] });
    }
    if (!found) out.push({ kind: 'local', status: 'not-applicable', table: r.table, ...fromResolved(r), reasons: [processingReason('processing.local.other-channels', { division: at }, r.cite)] });
  }
  return out;
}

function urgentCandidate(view: PolicyView, key: ProcessingServiceKey, urgent: ProcessingUrgentRequest | undefined, t: Tracker): ProcessingCandidate {
  if (urgent === undefined) return { kind: 'urgent', status: 'not-applicable', reasons: [processingReason('processing.urgent.not-requested', {})] };
  if (!urgent.proven) return { kind: 'urgent', status: 'not-applicable', reasons: [processingReason('processing.urgent.not-proven', {}), processingReason(`processing.urgent.ground.${urgent.ground}`, {})] };
  const ground = processingReason(`processing.urgent.ground.${urgent.ground}`, {});
  if (key === 'passport' || key === 'exit-entry-permit') {
    const r = read(view, PROCESSING_SPECS.urgent[key], t);
    if (r.inForce) return { kind: 'urgent', status: 'applies', table: r.table, limit: r.value, ...fromResolved(r), reasons: [processingReason('processing.urgent.applies', {}, r.cite), ground, limitReason(r.value)] };
  }
  const spec = PROCESSING_SPECS.priorityOnly;
  const m = view.member(spec, key);
  if (m?.unverified) t.unverified.add(spec.id);
  if (m) {
    const period: Period = Object.freeze(m.to === undefined ? { from: m.from } : { from: m.from, to: m.to });
    return {
      kind: 'urgent',
      status: 'priority-only',
      table: spec.id,
      cite: m.cite,
      period,
      source: m.source,
      ...(m.uncertain === undefined ? {} : { uncertain: m.uncertain }),
      reasons: [processingReason('processing.urgent.priority-only', {}, m.cite), ground],
    };
  }
  return { kind: 'urgent', status: 'not-in-force', reasons: [processingReason('processing.urgent.none', {}), ground] };
}

/** An applicable candidate of a plan, with the rules its due date is counted by. */
interface PlannedLimit {
  /** Its index in the plan's candidates. */
  readonly index: number;
  readonly candidate: ProcessingCandidate & { readonly limit: ProcessingLimit };
  /** The rule counted when the acceptance day is not day 1 (and the result's `rule`). */
  readonly rule: DeadlineRule;
  /** The rule counted when the office counts the acceptance day as day 1 and it is (one day less). */
  readonly dayOneRule: DeadlineRule;
  /** The result's reasons after `processing.chosen`. */
  readonly after: readonly ProcessingReason[];
}

/**
 * Everything of a result that depends only on the view and the service, route, channel and
 * urgent request — not on the acceptance instant or the calendar. Immutable (shared by every
 * later call through `view.memo`).
 */
interface ProcessingPlan {
  readonly service: ResolvedProcessingService;
  /** Every candidate, without due dates. */
  readonly candidates: readonly ProcessingCandidate[];
  /** The candidates that apply, in order. */
  readonly limits: readonly PlannedLimit[];
  readonly acceptanceDayCounts: boolean;
  readonly unverified: boolean;
  /** The reasons before `processing.chosen` (the endorsement applied for with its permit). */
  readonly before: readonly ProcessingReason[];
  /** `uncertain` of a result with a due date (from every candidate that applies) and of one without (no-limit). */
  readonly uncertain: readonly string[];
  /** The whole reasons of a no-limit result. */
  readonly noLimitReasons: readonly ProcessingReason[];
  /** The `processing.unverified` reasons, one per table read past its verified date. */
  readonly tail: readonly ProcessingReason[];
}

const freeze = Object.freeze;

function buildPlan(view: PolicyView, s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined): ProcessingPlan {
  const { service, withPermit } = resolveService(s);
  const t: Tracker = { unverified: new Set() };

  const statutory = read(view, PROCESSING_SPECS.statutory[STATUTORY_OF[service.key]], t);
  const national = nationalCandidate(view, service.key, route, t);
  const statutoryCandidate: ProcessingCandidate = !statutory.inForce
    ? { kind: 'statutory', status: 'not-in-force', table: statutory.table, reasons: [processingReason('processing.statutory.not-in-force', { table: statutory.table })] }
    : national.status === 'applies'
      ? { kind: 'statutory', status: 'superseded', table: statutory.table, limit: statutory.value, ...fromResolved(statutory), reasons: [processingReason('processing.statutory.superseded', {}, statutory.cite), limitReason(statutory.value)] }
      : { kind: 'statutory', status: 'applies', table: statutory.table, limit: statutory.value, ...fromResolved(statutory), reasons: [processingReason('processing.statutory.applies', {}, statutory.cite), limitReason(statutory.value)] };

  const dayRule = read(view, PROCESSING_SPECS.acceptanceDayCounts, t);
  const acceptanceDayCounts = dayRule.inForce && dayRule.value;

  const candidates = [statutoryCandidate, national, ...localCandidates(view, service, channel, t), urgentCandidate(view, service.key, urgent, t)];
  for (const c of candidates) {
    freeze(c.reasons);
    freeze(c);
  }
  const unverified = t.unverified.size > 0;
  const tail = [...t.unverified].map((table) => processingReason('processing.unverified', { table }));
  const before: ProcessingReason[] = withPermit ? [processingReason('processing.endorsement-with-permit', {})] : [];
  const uncertainOf = (cs: readonly ProcessingCandidate[]) =>
    freeze([...new Set([...cs.map((c) => c.uncertain), dayRule.inForce ? dayRule.uncertain : undefined].filter((u): u is string => u !== undefined))]);
  const applicable = candidates.filter((c) => c.status === 'applies' && c.limit !== undefined) as (ProcessingCandidate & { readonly limit: ProcessingLimit })[];
  // Counted from the acceptance date: no daily cut-off is applied (no national rule sets one).
  const dayCounts = acceptanceDayCounts
    ? [processingReason('processing.acceptance-day-counts', { division: dayRule.inForce && dayRule.source.level === 'local' ? dayRule.source.division : '—' }, dayRule.inForce ? dayRule.cite : undefined)]
    : [];
  const limits = applicable.map((c): PlannedLimit => {
    const rule: DeadlineRule = freeze(c.cite === undefined ? { ...c.limit } : { ...c.limit, cite: c.cite });
    const dayOneRule: DeadlineRule = acceptanceDayCounts ? freeze({ ...rule, count: c.limit.count - 1 }) : rule;
    const after = freeze([...c.reasons, ...dayCounts, processingReason('processing.investigation-excluded', {}, INVESTIGATION_EXCLUDED), ...tail]);
    return freeze({ index: candidates.indexOf(c), candidate: c, rule, dayOneRule, after });
  });
  return freeze({
    service: freeze(service),
    candidates: freeze(candidates),
    limits: freeze(limits),
    acceptanceDayCounts,
    unverified,
    before: freeze(before),
    uncertain: limits.length ? uncertainOf(applicable) : uncertainOf(candidates.filter((c) => c.status !== 'not-applicable')),
    noLimitReasons: freeze([...before, processingReason('processing.no-limit', {}), ...tail]),
    tail: freeze(tail),
  });
}

const ROUTES: readonly ProcessingRoute[] = ['hukou-place', 'in-province', 'cross-province', 'non-hukou-scheme'];
/** The service as {@link buildPlan} reads it (what `resolveService` looks at), by index. */
const SERVICE_PARTS = [
  'passport',
  'hkmo-permit',
  'taiwan-permit',
  'exit-entry-permit',
  'endorsement:hkmo:with-permit',
  'endorsement:hkmo:tourist',
  'endorsement:hkmo:other',
  'endorsement:taiwan:with-permit',
  'endorsement:taiwan:tourist',
  'endorsement:taiwan:other',
] as const;
const URGENT_STATES = 1 + PROCESSING_URGENT_GROUNDS.length * 2;

function serviceIndex(s: ProcessingService): number {
  switch (s.kind) {
    case 'passport':
      return 0;
    case 'hkmo-permit':
      return 1;
    case 'taiwan-permit':
      return 2;
    case 'exit-entry-permit':
      return 3;
    default: {
      const hkmo = s.destination !== 'taiwan';
      return (hkmo ? 4 : 7) + (s.reEndorsement === false ? 0 : hkmo && s.endorsementCategory === 'tourist' ? 1 : 2);
    }
  }
}

/**
 * The `view.memo` keys of the plans, built once per combination so that a lookup hashes a
 * string it has seen before (a key built afresh on every call costs more than the lookup).
 * Index: service, route, channel, urgent state; a pure function of them.
 */
const PLAN_KEYS: (readonly [string])[] = [];
export const DATED_KEYS: (readonly [string])[] = [];

/** The index of a (service, route, channel, urgent request) in {@link PLAN_KEYS}, or -1 for a value outside the lists. */
export function planKeyIndex(s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined): number {
  const r = ROUTES.indexOf(route);
  const c = PROCESSING_CHANNELS.indexOf(channel);
  const g = urgent === undefined ? 0 : PROCESSING_URGENT_GROUNDS.indexOf(urgent.ground);
  if (r < 0 || c < 0 || g < 0) return -1;
  return ((serviceIndex(s) * ROUTES.length + r) * PROCESSING_CHANNELS.length + c) * URGENT_STATES + (urgent === undefined ? 0 : 1 + g * 2 + (urgent.proven ? 1 : 0));
}

/**
 * The `view.memo` key of a plan: every input of {@link buildPlan} besides the view, as the plan
 * reads it — the service as `resolveService` sees it, the route, the channel and the urgent
 * ground with whether it is proven (`processing.plan|hkmo-permit|in-province|hall-window|-`).
 */
function planKeyOf(s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined): string {
  const u = urgent === undefined ? '-' : `${urgent.ground}:${urgent.proven ? 'proven' : 'unproven'}`;
  return `processing.plan|${SERVICE_PARTS[serviceIndex(s)]}|${route}|${channel}|${u}`;
}

/**
 * The plan of a view for the service, route, channel and urgent request: shared by every view
 * whose rules answer the plan's reads (the tables and the member it read, and the division
 * when it has one) the same way (`view.tracked`), so a day no application used yet reuses the
 * plan another day of the same periods built.
 */
export function planOf(view: PolicyView, s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined, index: number): ProcessingPlan {
  let key = index >= 0 ? PLAN_KEYS[index] : undefined;
  if (key === undefined) {
    key = Object.freeze([planKeyOf(s, route, channel, urgent)]);
    if (index >= 0) PLAN_KEYS[index] = key;
  }
  return view.tracked(key, (v) => buildPlan(v, s, route, channel, urgent));
}

/** The `view.memo` key of a plan dated on the built-in calendar (or its provisional extension): the plan's key and the calendar, as the one part of a key (a frozen array: the memo looks up its parts without making one; remembered by index, see {@link PLAN_KEYS}). */
export function datedKeyOf(s: ProcessingService, route: ProcessingRoute, channel: ProcessingChannel, urgent: ProcessingUrgentRequest | undefined, index: number, provisional: boolean): readonly [string] {
  const key = Object.freeze([`${planKeyOf(s, route, channel, urgent)}|dated:builtin-calendar${provisional ? ':provisional' : ''}`] as const);
  if (index >= 0) DATED_KEYS[index * 2 + (provisional ? 1 : 0)] = key;
  return key;
}

/**
 * A plan with its due dates: everything of a result but the acceptance instant's own parts (the
 * deadline's `start` and the first sentence of its explanation). It holds for acceptances on the
 * view's date counted on one calendar. Frozen.
 */
type DatedPlan =
  | { readonly kind: 'no-limit'; readonly plan: ProcessingPlan }
  | { readonly kind: 'unknown'; readonly plan: ProcessingPlan; readonly candidates: readonly ProcessingCandidate[]; readonly publishedThrough: CivilDate; readonly reasons: readonly ProcessingReason[] }
  | {
      readonly kind: 'due';
      readonly plan: ProcessingPlan;
      readonly candidates: readonly ProcessingCandidate[];
      readonly applied: ProcessingCandidate;
      readonly due: CivilDate;
      readonly rule: DeadlineRule;
      /** The rule counted (one day less when the acceptance day counts). */
      readonly counted: DeadlineRule;
      readonly period: CountedPeriod;
      readonly reasons: readonly ProcessingReason[];
    };

const isWork = (k: number | undefined): boolean => k === DayKind.Workday || k === DayKind.MakeUp;

/**
 * Dates a plan on a calendar. A limit whose period leaves the calendar gets no due date (it is
 * marked `dueBeyondCalendar`); since such a due date would lie past every date the calendar
 * has, the earliest of the others still decides. When no limit can be dated the plan is
 * `unknown`, with its reason.
 */
export function datePlan(view: PolicyView, plan: ProcessingPlan, d: CalendarData, how: RangeContext): DatedPlan {
  const { limits } = plan;
  if (limits.length === 0) return freeze({ kind: 'no-limit', plan });
  const acceptedDay = tryParseCivilDate(view.date) as number;
  // spread, not slice: slice of a frozen array takes a slow path (ten times the time)
  const candidates = [...plan.candidates];
  const inCalendar = acceptedDay >= d.first && acceptedDay <= d.last;
  const dayOne = plan.acceptanceDayCounts && inCalendar && isWork(d.kind[acceptedDay - d.first]);
  let applied: ProcessingCandidate | undefined;
  let chosen: PlannedLimit | undefined;
  let counted: DeadlineRule | undefined;
  let period: CountedPeriod | undefined;
  let beyond = false;
  const single = limits.length === 1;
  for (const l of limits) {
    // with the acceptance day counted, it is day 1 (one day less) for calendar days, and for working days when it is a working day
    const rule = plan.acceptanceDayCounts && (l.rule.unit === 'calendar-days' || dayOne) ? l.dayOneRule : l.rule;
    let due: CivilDate;
    let p: CountedPeriod | undefined;
    try {
      // one limit: its period is the one counted (the due date alone is not worth a separate count)
      if (single) due = (p = countedPeriod(acceptedDay, rule.unit, rule.count, d, how)).due;
      else due = periodDue(acceptedDay, rule.unit, rule.count, d, how);
    } catch (e) {
      if (!(e instanceof CalendarRangeError)) throw e;
      beyond = true;
      candidates[l.index] = freeze({ ...l.candidate, dueBeyondCalendar: true, reasons: freeze([...l.candidate.reasons, beyondCalendarReason(d)]) });
      continue;
    }
    const withDue: ProcessingCandidate = freeze({ ...l.candidate, due });
    candidates[l.index] = withDue;
    if (applied?.due === undefined || due < applied.due) {
      applied = withDue;
      chosen = l;
      counted = rule;
      period = p;
    }
  }
  if (applied === undefined) {
    return freeze({ kind: 'unknown', plan, candidates: freeze(candidates), publishedThrough: d.publishedTo, reasons: freeze([...plan.before, beyondCalendarReason(d), ...plan.tail]) });
  }
  const c = chosen as PlannedLimit;
  const r = counted as DeadlineRule;
  const due = applied.due as CivilDate;
  period ??= countedPeriod(acceptedDay, r.unit, r.count, d, how);
  // the reasons: the plan's before, processing.chosen, the limit's after, then beyond-calendar and provisional when they apply
  const before = plan.before;
  const after = c.after;
  const reasons = new Array<ProcessingReason>(before.length + 1 + after.length + (beyond ? 1 : 0) + (period.mark ? 1 : 0));
  let n = 0;
  for (let i = 0; i < before.length; i++) reasons[n++] = before[i] as ProcessingReason;
  reasons[n++] = processingReason('processing.chosen', { due }, c.candidate.cite);
  for (let i = 0; i < after.length; i++) reasons[n++] = after[i] as ProcessingReason;
  if (beyond) reasons[n++] = beyondCalendarReason(d);
  if (period.mark) reasons[n] = processingReason('processing.provisional', { through: period.mark.publishedThrough });
  return freeze({
    kind: 'due',
    plan,
    candidates: freeze(candidates),
    applied,
    due,
    rule: c.rule,
    counted: r,
    period,
    reasons: freeze(reasons),
  });
}

/** The `processing.beyond-calendar` reason of each calendar's data (built once: it names the calendar's first and last day). */
const BEYOND = new WeakMap<CalendarData, ProcessingReason>();

function beyondCalendarReason(d: CalendarData): ProcessingReason {
  let r = BEYOND.get(d);
  if (r === undefined) BEYOND.set(d, (r = processingReason('processing.beyond-calendar', { from: d.from, to: d.to })));
  return r;
}
