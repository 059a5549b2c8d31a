/**
 * The kiosk policy: the built-in policy's tables that the self-service check reads, and nothing
 * else, so that a kiosk bundle carries only those. A kiosk check on it answers exactly as on
 * the whole built-in policy (the test suite compares them).
 *
 * @module
 */
import { ValidationError, isLocale } from '../rules/errors.js';
import type { Policy } from '../rules/policy.js';
import { type Locale, type Reason, type ReasonCatalogue, renderReason } from '../rules/reasons.js';
import { deepFreeze } from '../rules/snapshot.js';
import type { TableSpec } from '../rules/table.js';
import { KIOSK_PART, KIOSK_PART_DATA } from './kiosk-part.js';
import { assemblePolicy } from './policy-part.js';

let kiosk: Policy | undefined;

/**
 * The policy of a self-service kiosk: the kiosk tables, the residence-permit route and the
 * endorsement tables of the built-in policy (national and local), assembled on first use and
 * shared (deeply frozen). Resolve it at the kiosk's division and pass the view
 * to `canSelfServe`.
 *
 * @example
 * ```ts
 * const view = policyAt(kioskPolicy(), '2024-05-06', { division: '440304' });
 * canSelfServe(view, {
 *   kiosk: '440304', applicant: { hukou: '440304' }, permit: { form: 'card' },
 *   service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } },
 * }).ok; // true
 * ```
 */
export function kioskPolicy(): Policy {
  return (kiosk ??= assemblePolicy('churujing-kiosk', { 'zh-CN': 'churujing 自助签注政策', en: 'churujing kiosk policy' }, [KIOSK_PART_DATA]));
}

/**
 * The specs of the kiosk policy's tables.
 *
 * @example
 * ```ts
 * KIOSK_POLICY_TABLES.map((t) => t.id); // ['kiosk.services', 'kiosk.immediate', 'place.residence-permit', …]
 * ```
 */
export const KIOSK_POLICY_TABLES: readonly TableSpec[] = /* @__PURE__ */ (() => KIOSK_PART.tables)();

/**
 * The reasons a kiosk check gives (`kiosk.*`, and the endorsement rules' `endorsement.*`), with
 * their zh-CN and en messages.
 *
 * @example
 * ```ts
 * KIOSK_REASONS['kiosk.immediate']?.['zh-CN']; // '审批通过后现场制发，立等可取'
 * ```
 */
export const KIOSK_REASONS: ReasonCatalogue = /* @__PURE__ */ deepFreeze(KIOSK_PART_DATA.reasons);

/**
 * A kiosk reason's message in zh-CN or en (an unknown code renders as the code itself).
 *
 * @throws `ValidationError` when `reason` is not a reason or `locale` is not `'zh-CN'` or `'en'`.
 * @example
 * ```ts
 * kioskMessage({ code: 'kiosk.card-required', params: {} }, 'en'); // 'Kiosks serve only electronic card permits; …'
 * ```
 */
export function kioskMessage(reason: Reason, locale: Locale): string {
  const issues = [];
  const r: unknown = reason;
  if (r === null || typeof r !== 'object' || typeof (r as { code?: unknown }).code !== 'string') issues.push({ path: ['reason'], code: 'invalid-reason', message: 'expected a reason { code, params }' });
  else {
    const params: unknown = (r as { params?: unknown }).params;
    if (params !== undefined && (params === null || typeof params !== 'object')) issues.push({ path: ['reason', 'params'], code: 'invalid-params', message: 'expected an object of parameters' });
  }
  if (!isLocale(locale)) issues.push({ path: ['locale'], code: 'invalid-locale', message: "expected 'zh-CN' or 'en'" });
  if (issues.length > 0) throw new ValidationError({ 'zh-CN': '自助签注理由无效', en: 'Invalid kiosk reason' }, issues);
  // codes are data: only the catalogue's own entries render (never `constructor`, `__proto__`)
  if (!Object.hasOwn(KIOSK_REASONS, reason.code)) return reason.code;
  return renderReason({ code: reason.code, params: reason.params ?? {} }, locale, KIOSK_REASONS);
}
