/**
 * The pre-acceptance check (预受理) a portal runs before it offers an appointment slot: the
 * eligibility parts of `evaluate` (place, channel, refusals, exit bans, validity, endorsement
 * options, services kept at the city's own office) on the application as it would be accepted
 * in the slot, and the office's appointment rule on that day. Where booking is a pre-acceptance
 * (Guangzhou's full appointment from 2013-03: only those who qualify can book), a slot is
 * offered only when every service may be granted; elsewhere the slot may be offered and the
 * problems are reported for the applicant to know before coming. Materials are not checked: they
 * are brought to the window.
 *
 * @module
 */
import { defaultPolicy } from '../builtin/builtin-policy.js';
import { appointmentRequirement } from '../eligibility/appointments.js';
import { localReason } from '../eligibility/local-practice-reasons.js';
import { reasonMessage } from '../builtin/builtin-policy.js';
import { type PolicyView, UnknownTableError, policyAt } from '../rules/policy-at.js';
import type { Reason } from '../rules/reasons.js';
import { type ExplainedReason, type Evaluation, type ServiceDecision, evaluate } from './evaluate.js';
import type { EvaluateOptions } from './evaluate-options.js';

/**
 * The answer of {@link appointmentCheck}.
 *
 * @example
 * ```ts
 * const c: AppointmentCheck = appointmentCheck(application);
 * if (c.slot === 'refuse') showReasons(c.reasons);
 * ```
 */
export interface AppointmentCheck {
  readonly office: string;
  readonly date: string;
  /** Whether the office requires an appointment on that day. */
  readonly appointment: 'required' | 'offered' | 'unknown';
  /** Booking checks eligibility (only those who qualify can book). */
  readonly preAcceptance: boolean;
  /** Whether the application passes the eligibility parts of evaluate. */
  readonly eligible: boolean;
  /** `may-offer` a slot, or `refuse` one (only where booking is a pre-acceptance and the check fails). */
  readonly slot: 'may-offer' | 'refuse';
  /** The services, each with whether it may be granted and why. */
  readonly services: readonly Pick<ServiceDecision, 'service' | 'label' | 'eligible' | 'reasons'>[];
  /** The appointment rule, the decision, and the reasons about the whole application (exit bans …). */
  readonly reasons: readonly ExplainedReason[];
  readonly unverified: boolean;
}

function explained(r: Reason): ExplainedReason {
  const message = Object.freeze({ 'zh-CN': reasonMessage(r, 'zh-CN'), en: reasonMessage(r, 'en') });
  return Object.freeze(r.cite ? { code: r.code, params: r.params, cite: r.cite, message } : { code: r.code, params: r.params, message });
}

function requirement(view: PolicyView): ReturnType<typeof appointmentRequirement> | undefined {
  try {
    return appointmentRequirement(view);
  } catch (e) {
    if (e instanceof UnknownTableError) return undefined;
    throw e;
  }
}

/**
 * Whether a portal may offer an appointment slot for an application (the application as it
 * would be accepted in that slot: `acceptedAt` is the slot's instant, `office` the hall), with
 * the office's appointment rule and every reason.
 *
 * @param options - as for `evaluate` (policy, locale …).
 * @throws `ValidationError` listing every problem of the application or the options (as `evaluate`).
 * @example
 * ```ts
 * const c = appointmentCheck({ ...SAMPLE_APPLICATION, office: { division: '440103' }, acceptedAt: '2013-06-03T09:00:00+08:00' });
 * c.appointment; // 'required': Guangzhou's full appointment (2013-03)
 * c.slot;        // 'may-offer' when every service may be granted, else 'refuse'
 * ```
 */
export function appointmentCheck(application: unknown, options?: EvaluateOptions): AppointmentCheck {
  const e: Evaluation = evaluate(application, options);
  const policy = options?.policy ?? defaultPolicy();
  const view = policyAt(policy, e.acceptedOn, { division: e.office, beyondVerified: 'flag' });
  const rule = requirement(view);
  const preAcceptance = rule?.rule?.preAcceptance === true;
  const eligible = e.status !== 'not-eligible';
  const slot = preAcceptance && !eligible ? 'refuse' : 'may-offer';
  const reasons: ExplainedReason[] = [];
  reasons.push(explained(rule?.reason ?? localReason('appointment.unknown')));
  if (preAcceptance) reasons.push(explained(localReason(eligible ? 'appointment.slot-may-be-offered' : 'appointment.slot-refused', {}, rule?.reason.cite)));
  for (const r of e.reasons) if (r.code !== 'appointment.required') reasons.push(r);
  return Object.freeze({
    office: e.office,
    date: e.acceptedOn,
    appointment: rule?.status ?? 'unknown',
    preAcceptance,
    eligible,
    slot,
    services: Object.freeze(e.services.map((s) => Object.freeze({ service: s.service, label: s.label, eligible: s.eligible, reasons: s.reasons }))),
    reasons: Object.freeze(reasons),
    unverified: e.unverified || rule?.unverified === true,
  });
}
