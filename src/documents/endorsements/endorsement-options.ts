/**
 * `endorsementOptions`: the endorsements an office may grant for one request, as data — every
 * option with its validity (end date capped by the permit), entries and stay, and for every
 * option or type refused, the reasons (stable codes, typed parameters, citations). The rules are
 * read from a {@link Policy} (national tables, local measures, what-if changes), so the same
 * function answers for any date and any policy variant.
 *
 * Decision outline (FACTS §8), as implemented:
 * 1. the type exists for the destination; the permit is of the right kind and valid (and, if a
 *    policy sets a minimum remaining validity, has enough left); registered state personnel
 *    have their employer's approval;
 * 2. the type's option table is in force on the date (talent from 2023-02-20, Taiwan G ended
 *    2019-08-01 …); tourist types are not suspended for the applicant's place;
 * 3. the type's own eligibility (G: a scheme city by hukou or accepted residence permit; T: a
 *    relative there; S: a business status; D: an admission; talent: a category and an area;
 *    Taiwan: approvals, pilot city …);
 * 4. the office may accept it (place-of-application table);
 * 5. each option rule's conditions (relatives, age, business kind, purpose …); G adds the city
 *    regimes of the applicant's hukou or residence (Shenzhen, Zhuhai, Hengqin).
 * Type-level reasons are all collected (never only the first); options are evaluated only when
 * the type is available.
 *
 * Conventions: the endorsement is taken to be issued on `date`; its last day is
 * `endorsementEndDate` (the day before the anniversary, a missing anniversary rolling forward —
 * the shared `expiryDate` rule), capped by the permit's expiry; ages are whole years on `date`
 * (shared `ageOn`).
 *
 * @module
 */
import { screenHkmoOffences } from './hkmo-offence-screen.js';
import type { CivilDate } from '../../rules/civil-date.js';
import type { Issue, Locale } from '../../rules/errors.js';
import { parseOrThrow } from '../../rules/zod-issues.js';
import { type MemoPart,type PolicyView, type ResolvedValue, policyAt } from '../../rules/policy-at.js';
import type { Policy } from '../../rules/policy.js';
import type { Reason } from '../../rules/reasons.js';
import type { ValueTableSpec } from '../../rules/table.js';
import { type Destination, type EndorsementType, type HkmoEndorsementType, type TaiwanEndorsementType, isTypeOfDestination } from './catalogue.js';
import { ageOnTrusted } from '../age.js';
import { addDays, earlierOf, endOf } from './dates.js';
import { D_MACAU_STUDY_CAP } from './hkmo-d-macau-study-cap.js';
import { D_OPTIONS } from './hkmo-d-options.js';
import { G_CITIES } from './hkmo-g-cities.js';
import { type CityRegime, G_CITY_REGIMES } from './hkmo-g-city-regimes.js';
import { G_OPTIONS } from './hkmo-g-options.js';
import { G_RESIDENCE_PERMIT } from './hkmo-g-residence-permit.js';
import { L_OPTIONS } from './hkmo-l-options.js';
import { HKMO_PLACE } from './hkmo-place.js';
import { Q_OPTIONS } from './hkmo-q-options.js';
import { Q_STAY_DAYS } from './hkmo-q-stay.js';
import { S_OPTIONS } from './hkmo-s-options.js';
import { S_STAY_DAYS } from './hkmo-s-stay.js';
import { T_OPTIONS } from './hkmo-t-options.js';
import { TALENT_AREAS, TALENT_OPTIONS, TALENT_STAY_DAYS } from './hkmo-talent.js';
import { TOURISM_SUSPENSION } from './hkmo-tourism-suspension.js';
import { TOURISM_STAY_DAYS } from './hkmo-tourism-stay.js';
import { Lookup, type RuleRef, notInForce } from './lookup.js';
import type { Conditions, Entries, OptionRule, OptionSets, Stay, Validity } from './option.js';
import { PERMIT_MIN_REMAINING_DAYS } from './permit-min-remaining.js';
import type { PlaceRule } from './place.js';
import { cityOf, isWithin, provinceOf } from './places.js';
import { type Applicant, type EndorsementRequest, endorsementRequestSchema } from './request.js';
import { TAIWAN_G_CITIES, TAIWAN_G_RESIDENCE_PERMIT, TAIWAN_G_STAY_DAYS } from './taiwan-g.js';
import { TAIWAN_OPTIONS } from './taiwan-options.js';
import { TAIWAN_PLACE } from './taiwan-place.js';
import {
  cite,
  CPC_2003_REGISTERED_PERSONNEL,
  GUIDE_GUANGDONG_S_2018,
  GUIDE_HKMO_ENDORSEMENTS,
  GUIDE_TAIWAN_ENDORSEMENTS_LATER,
  GUIDE_TAIWAN_ENDORSEMENTS_OLDER,
  NIA_2023_TALENT,
  NIA_2024_XIAN_QINGDAO,
  REG_HKMO_1986,
  REG_TAIWAN_1991,
  TAIWAN_INDIVIDUAL_2011,
} from '../../rules/instruments/index.js';
import { deepFreeze } from '../../rules/snapshot.js';

/**
 * An option the office may grant.
 *
 * @example
 * ```ts
 * const o: GrantedOption = {
 *   id: 'G.hong-kong.1y.single', type: 'G', destination: 'hong-kong', validity: { years: 1 }, entries: 'single',
 *   stay: { kind: 'days-per-entry', days: 7 }, validFrom: '2024-03-06', validUntil: '2025-03-05', cappedByPermit: false,
 *   notes: [], basis: [],
 * };
 * ```
 */
export interface GrantedOption {
  /** Stable id: `<type>.<destination>.<option id>` (a city regime: `<type>.<destination>.<regime id>`). */
  readonly id: string;
  readonly type: EndorsementType;
  readonly destination: Destination;
  readonly validity: Validity;
  readonly entries: Entries;
  readonly frequency?: 'once-per-natural-week';
  readonly stay: Stay;
  /** The city regime that grants it, if any. */
  readonly regime?: string;
  /** First valid day: the issue (application) date. */
  readonly validFrom: CivilDate;
  /** Last valid day, capped by the permit's expiry. */
  readonly validUntil: CivilDate;
  readonly cappedByPermit: boolean;
  /** Notes on the figures (capped by the permit, Macau study cap …). */
  readonly notes: readonly Reason[];
  /** The rules that set this option (table, citation, period). */
  readonly basis: readonly RuleRef[];
}

/**
 * An option the office may not grant this applicant, with why.
 *
 * @example
 * ```ts
 * const r: RefusedOption = { id: 'T.hong-kong.senior.1y.multi', type: 'T', destination: 'hong-kong', validity: { years: 1 }, entries: 'multi', reasons: [] };
 * ```
 */
export interface RefusedOption {
  readonly id: string;
  readonly type: EndorsementType;
  readonly destination: Destination;
  readonly validity: Validity;
  readonly entries: Entries;
  readonly frequency?: 'once-per-natural-week';
  readonly regime?: string;
  readonly reasons: readonly Reason[];
}

/**
 * What every decision carries, available or refused.
 *
 * @example
 * ```ts
 * const b: EndorsementDecisionBase = { type: 'G', destination: 'macau', date: '2025-01-01', refused: [], basis: [], unverified: false };
 * ```
 */
export interface EndorsementDecisionBase {
  readonly type: EndorsementType;
  readonly destination: Destination;
  readonly date: CivilDate;
  /** Options of the type that this applicant may not have, with reasons. */
  readonly refused: readonly RefusedOption[];
  /** Every rule read to reach the decision. */
  readonly basis: readonly RuleRef[];
  /** Some table was read past its `verifiedThrough` (only with `beyondVerified: 'flag'`). */
  readonly unverified: boolean;
}

/**
 * The decision: `available` with the options that may be granted (and those refused), or
 * `refused` with every reason.
 *
 * @example
 * ```ts
 * const r = endorsementOptions(request, { policy });
 * if (r.status === 'available') r.options.map((o) => o.validUntil);
 * else r.reasons.map((x) => renderReason(x, 'zh-CN', ENDORSEMENT_REASONS));
 * ```
 */
export type EndorsementOptions =
  | (EndorsementDecisionBase & { readonly status: 'available'; readonly options: readonly GrantedOption[] })
  | (EndorsementDecisionBase & { readonly status: 'refused'; readonly reasons: readonly Reason[] });

/**
 * Options of {@link endorsementOptions}: the policy to read, and what to do past a table's
 * `verifiedThrough` (`'error'`, the default, throws `UnverifiedDateError`; `'flag'` answers with
 * `unverified: true`).
 *
 * @example
 * ```ts
 * const o: EndorsementOptionsSettings = { policy, beyondVerified: 'flag' };
 * ```
 */
export interface EndorsementOptionsSettings {
  /** Defaults to the built-in policy. */
  readonly policy?: Policy;
  readonly beyondVerified?: 'error' | 'flag';
  /** The locale of error messages (default `en`; every issue carries both). */
  readonly locale?: Locale;
}

const HKMO_OPTION_TABLES: Readonly<Record<HkmoEndorsementType, ValueTableSpec<OptionSets>>> = {
  T: T_OPTIONS,
  S: S_OPTIONS,
  L: L_OPTIONS,
  G: G_OPTIONS,
  Q: Q_OPTIONS,
  D: D_OPTIONS,
  talent: TALENT_OPTIONS,
};

const HKMO_STAY_TABLES: Partial<Record<HkmoEndorsementType, ValueTableSpec<number>>> = {
  S: S_STAY_DAYS,
  L: TOURISM_STAY_DAYS,
  G: TOURISM_STAY_DAYS,
  Q: Q_STAY_DAYS,
  talent: TALENT_STAY_DAYS,
};

/** A place the applicant qualifies through: hukou or a residence permit valid on the date. */
interface Basis {
  readonly basis: 'hukou' | 'residence-permit';
  readonly division: string;
  readonly zone: 'hengqin' | undefined;
}

class Evaluation {
  readonly req: EndorsementRequest;
  readonly a: Applicant;
  readonly look: Lookup;
  readonly reasons: Reason[] = [];
  readonly granted: GrantedOption[] = [];
  readonly refused: RefusedOption[] = [];
  /** For G: the places through which the applicant is in the scheme. */
  qualifying: Basis[] = [];

  constructor(req: EndorsementRequest, look: Lookup) {
    this.req = req;
    this.a = req.applicant;
    this.look = look;
  }

  get date(): CivilDate {
    return this.req.date;
  }

  /** The applicant's places: hukou, and a residence permit valid on the date. */
  get places(): Basis[] {
    const out: Basis[] = [{ basis: 'hukou', division: this.a.hukou, zone: this.a.zone }];
    const rp = this.a.residencePermit;
    if (rp && rp.validFrom <= this.date && (rp.validTo === undefined || this.date <= rp.validTo)) out.push({ basis: 'residence-permit', division: rp.division, zone: rp.zone });
    return out;
  }

  checkPermit(): void {
    const { permit, destination, date } = this.req;
    const wanted = destination === 'taiwan' ? 'taiwan' : 'hkmo';
    if (permit.type !== wanted) {
      this.reasons.push({ code: 'endorsement.permit.wrong-type', params: { permit: permit.type, destination }, cite: destination === 'taiwan' ? TAIWAN_MEASURES : HKMO_MEASURES_ART22 });
    }
    if (permit.expiry < date) {
      this.reasons.push({ code: 'endorsement.permit.expired', params: { expiry: permit.expiry, date } });
      return;
    }
    const min = this.look.value(PERMIT_MIN_REMAINING_DAYS, this.req.division);
    if (min.inForce && permit.expiry < addDays(date, min.value)) {
      this.reasons.push({ code: 'endorsement.permit.too-little-validity', params: { expiry: permit.expiry, minDays: min.value }, cite: min.cite });
    }
  }

  checkApproval(): void {
    if (this.a.registeredPersonnel && !this.a.employerApproval) this.reasons.push({ code: 'endorsement.registered-personnel.no-approval', params: {}, cite: cite(CPC_2003_REGISTERED_PERSONNEL) });
  }

  /** The option table in force, or a reason. */
  options(spec: ValueTableSpec<OptionSets>, ended?: Reason): readonly OptionRule[] | undefined {
    const r = this.look.value(spec);
    if (!r.inForce) {
      this.reasons.push(r.reason === 'ended' && ended ? { ...ended, ...(r.cite ? { cite: r.cite } : {}) } : notInForce(r, this.date));
      return undefined;
    }
    return r.value[this.req.destination] ?? [];
  }

  /** Whether the office may accept the application under these rules. */
  placeAllows(rule: PlaceRule, type: EndorsementType): boolean {
    const office = this.req.division;
    const a = this.a;
    const viaHukou = type !== 'G' || this.qualifying.some((q) => q.basis === 'hukou');
    switch (rule.where) {
      case 'anywhere':
        return true;
      case 'hukou':
        return viaHukou && cityOf(office) === cityOf(a.hukou);
      case 'residence-permit':
        return this.places.some((p) => p.basis === 'residence-permit' && cityOf(office) === cityOf(p.division)) && (type !== 'G' || this.qualifying.some((q) => q.basis === 'residence-permit'));
      case 'hukou-province':
        return viaHukou && !(rule.notForRegisteredPersonnel && a.registeredPersonnel) && provinceOf(office) === provinceOf(a.hukou);
      case 'filing-place':
        return a.business?.filingDivision !== undefined && cityOf(office) === cityOf(a.business.filingDivision);
      case 'work-place':
        return a.talent !== undefined && cityOf(office) === cityOf(a.talent.workDivision);
      case 'area': {
        const t = a.talent;
        if (!t || (rule.onlyFor && !rule.onlyFor.includes(t.category))) return false;
        return this.look.members(TALENT_AREAS, t.workDivision).some((m) => isWithin(office, m.member));
      }
    }
  }

  checkPlace<K extends string>(spec: ValueTableSpec<Readonly<Record<K, readonly PlaceRule[]>>>, type: K & EndorsementType): void {
    const r = this.look.value(spec, this.req.division);
    if (!r.inForce) {
      this.reasons.push(notInForce(r, this.date));
      return;
    }
    const rules = r.value[type];
    if (!rules.some((rule) => this.placeAllows(rule, type))) {
      this.reasons.push({ code: 'endorsement.place.wrong-office', params: { office: this.req.division, allowed: rules.map((x) => x.where + (x.onlyFor ? `(${x.onlyFor.join('/')})` : '')).join(', ') }, cite: r.cite });
    }
  }

  /** Reasons an option's conditions fail (empty when they hold). */
  conditionsFail(when: Conditions | undefined): Reason[] {
    if (!when) return [];
    const a = this.a;
    const dest = this.req.destination;
    const out: Reason[] = [];
    const here = (a.relatives ?? []).filter((r) => r.livesIn === dest).map((r) => r.relation);
    if (when.relations && !when.relations.some((r) => here.includes(r))) out.push({ code: 'endorsement.option.relation', params: { relations: when.relations.join(', '), destination: dest } });
    if (when.minAge !== undefined) {
      if (a.birthDate === undefined) out.push({ code: 'endorsement.option.age-unknown', params: { minAge: when.minAge } });
      else {
        const age = a.birthDate > this.date ? 0 : ageOnTrusted(a.birthDate, this.date);
        if (age < when.minAge) out.push({ code: 'endorsement.option.min-age', params: { minAge: when.minAge, age } });
      }
    }
    if (when.spouseWithMinorChild && !a.spouseWithMinorChild) out.push({ code: 'endorsement.option.spouse-with-minor-child', params: {} });
    if (when.hardshipApproved && !a.hardshipApproved) out.push({ code: 'endorsement.option.hardship-approval', params: {} });
    if (when.business && !(a.business && when.business.includes(a.business.kind))) out.push({ code: 'endorsement.option.business', params: { kinds: when.business.join(', ') } });
    if (when.purposes && !(a.purpose && when.purposes.includes(a.purpose))) out.push({ code: 'endorsement.option.purpose', params: { purposes: when.purposes.join(', ') } });
    if (when.specialNeed && !a.specialNeed) out.push({ code: 'endorsement.option.special-need', params: {} });
    if (when.talent && !(a.talent && when.talent.includes(a.talent.category))) out.push({ code: 'endorsement.option.talent-category', params: { categories: when.talent.join(', ') } });
    if (when.taiwanMultiple && !a.taiwan?.multipleEntry) out.push({ code: 'endorsement.option.taiwan-multiple', params: {} });
    return out;
  }

  /** End date of an option before the permit cap, with notes. */
  naturalEnd(validity: Validity, notes: Reason[]): CivilDate {
    const end = endOf(this.date, validity);
    if (end !== undefined) return end;
    // per admission: D (HK/Macau admission) or Taiwan X (study period)
    if (this.req.destination === 'taiwan') return this.a.taiwan?.studyUntil ?? this.date;
    const admission = this.a.admission;
    let until = admission?.until ?? this.date;
    if (admission?.kind === 'study' && this.req.destination === 'macau') {
      const cap = this.look.value(D_MACAU_STUDY_CAP);
      if (cap.inForce) {
        const capped = endOf(this.date, { months: cap.value }) as CivilDate;
        if (capped < until) {
          until = capped;
          notes.push({ code: 'endorsement.option.macau-study-cap', params: { months: cap.value }, cite: cap.cite });
        }
      }
    }
    return until;
  }

  grant(o: { id: string; validity: Validity; entries: Entries; stay: Stay; frequency?: 'once-per-natural-week'; regime?: string; basis: readonly RuleRef[] }): void {
    const notes: Reason[] = [];
    const natural = this.naturalEnd(o.validity, notes);
    const expiry = this.req.permit.expiry;
    const validUntil = earlierOf(natural, expiry);
    const cappedByPermit = expiry < natural;
    if (cappedByPermit) notes.push({ code: 'endorsement.option.capped-by-permit', params: { validUntil, permitExpiry: expiry } });
    this.granted.push({
      id: o.id,
      type: this.req.type,
      destination: this.req.destination,
      validity: o.validity,
      entries: o.entries,
      ...(o.frequency ? { frequency: o.frequency } : {}),
      stay: o.stay,
      ...(o.regime ? { regime: o.regime } : {}),
      validFrom: this.date,
      validUntil,
      cappedByPermit,
      notes,
      basis: o.basis,
    });
  }

  refuse(o: { id: string; validity: Validity; entries: Entries; frequency?: 'once-per-natural-week'; regime?: string }, reasons: Reason[]): void {
    this.refused.push({
      id: o.id,
      type: this.req.type,
      destination: this.req.destination,
      validity: o.validity,
      entries: o.entries,
      ...(o.frequency ? { frequency: o.frequency } : {}),
      ...(o.regime ? { regime: o.regime } : {}),
      reasons,
    });
  }

  /** Grants or refuses each rule; `stay` is the type's default stay. */
  evaluateRules(rules: readonly OptionRule[], optionsRef: readonly RuleRef[], stayOf: () => { stay: Stay; ref?: RuleRef } | Reason): void {
    for (const rule of rules) {
      const id = `${this.req.type}.${this.req.destination}.${rule.id}`;
      const fails = this.conditionsFail(rule.when);
      if (fails.length) {
        this.refuse({ id, validity: rule.validity, entries: rule.entries }, fails);
        continue;
      }
      let stay = rule.stay;
      const basis = [...optionsRef];
      if (!stay) {
        const s = stayOf();
        if ('code' in s) {
          this.refuse({ id, validity: rule.validity, entries: rule.entries }, [s]);
          continue;
        }
        stay = s.stay;
        if (s.ref) basis.push(s.ref);
      }
      this.grant({ id, validity: rule.validity, entries: rule.entries, stay, basis });
    }
  }

  stayFrom(spec: ValueTableSpec<number> | undefined): () => { stay: Stay; ref?: RuleRef } | Reason {
    return () => {
      if (!spec) return { stay: { kind: 'per-permission' } };
      const r = this.look.value(spec);
      if (!r.inForce) return notInForce(r, this.date);
      return { stay: { kind: 'days-per-entry', days: r.value }, ref: refOf(r) };
    };
  }

  result(): EndorsementOptions {
    const base = { type: this.req.type, destination: this.req.destination, date: this.date, refused: this.refused, basis: this.look.used, unverified: this.look.unverified };
    if (this.reasons.length) return { ...base, status: 'refused', reasons: this.reasons };
    if (this.granted.length === 0) return { ...base, status: 'refused', reasons: [{ code: 'endorsement.no-option', params: { type: this.req.type, destination: this.req.destination } }] };
    return { ...base, status: 'available', options: this.granted };
  }
}

function refOf(r: Extract<ResolvedValue<unknown>, { inForce: true }>): RuleRef {
  return { table: r.table, cite: r.cite, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) };
}

const LABEL_ELIGIBLE: Readonly<Record<'hukou' | 'residence-permit', string>> = { hukou: 'hukou residents', 'residence-permit': 'residence-permit holders' };

function evaluateHkmo(e: Evaluation): void {
  const type = e.req.type as HkmoEndorsementType;
  const dest = e.req.destination as 'hong-kong' | 'macau';
  const a = e.a;
  e.checkPermit();
  e.checkApproval();
  const optionsR = e.look.value(HKMO_OPTION_TABLES[type]);
  if (!optionsR.inForce) e.reasons.push(notInForce(optionsR, e.date));

  // Tourist types: suspended unless resumed for one of the applicant's places.
  if (type === 'L' || type === 'G') {
    let suspendedBy: Reason | undefined;
    let resumed = false;
    for (const p of e.places) {
      const s = e.look.value(TOURISM_SUSPENSION, p.division);
      if (!s.inForce) continue;
      if (s.value[dest].includes(type)) suspendedBy ??= { code: 'endorsement.tourism.suspended', params: { type, destination: dest, date: e.date }, cite: s.cite };
      else resumed = true;
    }
    if (suspendedBy && !resumed) e.reasons.push(suspendedBy);
  }

  // Type-specific eligibility.
  if (type === 'G') {
    let rpRefused: Reason | undefined;
    for (const p of e.places) {
      if (!e.look.member(G_CITIES, cityOf(p.division), p.division)) continue;
      if (p.basis === 'hukou') {
        e.qualifying.push(p);
        continue;
      }
      const ok = e.look.value(G_RESIDENCE_PERMIT, p.division);
      if (ok.inForce && ok.value) e.qualifying.push(p);
      else rpRefused = { code: 'endorsement.g.residence-permit-not-accepted', params: { division: cityOf(p.division) }, ...(ok.inForce ? { cite: ok.cite } : {}) };
    }
    if (e.qualifying.length === 0) {
      e.reasons.push({ code: 'endorsement.g.not-scheme-city', params: { hukou: a.hukou, residence: a.residencePermit?.division ?? '—' }, cite: cite(NIA_2024_XIAN_QINGDAO) });
      if (rpRefused) e.reasons.push(rpRefused);
    }
  } else if (type === 'T') {
    if (!(a.relatives ?? []).some((r) => r.livesIn === dest)) e.reasons.push({ code: 'endorsement.t.no-relative', params: { destination: dest }, cite: cite(GUIDE_HKMO_ENDORSEMENTS) });
  } else if (type === 'S') {
    if (!a.business) e.reasons.push({ code: 'endorsement.s.no-business', params: {}, cite: cite(GUIDE_GUANGDONG_S_2018) });
  } else if (type === 'D') {
    const adm = a.admission;
    if (!adm || adm.destination !== dest) e.reasons.push({ code: 'endorsement.d.no-admission', params: { destination: dest }, cite: cite(GUIDE_HKMO_ENDORSEMENTS) });
    else if (adm.until < e.date) e.reasons.push({ code: 'endorsement.d.admission-ended', params: { until: adm.until }, cite: cite(GUIDE_HKMO_ENDORSEMENTS) });
  } else if (type === 'talent') {
    const t = a.talent;
    if (!t) e.reasons.push({ code: 'endorsement.talent.no-category', params: {}, cite: cite(NIA_2023_TALENT) });
    else if (optionsR.inForce) {
      const area = e.look.members(TALENT_AREAS, t.workDivision).find((m) => isWithin(t.workDivision, m.member));
      if (area) e.look.member(TALENT_AREAS, area.member, t.workDivision);
      else e.reasons.push({ code: 'endorsement.talent.not-in-area', params: { workDivision: t.workDivision }, cite: cite(NIA_2023_TALENT) });
    }
  }

  // A G applicant outside the scheme, or a talent applicant without a category, has no office to
  // apply at: the place check would only repeat that.
  if ((type !== 'G' || e.qualifying.length > 0) && (type !== 'talent' || a.talent)) e.checkPlace(HKMO_PLACE, type);
  if (e.reasons.length || !optionsR.inForce) return;

  const rules = optionsR.value[dest] ?? [];
  e.evaluateRules(rules, [refOf(optionsR)], e.stayFrom(HKMO_STAY_TABLES[type]));
  if (type === 'G') evaluateRegimes(e, dest);
}

function evaluateRegimes(e: Evaluation, dest: 'hong-kong' | 'macau'): void {
  const a = e.a;
  const done = new Set<string>();
  const pending = new Map<string, { regime: CityRegime; reasons: Reason[] }>();
  for (const p of e.places) {
    const r = e.look.value(G_CITY_REGIMES, p.division);
    if (!r.inForce || r.source.level !== 'local') continue;
    const city = r.source.division;
    for (const regime of r.value) {
      if (regime.destination !== dest || done.has(regime.id)) continue;
      const reasons: Reason[] = [];
      const cite = r.cite;
      if (regime.zone !== undefined && p.zone !== regime.zone) reasons.push({ code: 'endorsement.regime.zone', params: { regime: regime.label.en, zone: regime.zone }, cite });
      if (!regime.eligible.includes(p.basis)) reasons.push({ code: 'endorsement.regime.not-eligible', params: { regime: regime.label.en, eligible: regime.eligible.map((x) => LABEL_ELIGIBLE[x]).join(', ') }, cite });
      if (regime.excludesStatePersonnel && (a.statePersonnel || a.registeredPersonnel)) reasons.push({ code: 'endorsement.regime.state-personnel-excluded', params: { regime: regime.label.en }, cite });
      if (cityOf(e.req.division) !== cityOf(city)) reasons.push({ code: 'endorsement.regime.wrong-office', params: { regime: regime.label.en, city }, cite });
      if (reasons.length === 0) {
        done.add(regime.id);
        pending.delete(regime.id);
        e.grant({
          id: `G.${dest}.${regime.id}`,
          validity: regime.validity,
          entries: regime.entries,
          stay: { kind: 'days-per-entry', days: regime.stayDays },
          ...(regime.frequency ? { frequency: regime.frequency } : {}),
          regime: regime.id,
          basis: [refOf(r)],
        });
      } else if (!pending.has(regime.id)) pending.set(regime.id, { regime, reasons });
    }
  }
  for (const { regime, reasons } of pending.values()) {
    e.refuse({ id: `G.${dest}.${regime.id}`, validity: regime.validity, entries: regime.entries, ...(regime.frequency ? { frequency: regime.frequency } : {}), regime: regime.id }, reasons);
  }
}

// citations are frozen and shared: those read on every call are built once
const TAIWAN_MEASURES = cite(REG_TAIWAN_1991);
const TAIWAN_MEASURES_ART8 = cite(REG_TAIWAN_1991, { article: '第八条' });
const HKMO_MEASURES_ART22 = cite(REG_HKMO_1986, { article: '第二十二条' });

function evaluateTaiwan(e: Evaluation): void {
  const type = e.req.type as TaiwanEndorsementType;
  const a = e.a;
  e.checkPermit();
  e.checkApproval();
  const suspended: Reason = { code: 'endorsement.taiwan.g.suspended', params: { date: e.date } };
  const rules = e.options(TAIWAN_OPTIONS[type], type === 'G' ? suspended : undefined);
  const tw = a.taiwan ?? {};

  switch (type) {
    case 'G': {
      for (const p of e.places) {
        if (!e.look.member(TAIWAN_G_CITIES, cityOf(p.division), p.division)) continue;
        if (p.basis === 'hukou') e.qualifying.push(p);
        else {
          const ok = e.look.value(TAIWAN_G_RESIDENCE_PERMIT, p.division);
          if (ok.inForce && ok.value) e.qualifying.push(p);
        }
      }
      if (e.qualifying.length === 0) e.reasons.push({ code: 'endorsement.taiwan.g.not-pilot-city', params: { hukou: a.hukou }, cite: cite(TAIWAN_INDIVIDUAL_2011) });
      break;
    }
    case 'T':
      if (!(a.relatives ?? []).some((r) => r.livesIn === 'taiwan')) e.reasons.push({ code: 'endorsement.taiwan.t.no-relative', params: {}, cite: TAIWAN_MEASURES_ART8 });
      break;
    case 'D':
      if (!tw.settlementApproved) e.reasons.push({ code: 'endorsement.taiwan.d.no-settlement-approval', params: {}, cite: TAIWAN_MEASURES_ART8 });
      break;
    case 'J':
      if (!tw.residenceApproved) e.reasons.push({ code: 'endorsement.taiwan.j.no-residence-approval', params: {}, cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_OLDER) });
      break;
    case 'Y':
    case 'F':
    case 'C':
      if (!tw.approval) e.reasons.push({ code: 'endorsement.taiwan.no-approval', params: { type }, cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER) });
      break;
    case 'X':
      if (!tw.approval) e.reasons.push({ code: 'endorsement.taiwan.no-approval', params: { type }, cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER) });
      if (tw.studyUntil === undefined || tw.studyUntil < e.date) e.reasons.push({ code: 'endorsement.taiwan.x.no-study-period', params: {}, cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER) });
      break;
    case 'L':
    case 'Q':
      break;
  }

  if (type !== 'G' || e.qualifying.length > 0) e.checkPlace(TAIWAN_PLACE, type);
  if (e.reasons.length || !rules) return;
  const optionsRef = e.look.used.filter((u) => u.table === TAIWAN_OPTIONS[type].id);
  e.evaluateRules(rules, optionsRef, e.stayFrom(type === 'G' ? TAIWAN_G_STAY_DAYS : undefined));
}

/** Evaluates a request with a lookup (the decision itself; the request is schema-valid). */
function evaluateRequest(req: EndorsementRequest, look: Lookup): EndorsementOptions {
  const e = new Evaluation(req, look);
  if (!isTypeOfDestination(req.type, req.destination)) {
    e.reasons.push({ code: 'endorsement.type.not-for-destination', params: { type: req.type, destination: req.destination } });
    e.checkPermit();
    return e.result();
  }
  if (req.destination === 'taiwan') evaluateTaiwan(e);
  else evaluateHkmo(e);
  return e.result();
}

/**
 * Checks a request against `endorsementRequestSchema`: the parsed request, or a
 * `ValidationError` listing every problem. {@link endorsementOptions} is this check and the
 * trusted core.
 *
 * @internal
 * @example
 * ```ts
 * const req = checkEndorsementRequest(JSON.parse(body)); // throws ValidationError on a bad request
 * ```
 */
export function checkEndorsementRequest(request: unknown, locale: Locale = 'en', extra: readonly Issue[] = []): EndorsementRequest {
  return parseOrThrow(endorsementRequestSchema, request, { 'zh-CN': '签注申请无效', en: 'Invalid endorsement request' }, locale, [], extra);
}

/** A permit that never limits anything: the plan of a request is evaluated on it, then capped by the real one. */
const NEUTRAL_PERMIT = {
  hkmo: Object.freeze({ type: 'hkmo', form: 'card', expiry: '9999-12-31' } as const),
  taiwan: Object.freeze({ type: 'taiwan', form: 'card', expiry: '9999-12-31' } as const),
};

/**
 * The last expiry that still draws a `too-little-validity` reason is the day before this one
 * ('' when no minimum is in force): a permit expiring on or after it passes `checkPermit`.
 */
function permitFloor(view: PolicyView): CivilDate {
  return view.memo('endorsements.permit-floor', () => {
    const min = view.value(PERMIT_MIN_REMAINING_DAYS);
    return min.inForce ? addDays(view.date, min.value) : '';
  });
}

/** Whether an option rule of the type's table for the destination asks for an age (the only use of the birth date). */
function usesAge(view: PolicyView, policy: Policy, flag: boolean, type: EndorsementType, destination: Destination): boolean {
  return view.memo(['endorsements.uses-age', type, destination], () => {
    if (!isTypeOfDestination(type, destination)) return false;
    const spec = destination === 'taiwan' ? TAIWAN_OPTIONS[type as TaiwanEndorsementType] : HKMO_OPTION_TABLES[type as HkmoEndorsementType];
    // the option tables are read nationally (see evaluateHkmo / evaluateTaiwan)
    const r = new Lookup(policy, view.date, flag, view).view(undefined).value(spec);
    return r.inForce && (r.value[destination] ?? []).some((o) => o.when?.minAge !== undefined);
  });
}

/**
 * Every fact of the applicant the decision reads, as a key (permit and birth date aside: the
 * permit is applied afterwards, the birth date enters as the age when an option asks for one).
 */
function applicantKey(a: Applicant, date: CivilDate, age: boolean): string {
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
  if (age) k += `|y${a.birthDate === undefined ? '?' : a.birthDate > date ? 0 : ageOnTrusted(a.birthDate, date)}`;
  return k;
}

/** The result with each option's end capped by the permit's expiry (what `grant` does with a real permit). */
function capByPermit(r: EndorsementOptions, expiry: CivilDate): EndorsementOptions {
  if (r.status !== 'available') return r;
  let capped = false;
  for (const o of r.options) if (expiry < o.validUntil) capped = true;
  if (!capped) return r;
  const options = r.options.map((o): GrantedOption => {
    if (!(expiry < o.validUntil)) return o;
    const note: Reason = { code: 'endorsement.option.capped-by-permit', params: { validUntil: expiry, permitExpiry: expiry } };
    return { ...o, validUntil: expiry, cappedByPermit: true, notes: [...o.notes, note] };
  });
  return { ...r, options };
}

/** The core for either mode: `view` is the office's view of `policy` on the request's date, in the mode `flag` says. */
function optionsAt(view: PolicyView, req: EndorsementRequest, policy: Policy, flag: boolean): EndorsementOptions {
  const { permit, date } = req;
  const wanted = req.destination === 'taiwan' ? 'taiwan' : 'hkmo';
  // A permit of the wrong kind, expired or too short draws reasons of its own: evaluate as is.
  if (permit.type !== wanted || permit.expiry < date || permit.expiry < permitFloor(view)) return evaluateRequest(req, new Lookup(policy, date, flag, view));
  // Otherwise the decision is the one on a permit that limits nothing, capped by this permit:
  // a plan per view and applicant facts. A plan is kept from the second request with the same
  // facts on: facts seen once (most of a sweep over many days) are evaluated as they are, with
  // nothing kept but the mark that they were seen.
  const facts = applicantKey(req.applicant, date, usesAge(view, policy, flag, req.type, req.destination));
  const key: MemoPart[] = ['endorsements.plan', req.type, req.destination, facts];
  let first = false;
  view.memo(['endorsements.plan', req.type, req.destination, facts, 'seen'], () => (first = true));
  if (first) return evaluateRequest(req, new Lookup(policy, date, flag, view));
  const plan = view.memo(key, () => deepFreeze(evaluateRequest({ ...req, permit: NEUTRAL_PERMIT[wanted] }, new Lookup(policy, date, flag, view))));
  return capByPermit(plan, permit.expiry);
}

/**
 * The decision evaluated directly on `policy`, without plans or memo (each place's view from
 * `policyAt`): what the trusted core must equal, for its tests. The request is taken as valid.
 *
 * @internal
 * @example
 * ```ts
 * endorsementOptionsUnplanned(request, policy, 'flag'); // deep-equals endorsementOptionsTrusted(view, request, policy)
 * ```
 */
export function endorsementOptionsUnplanned(request: EndorsementRequest, policy: Policy, beyondVerified: 'error' | 'flag'): EndorsementOptions {
  const result = evaluateRequest(request, new Lookup(policy, request.date, beyondVerified === 'flag'));
  return request.applicant.hkmoOffenceRecord === true ? screenHkmoOffences(policyAt(policy, request.date, { division: request.division, beyondVerified }), request, result) : result;
}

/**
 * The trusted core of {@link endorsementOptions} with `beyondVerified: 'flag'`: the same
 * result for a schema-valid request, read from `view`, the office's view of `policy` on the
 * request's date (`policyAt(policy, request.date, { division: request.division, beyondVerified: 'flag' })`);
 * views of other places (hukou, residence permit, place of work) come from the same policy.
 * Runs no schema check: the caller has checked the request. The parts of the decision that
 * depend only on the view and the applicant's facts are computed once per view; the result
 * and what it holds are frozen and may be shared between calls.
 *
 * @internal
 * @example
 * ```ts
 * const policy = defaultPolicy();
 * const view = policyAt(policy, '2025-01-24', { division: '510100', beyondVerified: 'flag' });
 * const r = endorsementOptionsTrusted(view, {
 *   applicant: { hukou: '510104', birthDate: '1990-03-15' }, permit: { type: 'hkmo', form: 'card', expiry: '2035-01-23' },
 *   destination: 'hong-kong', type: 'G', date: '2025-01-24', division: '510100',
 * }, policy);
 * r.status === 'available' && r.options.map((o) => o.id); // ['G.hong-kong.3m.single', …]
 * ```
 */
export function endorsementOptionsTrusted(view: PolicyView, request: EndorsementRequest, policy: Policy): EndorsementOptions {
  return screenHkmoOffences(view, request, optionsAt(view, request, policy, true));
}

/**
 * {@link endorsementOptions} under a given policy (the public function, which defaults the
 * policy to the built-in one, lives above the areas).
 *
 * @internal
 * @example
 * ```ts
 * endorsementOptionsUnder(policy, request, {}); // as endorsementOptions(request, { policy })
 * ```
 */
export function endorsementOptionsUnder(policy: Policy, request: EndorsementRequest, settings: Omit<EndorsementOptionsSettings, 'policy'>, extra: readonly Issue[] = []): EndorsementOptions {
  const req = checkEndorsementRequest(request, settings.locale ?? 'en', extra);
  const flag = settings.beyondVerified === 'flag';
  const view = policyAt(policy, req.date, { division: req.division, beyondVerified: flag ? 'flag' : 'error' });
  return screenHkmoOffences(view, req, optionsAt(view, req, policy, flag));
}
