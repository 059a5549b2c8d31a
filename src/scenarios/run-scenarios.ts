/**
 * `runScenarios`: evaluate each scenario's application under the policy (with the file's and
 * the scenario's what-if changes) and check each expectation, saying for every one that fails
 * the path, what was expected and what the result holds.
 *
 * @module
 */
import * as z from 'zod/mini';
import { BUILTIN_TABLES, defaultPolicy, withChanges } from '../builtin/builtin-policy.js';
import { type EvaluateOptions, evaluate } from '../evaluate/evaluate.js';
import { parseApplication } from '../eligibility/application.js';
import { deepEqual } from '../impact/diff-values.js';
import { parsePath, type PathSegment, valueAt } from '../impact/result-paths.js';
import type { citationSchema } from '../rules/citation.js';
import { ChurujingError, type Issue, ValidationError } from '../rules/errors.js';
import { type Change, type Policy, policySchema } from '../rules/policy.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { localeOption } from '../rules/locale-option.js';
import { scenarioFileSchema, scenarioSchema } from './scenario-schema.js';
import { expandParsedShortApplication, shortApplicationSchema } from './short-application.js';

/**
 * One expectation checked: where, which check, what was expected, what the result holds.
 *
 * @example
 * ```ts
 * const c: CheckResult = { path: 'fees.totalFen', check: 'equals', expected: 12000, actual: 16000, ok: false };
 * ```
 */
export interface CheckResult {
  readonly path: string;
  readonly check: 'equals' | 'oneOf' | 'contains' | 'includesCode' | 'excludesCode' | 'exists';
  readonly expected: unknown;
  /** The value at the path (for the code checks: the codes found under it). */
  readonly actual: unknown;
  readonly ok: boolean;
}

/**
 * The result of one scenario.
 *
 * @example
 * ```ts
 * const r: ScenarioResult = runScenarios([scenario]).results[0];
 * r.ok; r.failures; // the checks that failed, with expected and actual
 * ```
 */
export interface ScenarioResult {
  readonly name: string;
  /** Its position in the input (from 0). */
  readonly index: number;
  /** The scenario's source, as written. */
  readonly source: z.output<typeof citationSchema> | readonly z.output<typeof citationSchema>[];
  readonly ok: boolean;
  readonly checks: readonly CheckResult[];
  readonly failures: readonly CheckResult[];
}

/**
 * What {@link runScenarios} returns.
 *
 * @example
 * ```ts
 * const r: ScenarioRun = runScenarios(file);
 * r.failed === 0;
 * ```
 */
export interface ScenarioRun {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly ScenarioResult[];
}

/**
 * Options of {@link runScenarios}.
 *
 * @example
 * ```ts
 * const o: RunScenariosOptions = { policy: withChanges(defaultPolicy(), changes), locale: 'zh-CN' };
 * ```
 */
export interface RunScenariosOptions {
  /** The policy the scenarios run on (default: the built-in policy); scenarios' changes go on top. */
  readonly policy?: Policy;
  /** The locale of the error raised for bad input (default `en`). */
  readonly locale?: 'zh-CN' | 'en';
}

type Check = CheckResult['check'];

/** Every reason code under a value. */
function codesUnder(v: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(v)) for (const x of v) codesUnder(x, out);
  else if (v !== null && typeof v === 'object') {
    const code = (v as { code?: unknown }).code;
    if (typeof code === 'string' && Object.hasOwn(v, 'params')) out.add(code);
    for (const k of Object.keys(v)) if (k !== 'params' && k !== 'cite') codesUnder((v as Record<string, unknown>)[k], out);
  }
  return out;
}

/** Whether `actual` has everything `expected` has: fields of objects, elements of lists (anywhere in the list), equal scalars. */
function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.every((e) => actual.some((a) => contains(a, e)));
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, e]) => Object.hasOwn(actual, k) && contains((actual as Record<string, unknown>)[k], e));
  }
  return deepEqual(actual, expected);
}

function check(result: unknown, path: string, segments: readonly PathSegment[], c: Record<string, unknown>): CheckResult {
  const kind = Object.keys(c).find((k) => k !== 'path') as Check;
  const expected = c[kind];
  const value = valueAt(result, segments);
  switch (kind) {
    case 'equals':
      return { path, check: kind, expected, actual: value, ok: deepEqual(value, expected) };
    case 'oneOf':
      return { path, check: kind, expected, actual: value, ok: (expected as unknown[]).some((e) => deepEqual(value, e)) };
    case 'contains':
      return { path, check: kind, expected, actual: value, ok: contains(value, expected) };
    case 'exists':
      return { path, check: kind, expected, actual: value, ok: (value !== undefined) === expected };
    case 'includesCode':
    case 'excludesCode': {
      const wanted = typeof expected === 'string' ? [expected] : (expected as string[]);
      const found = codesUnder(value);
      const ok = kind === 'includesCode' ? wanted.every((w) => found.has(w)) : wanted.every((w) => !found.has(w));
      return { path, check: kind, expected, actual: [...found].sort(), ok };
    }
  }
}

const optionsSchema = /* @__PURE__ */ z.strictObject({ policy: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.unknown()), locale: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['zh-CN', 'en'])) });
const inputSchema = /* @__PURE__ */ z.union([scenarioFileSchema, /* @__PURE__ */ z.array(scenarioSchema)]);

/**
 * Runs scenarios (a scenario file's content, or a list of scenarios): each application is
 * evaluated under the policy with the file's and the scenario's changes, and each expectation
 * checked. A scenario passes when every expectation holds.
 *
 * @throws `ValidationError` listing every problem of the input at once — the scenarios' shape,
 * every application that `parseApplication` rejects, every change set `withChanges` rejects,
 * the options — with paths into the input (`scenarios.3.application.acceptedAt`). A scenario
 * whose expectations fail is not an error: it is a failed result.
 * @example
 * ```ts
 * import { parse } from 'yaml';
 * import { readFileSync } from 'node:fs';
 * import { runScenarios } from 'churujing';
 *
 * const run = runScenarios(parse(readFileSync('scenarios/fees.yaml', 'utf8')));
 * for (const r of run.results.filter((x) => !x.ok)) {
 *   for (const f of r.failures) console.log(r.name, f.path, 'expected', f.expected, 'got', f.actual);
 * }
 * ```
 */
export function runScenarios(input: unknown, options: RunScenariosOptions = {}): ScenarioRun {
  const locale = localeOption(options);
  const title = { 'zh-CN': '场景输入无效', en: 'Invalid scenarios' };
  const o = optionsSchema.safeParse(options ?? {}, REPORT_INPUT);
  const p = o.success && o.data.policy !== undefined ? policySchema.safeParse(o.data.policy, REPORT_INPUT) : undefined;
  const parsed = inputSchema.safeParse(input, REPORT_INPUT);
  const issues: Issue[] = [...(o.success ? [] : issuesOf(o.error, ['options'], locale)), ...(p && !p.success ? issuesOf(p.error, ['options', 'policy'], locale) : [])];
  if (!parsed.success) {
    // report the issues of the form the input looks like (a file, or a list), not of both
    const asFile = Array.isArray(input) ? z.array(scenarioSchema).safeParse(input, REPORT_INPUT) : scenarioFileSchema.safeParse(input, REPORT_INPUT);
    issues.push(...(asFile.success ? [] : issuesOf(asFile.error, [], locale)));
    throw new ValidationError(title, issues, locale);
  }
  const file = Array.isArray(parsed.data) ? { scenarios: parsed.data, changes: undefined } : parsed.data;
  const prefix = Array.isArray(parsed.data) ? [] : ['scenarios'];
  const base = (o.success && o.data.policy !== undefined ? o.data.policy : defaultPolicy()) as Policy;
  const fileChanges = (file.changes ?? []) as Change[];
  const policies = new Map<string, Policy>();
  const reported = new Set<string>();
  const prepared = file.scenarios.map((s, i) => {
    const at = [...prefix, i];
    const changes: Change[] = [...fileChanges, ...((s.changes ?? []) as Change[])];
    let policy: Policy | undefined = base;
    if (changes.length > 0) {
      const key = JSON.stringify(changes);
      policy = policies.get(key);
      if (policy === undefined) {
        try {
          policy = withChanges(base, changes, BUILTIN_TABLES);
          policies.set(key, policy);
        } catch (e) {
          if (!(e instanceof ChurujingError)) throw e;
          for (const issue of e.issues) {
            // withChanges numbers the changes after the policy's own: map them back to the file's or the scenario's
            const k = typeof issue.path[1] === 'number' && issue.path[0] === 'changes' ? issue.path[1] - base.changes.length : -1;
            const path = k < 0 ? [...at, 'changes'] : k < fileChanges.length ? ['changes', k, ...issue.path.slice(2)] : [...at, 'changes', k - fileChanges.length, ...issue.path.slice(2)];
            const id = `${path.join('.')} ${issue.code}`;
            if (!reported.has(id)) issues.push({ ...issue, path });
            reported.add(id);
          }
        }
      }
    }
    const raw = s.application as Record<string, unknown>;
    const short = shortApplicationSchema.safeParse(raw, REPORT_INPUT);
    const application = Object.hasOwn(raw, 'existingDocuments') && Object.hasOwn(raw, 'office') ? raw : short.success ? expandParsedShortApplication(short.data) : raw;
    try {
      parseApplication(application, s.asOf === undefined ? {} : { asOf: s.asOf });
    } catch (e) {
      if (!(e instanceof ChurujingError)) throw e;
      for (const issue of e.issues) issues.push({ ...issue, path: [...at, 'application', ...issue.path] });
    }
    return { scenario: s, application, policy };
  });
  if (issues.length > 0) throw new ValidationError(title, issues, locale);

  const results: ScenarioResult[] = prepared.map(({ scenario: s, application, policy }, index) => {
    const opts: { -readonly [K in keyof EvaluateOptions]: EvaluateOptions[K] } = { policy: policy as Policy };
    if (s.asOf !== undefined) opts.asOf = s.asOf;
    if (s.options?.deferredOptIn !== undefined) opts.deferredOptIn = s.options.deferredOptIn;
    if (s.options?.badCredit !== undefined) opts.badCredit = s.options.badCredit;
    const result = evaluate(application, opts);
    const checks = (s.expect as ({ path: string } & Record<string, unknown>)[]).map((e) => {
      const segments = (parsePath(e.path) as { ok: true; path: PathSegment[] }).path;
      return check(result, e.path, segments, e);
    });
    const failures = checks.filter((c) => !c.ok);
    return { name: s.name, index, source: s.source, ok: failures.length === 0, checks, failures };
  });
  const failed = results.filter((r) => !r.ok).length;
  return { passed: results.length - failed, failed, results };
}
