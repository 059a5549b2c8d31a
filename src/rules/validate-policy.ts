/**
 * Validating a policy: structure, every value against its table's spec, periods (order,
 * overlaps, gaps in continuous tables, inverted periods), citations, division codes and the
 * what-if changes. Every problem is reported with its path, never only the first: the policy is
 * checked table by table and entry by entry, so a broken entry (a missing citation, say) does
 * not hide the overlap two entries further on. Issues that only follow from an earlier one are
 * left out (an entry whose date is not a date takes no part in the period checks; a table of an
 * unknown name or of the wrong kind is not checked inside).
 *
 * @module
 */
import { trustPolicy } from './trusted-policies.js';
import * as z from 'zod/mini';
import { citationSchema } from './citation.js';
import { isDivisionCode } from './divisions.js';
import { materialize } from './apply-changes.js';
import { changeCitationIssues, policyCitationIssues } from './instrument-check.js';
import { type Issue, type Locale, type LocalizedText, ValidationError, isLocale, showValue } from './errors.js';
import { PolicyValidationError } from './policy-error.js';
import { civilDateSchema, spanOf } from './period.js';
import { type Change, type Policy, changeSchema } from './policy.js';
import { freezeInPlace, snapshot } from './snapshot.js';
import { labelSchema, type TableSpec } from './table.js';
import { issuesOf, REPORT_INPUT } from './zod-issues.js';

export { PolicyValidationError };

/**
 * Result of `validatePolicy`: the policy (deeply frozen), or every problem.
 *
 * @example
 * ```ts
 * const r: PolicyValidation = validatePolicy(json);
 * if (!r.ok) console.log(r.issues);
 * ```
 */
export type PolicyValidation = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly issues: readonly Issue[] };

/** Issue texts of the checks written here, in both locales. */
function issue(path: readonly PropertyKey[], code: string, messages: LocalizedText, locale: Locale): Issue {
  return { path, code, message: messages[locale], messages };
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

/** Reports keys of `o` outside `allowed`. */
function extraKeys(o: Obj, allowed: readonly string[], path: readonly PropertyKey[], issues: Issue[], locale: Locale): void {
  const extra = Object.keys(o).filter((k) => !allowed.includes(k));
  if (extra.length > 0) {
    const shown = extra.slice(0, 5).map((k) => showValue(k)).join(', ');
    issues.push(issue(path, 'unrecognized_keys', { 'zh-CN': `无法识别的键：${shown}`, en: `unrecognized key${extra.length === 1 ? '' : 's'}: ${shown}` }, locale));
  }
}

function parse(schema: z.ZodMiniType, value: unknown, path: readonly PropertyKey[], issues: Issue[], locale: Locale): boolean {
  const r = schema.safeParse(value, REPORT_INPUT);
  if (!r.success) issues.push(...issuesOf(r.error, path, locale));
  return r.success;
}

const idSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1));
const uncertainSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1));
const required = (locale: Locale, path: readonly PropertyKey[], what: string) =>
  issue(path, 'invalid_type', { 'zh-CN': `缺少或无效：应为${what}`, en: `missing or invalid: expected ${what}` }, locale);

/** Whether `value` is a real civil date `YYYY-MM-DD` (an issue otherwise). */
function civil(value: unknown, path: readonly PropertyKey[], issues: Issue[], locale: Locale): value is string {
  return parse(civilDateSchema, value, path, issues, locale);
}

/** Checks one table; returns whether it is whole enough for the changes to be folded into it. */
function checkTable(t: unknown, spec: TableSpec | undefined, path: readonly PropertyKey[], local: boolean, issues: Issue[], locale: Locale): boolean {
  const id = String(path[path.length - 1]);
  const before = issues.length;
  if (!spec) {
    issues.push(issue(path, 'unknown-table', { 'zh-CN': `没有名为${showValue(id)}的表`, en: `no table named ${showValue(id)}` }, locale));
    return false;
  }
  if (!isObject(t)) {
    issues.push(required(locale, path, 'a table object'));
    return false;
  }
  const kind = own(t, 'kind');
  if (kind !== 'value' && kind !== 'set') {
    issues.push(issue([...path, 'kind'], 'invalid_value', { 'zh-CN': '表类型应为value或set', en: "kind must be 'value' or 'set'" }, locale));
    return false;
  }
  if (spec.kind !== kind) {
    issues.push(issue([...path, 'kind'], 'wrong-kind', { 'zh-CN': `${id}是${spec.kind}表`, en: `${id} is a ${spec.kind} table` }, locale));
    return false;
  }
  if (local && !spec.local) issues.push(issue(path, 'not-local', { 'zh-CN': `${id}仅由全国规定设定，地方措施不能设定`, en: `${id} is national only: local measures cannot set it` }, locale));
  const itemsKey = kind === 'value' ? 'entries' : 'members';
  extraKeys(t, ['kind', 'verifiedThrough', itemsKey], path, issues, locale);
  civil(own(t, 'verifiedThrough'), [...path, 'verifiedThrough'], issues, locale);
  const items = own(t, itemsKey);
  if (!Array.isArray(items)) {
    issues.push(required(locale, [...path, itemsKey], 'an array'));
    return false;
  }
  // each item on its own; those whose period can be read take part in the period checks
  // an item whose period cannot be read is `undefined` here: the items on either side of it are not compared (a gap there would only follow from it)
  const dated: ({ i: number; from: string; start: number; end: number; member?: string } | undefined)[] = [];
  items.forEach((item: unknown, i) => {
    const at = [...path, itemsKey, i];
    if (!isObject(item)) {
      issues.push(required(locale, at, kind === 'value' ? 'an entry object' : 'a member object'));
      return;
    }
    extraKeys(item, kind === 'value' ? ['from', 'to', 'value', 'cite', 'uncertain'] : ['member', 'from', 'to', 'cite', 'uncertain'], at, issues, locale);
    parse(citationSchema, own(item, 'cite'), [...at, 'cite'], issues, locale);
    if (own(item, 'uncertain') !== undefined) parse(uncertainSchema, own(item, 'uncertain'), [...at, 'uncertain'], issues, locale);
    let member: string | undefined;
    if (spec.kind === 'value') {
      if (!Object.hasOwn(item, 'value')) issues.push(required(locale, [...at, 'value'], 'a value (null ends the rule)'));
      else if (item.value !== null) parse(spec.value, item.value, [...at, 'value'], issues, locale);
    } else {
      const m = own(item, 'member');
      if (typeof m !== 'string' || m === '') issues.push(required(locale, [...at, 'member'], 'a member string'));
      else if (parse(spec.member, m, [...at, 'member'], issues, locale)) member = m;
    }
    const from = own(item, 'from');
    const to = own(item, 'to');
    const fromOk = civil(from, [...at, 'from'], issues, locale);
    const toOk = to === undefined || civil(to, [...at, 'to'], issues, locale);
    if (!fromOk || !toOk) {
      dated.push(undefined);
      return;
    }
    const s = spanOf({ from: from as string, ...(to === undefined ? {} : { to: to as string }) });
    if (s.end <= s.start) {
      issues.push(issue([...at, 'to'], 'inverted-period', { 'zh-CN': `结束日${String(to)}早于开始日${String(from)}`, en: `to ${String(to)} is before from ${String(from)}` }, locale));
      dated.push(undefined);
      return;
    }
    if (spec.kind === 'set' && member === undefined) return;
    dated.push({ i, from: from as string, start: s.start, end: s.end, ...(member === undefined ? {} : { member }) });
  });
  if (spec.kind === 'value') {
    for (let k = 1; k < dated.length; k++) {
      const a = dated[k - 1];
      const b = dated[k];
      if (a === undefined || b === undefined) continue;
      const at = [...path, 'entries', b.i, 'from'];
      if (b.from <= a.from) issues.push(issue(at, 'out-of-order', { 'zh-CN': `条目须按开始日排序：${b.from}排在${a.from}之后`, en: `entries must be sorted by from: ${b.from} follows ${a.from}` }, locale));
      else if (b.start < a.end) issues.push(issue(at, 'overlap', { 'zh-CN': `${b.from}开始时上一条目尚未结束`, en: `${b.from} starts before the previous entry ends` }, locale));
      else if (spec.continuous && !local && b.start > a.end) {
        issues.push(issue(at, 'gap', { 'zh-CN': `${id}须连续：上一条目与${b.from}之间没有生效的值`, en: `${id} must be continuous: nothing is in force between the previous entry and ${b.from}` }, locale));
      }
    }
  } else {
    // members must be listed by start date (so that overlap checks see every pair); one member's periods must not overlap
    const lastEnd = new Map<string, number>();
    for (let k = 0; k < dated.length; k++) {
      const b = dated[k];
      const a = dated[k - 1];
      if (b === undefined) continue;
      const at = [...path, 'members', b.i, 'from'];
      if (a !== undefined && b.from < a.from) issues.push(issue(at, 'out-of-order', { 'zh-CN': `成员须按开始日排序：${b.from}排在${a.from}之后`, en: `members must be sorted by from: ${b.from} follows ${a.from}` }, locale));
      const m = b.member as string;
      const before = lastEnd.get(m);
      if (before !== undefined && b.start < before) issues.push(issue(at, 'overlap', { 'zh-CN': `${showValue(m)}在${b.from}已是成员`, en: `${showValue(m)} is already a member on ${b.from}` }, locale));
      lastEnd.set(m, Math.max(before ?? Number.NEGATIVE_INFINITY, b.end));
    }
  }
  return issues.length === before;
}

function checkChange(c: unknown, i: number, byId: ReadonlyMap<string, TableSpec>, national: Obj, issues: Issue[], locale: Locale): c is Change {
  const path = ['changes', i];
  const before = issues.length;
  if (!parse(changeSchema, c, path, issues, locale)) return false;
  const ch = c as Change;
  const spec = byId.get(ch.table);
  if (!spec || !Object.hasOwn(national, ch.table)) {
    issues.push(issue([...path, 'table'], 'unknown-table', { 'zh-CN': `本政策没有名为${showValue(ch.table)}的表`, en: `no table named ${showValue(ch.table)} in this policy` }, locale));
    return false;
  }
  const forSets = ch.op === 'add-member' || ch.op === 'remove-member';
  if ((spec.kind === 'set') !== forSets) issues.push(issue([...path, 'op'], 'wrong-kind', { 'zh-CN': `${ch.op}不适用于${spec.kind}表${ch.table}`, en: `${ch.op} does not apply to ${spec.kind} table ${ch.table}` }, locale));
  if (ch.division !== undefined) {
    if (!spec.local) issues.push(issue([...path, 'division'], 'not-local', { 'zh-CN': `${ch.table}仅由全国规定设定`, en: `${ch.table} is national only` }, locale));
    if (!isDivisionCode(ch.division)) issues.push(issue([...path, 'division'], 'unknown-division', { 'zh-CN': `${ch.division}不是已知的GB/T 2260行政区划`, en: `${ch.division} is not a known GB/T 2260 division` }, locale));
  }
  if (ch.op !== 'end' && ch.to !== undefined && ch.to < ch.from) issues.push(issue([...path, 'to'], 'inverted-period', { 'zh-CN': `结束日${ch.to}早于开始日${ch.from}`, en: `to ${ch.to} is before from ${ch.from}` }, locale));
  if (ch.op === 'set' && spec.kind === 'value' && ch.value !== null) parse(spec.value, ch.value, [...path, 'value'], issues, locale);
  if (forSets && spec.kind === 'set') parse(spec.member, ch.member, [...path, 'member'], issues, locale);
  return issues.length === before;
}

/** Whether `x` looks like a table spec (an id, a kind, and the schema its kind needs). */
function isSpec(x: unknown): x is TableSpec {
  if (!isObject(x) || typeof x.id !== 'string') return false;
  const schema = x.kind === 'value' ? x.value : x.kind === 'set' ? x.member : undefined;
  return isObject(schema) && typeof (schema as { safeParse?: unknown }).safeParse === 'function';
}

/** The table specs argument, checked (a `ValidationError` for anything else). @internal */
export function specsArgument(specs: unknown, path: readonly PropertyKey[] = ['tables'], locale: Locale = 'en'): readonly TableSpec[] {
  // a loop over every index, not every(): every() skips the holes of a sparse array
  const allSpecs = (a: readonly unknown[]) => {
    for (let i = 0; i < a.length; i++) if (!isSpec(a[i])) return false;
    return true;
  };
  if (Array.isArray(specs) && specs.length <= 100_000 && allSpecs(specs)) return specs;
  const messages = { 'zh-CN': '应为表规格的数组（如内置政策的表）', en: 'expected an array of table specs (such as the built-in tables)' };
  throw new ValidationError({ 'zh-CN': '表规格无效', en: 'Invalid table specs' }, [{ path, code: 'invalid-specs', message: messages[locale], messages }], locale);
}

/** The `locale` of an options object (absent: English); an unknown one is a `ValidationError`. */
function localeOf(options: unknown): Locale {
  if (options === undefined) return 'en';
  const locale = isObject(options) ? own(options, 'locale') : options;
  const extra = isObject(options) ? Object.keys(options).filter((k) => k !== 'locale') : [];
  if ((locale === undefined || isLocale(locale)) && extra.length === 0) return locale ?? 'en';
  const messages = { 'zh-CN': '选项应为 { locale: "zh-CN" | "en" }', en: "options must be { locale: 'zh-CN' | 'en' }" };
  throw new ValidationError({ 'zh-CN': '选项无效', en: 'Invalid options' }, [{ path: ['options'], code: 'invalid-options', message: messages.en, messages }]);
}

/** Policies this module validated, with the specs they were validated against. */
const VALIDATED = new WeakMap<object, readonly TableSpec[]>();

/**
 * Whether `policy` is one this module validated against `specs` (it is then deeply frozen, so
 * it still is valid). O(1).
 *
 * @internal
 * @example
 * ```ts
 * isValidatedWith(parsePolicy(json, specs), specs); // true
 * ```
 */
export function isValidatedWith(policy: unknown, specs: readonly TableSpec[]): boolean {
  return isObject(policy) && VALIDATED.get(policy) === specs;
}

/**
 * The specs a policy was validated against by this module, if it was.
 *
 * @internal
 * @example
 * ```ts
 * specsValidatedFor(withChanges(defaultPolicy(), changes)); // BUILTIN_TABLES
 * ```
 */
export function specsValidatedFor(policy: unknown): readonly TableSpec[] | undefined {
  return isObject(policy) ? VALIDATED.get(policy) : undefined;
}

/**
 * Validates a policy against table specs: every problem, with its path, in `options.locale`
 * (each issue also has `messages` in both locales). A valid policy is frozen (deeply, in place:
 * a policy is a value) and remembered, so validating it again costs nothing. Never throws for a
 * bad policy; throws a `ValidationError` when `specs` or `options` are not what they should be.
 *
 * @example
 * ```ts
 * const r = validatePolicyWith(JSON.parse(text), BUILTIN_TABLES);
 * if (r.ok) use(r.policy); else report(r.issues);
 * ```
 */
export function validatePolicyWith(input: unknown, specs: readonly TableSpec[], options?: { readonly locale?: Locale }): PolicyValidation {
  const locale = localeOf(options);
  const checkedSpecs = specsArgument(specs, ['tables'], locale);
  if (isValidatedWith(input, checkedSpecs)) return { ok: true, policy: input as Policy };
  if (!isObject(input)) return { ok: false, issues: [required(locale, [], 'a policy object')] };
  const byId = new Map(checkedSpecs.map((s) => [s.id, s]));
  const issues: Issue[] = [];
  extraKeys(input, ['schema', 'id', 'title', 'national', 'local', 'changes', 'instruments'], [], issues, locale);
  if (own(input, 'schema') !== 'churujing.policy/1') issues.push(issue(['schema'], 'invalid_value', { 'zh-CN': '应为"churujing.policy/1"', en: 'expected "churujing.policy/1"' }, locale));
  parse(idSchema, own(input, 'id'), ['id'], issues, locale);
  if (own(input, 'title') !== undefined) parse(labelSchema, own(input, 'title'), ['title'], issues, locale);
  const national = own(input, 'national');
  const sound = new Set<string>();
  if (!isObject(national)) issues.push(required(locale, ['national'], 'an object of tables by id'));
  else for (const [id, t] of Object.entries(national)) if (checkTable(t, byId.get(id), ['national', id], false, issues, locale)) sound.add(id);
  const local = own(input, 'local');
  if (!isObject(local)) issues.push(required(locale, ['local'], 'an object of local measures by division code'));
  else {
    for (const [code, m] of Object.entries(local)) {
      if (!isDivisionCode(code)) issues.push(issue(['local', code], 'unknown-division', { 'zh-CN': `${showValue(code)}不是已知的GB/T 2260行政区划`, en: `${showValue(code)} is not a known GB/T 2260 division` }, locale));
      if (!isObject(m)) {
        issues.push(required(locale, ['local', code], 'an object { label?, tables }'));
        continue;
      }
      extraKeys(m, ['label', 'tables'], ['local', code], issues, locale);
      if (own(m, 'label') !== undefined) parse(labelSchema, own(m, 'label'), ['local', code, 'label'], issues, locale);
      const tables = own(m, 'tables');
      if (!isObject(tables)) issues.push(required(locale, ['local', code, 'tables'], 'an object of tables by id'));
      else for (const [id, t] of Object.entries(tables)) checkTable(t, byId.get(id), ['local', code, 'tables', id], true, issues, locale);
    }
  }
  const changes = own(input, 'changes');
  let changesSound = Array.isArray(changes);
  if (!Array.isArray(changes)) issues.push(required(locale, ['changes'], 'an array of changes ([] for none)'));
  else changes.forEach((c: unknown, i) => (changesSound = checkChange(c, i, byId, isObject(national) ? national : {}, issues, locale) && changesSound));
  issues.push(...policyCitationIssues(input, locale));
  if (issues.length === 0) return settled(input, checkedSpecs, byId, [], locale, true);
  if (changesSound && Array.isArray(changes) && changes.length > 0 && isObject(national)) {
    // the tables are broken elsewhere: fold only where the changes meet sound tables
    const targets = new Set((changes as Change[]).filter((c) => c.division === undefined).map((c) => c.table));
    if ([...targets].every((id) => sound.has(id))) {
      const part = { schema: 'churujing.policy/1', id: 'x', national: Object.fromEntries([...targets].map((id) => [id, national[id]])), local: {}, changes: (changes as Change[]).filter((c) => c.division === undefined) };
      foldedIssues(part as unknown as Policy, byId, issues, locale);
    }
  }
  return { ok: false, issues };
}

/** Checks the tables the changes touch once they are folded in (a what-if value may open a gap). */
function foldedIssues(policy: Policy, byId: ReadonlyMap<string, TableSpec>, issues: Issue[], locale: Locale): Policy | undefined {
  if (policy.changes.length === 0) return undefined;
  const folded = materialize(policy);
  const touched = new Set(policy.changes.filter((c) => c.division === undefined).map((c) => c.table));
  for (const id of touched) checkTable(folded.national[id], byId.get(id), ['changes→national', id], false, issues, locale);
  return folded;
}

/**
 * A policy whose parts are all valid: its folded changes checked, then frozen (the caller's
 * object in place when `inPlace`, so that validating it again is O(1); else a frozen copy) and
 * remembered as validated.
 */
function settled(input: Obj, specs: readonly TableSpec[], byId: ReadonlyMap<string, TableSpec>, issues: Issue[], locale: Locale, inPlace: boolean): PolicyValidation {
  let policy: Policy;
  try {
    policy = (inPlace ? freezeInPlace(input) : snapshot(input)) as unknown as Policy;
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, issues: [...issues, ...e.issues] };
    throw e;
  }
  const folded = foldedIssues(policy, byId, issues, locale);
  if (issues.length > 0) return { ok: false, issues };
  VALIDATED.set(policy, specs);
  trustPolicy(policy, folded === undefined ? undefined : snapshot(folded));
  return { ok: true, policy };
}

/**
 * `policy` (validated against `specs`) with `changes` added to its what-if layer: only the new
 * changes and the tables they touch are checked, so adding n changes to a large policy costs
 * O(n log n), not the size of the policy.
 *
 * @internal
 * @example
 * ```ts
 * const r = validateAddedChanges(defaultPolicy(), changes, BUILTIN_TABLES, 'en');
 * ```
 */
export function validateAddedChanges(policy: unknown, changes: unknown, specs: unknown, locale: Locale = 'en'): PolicyValidation {
  const checkedSpecs = specsArgument(specs, ['tables'], locale);
  const base = validatePolicyWith(policy, checkedSpecs, { locale });
  if (!base.ok) return base;
  if (!Array.isArray(changes)) return { ok: false, issues: [required(locale, ['changes'], 'an array of changes')] };
  const byId = new Map(checkedSpecs.map((s) => [s.id, s]));
  const issues: Issue[] = [];
  const offset = base.policy.changes.length;
  changes.forEach((c: unknown, i) => checkChange(c, offset + i, byId, base.policy.national as Obj, issues, locale));
  issues.push(...changeCitationIssues(changes, offset, base.policy.instruments, locale));
  if (issues.length > 0) return { ok: false, issues };
  return settled({ ...base.policy, changes: [...base.policy.changes, ...changes] }, checkedSpecs, byId, issues, locale, false);
}

/**
 * A validated policy (deeply frozen), or a {@link PolicyValidationError} listing every problem.
 *
 * @example
 * ```ts
 * const policy = parsePolicy(JSON.parse(text), BUILTIN_TABLES);
 * ```
 */
export function parsePolicy(input: unknown, specs: readonly TableSpec[], options?: { readonly locale?: Locale }): Policy {
  const r = validatePolicyWith(input, specs, options);
  if (!r.ok) throw new PolicyValidationError(r.issues, localeOf(options));
  return r.policy;
}
