/**
 * The properties policy testers state about a change, checked on an outcome diff: "this change
 * touches only fees", "no application becomes ineligible", "only offices under 2301 are
 * affected". Each is read from the summary (so it holds for the whole population, however
 * large) and illustrated with the kept changes that break it.
 *
 * @module
 */
import * as z from 'zod/mini';
import { ValidationError } from '../rules/errors.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import type { OutcomeChange, OutcomeDiff } from './diff-outcomes.js';
import { CHANGE_KINDS, type ChangeKind } from './outcome-summary.js';

/**
 * What a tester expects of an outcome diff. Every field is optional; each one given is checked.
 *
 * @example
 * ```ts
 * const e: OutcomeExpectations = { onlyKinds: ['fees'], noneBecomeIneligible: true, onlyOfficesUnder: '2301' };
 * ```
 */
export interface OutcomeExpectations {
  /** Changes only of these kinds ("this change touches only fees": `['fees']`). */
  readonly onlyKinds?: readonly ChangeKind[];
  /** No application has a service that could be granted before and not after, nor becomes `not-eligible`. */
  readonly noneBecomeIneligible?: boolean;
  /** Only applications at offices whose code starts with these digits change (`'2301'`: Harbin). */
  readonly onlyOfficesUnder?: string;
  /** At most this many applications change. */
  readonly maxChanged?: number;
  /** No application is invalid. */
  readonly noInvalid?: boolean;
}

/**
 * An expectation an outcome diff breaks.
 *
 * @example
 * ```ts
 * const f: OutcomeViolation = { expectation: 'onlyKinds', count: 3, message: { 'zh-CN': '…', en: '3 applications change in other ways: processing' }, examples: [] };
 * ```
 */
export interface OutcomeViolation {
  readonly expectation: keyof OutcomeExpectations;
  /** How many applications break it. */
  readonly count: number;
  readonly message: { readonly 'zh-CN': string; readonly en: string };
  /** Kept changes that break it (at most five). */
  readonly examples: readonly OutcomeChange[];
}

const schema = /* @__PURE__ */ z.strictObject({
  onlyKinds: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(CHANGE_KINDS as unknown as [ChangeKind, ...ChangeKind[]]))),
  noneBecomeIneligible: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  onlyOfficesUnder: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{1,6}$/, 'expected the first digits of a GB/T 2260 code'))),
  maxChanged: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0))),
  noInvalid: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});

const diffSchema = /* @__PURE__ */ z.looseObject({ summary: /* @__PURE__ */ z.looseObject({ changed: /* @__PURE__ */ z.number(), byKind: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()), byOffice: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()) }), changes: /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()), invalid: /* @__PURE__ */ z.array(/* @__PURE__ */ z.unknown()) });

/**
 * The expectations `diff` breaks (`[]` when it meets them all), each with the number of
 * applications that break it, a message in zh-CN and en, and up to five kept examples.
 *
 * @throws `ValidationError` listing every problem of the arguments.
 * @example
 * ```ts
 * const d = diffOutcomes({ baseline, candidate, applications });
 * checkOutcomeDiff(d, { onlyKinds: ['fees'], noneBecomeIneligible: true }); // [] when the change only moves fees
 * ```
 */
export function checkOutcomeDiff(diff: OutcomeDiff, expectations: OutcomeExpectations): OutcomeViolation[] {
  const d = diffSchema.safeParse(diff, REPORT_INPUT);
  const e = schema.safeParse(expectations, REPORT_INPUT);
  if (!d.success || !e.success) {
    throw new ValidationError({ 'zh-CN': '检查结果比较的参数无效', en: 'Invalid arguments of checkOutcomeDiff' }, [...(d.success ? [] : issuesOf(d.error, ['diff'])), ...(e.success ? [] : issuesOf(e.error, ['expectations']))]);
  }
  const x = e.data;
  const s = diff.summary;
  const out: OutcomeViolation[] = [];
  const examples = (p: (c: OutcomeChange) => boolean) => diff.changes.filter(p).slice(0, 5);
  if (x.onlyKinds) {
    const allowed = new Set<string>(x.onlyKinds);
    const other = Object.keys(s.byKind).filter((k) => !allowed.has(k));
    if (other.length > 0) {
      const bad = examples((c) => c.kinds.some((k) => !allowed.has(k)));
      // an application may count under several kinds: the largest count is a lower bound
      const count = Math.max(...other.map((k) => s.byKind[k as ChangeKind] ?? 0));
      out.push({ expectation: 'onlyKinds', count, message: { 'zh-CN': `有申请发生了${other.join('、')}方面的变化（只应有${x.onlyKinds.join('、') || '无'}）`, en: `applications change in ${other.join(', ')} (only ${x.onlyKinds.join(', ') || 'nothing'} expected)` }, examples: bad });
    }
  }
  if (x.noneBecomeIneligible) {
    const toNot = Object.entries(s.statusTransitions).filter(([k]) => k.endsWith('→not-eligible')).reduce((n, [, v]) => n + v, 0);
    const count = Math.max(s.eligibility.becameIneligible, toNot);
    if (count > 0) out.push({ expectation: 'noneBecomeIneligible', count, message: { 'zh-CN': `${count}份申请变为不符合条件`, en: `${count} application${count === 1 ? '' : 's'} become ineligible` }, examples: examples((c) => c.status?.after === 'not-eligible' || c.changes.some((v) => v.kind === 'eligibility' && v.before === true && v.after === false)) });
  }
  if (x.onlyOfficesUnder !== undefined) {
    const prefix = x.onlyOfficesUnder;
    const offices = Object.keys(s.byOffice).filter((o) => !o.startsWith(prefix));
    if (offices.length > 0) {
      const count = offices.reduce((n, o) => n + (s.byOffice[o] ?? 0), 0);
      out.push({ expectation: 'onlyOfficesUnder', count, message: { 'zh-CN': `${count}份${prefix}以外受理单位的申请发生变化（${offices.slice(0, 5).join('、')}${offices.length > 5 ? '等' : ''}）`, en: `${count} application${count === 1 ? '' : 's'} at offices outside ${prefix} change (${offices.slice(0, 5).join(', ')}${offices.length > 5 ? ', …' : ''})` }, examples: examples((c) => !c.office.startsWith(prefix)) });
    }
  }
  if (x.maxChanged !== undefined && s.changed > x.maxChanged) {
    out.push({ expectation: 'maxChanged', count: s.changed, message: { 'zh-CN': `${s.changed}份申请发生变化，多于${x.maxChanged}份`, en: `${s.changed} applications change, more than ${x.maxChanged}` }, examples: diff.changes.slice(0, 5) });
  }
  if (x.noInvalid && s.invalid > 0) {
    out.push({ expectation: 'noInvalid', count: s.invalid, message: { 'zh-CN': `${s.invalid}份申请无效`, en: `${s.invalid} application${s.invalid === 1 ? ' is' : 's are'} invalid` }, examples: [] });
  }
  return out;
}
