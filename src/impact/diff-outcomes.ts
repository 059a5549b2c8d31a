/**
 * `diffOutcomes`: evaluate a population of applications under a baseline policy and a
 * candidate (a reform, a what-if change set) and say, for each application whose outcome
 * differs, what differs — and, for the whole population, how many changed, in which way, where
 * and when. The model is PolicyEngine's reform impact, for exit-entry rules.
 *
 * It reads the applications one by one from any iterable and keeps only a bounded summary and
 * the first `keep` changes, so a population of 10⁶ needs no more memory than one of 10³.
 * Applications accepted on a day on which the two policies cannot answer differently (no table
 * differs then: see `comparePolicies`' `differsOn`) are checked for validity but not evaluated;
 * an application whose evaluation under the baseline read no rule that answers differently on
 * its day (rules/read-notes.ts, read-difference.ts) is not evaluated under the candidate.
 *
 * @module
 */
import * as z from 'zod/mini';
import { evaluateParsed, parseEvaluated } from '../evaluate/evaluate.js';
import { type CheckedOptions, checkEvaluateOptions } from '../evaluate/evaluate-options.js';
import { parseApplication } from '../eligibility/application.js';
import { isCivilDate, parseCivilDate, tryParseCivilDate } from '../rules/civil-date.js';
import { ChurujingError, type Issue, ValidationError } from '../rules/errors.js';
import { toShanghaiDate } from '../rules/instant.js';
import type { Policy } from '../rules/policy.js';
import { withReads } from '../rules/read-notes.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { checkPolicies } from './compare-policies.js';
import { diffValues, type ReasonChange as RawReasonChange, type ValueChange } from './diff-values.js';
import { type ChangeKind, CHANGE_KINDS, kindOfPath, type OutcomeDiffSummary, SummaryBuilder } from './outcome-summary.js';
import { preparePair } from './prepared-pair.js';
import { type ReadDifference, readsDiffer } from './read-difference.js';
import { inSpans } from './table-difference.js';

/**
 * One value of an evaluation that differs: its path, its kind, and the value before (baseline)
 * and after (candidate); a side without the value has no `before` or `after`.
 *
 * @example
 * ```ts
 * const c: PathChange = { path: 'fees.totalFen', kind: 'fees', before: 8500, after: 5500 };
 * ```
 */
export interface PathChange {
  readonly path: string;
  readonly kind: ChangeKind;
  readonly before?: unknown;
  readonly after?: unknown;
}

/**
 * A reason added to or removed from a list of reasons.
 *
 * @example
 * ```ts
 * const r: ReasonChange = { path: 'services[1].reasons', kind: 'reasons', change: 'added', code: 'evaluate.option-not-offered', params: { months: 12, entries: 'single' } };
 * ```
 */
export interface ReasonChange {
  /** The list of reasons it is in. */
  readonly path: string;
  readonly kind: ChangeKind;
  readonly change: 'added' | 'removed';
  readonly code: string;
  readonly params: unknown;
}

/**
 * How the outcome of one application differs.
 *
 * @example
 * ```ts
 * const c: OutcomeChange = diffOutcomes({ baseline, candidate, applications }).changes[0];
 * c.index; c.kinds; // ['fees']
 * ```
 */
export interface OutcomeChange {
  /** The application's position in the population (from 0). */
  readonly index: number;
  readonly office: string;
  readonly acceptedOn: string;
  /** The kinds of change, in the order of `CHANGE_KINDS`. */
  readonly kinds: readonly ChangeKind[];
  /** Present when the status changed. */
  readonly status?: { readonly before: string; readonly after: string };
  /** Every value that differs (rendered text and rule periods aside). */
  readonly changes: readonly PathChange[];
  /** Every reason added or removed. */
  readonly reasons: readonly ReasonChange[];
}

/**
 * An application that is not schema-valid, with every problem (identity numbers masked).
 *
 * @example
 * ```ts
 * const i: InvalidApplication = { index: 3, issues: [{ path: ['acceptedAt'], code: 'invalid-instant', message: '…' }] };
 * ```
 */
export interface InvalidApplication {
  readonly index: number;
  readonly issues: readonly Issue[];
}

/**
 * What {@link diffOutcomes} returns.
 *
 * @example
 * ```ts
 * const d: OutcomeDiff = diffOutcomes({ baseline, candidate, applications });
 * d.summary.changed; d.changes.length; // at most `keep`
 * ```
 */
export interface OutcomeDiff {
  readonly summary: OutcomeDiffSummary;
  /** The first `keep` changed applications, by index. */
  readonly changes: readonly OutcomeChange[];
  /** The first `keep` invalid applications, by index. */
  readonly invalid: readonly InvalidApplication[];
}

/**
 * Input of {@link diffOutcomes}.
 *
 * @example
 * ```ts
 * const input: DiffOutcomesInput = { baseline: defaultPolicy(), candidate: withChanges(defaultPolicy(), changes), applications: apps, keep: 20 };
 * ```
 */
export interface DiffOutcomesInput {
  readonly baseline: Policy;
  readonly candidate: Policy;
  /** Any iterable (an array, a generator reading a file line by line …): read once, in order. */
  readonly applications: Iterable<unknown>;
  /** The date the caller evaluates on (evaluate's `asOf`). */
  readonly asOf?: string;
  /** How many changed (and invalid) applications to keep in the result (default 100). */
  readonly keep?: number;
  /** Called with every changed application, in order (for streaming all of them). */
  readonly onChange?: (change: OutcomeChange) => void;
  /** The index of the application at a position of `applications` (default: the position), for shards of a larger population. */
  readonly indexOf?: (position: number) => number;
}

const inputSchema = /* @__PURE__ */ z.strictObject({
  baseline: /* @__PURE__ */ z.unknown(),
  candidate: /* @__PURE__ */ z.unknown(),
  applications: /* @__PURE__ */ z.custom<Iterable<unknown>>((v) => typeof v === 'object' && v !== null && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function', 'expected an iterable of applications'),
  asOf: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isCivilDate, 'expected a real date written YYYY-MM-DD'))),
  keep: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0), /* @__PURE__ */ z.lte(1_000_000))),
  onChange: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.custom<(c: OutcomeChange) => void>((v) => typeof v === 'function', 'expected a function')),
  indexOf: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.custom<(p: number) => number>((v) => typeof v === 'function', 'expected a function')),
});

const TITLE = { 'zh-CN': '结果比较的参数无效', en: 'Invalid arguments of diffOutcomes' };

/** The acceptance date of an application, read cheaply; `undefined` when it cannot be read (evaluate will say why). */
function acceptanceDay(app: unknown): number | undefined {
  if (typeof app !== 'object' || app === null || !Object.hasOwn(app, 'acceptedAt')) return undefined;
  const at = (app as { acceptedAt?: unknown }).acceptedAt;
  if (typeof at !== 'string') return undefined;
  if (at.length === 10) return tryParseCivilDate(at);
  // an instant in Beijing time is on its own date (the usual case: no time-zone arithmetic)
  if (at.endsWith('+08:00') && at.charCodeAt(10) === 84 /* T */) return tryParseCivilDate(at.slice(0, 10));
  try {
    return parseCivilDate(toShanghaiDate(at));
  } catch {
    return undefined;
  }
}

function normalisePath(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** The outcome change of one application, or `undefined` when nothing differs. @internal */
export function outcomeChange(index: number, before: Record<string, unknown>, after: Record<string, unknown>): OutcomeChange | undefined {
  const d = diffValues(before, after);
  if (d.values.length === 0 && d.reasons.length === 0) return undefined;
  const kinds = new Set<ChangeKind>();
  const changes: PathChange[] = d.values.map((v: ValueChange) => {
    const kind = kindOfPath(v.path);
    kinds.add(kind);
    return { ...v, kind };
  });
  const reasons: ReasonChange[] = d.reasons.map((r: RawReasonChange) => {
    const kind = kindOfPath(r.path);
    kinds.add(kind);
    return { ...r, kind };
  });
  const out: { -readonly [K in keyof OutcomeChange]: OutcomeChange[K] } = {
    index,
    office: String(before['office']),
    acceptedOn: String(before['acceptedOn']),
    kinds: CHANGE_KINDS.filter((k) => kinds.has(k)),
    changes,
    reasons,
  };
  if (before['status'] !== after['status']) out.status = { before: String(before['status']), after: String(after['status']) };
  return out;
}

/** The parts of an evaluation the summary reads (read loosely: the result's shape may grow). */
interface EvaluationLike {
  readonly services: readonly { readonly eligible?: unknown }[];
  readonly fees?: { readonly totalFen?: unknown };
}

/** Adds one changed application to a summary. @internal */
export function countChange(s: SummaryBuilder, c: OutcomeChange, before: EvaluationLike, after: EvaluationLike): void {
  s.changed++;
  for (const k of c.kinds) SummaryBuilder.add(s.byKind, k);
  for (const p of new Set([...c.changes.map((x) => normalisePath(x.path)), ...c.reasons.map((r) => `${normalisePath(r.path)}[code=${r.code}]`)])) SummaryBuilder.add(s.byPath, p);
  if (c.status) SummaryBuilder.add(s.statusTransitions, `${c.status.before}→${c.status.after}`);
  let lost = false;
  let gained = false;
  for (let i = 0; i < before.services.length; i++) {
    const x = before.services[i]?.eligible;
    const y = after.services[i]?.eligible;
    if (x === true && y === false) lost = true;
    if (x === false && y === true) gained = true;
  }
  if (lost) s.becameIneligible++;
  if (gained) s.becameEligible++;
  for (const r of c.reasons) SummaryBuilder.add(r.change === 'added' ? s.reasonsAdded : s.reasonsRemoved, r.code);
  SummaryBuilder.add(s.byOffice, c.office);
  SummaryBuilder.add(s.byDate, c.acceptedOn);
  const x = before.fees?.totalFen;
  const y = after.fees?.totalFen;
  if (typeof x === 'number' && typeof y === 'number') {
    const delta = y - x;
    if (delta > 0) s.increased++;
    if (delta < 0) s.decreased++;
    s.deltaFen += delta;
  }
}

/**
 * Evaluates every application under `baseline` and `candidate` and reports what differs: for
 * each application whose outcome changed, the paths that changed (status, a service's
 * eligibility, reasons added and removed by code, fee lines and total, due dates, materials,
 * acceptance …) with the values before and after; and a summary with counts by kind of change,
 * path, reason code, status transition, office and date (see {@link OutcomeDiffSummary}).
 *
 * Streams: `applications` is read once, in order, from any iterable; memory holds the summary
 * and the first `keep` changes only. An application that is not schema-valid is counted and
 * kept (up to `keep`) with its issues, never thrown. Applications accepted on a day on which
 * no table of the two policies differs are validated but not evaluated (`summary.unaffected`):
 * their outcomes cannot differ. Nor can the outcome of an application whose evaluation under the
 * baseline read no rule that answers differently on its day (every table it read, and every set
 * member it looked up, is the same under both then): it is not evaluated under the candidate.
 *
 * @throws `ValidationError` listing every problem of the input (either policy's structure, the
 * iterable, `asOf`, `keep`). Errors thrown by the iterable itself pass through.
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { defaultPolicy, diffOutcomes, withChanges } from 'churujing';
 * import { applicationArbitrary } from 'churujing/testing';
 *
 * const baseline = defaultPolicy();
 * const candidate = withChanges(baseline, [{ op: 'set', table: 'fee.passport.issue', from: '2025-07-01', value: 6000, cite: { issuer: 'what-if', title: 'Passport fee halved' } }]);
 * const applications = fc.sample(applicationArbitrary({ from: '2025-01-01', to: '2025-12-31', services: ['passport'] }), { seed: 1, numRuns: 1000 });
 * const d = diffOutcomes({ baseline, candidate, applications });
 * d.summary.byKind;        // { fees: … }
 * d.changes[0]?.changes;   // [{ path: 'fees.lines[item=passport.issue].unitFen', kind: 'fees', before: 12000, after: 6000 }, …]
 * ```
 */
export function diffOutcomes(input: DiffOutcomesInput): OutcomeDiff {
  const r = inputSchema.safeParse(input, REPORT_INPUT);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<DiffOutcomesInput>;
  checkPolicies(
    [
      ['baseline', raw.baseline],
      ['candidate', raw.candidate],
    ],
    r.success ? [] : issuesOf(r.error, []).filter((i) => i.path[0] !== 'baseline' && i.path[0] !== 'candidate'),
    TITLE,
  );
  if (!r.success) throw new ValidationError(TITLE, issuesOf(r.error, []));
  const { applications, asOf, onChange, indexOf } = r.data;
  const keep = r.data.keep ?? 100;
  const pair = preparePair(raw.baseline as Policy, raw.candidate as Policy);
  const options = asOf === undefined ? {} : { asOf };
  // each application is parsed once and evaluated under both policies
  const under = (policy: Policy): CheckedOptions => {
    const checked = checkEvaluateOptions({ ...options, policy });
    if (checked.issues.length > 0) throw new ValidationError(TITLE, checked.issues);
    return checked.options;
  };
  const baselineOptions = under(pair.baseline);
  const candidateOptions = under(pair.candidate);
  const summary = new SummaryBuilder();
  const changes: OutcomeChange[] = [];
  const invalid: InvalidApplication[] = [];
  let position = 0;
  for (const app of applications) {
    const index = indexOf ? indexOf(position) : position;
    position++;
    summary.applications++;
    const day = acceptanceDay(app);
    try {
      if (day !== undefined && !inSpans(pair.spans, day)) {
        parseApplication(app, options);
        summary.unaffected++;
        continue;
      }
      const parsed = parseEvaluated(app, baselineOptions);
      // what the evaluation under the baseline read: when none of it answers differently on its
      // day, the candidate's outcome is the same, and the application is not evaluated again
      const [before, reads] = pair.reads === undefined ? [evaluateParsed(parsed, baselineOptions), undefined] : withReads(() => evaluateParsed(parsed, baselineOptions));
      summary.evaluated++;
      // the day read cheaply above is the acceptance date evaluate used, when it could be read
      if (reads !== undefined && !readsDiffer(pair.reads as readonly ReadDifference[], reads, day ?? parseCivilDate(before.acceptedOn))) continue;
      const after = evaluateParsed(parsed, candidateOptions);
      const c = outcomeChange(index, before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
      if (c === undefined) continue;
      countChange(summary, c, before, after);
      if (changes.length < keep) changes.push(c);
      onChange?.(c);
    } catch (e) {
      if (!(e instanceof ChurujingError)) throw e;
      summary.invalid++;
      for (const code of new Set(e.issues.map((i) => i.code))) SummaryBuilder.add(summary.invalidByCode, code);
      if (invalid.length < keep) invalid.push({ index, issues: e.issues });
    }
  }
  return { summary: summary.build(), changes, invalid };
}

const count = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative());
const counts = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), count);
/** What mergeOutcomeDiffs reads of each diff (a diff of diffOutcomes, or one read back from JSON). */
const outcomeDiffShape = /* @__PURE__ */ z.object({
  summary: /* @__PURE__ */ z.object({
    applications: count,
    invalid: count,
    unaffected: count,
    evaluated: count,
    changed: count,
    byKind: counts,
    byPath: counts,
    statusTransitions: counts,
    eligibility: /* @__PURE__ */ z.object({ becameIneligible: count, becameEligible: count }),
    reasonsAdded: counts,
    reasonsRemoved: counts,
    byOffice: counts,
    byDate: counts,
    fees: /* @__PURE__ */ z.object({ increased: count, decreased: count, deltaFen: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int()) }),
    invalidByCode: counts,
  }),
  changes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.looseObject({ index: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative()) })),
  invalid: /* @__PURE__ */ z.array(/* @__PURE__ */ z.looseObject({ index: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative()) })),
});

/**
 * Outcome diffs of disjoint parts of one population (shards, workers) as one: summaries added
 * up, changes and invalid applications merged by index and cut to `keep` (default 100) — the
 * same result, whatever the split, as one `diffOutcomes` over the whole.
 *
 * @throws `ValidationError` when an element is not an outcome diff.
 * @example
 * ```ts
 * const whole = mergeOutcomeDiffs([shard1, shard2], { keep: 20 });
 * whole.summary.changed === shard1.summary.changed + shard2.summary.changed; // true
 * ```
 */
export function mergeOutcomeDiffs(diffs: readonly OutcomeDiff[], options: { readonly keep?: number } = {}): OutcomeDiff {
  const issues: Issue[] = [];
  if (!Array.isArray(diffs)) issues.push({ path: ['diffs'], code: 'invalid-type', message: 'expected an array of outcome diffs' });
  else
    // index by index: forEach would skip the holes of a sparse array
    for (let i = 0; i < diffs.length; i++) {
      const r = outcomeDiffShape.safeParse(diffs[i], REPORT_INPUT);
      if (!r.success) issues.push(...issuesOf(r.error, ['diffs', i]));
    }
  if (options !== undefined && (typeof options !== 'object' || options === null)) issues.push({ path: ['options'], code: 'invalid-type', message: 'expected { keep? }' });
  const keep = (typeof options === 'object' && options !== null ? options.keep : undefined) ?? 100;
  if (!Number.isInteger(keep) || keep < 0) issues.push({ path: ['options', 'keep'], code: 'invalid-type', message: 'expected a whole number of at least 0' });
  if (issues.length > 0) throw new ValidationError({ 'zh-CN': '合并结果比较的参数无效', en: 'Invalid arguments of mergeOutcomeDiffs' }, issues);
  const s = new SummaryBuilder();
  for (const d of diffs) s.absorb(d.summary);
  const byIndex = <T extends { index: number }>(lists: readonly (readonly T[])[]) => lists.flat().sort((a, b) => a.index - b.index).slice(0, keep);
  return { summary: s.build(), changes: byIndex(diffs.map((d) => d.changes)), invalid: byIndex(diffs.map((d) => d.invalid)) };
}
