/**
 * The routes by which an office may accept an application (hukou place, in-province, residence
 * permit, the relatives route, the non-hukou schemes, nationwide renewal, 全国通办, the filing
 * and work places), each read from its route table for the view, and the decision they make
 * for one input: allowed by the first route whose area holds the office, or not allowed with
 * where the applicant may apply instead. The routes read the rules through the view they are
 * given and the applicant through date-free facts, so `application-place.ts` shares a decision
 * between days whose rules answer alike (`view.tracked`) and writes the day in afterwards.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { divisionOf } from '../rules/divisions.js';
import type { PolicyView, ResolvedValue } from '../rules/policy-at.js';
import type { Label, SetTableHead, ValueTableHead } from '../rules/table.js';
import type { SchemeLookups } from './place-lookups.js';
import { type PlaceReason, type PlaceRouteName, type RouteCondition, placeReason } from './place-reasons.js';
import { type Area, type ServiceAction, type ServiceKey, isInArea, provinceOfCode } from './place-services.js';
import { PLACE_CITY_TABLES, PLACE_ROUTE_NATIONAL, PLACE_ROUTE_TABLES, type RouteRule } from './place-tables.js';
import { cite, LAW_PASSPORT, NIA_2023_TALENT, REG_HKMO_1986, REG_IMPLEMENTING_RULES_1994, REG_TAIWAN_1991 } from '../rules/instruments/index.js';
import type { PlaceDecision, PlaceRoute, WhereToApply } from './application-place.js';

const ROUTE_OF: Readonly<Record<PlaceRouteName, PlaceRoute>> = {
  'hukou-place': 'hukou-place',
  'in-province': 'in-province',
  'residence-permit': 'residence-permit',
  relatives: 'relatives-route',
  'scheme-2012': 'non-hukou-scheme',
  'scheme-2013-passport': 'non-hukou-scheme',
  'scheme-2013-taiwan': 'non-hukou-scheme',
  'scheme-2013-elderly': 'non-hukou-scheme',
  'scheme-2013-renewal': 'non-hukou-scheme',
  'nationwide-renewal': 'nationwide-renewal',
  nationwide: 'cross-province',
  'filing-place': 'filing-place',
  'work-place': 'work-place',
  regime: 'hukou-place',
};

interface Candidate {
  readonly name: PlaceRouteName;
  readonly route: PlaceRoute;
  readonly area: Area;
  readonly reason: PlaceReason;
}

/**
 * What the routes know of the applicant on the day, without the day: cities ('' when not
 * given, or for the residence permit when it is not valid on the day), flags, and each measure
 * of time as a number `n` such that a route's threshold `t` is met exactly when `t <= n` (-1:
 * none met). The numbers may be exact (age in whole years, months resided or insured) or
 * reduced to the largest threshold of the rules in force that they reach: the routes compare
 * them only with those thresholds, so both give the same decision.
 *
 * @internal
 */
export interface PlaceFacts {
  readonly hukouCity: string;
  readonly registeredPersonnel: boolean;
  readonly activeMilitary: boolean;
  /** Age on the day ('x': no birth date, or born after the day). */
  readonly age: number | 'x';
  /** The city of a residence permit valid on the day, and the months since it became valid (-1: none). */
  readonly permitCity: string;
  readonly permitMonths: number;
  /** The city of the residence registration, and the months resided there on the day (-1: since a later day, or none). */
  readonly residenceCity: string;
  readonly residenceMonths: number;
  /** The city of work and the months of social insurance there (-1: none given with a work place, or no work place). */
  readonly workCity: string;
  readonly insuranceMonths: number;
  readonly studyCity: string;
  readonly businessCity: string;
  readonly relativeCity: string;
  readonly relationship: 'spouse' | 'child' | 'parent' | undefined;
  /** A passport application before 2007-01-01 (before the Passport Law; the hukou place's citation). */
  readonly before2007: boolean;
}

/**
 * A question for {@link decideRoutes}: the service, its action and city regime, the office (a
 * code of the office's city gives the same decision as the office's own code) and the facts.
 *
 * @internal
 */
export interface PlaceQuery {
  readonly key: ServiceKey;
  readonly action: ServiceAction;
  readonly regime: string | undefined;
  readonly office: string;
  readonly facts: PlaceFacts;
}

/**
 * A decision and where the day goes into it: the indexes of its reasons whose `date`
 * parameter is the day (a route not in force), written as `date` was given to {@link decideRoutes}.
 *
 * @internal
 */
export interface PlacePlan {
  readonly decision: PlaceDecision;
  readonly datedAt: readonly number[];
}

interface Ctx {
  readonly view: PolicyView;
  /** The `date` parameter of a route not in force. */
  readonly date: CivilDate;
  readonly facts: PlaceFacts;
  readonly key: ServiceKey;
  readonly action: ServiceAction;
  readonly lookups: SchemeLookups;
  readonly candidates: Candidate[];
  readonly failures: PlaceReason[];
  readonly datedAt: number[];
  readonly unverified: Set<string>;
}

/** The cities where the applicant has resided at least `months` months on the day (by the residence registration, then by a residence permit valid on the day). */
function residedCities(f: PlaceFacts, months: number): string[] {
  const out: string[] = [];
  if (f.residenceCity !== '' && months <= f.residenceMonths) out.push(f.residenceCity);
  if (f.permitCity !== '' && months <= f.permitMonths && !out.includes(f.permitCity)) out.push(f.permitCity);
  return out;
}

const isG = (k: ServiceKey): boolean => k === 'hkmo.G' || k === 'taiwan.G';
const gDestination = (k: ServiceKey): 'hkmo' | 'taiwan' => (k.startsWith('taiwan') ? 'taiwan' : 'hkmo');

function fail(ctx: Ctx, name: PlaceRouteName, condition: RouteCondition, params?: Readonly<Record<string, string | number>>, cite?: Citation): void {
  ctx.failures.push(placeReason(`place.${name}.${condition}`, params, cite));
}

function add(ctx: Ctx, name: PlaceRouteName, area: Area, params: Readonly<Record<string, string | number>>, cite: Citation, route: PlaceRoute = ROUTE_OF[name]): void {
  ctx.candidates.push({ name, route, area: Object.freeze(area), reason: placeReason(`place.${name}.applies`, params, cite) });
}

/** The instrument of each route table's first national entry: cited when a route is not yet in force. */
const OPENING: ReadonlyMap<string, Citation> = /* @__PURE__ */ new Map(
  Object.entries(PLACE_ROUTE_NATIONAL).flatMap(([id, t]) => (t.kind === 'value' && t.entries[0] ? [[id, t.entries[0].cite] as const] : [])),
);

function read(ctx: Ctx, spec: ValueTableHead<RouteRule>): ResolvedValue<RouteRule> {
  const r = ctx.view.value(spec);
  if (r.unverified) ctx.unverified.add(spec.id);
  return r;
}

/** The rule of a route table if it is in force and lets this applicant use it for this service; else the failure is recorded. */
function gate(ctx: Ctx, name: PlaceRouteName, spec: ValueTableHead<RouteRule>): { rule: RouteRule; cite: Citation } | undefined {
  const r = read(ctx, spec);
  if (!r.inForce) {
    ctx.datedAt.push(ctx.failures.length);
    fail(ctx, name, 'not-in-force', { date: ctx.date }, r.cite ?? OPENING.get(spec.id));
    return undefined;
  }
  const rule = r.value;
  let ok = true;
  if (!rule.services.includes(ctx.key)) {
    fail(ctx, name, 'not-covered', undefined, r.cite);
    return undefined;
  }
  if (rule.actions && !rule.actions.includes(ctx.action)) {
    fail(ctx, name, 'action-not-covered', undefined, r.cite);
    ok = false;
  }
  if (rule.excludes) {
    const f = ctx.facts;
    if (f.registeredPersonnel && rule.excludes.includes('registered-personnel')) {
      fail(ctx, name, 'excluded-registered-personnel', undefined, r.cite);
      ok = false;
    }
    if (f.activeMilitary && rule.excludes.includes('active-military')) {
      fail(ctx, name, 'excluded-active-military', undefined, r.cite);
      ok = false;
    }
  }
  if (rule.minAge !== undefined) {
    const age = ctx.facts.age;
    if (age === 'x' || age < rule.minAge) {
      fail(ctx, name, 'too-young', { age: rule.minAge }, r.cite);
      ok = false;
    }
  }
  return ok ? { rule, cite: r.cite } : undefined;
}

const HUKOU_CITES = {
  taiwan: /* @__PURE__ */ cite(REG_TAIWAN_1991, { article: '第六条' }),
  hkmo: /* @__PURE__ */ cite(REG_HKMO_1986, { article: '第六条' }),
  passport: /* @__PURE__ */ cite(LAW_PASSPORT, { article: '第五条' }),
  before2007: Object.freeze(cite(REG_IMPLEMENTING_RULES_1994, { note: 'Citizens applied to the public security organ of the city or county of their hukou; the article was not confirmed.' })),
} as const;

function hukouCite(key: ServiceKey, before2007: boolean): Citation {
  if (key.startsWith('taiwan')) return HUKOU_CITES.taiwan;
  if (key.startsWith('hkmo')) return HUKOU_CITES.hkmo;
  if (!before2007) return HUKOU_CITES.passport;
  return HUKOU_CITES.before2007;
}

/**
 * Whether the hukou place's citation is the one before the Passport Law (2007-01-01): true
 * only for a service other than the Taiwan and HK/Macau permits and endorsements, before that day.
 *
 * @internal
 */
export function hukouBefore2007(key: ServiceKey, date: CivilDate): boolean {
  return date < '2007-01-01' && !key.startsWith('taiwan') && !key.startsWith('hkmo');
}

function hukouRoute(ctx: Ctx): void {
  if (ctx.key === 'hkmo.talent') {
    fail(ctx, 'hukou-place', 'not-covered', undefined, cite(NIA_2023_TALENT));
    return;
  }
  const city = ctx.facts.hukouCity;
  add(ctx, 'hukou-place', { scope: 'city', division: city }, { city }, hukouCite(ctx.key, ctx.facts.before2007));
}

function regimeRoute(ctx: Ctx, id: string): void {
  const regime = ctx.lookups.cityRegime(ctx.view, id);
  if (!regime) {
    fail(ctx, 'regime', 'regime-not-here', { regime: id });
    return;
  }
  if (regime.excludesStatePersonnel && ctx.facts.registeredPersonnel) {
    fail(ctx, 'regime', 'excluded-registered-personnel', undefined, regime.cite);
    return;
  }
  const area: Area = { scope: 'city', division: regime.city };
  const params = { regime: id, city: regime.city };
  if (regime.eligible.includes('hukou') && ctx.facts.hukouCity === regime.city) add(ctx, 'regime', area, params, regime.cite, 'hukou-place');
  else if (regime.eligible.includes('residence-permit') && ctx.facts.permitCity !== '' && ctx.facts.permitCity === regime.city) {
    add(ctx, 'regime', area, params, regime.cite, 'residence-permit');
  } else fail(ctx, 'regime', 'regime-not-eligible', { regime: id }, regime.cite);
}

function schemeCityCheck(ctx: Ctx, name: PlaceRouteName, city: string, cite: Citation): boolean {
  if (!isG(ctx.key) || ctx.lookups.isSchemeCity(ctx.view, city, gDestination(ctx.key))) return true;
  fail(ctx, name, 'not-scheme-city', { city }, cite);
  return false;
}

function inProvinceRoute(ctx: Ctx): void {
  const g = gate(ctx, 'in-province', PLACE_ROUTE_TABLES.inProvince);
  if (!g) return;
  const hukouCity = ctx.facts.hukouCity;
  if (!schemeCityCheck(ctx, 'in-province', hukouCity, g.cite)) return;
  const province = provinceOfCode(hukouCity);
  if (g.rule.minResidenceMonths === undefined) {
    add(ctx, 'in-province', { scope: 'province', division: province }, { province }, g.cite);
    return;
  }
  const cities = residedCities(ctx.facts, g.rule.minResidenceMonths).filter((c) => provinceOfCode(c) === province && c !== hukouCity);
  if (cities.length === 0) fail(ctx, 'in-province', 'residence-short', { months: g.rule.minResidenceMonths }, g.cite);
  for (const city of cities) add(ctx, 'in-province', { scope: 'city', division: city }, { province }, g.cite);
}

function residencePermitRoute(ctx: Ctx): void {
  const g = gate(ctx, 'residence-permit', PLACE_ROUTE_TABLES.residencePermit);
  if (!g) return;
  const city = ctx.facts.permitCity;
  if (city === '') {
    fail(ctx, 'residence-permit', 'no-residence-permit', undefined, g.cite);
    return;
  }
  if (!schemeCityCheck(ctx, 'residence-permit', city, g.cite)) return;
  add(ctx, 'residence-permit', { scope: 'city', division: city }, { city }, g.cite);
}

function relativesRoute(ctx: Ctx): void {
  const g = gate(ctx, 'relatives', PLACE_ROUTE_TABLES.relatives);
  if (!g) return;
  const f = ctx.facts;
  const relationship = f.relationship;
  if (relationship === undefined) {
    fail(ctx, 'relatives', 'no-place-given', undefined, g.cite);
    return;
  }
  if (!(g.rule.relationships ?? []).includes(relationship)) {
    fail(ctx, 'relatives', 'relationship-not-covered', undefined, g.cite);
    return;
  }
  if (provinceOfCode(f.relativeCity) === provinceOfCode(f.hukouCity)) {
    fail(ctx, 'relatives', 'relative-same-province', undefined, g.cite);
    return;
  }
  const city = f.relativeCity;
  add(ctx, 'relatives', { scope: 'city', division: city }, { city }, g.cite);
}

function cityScheme(ctx: Ctx, name: PlaceRouteName, spec: ValueTableHead<RouteRule>, citySpec: SetTableHead): void {
  const g = gate(ctx, name, spec);
  if (!g) return;
  const { rule } = g;
  const f = ctx.facts;
  const hukouCity = f.hukouCity;
  const member = (city: string) => {
    const m = ctx.view.member(citySpec, city);
    if (m?.unverified) ctx.unverified.add(citySpec.id);
    return m;
  };
  const found: [string, Citation][] = [];
  let insuranceShort = false;
  const who = rule.who ?? [];
  if (f.workCity !== '' && who.includes('employed')) {
    const city = f.workCity;
    const m = city !== hukouCity ? member(city) : undefined;
    if (m) {
      if ((rule.minInsuranceMonths ?? 0) <= Math.max(f.insuranceMonths, 0)) found.push([city, m.cite]);
      else insuranceShort = true;
    }
  }
  if (f.studyCity !== '' && who.includes('student')) {
    const city = f.studyCity;
    const m = city !== hukouCity ? member(city) : undefined;
    if (m) found.push([city, m.cite]);
  }
  const relationship = f.relationship;
  if (relationship !== undefined && who.includes('local-relative') && (rule.relationships ?? []).includes(relationship)) {
    const childOk = relationship !== 'child' || rule.childUnder === undefined || (f.age !== 'x' && f.age < rule.childUnder);
    const city = f.relativeCity;
    const m = childOk && city !== hukouCity ? member(city) : undefined;
    if (m) found.push([city, m.cite]);
  }
  if (found.length === 0) {
    if (insuranceShort) fail(ctx, name, 'insurance-short', { months: rule.minInsuranceMonths ?? 0 }, g.cite);
    else fail(ctx, name, 'not-qualified', undefined, g.cite);
    return;
  }
  const seen = new Set<string>();
  for (const [city, cite] of found) {
    if (seen.has(city)) continue;
    seen.add(city);
    if (schemeCityCheck(ctx, name, city, g.cite)) add(ctx, name, { scope: 'city', division: city }, { city }, cite);
  }
}

function residenceScheme(ctx: Ctx, name: PlaceRouteName, spec: ValueTableHead<RouteRule>): void {
  const g = gate(ctx, name, spec);
  if (!g) return;
  const months = g.rule.minResidenceMonths ?? 0;
  const hukouCity = ctx.facts.hukouCity;
  const cities = residedCities(ctx.facts, months).filter((c) => c !== hukouCity);
  if (cities.length === 0) fail(ctx, name, 'residence-short', { months }, g.cite);
  for (const city of cities) add(ctx, name, { scope: 'city', division: city }, { city }, g.cite);
}

const ANYWHERE_AREA: Area = /* @__PURE__ */ Object.freeze({ scope: 'anywhere' });

function anywhereRoute(ctx: Ctx, name: PlaceRouteName, spec: ValueTableHead<RouteRule>): void {
  const g = gate(ctx, name, spec);
  if (g) add(ctx, name, ANYWHERE_AREA, {}, g.cite);
}

function placeRoute(ctx: Ctx, name: 'filing-place' | 'work-place', spec: ValueTableHead<RouteRule>, city: string): void {
  const g = gate(ctx, name, spec);
  if (!g) return;
  if (city === '') {
    fail(ctx, name, 'no-place-given', undefined, g.cite);
    return;
  }
  add(ctx, name, { scope: 'city', division: city }, { city }, g.cite);
}

/** Every candidate route and every failure (used by {@link decideRoutes}). */
function evaluateRoutes(view: PolicyView, q: PlaceQuery, lookups: SchemeLookups, date: CivilDate): Ctx {
  const ctx: Ctx = {
    view,
    date,
    facts: q.facts,
    key: q.key,
    action: q.action,
    lookups,
    candidates: [],
    failures: [],
    datedAt: [],
    unverified: new Set(),
  };
  const regime = q.regime;
  if (regime !== undefined) {
    regimeRoute(ctx, regime);
    return ctx;
  }
  hukouRoute(ctx);
  inProvinceRoute(ctx);
  residencePermitRoute(ctx);
  relativesRoute(ctx);
  cityScheme(ctx, 'scheme-2012', PLACE_ROUTE_TABLES.sixCities2012, PLACE_CITY_TABLES['place.scheme.2012-six-cities']);
  cityScheme(ctx, 'scheme-2013-passport', PLACE_ROUTE_TABLES.passport2013, PLACE_CITY_TABLES['place.scheme.2013-passport']);
  cityScheme(ctx, 'scheme-2013-taiwan', PLACE_ROUTE_TABLES.taiwan2013, PLACE_CITY_TABLES['place.scheme.2013-taiwan']);
  residenceScheme(ctx, 'scheme-2013-elderly', PLACE_ROUTE_TABLES.elderly2013);
  residenceScheme(ctx, 'scheme-2013-renewal', PLACE_ROUTE_TABLES.renewal2013);
  placeRoute(ctx, 'filing-place', PLACE_ROUTE_TABLES.filingPlace, q.facts.businessCity);
  placeRoute(ctx, 'work-place', PLACE_ROUTE_TABLES.workPlace, q.facts.workCity);
  anywhereRoute(ctx, 'nationwide-renewal', PLACE_ROUTE_TABLES.nationwideRenewal);
  anywhereRoute(ctx, 'nationwide', PLACE_ROUTE_TABLES.nationwide);
  return ctx;
}

const ANYWHERE: Label = /* @__PURE__ */ Object.freeze({ 'zh-CN': '全国任一公安机关出入境管理机构', en: 'any exit-entry office nationwide' });

function areaLabel(area: Area): Label {
  if (area.scope === 'anywhere') return ANYWHERE;
  const d = divisionOf(area.division);
  return Object.freeze(d ? { 'zh-CN': d['zh-CN'], en: d.en } : { 'zh-CN': `行政区划${area.division}`, en: `division ${area.division}` });
}

function officeOutside(c: Candidate): PlaceReason {
  const area = c.area.scope === 'anywhere' ? '' : c.area.division;
  return placeReason(`place.${c.name}.office-outside`, { area }, c.reason.cite);
}

const NOT_DATED: readonly number[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The decision, computed (nothing shared): every route evaluated for the question, reading the rules
 * through `view` only (never its date: `date` is what the reasons of a route not in force
 * say), and where those reasons are. The result is deeply frozen.
 *
 * @internal
 */
export function decideRoutes(view: PolicyView, q: PlaceQuery, lookups: SchemeLookups, date: CivilDate): PlacePlan {
  const { candidates, failures, unverified, datedAt } = evaluateRoutes(view, q, lookups, date);
  const tail: PlaceReason[] = [];
  for (const table of unverified) tail.push(placeReason('place.unverified', { table }));
  const isUnverified = tail.length > 0;
  const office = q.office;
  const hits: PlaceReason[] = [];
  let first: Candidate | undefined;
  for (const c of candidates) {
    if (!isInArea(office, c.area)) continue;
    first ??= c;
    hits.push(c.reason);
  }
  if (first) return Object.freeze({ decision: Object.freeze({ status: 'allowed', route: first.route, reasons: Object.freeze(hits.concat(tail)), unverified: isUnverified }), datedAt: NOT_DATED });
  const where: WhereToApply[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const k = `${c.route}|${c.area.scope}|${c.area.scope === 'anywhere' ? '' : c.area.division}`;
    if (seen.has(k)) continue;
    seen.add(k);
    where.push(Object.freeze({ route: c.route, area: c.area, label: areaLabel(c.area), reason: c.reason }));
  }
  const reasons = failures;
  for (const c of candidates) reasons.push(officeOutside(c));
  if (where.length === 0) reasons.push(placeReason('place.where-none'));
  for (const t of tail) reasons.push(t);
  const decision: PlaceDecision = Object.freeze({ status: 'not-allowed', reasons: Object.freeze(reasons), where: Object.freeze(where), unverified: isUnverified });
  return Object.freeze({ decision, datedAt: datedAt.length === 0 ? NOT_DATED : Object.freeze(datedAt) });
}

/**
 * The decision of a plan on `date`: its reasons of routes not in force say `date`. The plan's
 * own decision when none does (it is then the same on every day).
 *
 * @internal
 */
export function finishPlan(plan: PlacePlan, date: CivilDate): PlaceDecision {
  const d = plan.decision;
  if (plan.datedAt.length === 0 || d.status !== 'not-allowed') return d;
  const reasons = d.reasons.slice();
  for (const i of plan.datedAt) {
    const r = reasons[i] as PlaceReason;
    reasons[i] = placeReason(r.code, { date }, r.cite);
  }
  return Object.freeze({ status: 'not-allowed', reasons: Object.freeze(reasons), where: d.where, unverified: d.unverified });
}
