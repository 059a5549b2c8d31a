/**
 * `churujing/kiosk`: the self-service endorsement check (自助签注) with only the built-in
 * policy's tables that it reads, for the small bundles of kiosk screens (no schema library).
 * `kioskPolicy()` holds those tables (kiosks, the residence-permit route, the endorsement
 * rules); resolve it at the kiosk with `policyAt` and call `canSelfServe`, which checks what it
 * is given like every function of the package. This entry's `policyAt` resolves the policies
 * the package built or validated (`kioskPolicy()`, `defaultPolicy()`, a `validatePolicy` or
 * `parsePolicy` result of `churujing`, a policy the root's `policyAt` has resolved) and refuses
 * any other with a `ValidationError` (`unknown-policy`): validate a policy file with `churujing`
 * first. Its exported values are deeply frozen (a view reads a table by its id:
 * `view.value('kiosk.services')`).
 *
 * @example
 * ```ts
 * import { canSelfServe, kioskMessage, kioskPolicy, policyAt } from 'churujing/kiosk';
 * const view = policyAt(kioskPolicy(), '2024-05-06', { division: '440304' });
 * const r = canSelfServe(view, {
 *   kiosk: '440304', applicant: { hukou: '440304' }, permit: { form: 'card' },
 *   service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } },
 * });
 * r.reasons.map((x) => kioskMessage(x, 'zh-CN'));
 * ```
 * @module kiosk
 */
export { KIOSK_REASONS, kioskMessage, kioskPolicy } from './builtin/kiosk-policy.js';
export { canSelfServe, canSelfServeValidated, type SelfServeInput, type SelfServeOptions, type SelfServeResult } from './eligibility/self-service.js';
export type { KioskOffer, KioskRule, KioskScope } from './eligibility/kiosk-tables.js';
export { DEFAULT_SCHEME_LOOKUPS, type RegimeAtPlace, type SchemeLookups } from './eligibility/place-lookups.js';
export type { PlaceApplicant } from './eligibility/place-applicant.js';
export type { PlaceReason, PlaceReasonCode } from './eligibility/place-reasons.js';
export type { Service as PlaceService } from './eligibility/place-services.js';
export { PolicyView, UnknownTableError, UnverifiedDateError, policyAtKnown as policyAt, type PolicyAtOptions, type ResolvedValue, type RuleSource } from './rules/policy-at.js';
export type { Policy } from './rules/policy.js';
export type { Locale, Reason } from './rules/reasons.js';
export { UnknownDivisionError, isDivisionCode, prefectureCodeOf } from './rules/divisions.js';
export { ChurujingError, InvalidDateError, ValidationError, type Issue } from './rules/errors.js';
export type { Citation } from './rules/citation.js';
export type { CivilDate } from './rules/civil-date.js';
