/**
 * The shape of an endorsement decision shared by the days of one rule state (see
 * `endorsement-plan.ts`): the classes a day puts the applicant's facts in, the placeholder of
 * the date in reasons, and the plan — the decision with its dates left out.
 *
 * @module
 */
import type { CivilDate } from '../../rules/civil-date.js';
import type { Reason } from '../../rules/reasons.js';
import type { Destination, EndorsementType } from './catalogue.js';
import type { GrantedOption, RefusedOption } from './endorsement-options.js';
import type { RuleRef } from './lookup.js';

/**
 * What a shared plan is evaluated with instead of the date (see `endorsement-plan.ts`): the
 * classes the day puts the applicant's facts in. `age` is the age on the day when an option rule
 * of the type asks for one (`undefined` without a birth date), `null` when none does.
 *
 * @internal
 */
export interface DayClasses {
  readonly residencePermitValid: boolean;
  readonly age: number | undefined | null;
  /** The admission ended before the day. */
  readonly admissionEnded: boolean;
  /** No Taiwan study period, or it ended before the day. */
  readonly studyEnded: boolean;
}

/** The date of a plan's request: reasons carry it in their `date` parameter, where the finish puts the request's date. @internal */
export const DATE_SLOT: CivilDate = '\u0000date';

/**
 * A granted option of a plan, without its dates (first and last day, the permit's cap): the
 * finish works them out from the request's date, permit and admission or study period.
 *
 * @internal
 */
export type PlannedGrant = Omit<GrantedOption, 'validFrom' | 'validUntil' | 'cappedByPermit' | 'notes'> & {
  /** The Macau study cap in force (a per-admission option for a study admission in Macau): it ends the option when earlier than the admission. */
  readonly studyCap?: { readonly months: number; readonly note: Reason };
};

/**
 * The decision on one request for every day of the same rules and day classes: as
 * `EndorsementOptions` without the dates (see `DayClasses`, `DATE_SLOT`).
 *
 * @internal
 */
export interface EndorsementPlan {
  readonly type: EndorsementType;
  readonly destination: Destination;
  readonly status: 'available' | 'refused';
  /** The reasons of a refused decision. */
  readonly reasons: readonly Reason[];
  readonly refused: readonly RefusedOption[];
  /** The options of an available decision. */
  readonly grants: readonly PlannedGrant[];
  readonly basis: readonly RuleRef[];
  readonly unverified: boolean;
  /** Some reason of `reasons`, of `refused`, carries the date. */
  readonly datedReasons: boolean;
  readonly datedRefused: boolean;
}

/**
 * Whether some reason carries the date of a plan (in its `date` parameter).
 *
 * @internal
 */
export function carriesDate(reasons: readonly Reason[]): boolean {
  for (const r of reasons) if (r.params.date === DATE_SLOT) return true;
  return false;
}
