/**
 * Validating a policy: structure (zod), every value against its table's spec, periods (order,
 * overlaps, gaps in continuous tables, inverted periods), citations, division codes and the
 * what-if changes. Every problem is reported with its path, never only the first.
 *
 * @module
 */
import type * as z from 'zod';
import { materialize } from './apply-changes.js';
import { changeCitationIssues, policyCitationIssues } from './instrument-check.js';
import { isDivisionCode } from './divisions.js';
import { ChurujingError, type Issue } from './errors.js';
import { spanOf } from './period.js';
import { type Change, type Policy, policySchema } from './policy.js';
import type { TableData, TableSpec } from './table.js';

/**
 * A policy that does not validate; `issues` lists every problem with its path.
 *
 * @example
 * ```ts
 * try { parsePolicy(json, specs); } catch (e) {
 *   if (e instanceof PolicyValidationError) e.issues.forEach((i) => console.log(i.path.join('.'), i.code, i.message));
 * }
 * ```
 */
export class PolicyValidationError extends ChurujingError {
  constructor(issues: readonly Issue[]) {
    super('invalid-policy', `Invalid policy (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}${issues.length > 3 ? '; …' : ''}`, issues);
  }
}

/**
 * Result of {@link validatePolicyWith}.
 *
 * @example
 * ```ts
 * const r: PolicyValidation = validatePolicyWith(json, specs);
 * if (!r.ok) console.log(r.issues);
 * ```
 */
export type PolicyValidation = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly issues: readonly Issue[] };

function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[]): Issue[] {
  return error.issues.map((i) => ({ path: [...prefix, ...i.path], code: i.code, message: i.message }));
}

function checkTable(t: TableData, spec: TableSpec | undefined, path: readonly PropertyKey[], local: boolean, issues: Issue[]): void {
  const id = String(path[path.length - 1]);
  if (!spec) {
    issues.push({ path, code: 'unknown-table', message: `no table named ${id}` });
    return;
  }
  if (spec.kind !== t.kind) {
    issues.push({ path: [...path, 'kind'], code: 'wrong-kind', message: `${id} is a ${spec.kind} table` });
    return;
  }
  if (local && !spec.local) issues.push({ path, code: 'not-local', message: `${id} is national only: local measures cannot set it` });
  const items = t.kind === 'value' ? t.entries : t.members;
  const itemsKey = t.kind === 'value' ? 'entries' : 'members';
  let prevEnd: number | undefined;
  const lastEnd = new Map<string, number>();
  items.forEach((item, i) => {
    const at = [...path, itemsKey, i];
    const s = spanOf(item);
    if (s.end <= s.start) issues.push({ path: [...at, 'to'], code: 'inverted-period', message: `to ${item.to} is before from ${item.from}` });
    if (t.kind === 'value' && spec.kind === 'value') {
      const e = t.entries[i];
      if (e && e.value !== null) {
        const r = spec.value.safeParse(e.value);
        if (!r.success) issues.push(...zodIssues(r.error, [...at, 'value']));
      }
      if (prevEnd !== undefined) {
        const prevFrom = (t.entries[i - 1] as { from: string }).from;
        if (item.from <= prevFrom) issues.push({ path: [...at, 'from'], code: 'out-of-order', message: `entries must be sorted by from: ${item.from} follows ${prevFrom}` });
        else if (s.start < prevEnd) issues.push({ path: [...at, 'from'], code: 'overlap', message: `${item.from} starts before the previous entry ends` });
        else if (spec.continuous && !local && s.start > prevEnd) issues.push({ path: [...at, 'from'], code: 'gap', message: `${id} must be continuous: nothing is in force between the previous entry and ${item.from}` });
      }
      prevEnd = s.end;
    } else if (t.kind === 'set' && spec.kind === 'set') {
      const m = t.members[i];
      if (m) {
        const r = spec.member.safeParse(m.member);
        if (!r.success) issues.push(...zodIssues(r.error, [...at, 'member']));
        const before = lastEnd.get(m.member);
        if (before !== undefined && s.start < before) issues.push({ path: [...at, 'from'], code: 'overlap', message: `${m.member} is already a member on ${m.from}` });
        lastEnd.set(m.member, Math.max(before ?? Number.NEGATIVE_INFINITY, s.end));
      }
    }
  });
  if (t.kind === 'set') {
    // members must be listed by start date, so that overlap checks see every pair
    for (let i = 1; i < t.members.length; i++) {
      const a = t.members[i - 1] as { from: string };
      const b = t.members[i] as { from: string };
      if (b.from < a.from) issues.push({ path: [...path, 'members', i, 'from'], code: 'out-of-order', message: `members must be sorted by from: ${b.from} follows ${a.from}` });
    }
  }
}

function checkChange(c: Change, i: number, byId: ReadonlyMap<string, TableSpec>, national: Policy['national'], issues: Issue[]): void {
  const path = ['changes', i];
  const spec = byId.get(c.table);
  if (!spec || !national[c.table]) {
    issues.push({ path: [...path, 'table'], code: 'unknown-table', message: `no table named ${c.table} in this policy` });
    return;
  }
  const forSets = c.op === 'add-member' || c.op === 'remove-member';
  if ((spec.kind === 'set') !== forSets) issues.push({ path: [...path, 'op'], code: 'wrong-kind', message: `${c.op} does not apply to ${spec.kind} table ${c.table}` });
  if (c.division !== undefined) {
    if (!spec.local) issues.push({ path: [...path, 'division'], code: 'not-local', message: `${c.table} is national only` });
    if (!isDivisionCode(c.division)) issues.push({ path: [...path, 'division'], code: 'unknown-division', message: `${c.division} is not a known GB/T 2260 division` });
  }
  if (c.op !== 'end' && c.to !== undefined && c.to < c.from) issues.push({ path: [...path, 'to'], code: 'inverted-period', message: `to ${c.to} is before from ${c.from}` });
  if (c.op === 'set' && spec.kind === 'value' && c.value !== null) {
    const r = spec.value.safeParse(c.value);
    if (!r.success) issues.push(...zodIssues(r.error, [...path, 'value']));
  }
  if (forSets && spec.kind === 'set') {
    const r = spec.member.safeParse(c.member);
    if (!r.success) issues.push(...zodIssues(r.error, [...path, 'member']));
  }
}

/**
 * Validates a policy against table specs. Never throws; returns every problem.
 *
 * @example
 * ```ts
 * const r = validatePolicyWith(JSON.parse(text), BUILTIN_TABLES);
 * if (r.ok) use(r.policy); else report(r.issues);
 * ```
 */
export function validatePolicyWith(input: unknown, specs: readonly TableSpec[]): PolicyValidation {
  const parsed = policySchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error, []) };
  const policy = parsed.data as Policy;
  const byId = new Map(specs.map((s) => [s.id, s]));
  const issues: Issue[] = [];
  for (const [id, t] of Object.entries(policy.national)) checkTable(t, byId.get(id), ['national', id], false, issues);
  for (const [code, m] of Object.entries(policy.local)) {
    if (!isDivisionCode(code)) issues.push({ path: ['local', code], code: 'unknown-division', message: `${code} is not a known GB/T 2260 division` });
    for (const [id, t] of Object.entries(m.tables)) checkTable(t, byId.get(id), ['local', code, 'tables', id], true, issues);
  }
  policy.changes.forEach((c, i) => checkChange(c, i, byId, policy.national, issues));
  issues.push(...policyCitationIssues(policy));
  if (issues.length === 0 && policy.changes.length > 0) {
    // The folded result must be valid too (e.g. a what-if value that opens a gap).
    const folded = materialize(policy);
    for (const [id, t] of Object.entries(folded.national)) checkTable(t, byId.get(id), ['changes→national', id], false, issues);
  }
  return issues.length ? { ok: false, issues } : { ok: true, policy };
}

/**
 * A validated policy, or a {@link PolicyValidationError} listing every problem.
 *
 * @example
 * ```ts
 * const policy = parsePolicy(JSON.parse(text), BUILTIN_TABLES);
 * ```
 */
export function parsePolicy(input: unknown, specs: readonly TableSpec[]): Policy {
  const r = validatePolicyWith(input, specs);
  if (!r.ok) throw new PolicyValidationError(r.issues);
  return r.policy;
}
