/**
 * Appointments (预约) as a dated rule of the office: whether an applicant must book before
 * coming (全员预约), through which channels, and whether booking is a pre-acceptance
 * (预受理: the booking system checks eligibility, and only those who qualify can book).
 *
 * - national: online appointments offered from 2014-07-25 (公安部十六项便民利民措施), not required;
 * - Guangzhou (440100): every applicant books from 2013-03 (online, by phone, at the 预约机
 *   machines), booking checks eligibility (「广东省广州市公安局：创新服务拓出便民坦途」, 中国长安网,
 *   2014-02-19).
 *
 * The check a portal runs before it offers a slot is `appointmentCheck` (it runs the eligibility
 * parts of `evaluate`).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { cite, verbatim, MPS_2014_MEASURES, PRESS_GUANGZHOU_2014_02_19 } from '../rules/instruments/index.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type ValueTableData, defineValueTable } from '../rules/table.js';
import { type LocalPracticeReason, localReason } from './local-practice-reasons.js';
import { PLACE_VERIFIED_THROUGH } from './place-tables.js';

/**
 * The ways to book: online, by phone, at an appointment machine in the hall, or (Chengdu's
 * Saturdays) none: queue on the spot.
 *
 * @example
 * ```ts
 * APPOINTMENT_CHANNELS.includes('machine'); // true
 * ```
 */
export const APPOINTMENT_CHANNELS = /* @__PURE__ */ Object.freeze(['online', 'phone', 'machine'] as const);

/**
 * The value of `appointment.rule`.
 *
 * @example
 * ```ts
 * const r: AppointmentRule = { required: true, channels: ['online', 'phone', 'machine'], preAcceptance: true };
 * ```
 */
export interface AppointmentRule {
  readonly required: boolean;
  readonly channels: readonly (typeof APPOINTMENT_CHANNELS)[number][];
  /** Booking checks the applicant's eligibility: only those who qualify can book. */
  readonly preAcceptance: boolean;
}

/**
 * The appointment table spec.
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2013-06-03', { division: '440103' }).value(APPOINTMENT_RULE).inForce; // true: Guangzhou
 * ```
 */
export const APPOINTMENT_RULE = /* @__PURE__ */ defineValueTable<AppointmentRule>({
  id: 'appointment.rule',
  label: { 'zh-CN': '出入境办证预约', en: 'Appointments for exit-entry applications' },
  value: /* @__PURE__ */ z.strictObject({ required: /* @__PURE__ */ z.boolean(), channels: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(APPOINTMENT_CHANNELS)).check(/* @__PURE__ */ z.minLength(1)), preAcceptance: /* @__PURE__ */ z.boolean() }),
  local: true,
});

const table = (entries: ValueTableData<AppointmentRule>['entries']): ValueTableData<AppointmentRule> => ({ kind: 'value', verifiedThrough: PLACE_VERIFIED_THROUGH, entries });

const GUANGZHOU_2013: Citation = /* @__PURE__ */ cite(PRESS_GUANGZHOU_2014_02_19, {
  quote: verbatim('2013年3月，广州市公安局出入境管理支队正式开通全员预约服务……全员预约不同于其他预约方式，它是市民到窗口办证之前的必经步骤。“实质上是一种预受理。市民在预约时，系统会对申请人的办理资格进行审核，符合条件的才能成功预约。”'),
});

/**
 * National data of the appointment table.
 *
 * @example
 * ```ts
 * APPOINTMENT_NATIONAL['appointment.rule']?.entries[0]?.from; // '2014-07-25'
 * ```
 */
export const APPOINTMENT_NATIONAL: Readonly<Record<string, ValueTableData<AppointmentRule>>> = /* @__PURE__ */ Object.freeze({
  'appointment.rule': table([
    {
      from: '2014-07-25',
      value: { required: false, channels: ['online'], preAcceptance: false },
      cite: cite(MPS_2014_MEASURES, { note: 'Online appointments offered nationwide; not required.' }),
      uncertain: 'Before 2014-07-25 appointments were local practice (not known nationally).',
    },
  ]),
});

/**
 * Local measures of the appointment table: Guangzhou (440100) from 2013-03.
 *
 * @example
 * ```ts
 * Object.keys(APPOINTMENT_LOCAL); // ['440100']
 * ```
 */
export const APPOINTMENT_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<AppointmentRule>>>>> = /* @__PURE__ */ Object.freeze({
  '440100': {
    'appointment.rule': table([
      {
        from: '2013-03-01',
        value: { required: true, channels: ['online', 'phone', 'machine'], preAcceptance: true },
        cite: GUANGZHOU_2013,
        uncertain: 'The report gives the month (2013-03); the day is assumed. The 预约机 machines are of 2013 too (the report’s list of devices). No later source confirms that booking is still required; end it with { op: "end", table, division, from } where it lapsed.',
      },
    ]),
  },
});

/**
 * Whether an office requires an appointment on the view's date: `required`, `offered`, or
 * `unknown`, with the rule and its reason.
 *
 * @internal
 * @example
 * ```ts
 * appointmentRequirement(policyAt(defaultPolicy(), '2013-06-03', { division: '440103' })).status; // 'required'
 * ```
 */
export function appointmentRequirement(view: PolicyView): AppointmentRequirement {
  return view.tracked(['appointment.requirement'], requirementOf);
}

/** What {@link appointmentRequirement} answers. */
type AppointmentRequirement = { readonly status: 'required' | 'offered' | 'unknown'; readonly rule?: AppointmentRule; readonly reason: LocalPracticeReason; readonly unverified: boolean };

/** The appointment requirement under the rule `v` reads (frozen: shared by the days whose rule is the same). */
function requirementOf(v: PolicyView): AppointmentRequirement {
  const r = v.value(APPOINTMENT_RULE);
  if (!r.inForce) return Object.freeze({ status: 'unknown', reason: localReason('appointment.unknown'), unverified: r.unverified });
  const channels = r.value.channels.join(', ');
  return Object.freeze(
    r.value.required
      ? { status: 'required', rule: r.value, reason: localReason('appointment.required', { channels }, r.cite), unverified: r.unverified }
      : { status: 'offered', rule: r.value, reason: localReason('appointment.offered', { channels }, r.cite), unverified: r.unverified },
  );
}
