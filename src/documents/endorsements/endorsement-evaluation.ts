/**
 * The evaluation of one endorsement request, per destination: the checks of the permit and the
 * employer's approval, the option table in force, the type's own eligibility (the G schemes and
 * city regimes, relatives, business status, admissions, talent; Taiwan approvals and pilot
 * cities), the office that may accept it, and each option rule's conditions, giving the options
 * granted and refused with their reasons. `endorsement-options.ts` builds on it.
 *
 * @module
 */
import type { CivilDate } from '../../rules/civil-date.js';
import type { ResolvedValue } from '../../rules/policy-at.js';
import type { Reason } from '../../rules/reasons.js';
import type { ValueTableHead } from '../../rules/table.js';
import { type EndorsementType, type HkmoEndorsementType, type TaiwanEndorsementType, isTypeOfDestination } from './catalogue.js';
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
import type { Applicant, EndorsementRequest } from './request.js';
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
import type { EndorsementOptions, GrantedOption, RefusedOption } from './endorsement-options.js';
import { type DayClasses, type EndorsementPlan, type PlannedGrant, carriesDate } from './plan-shape.js';

export const HKMO_OPTION_TABLES: Readonly<Record<HkmoEndorsementType, ValueTableHead<OptionSets>>> = {
  T: T_OPTIONS,
  S: S_OPTIONS,
  L: L_OPTIONS,
  G: G_OPTIONS,
  Q: Q_OPTIONS,
  D: D_OPTIONS,
  talent: TALENT_OPTIONS,
};

export const HKMO_STAY_TABLES: Partial<Record<HkmoEndorsementType, ValueTableHead<number>>> = {
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
  /** In a plan: the day's classes (the request's date is `DATE_SLOT`), and the options granted. */
  readonly classes: DayClasses | undefined;
  readonly planned: PlannedGrant[] = [];

  constructor(req: EndorsementRequest, look: Lookup, classes?: DayClasses) {
    this.req = req;
    this.a = req.applicant;
    this.look = look;
    this.classes = classes;
  }

  get date(): CivilDate {
    return this.req.date;
  }

  /** The applicant's places: hukou, and a residence permit valid on the date. */
  get places(): Basis[] {
    const out: Basis[] = [{ basis: 'hukou', division: this.a.hukou, zone: this.a.zone }];
    const rp = this.a.residencePermit;
    if (rp && (this.classes === undefined ? rp.validFrom <= this.date && (rp.validTo === undefined || this.date <= rp.validTo) : this.classes.residencePermitValid)) out.push({ basis: 'residence-permit', division: rp.division, zone: rp.zone });
    return out;
  }

  checkPermit(): void {
    if (this.classes !== undefined) {
      // a plan is made for a permit of the right kind that is long enough: only the minimum is read
      this.look.value(PERMIT_MIN_REMAINING_DAYS, this.req.division);
      return;
    }
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
  options(spec: ValueTableHead<OptionSets>, ended?: Reason): readonly OptionRule[] | undefined {
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

  checkPlace<K extends string>(spec: ValueTableHead<Readonly<Record<K, readonly PlaceRule[]>>>, type: K & EndorsementType): void {
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
        const age = this.classes === undefined ? (a.birthDate > this.date ? 0 : ageOnTrusted(a.birthDate, this.date)) : this.classes.age;
        if (typeof age !== 'number') throw new Error('a plan whose options ask for an age is keyed by it');
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
    if (this.classes !== undefined) {
      this.plan(o);
      return;
    }
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

  /** A granted option of a plan: what `grant` gives, the dates aside (the Macau study cap is read as `naturalEnd` reads it). */
  plan(o: { id: string; validity: Validity; entries: Entries; stay: Stay; frequency?: 'once-per-natural-week'; regime?: string; basis: readonly RuleRef[] }): void {
    let studyCap: PlannedGrant['studyCap'];
    if ('per' in o.validity && this.req.destination === 'macau' && this.a.admission?.kind === 'study') {
      const cap = this.look.value(D_MACAU_STUDY_CAP);
      if (cap.inForce) studyCap = { months: cap.value, note: { code: 'endorsement.option.macau-study-cap', params: { months: cap.value }, cite: cap.cite } };
    }
    this.planned.push({
      id: o.id,
      type: this.req.type,
      destination: this.req.destination,
      validity: o.validity,
      entries: o.entries,
      ...(o.frequency ? { frequency: o.frequency } : {}),
      stay: o.stay,
      ...(o.regime ? { regime: o.regime } : {}),
      basis: o.basis,
      ...(studyCap ? { studyCap } : {}),
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

  stayFrom(spec: ValueTableHead<number> | undefined): () => { stay: Stay; ref?: RuleRef } | Reason {
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

  /** The plan (made with day classes): as `result`, the dates aside. */
  planResult(): EndorsementPlan {
    const { type, destination } = this.req;
    const reasons: readonly Reason[] = this.reasons.length ? this.reasons : this.planned.length === 0 ? [{ code: 'endorsement.no-option', params: { type, destination } }] : [];
    const status = reasons.length ? 'refused' : 'available';
    return {
      type,
      destination,
      status,
      reasons,
      refused: this.refused,
      grants: status === 'available' ? this.planned : [],
      basis: this.look.used,
      unverified: this.look.unverified,
      datedReasons: carriesDate(reasons),
      datedRefused: this.refused.some((o) => carriesDate(o.reasons)),
    };
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
    else if (e.classes === undefined ? adm.until < e.date : e.classes.admissionEnded) e.reasons.push({ code: 'endorsement.d.admission-ended', params: { until: adm.until }, cite: cite(GUIDE_HKMO_ENDORSEMENTS) });
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
      if (e.classes === undefined ? tw.studyUntil === undefined || tw.studyUntil < e.date : e.classes.studyEnded) e.reasons.push({ code: 'endorsement.taiwan.x.no-study-period', params: {}, cite: cite(GUIDE_TAIWAN_ENDORSEMENTS_LATER) });
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

function run(e: Evaluation): void {
  const req = e.req;
  if (!isTypeOfDestination(req.type, req.destination)) {
    e.reasons.push({ code: 'endorsement.type.not-for-destination', params: { type: req.type, destination: req.destination } });
    e.checkPermit();
  } else if (req.destination === 'taiwan') evaluateTaiwan(e);
  else evaluateHkmo(e);
}

/** Evaluates a request with a lookup (the decision itself; the request is schema-valid). */
export function evaluateRequest(req: EndorsementRequest, look: Lookup): EndorsementOptions {
  const e = new Evaluation(req, look);
  run(e);
  return e.result();
}

/**
 * The plan of a request (its date `DATE_SLOT`, its permit of the right kind and long
 * enough) with the day's classes, read through a plan's lookup: the decision of every day of
 * the same rules and classes, the dates aside.
 *
 * @internal
 */
export function planRequest(req: EndorsementRequest, look: Lookup, classes: DayClasses): EndorsementPlan {
  const e = new Evaluation(req, look, classes);
  run(e);
  return e.planResult();
}
