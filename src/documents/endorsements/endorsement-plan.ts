/**
 * Endorsement decisions shared by the days of one rule state. A request on a permit of the
 * right kind and long enough is decided in two steps:
 *
 * 1. a plan (`PolicyView.tracked`), made without reading the date: the request's date is a
 *    placeholder, the applicant's date-derived facts enter as classes computed beforehand (the
 *    age when an option rule asks for one, the residence permit valid on the day, the admission
 *    or Taiwan study period ended), the national tables the decision reads are read beforehand
 *    and named in the key, as is whether a set table is read past its `verifiedThrough`; other
 *    places are read through the recording view's `at`. Every day whose rules answer those
 *    reads alike, with the same classes, shares the plan;
 * 2. a finish per request: each option's first and last day (from the date, the admission or
 *    study period, the Macau study cap, capped by the permit) and the date in the reasons that
 *    name it.
 *
 * The result equals the direct evaluation (`evaluateRequest` with the request as it is).
 *
 * @module
 */
import type { CivilDate } from '../../rules/civil-date.js';
import { type PolicyView, type ResolvedValue, viewOf } from '../../rules/policy-at.js';
import type { Policy } from '../../rules/policy.js';
import { noteRead, VERIFIED } from '../../rules/read-notes.js';
import type { Reason } from '../../rules/reasons.js';
import { deepFreeze } from '../../rules/snapshot.js';
import type { ValueTableHead } from '../../rules/table.js';
import { ageOnTrusted } from '../age.js';
import { type Destination, type EndorsementType, type HkmoEndorsementType, type TaiwanEndorsementType, isTypeOfDestination } from './catalogue.js';
import { endOf } from './dates.js';
import { HKMO_OPTION_TABLES, HKMO_STAY_TABLES, planRequest } from './endorsement-evaluation.js';
import type { EndorsementOptions, GrantedOption } from './endorsement-options.js';
import { D_MACAU_STUDY_CAP } from './hkmo-d-macau-study-cap.js';
import { G_CITIES } from './hkmo-g-cities.js';
import { TALENT_AREAS } from './hkmo-talent.js';
import { Lookup, type PlanReads } from './lookup.js';
import type { OptionSets } from './option.js';
import { type DayClasses, DATE_SLOT, type EndorsementPlan, type PlannedGrant, carriesDate } from './plan-shape.js';
import type { Applicant, EndorsementRequest } from './request.js';
import { TAIWAN_G_CITIES, TAIWAN_G_STAY_DAYS } from './taiwan-g.js';
import { TAIWAN_OPTIONS } from './taiwan-options.js';

/** A permit that never limits anything: a plan is made on it (the finish caps by the real one). */
const NEUTRAL_PERMIT = {
  hkmo: Object.freeze({ type: 'hkmo', form: 'card', expiry: '9999-12-31' } as const),
  taiwan: Object.freeze({ type: 'taiwan', form: 'card', expiry: '9999-12-31' } as const),
};

/** The set tables the decision reads (their verification on the day is a class of the key). */
const SETS: readonly string[] = [G_CITIES.id, TALENT_AREAS.id, TAIWAN_G_CITIES.id];

const NO_SPECS: readonly ValueTableHead<unknown>[] = Object.freeze([]);
const SPECS = new Map<string, readonly ValueTableHead<unknown>[]>();

/**
 * The national value tables the decision of a type may read (the option table first): read
 * before the plan, named in its key, and given to its lookups.
 */
function nationalSpecs(type: EndorsementType, destination: Destination): readonly ValueTableHead<unknown>[] {
  if (!isTypeOfDestination(type, destination)) return NO_SPECS;
  const k = `${type}|${destination}`;
  let specs = SPECS.get(k);
  if (specs === undefined) {
    const list: ValueTableHead<unknown>[] = [];
    if (destination === 'taiwan') {
      list.push(TAIWAN_OPTIONS[type as TaiwanEndorsementType]);
      if (type === 'G') list.push(TAIWAN_G_STAY_DAYS);
    } else {
      const t = type as HkmoEndorsementType;
      const stay = HKMO_STAY_TABLES[t];
      list.push(HKMO_OPTION_TABLES[t]);
      if (stay) list.push(stay);
      if (t === 'D' && destination === 'macau') list.push(D_MACAU_STUDY_CAP);
    }
    SPECS.set(k, (specs = Object.freeze(list)));
  }
  return specs;
}

/**
 * Every fact of the applicant the decision reads, as a key (permit and birth date aside: the
 * permit is applied by the finish, the birth date enters as the age when an option asks for
 * one). A residence permit's dates enter as its validity on `date`.
 *
 * @internal
 */
export function applicantKey(a: Applicant, date: CivilDate): string {
  let k = a.zone === undefined ? a.hukou : `${a.hukou}~${a.zone}`;
  const rp = a.residencePermit;
  if (rp) k += `|r${rp.division}${rp.zone ?? ''}${rp.validFrom <= date && (rp.validTo === undefined || date <= rp.validTo) ? '+' : '-'}`;
  if (a.registeredPersonnel) k += '|R';
  if (a.statePersonnel) k += '|P';
  if (a.employerApproval) k += '|E';
  if (a.relatives) {
    k += '|k';
    for (const r of a.relatives) k += `${r.relation}@${r.livesIn},`;
  }
  if (a.spouseWithMinorChild) k += '|M';
  if (a.hardshipApproved) k += '|H';
  if (a.business) k += `|b${a.business.kind}@${a.business.filingDivision ?? ''}`;
  if (a.purpose !== undefined) k += `|p${a.purpose}`;
  if (a.specialNeed) k += '|N';
  const adm = a.admission;
  if (adm) k += `|a${adm.destination}@${adm.kind}@${adm.until}`;
  if (a.talent) k += `|t${a.talent.category}@${a.talent.workDivision}`;
  const tw = a.taiwan;
  if (tw) k += `|w${tw.approval ? 'A' : ''}${tw.multipleEntry ? 'M' : ''}${tw.settlementApproved ? 'S' : ''}${tw.residenceApproved ? 'R' : ''}${tw.studyUntil ?? ''}`;
  return k;
}

/** The classes `date` puts the applicant's facts in; the age only when an option rule asks for one. */
function dayClasses(a: Applicant, date: CivilDate, usesAge: boolean): DayClasses {
  const rp = a.residencePermit;
  const study = a.taiwan?.studyUntil;
  return {
    residencePermitValid: rp !== undefined && rp.validFrom <= date && (rp.validTo === undefined || date <= rp.validTo),
    age: !usesAge ? null : a.birthDate === undefined ? undefined : a.birthDate > date ? 0 : ageOnTrusted(a.birthDate, date),
    admissionEnded: a.admission !== undefined && a.admission.until < date,
    studyEnded: study === undefined || study < date,
  };
}

/**
 * The plan of a request on a permit of the right kind and long enough, on `view` (the office's
 * view on the request's date, in the mode `flag` says): shared by every day of the same rules
 * and classes. `undefined` without the flag when a table the decision may read is past its
 * `verifiedThrough` (the direct evaluation then throws, or reads around it).
 *
 * @internal
 */
export function planOf(view: PolicyView, req: EndorsementRequest, policy: Policy, flag: boolean, facts: string): EndorsementPlan | undefined {
  const { type, destination, date } = req;
  const specs = nationalSpecs(type, destination);
  const national: ResolvedValue<unknown>[] = [];
  let nationalView: PolicyView | undefined;
  for (const spec of specs) {
    // these tables are national only (a policy cannot hold local measures of them), so the
    // office's answer is the national one; it is taken when it says so (a national entry in
    // force), else the national view is read (and always without the flag, which the plan's
    // lookups would otherwise read past a verifiedThrough)
    const here = flag ? view.value(spec) : undefined;
    const r = here !== undefined && here.inForce && here.source.level === 'national' ? here : (nationalView ??= viewOf(policy, date, { beyondVerified: 'flag' })).value(spec);
    if (r.unverified && !flag) return undefined;
    national.push(r);
  }
  let sets = 0;
  for (let i = 0; i < SETS.length; i++) {
    const t = policy.national[SETS[i] as string];
    noteRead((SETS[i] as string) + VERIFIED);
    if (t && date > t.verifiedThrough) sets |= 1 << i;
  }
  if (sets !== 0 && !flag) return undefined;
  const options = national[0] as ResolvedValue<OptionSets> | undefined;
  const usesAge = options !== undefined && options.inForce && (options.value[destination] ?? []).some((o) => o.when?.minAge !== undefined);
  const classes = dayClasses(req.applicant, date, usesAge);
  const classKey = `${classes.admissionEnded ? 1 : 0}${classes.studyEnded ? 1 : 0}${classes.age === null ? 'n' : classes.age === undefined ? '?' : classes.age}`;
  const key = ['endorsements.plan', type, destination, req.division, flag, facts, classKey, sets, ...national];
  return view.tracked(key, (v) => {
    const reads: PlanReads = {
      national(id) {
        const i = specs.findIndex((s) => s.id === id);
        if (i < 0) throw new Error(`table ${id} is not among the national reads of a plan`);
        return national[i] as ResolvedValue<unknown>;
      },
      setPast: (id) => (sets & (1 << SETS.indexOf(id))) !== 0,
    };
    const planned: EndorsementRequest = { ...req, date: DATE_SLOT, permit: NEUTRAL_PERMIT[destination === 'taiwan' ? 'taiwan' : 'hkmo'] };
    return deepFreeze(planRequest(planned, new Lookup(policy, DATE_SLOT, flag, v, reads), classes));
  });
}

/** The reasons with the request's date in place of the plan's. */
function withDate(reasons: readonly Reason[], date: CivilDate): readonly Reason[] {
  return Object.freeze(reasons.map((r) => (r.params.date === DATE_SLOT ? Object.freeze({ ...r, params: Object.freeze({ ...r.params, date }) }) : r)));
}

const NO_NOTES: readonly Reason[] = Object.freeze([]);

/** A granted option of a plan on the request's day: its first and last day, capped by the permit. */
function grantOn(g: PlannedGrant, req: EndorsementRequest): GrantedOption {
  const date = req.date;
  let natural = endOf(date, g.validity);
  let notes: Reason[] | undefined;
  if (natural === undefined) {
    // per admission: D (HK/Macau admission) or Taiwan X (study period)
    if (g.destination === 'taiwan') natural = req.applicant.taiwan?.studyUntil ?? date;
    else {
      natural = req.applicant.admission?.until ?? date;
      const cap = g.studyCap;
      if (cap !== undefined) {
        const capped = endOf(date, { months: cap.months }) as CivilDate;
        if (capped < natural) {
          natural = capped;
          notes = [cap.note];
        }
      }
    }
  }
  const expiry = req.permit.expiry;
  const cappedByPermit = expiry < natural;
  const validUntil = cappedByPermit ? expiry : natural;
  if (cappedByPermit) (notes ??= []).push(Object.freeze({ code: 'endorsement.option.capped-by-permit', params: Object.freeze({ validUntil, permitExpiry: expiry }) }));
  const n = notes === undefined ? NO_NOTES : Object.freeze(notes);
  const { id, type, destination, validity, entries, frequency, stay, regime, basis } = g;
  // the fields in the order the direct evaluation gives them, as literals (one shape each)
  if (regime === undefined) {
    if (frequency === undefined) return Object.freeze({ id, type, destination, validity, entries, stay, validFrom: date, validUntil, cappedByPermit, notes: n, basis });
    return Object.freeze({ id, type, destination, validity, entries, frequency, stay, validFrom: date, validUntil, cappedByPermit, notes: n, basis });
  }
  if (frequency === undefined) return Object.freeze({ id, type, destination, validity, entries, stay, regime, validFrom: date, validUntil, cappedByPermit, notes: n, basis });
  return Object.freeze({ id, type, destination, validity, entries, frequency, stay, regime, validFrom: date, validUntil, cappedByPermit, notes: n, basis });
}

/**
 * The decision of a plan on the request's day (the request the plan was made for, with its date
 * and permit): frozen, sharing the plan's parts.
 *
 * @internal
 */
export function finishPlan(plan: EndorsementPlan, req: EndorsementRequest): EndorsementOptions {
  const date = req.date;
  const { type, destination, basis, unverified } = plan;
  const refused = plan.datedRefused ? Object.freeze(plan.refused.map((o) => (carriesDate(o.reasons) ? Object.freeze({ ...o, reasons: withDate(o.reasons, date) }) : o))) : plan.refused;
  if (plan.status === 'refused') return Object.freeze({ type, destination, date, refused, basis, unverified, status: 'refused', reasons: plan.datedReasons ? withDate(plan.reasons, date) : plan.reasons });
  const options: GrantedOption[] = [];
  for (const g of plan.grants) options.push(grantOn(g, req));
  return Object.freeze({ type, destination, date, refused, basis, unverified, status: 'available', options: Object.freeze(options) });
}
