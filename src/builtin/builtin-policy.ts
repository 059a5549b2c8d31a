/**
 * The built-in policy: the national baseline and the local measures churujing ships, with an
 * empty what-if layer; and the validation, change and message functions bound to its tables.
 *
 * @module
 */
import { APPLICATION_REASONS } from '../eligibility/application.js';
import { EVALUATE_REASONS } from '../evaluate/evaluate-reasons.js';
import type { Change, Policy } from '../rules/policy.js';
import { type Locale, type Reason, type ReasonCatalogue, renderReason } from '../rules/reasons.js';
import type { Label, TableSpec } from '../rules/table.js';
import { type PolicyValidation, validatePolicyWith } from '../rules/validate-policy.js';
import { materializeUsing, withChangesUsing } from '../rules/with-changes.js';
import { deepFreeze } from '../rules/snapshot.js';
import { divisionOf } from '../rules/divisions.js';
import { DOCUMENT_PART } from './document-part.js';
import { ENDORSEMENT_PART } from './endorsement-part.js';
import { FEE_PART } from './fee-part.js';
import { MATERIAL_PART } from './material-part.js';
import { PLACE_PART } from './place-part.js';
import { type PolicyPart, assemblePolicy, partReasons, partTables } from './policy-part.js';
import { PROCESSING_PART } from './processing-part.js';
import { LOCAL_PRACTICE_PART } from './local-practice-part.js';

/** The parts of the built-in policy, one per area. */
const BUILTIN_PARTS: readonly PolicyPart[] = [DOCUMENT_PART, ENDORSEMENT_PART, FEE_PART, PROCESSING_PART, MATERIAL_PART, PLACE_PART, LOCAL_PRACTICE_PART];

/**
 * Every table the built-in policy knows.
 *
 * @example
 * ```ts
 * BUILTIN_TABLES.map((t) => t.id); // ['fee.passport.issue', …]
 * ```
 */
export const BUILTIN_TABLES: readonly TableSpec[] = /* @__PURE__ */ partTables(BUILTIN_PARTS);

/**
 * Every reason code churujing emits, with its messages.
 *
 * @example
 * ```ts
 * REASONS['fee.exemption.disabled']?.en; // 'Postage waived for disabled people'
 * ```
 */
export const REASONS: ReasonCatalogue = /* @__PURE__ */ deepFreeze({ ...partReasons(BUILTIN_PARTS), ...APPLICATION_REASONS, ...EVALUATE_REASONS });

let builtIn: Policy | undefined;

/**
 * The built-in policy, assembled from the areas' parts on first use, then shared (policies are
 * immutable values). Its tables are validated by the test suite, not at every start.
 *
 * @example
 * ```ts
 * const p = defaultPolicy();
 * policyAt(p, '2019-07-01').value(FEE_ITEM_TABLES.get('passport.issue')!); // 12000 fen
 * ```
 */
export function defaultPolicy(): Policy {
  return (builtIn ??= assemblePolicy('churujing-builtin', { 'zh-CN': 'churujing 内置政策', en: 'churujing built-in policy' }, BUILTIN_PARTS, divisionLabel));
}

/** A division's catalogue names, as a local measure's label. */
function divisionLabel(code: string): Label | undefined {
  const d = divisionOf(code);
  return d && { 'zh-CN': d['zh-CN'], en: d.en };
}

/**
 * Validates a policy (e.g. one read from JSON) against the built-in tables: every problem at
 * once, each with its path (a broken entry does not hide the overlap or gap after it), in
 * `options.locale` (each issue also carries `messages` in both locales). A valid policy comes
 * back deeply frozen, ready for `policyAt`.
 *
 * @throws `ValidationError` when `tables` is not an array of table specs or `options` is not
 * `{ locale }` (a bad policy is never thrown: it is reported).
 * @example
 * ```ts
 * const r = validatePolicy(JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.log(i.path.join('.'), i.code, i.message);
 * ```
 */
export function validatePolicy(input: unknown, tables: readonly TableSpec[] = BUILTIN_TABLES, options?: { readonly locale?: Locale }): PolicyValidation {
  return validatePolicyWith(input, tables, options);
}

/**
 * The policy with its what-if changes folded into its tables and an empty change layer
 * (validated first against `tables`; the result is deeply frozen): what the changes amount to,
 * as plain tables.
 *
 * @throws `PolicyValidationError` listing every problem of the policy.
 * @example
 * ```ts
 * const baked = materialize(withChanges(defaultPolicy(), changes));
 * baked.changes.length; // 0
 * ```
 */
export function materialize(policy: Policy, tables: readonly TableSpec[] = BUILTIN_TABLES): Policy {
  return materializeUsing(policy, tables);
}

/**
 * A new validated, deeply frozen policy with what-if changes on top (the baseline is not
 * touched). Adding n changes costs O(n log n): only they and the tables they touch are checked.
 *
 * @throws `PolicyValidationError` listing every problem (a `policy` that is not one — a JSON
 * policy without `changes`, say — included); `ValidationError` when `tables` is not an array of
 * table specs.
 * @example
 * ```ts
 * const cheaper = withChanges(defaultPolicy(), [{ op: 'set', table: 'fee.passport.issue', from: '2026-01-01', value: 6000, cite: { issuer: 'what-if', title: 'Passport fee halved' } }]);
 * ```
 */
export function withChanges(policy: Policy, changes: readonly Change[], tables: readonly TableSpec[] = BUILTIN_TABLES): Policy {
  return withChangesUsing(policy, changes, tables);
}

/**
 * A reason's message in zh-CN or en, from the built-in catalogue (an unknown code renders as
 * itself; identity numbers are masked).
 *
 * @throws `ValidationError` when `reason` is not a reason or `locale` not `'zh-CN'`/`'en'`.
 * @example
 * ```ts
 * reasonMessage({ code: 'fee.exemption.disabled', params: {} }, 'en'); // 'Postage waived for disabled people'
 * ```
 */
export function reasonMessage(reason: Reason, locale: Locale): string {
  return renderReason(reason, locale, REASONS);
}
