/**
 * The built-in policy: the national baseline and the local measures churujing ships, with an
 * empty what-if layer; and the validation, change and message functions bound to its tables.
 *
 * @module
 */
import { deepFreeze } from '../rules/snapshot.js';
import { FEE_LOCAL, FEE_NATIONAL, FEE_TABLES } from '../fees/fee-tables.js';
import { FEE_REASONS } from '../fees/fee-reasons.js';
import { PLACE_LOCAL, PLACE_NATIONAL, PLACE_REASONS, PLACE_TABLES } from '../eligibility/application-place.js';
import { EVALUATE_REASONS } from '../evaluate/evaluate-reasons.js';
import { MATERIAL_LOCAL, MATERIAL_NATIONAL, MATERIAL_REASONS, MATERIAL_TABLES } from '../eligibility/materials.js';
import { PROCESSING_LOCAL, PROCESSING_NATIONAL, PROCESSING_REASONS, PROCESSING_TABLES } from '../deadlines/processing-limits.js';
import { APPLICATION_REASONS } from '../eligibility/application.js';
import { DOCUMENT_LOCAL, DOCUMENT_NATIONAL, DOCUMENT_REASONS, DOCUMENT_TABLES } from '../documents/tables.js';
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_REASONS, ENDORSEMENT_TABLES } from '../documents/endorsements/tables.js';
import { divisionOf } from '../rules/divisions.js';
import type { Change, LocalMeasures, Policy } from '../rules/policy.js';
import { type Locale, type Reason, type ReasonCatalogue, renderReason } from '../rules/reasons.js';
import type { TableData, TableSpec } from '../rules/table.js';
import { type PolicyValidation, parsePolicy, validatePolicyWith } from '../rules/validate-policy.js';
import { withChangesUsing } from '../rules/with-changes.js';

/**
 * Every table the built-in policy knows.
 *
 * @example
 * ```ts
 * BUILTIN_TABLES.map((t) => t.id); // ['fee.passport.issue', …]
 * ```
 */
export const BUILTIN_TABLES: readonly TableSpec[] = [...DOCUMENT_TABLES, ...ENDORSEMENT_TABLES, ...FEE_TABLES, ...PROCESSING_TABLES, ...MATERIAL_TABLES, ...PLACE_TABLES];

/**
 * Every reason code churujing emits, with its messages.
 *
 * @example
 * ```ts
 * REASONS['fee.exemption.disabled']?.en; // 'Postage waived for disabled people'
 * ```
 */
export const REASONS: ReasonCatalogue = { ...DOCUMENT_REASONS, ...ENDORSEMENT_REASONS, ...FEE_REASONS, ...APPLICATION_REASONS, ...PROCESSING_REASONS, ...MATERIAL_REASONS, ...PLACE_REASONS, ...EVALUATE_REASONS };

const LOCALS: readonly Readonly<Record<string, Readonly<Record<string, TableData>>>>[] = [DOCUMENT_LOCAL, ENDORSEMENT_LOCAL, FEE_LOCAL, PROCESSING_LOCAL, MATERIAL_LOCAL, PLACE_LOCAL];

function localMeasures(): Record<string, LocalMeasures> {
  const out: Record<string, { label?: { 'zh-CN': string; en: string }; tables: Record<string, TableData> }> = {};
  for (const group of LOCALS) {
    for (const [code, tables] of Object.entries(group)) {
      const m = (out[code] ??= { tables: {} });
      const d = divisionOf(code);
      if (d) m.label = { 'zh-CN': d['zh-CN'], en: d.en };
      Object.assign(m.tables, tables);
    }
  }
  return out;
}

let builtIn: Policy | undefined;

/**
 * The built-in policy (validated once, then shared: policies are immutable values).
 *
 * @example
 * ```ts
 * const p = defaultPolicy();
 * policyAt(p, '2019-07-01').value(FEE_ITEM_TABLES.get('passport.issue')!); // 12000 fen
 * ```
 */
export function defaultPolicy(): Policy {
  return (builtIn ??= deepFreeze(
    parsePolicy({ schema: 'churujing.policy/1', id: 'churujing-builtin', title: { 'zh-CN': 'churujing 内置政策', en: 'churujing built-in policy' }, national: { ...DOCUMENT_NATIONAL, ...ENDORSEMENT_NATIONAL, ...FEE_NATIONAL, ...PROCESSING_NATIONAL, ...MATERIAL_NATIONAL, ...PLACE_NATIONAL }, local: localMeasures(), changes: [] }, BUILTIN_TABLES),
  ));
}


/**
 * Validates a policy (e.g. one read from JSON) against the built-in tables; every problem is
 * returned with its path.
 *
 * @example
 * ```ts
 * const r = validatePolicy(JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.log(i.path.join('.'), i.code, i.message);
 * ```
 */
export function validatePolicy(input: unknown, tables: readonly TableSpec[] = BUILTIN_TABLES): PolicyValidation {
  return validatePolicyWith(input, tables);
}

/**
 * A new validated policy with what-if changes on top (the baseline is not touched).
 *
 * @throws `PolicyValidationError` listing every problem.
 * @example
 * ```ts
 * const cheaper = withChanges(defaultPolicy(), [{ op: 'set', table: 'fee.passport.issue', from: '2026-01-01', value: 6000, cite: { issuer: 'what-if', title: 'Passport fee halved' } }]);
 * ```
 */
export function withChanges(policy: Policy, changes: readonly Change[], tables: readonly TableSpec[] = BUILTIN_TABLES): Policy {
  return withChangesUsing(policy, changes, tables);
}

/**
 * A reason's message in zh-CN or en, from the built-in catalogue.
 *
 * @example
 * ```ts
 * reasonMessage({ code: 'fee.exemption.disabled', params: {} }, 'en'); // 'Postage waived for disabled people'
 * ```
 */
export function reasonMessage(reason: Reason, locale: Locale): string {
  return renderReason(reason, locale, REASONS);
}
