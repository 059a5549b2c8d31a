/**
 * The document tables assembled into a policy, as the maintainer will assemble them into the
 * built-in one (national + local + no changes), and a shorthand for views.
 */
import { type PolicyView, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { parsePolicy } from '../../src/rules/validate-policy.js';
import { DOCUMENT_LOCAL, DOCUMENT_NATIONAL, DOCUMENT_TABLES } from '../../src/documents/tables.js';

/** The documents-only policy, validated; with `changes`, a what-if on top. */
export function documentPolicy(changes: readonly Change[] = []): Policy {
  return parsePolicy(
    {
      schema: 'churujing.policy/1',
      id: 'documents-test',
      national: DOCUMENT_NATIONAL,
      local: Object.fromEntries(Object.entries(DOCUMENT_LOCAL).map(([c, t]) => [c, { tables: t }])),
      changes,
    },
    DOCUMENT_TABLES,
  );
}

export const POLICY = documentPolicy();

/** The policy on `date`, at `division` if given. */
export function at(date: string, division?: string, policy: Policy = POLICY): PolicyView {
  return policyAt(policy, date, division === undefined ? {} : { division });
}

/** Shifts a civil date by whole days (UTC arithmetic on the date only). */
export function shift(date: string, days: number): string {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
