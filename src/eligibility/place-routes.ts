/**
 * The routes by which an office may accept an application (hukou place, in-province, residence
 * permit, the relatives route, the non-hukou schemes, nationwide renewal, 全国通办, the filing
 * and work places), each read from its route table for the view, and the decision they make
 * for one input: allowed by the first route whose area holds the office, or not allowed with
 * where the applicant may apply instead. `application-place.ts` memoises it per view.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { divisionOf } from '../rules/divisions.js';
import type { PolicyView, ResolvedValue } from '../rules/policy-at.js';
import type { Label, SetTableSpec, ValueTableSpec } from '../rules/table.js';
import { ageOn } from '../documents/age.js';
import { type PlaceApplicant, exclusionsOf, permitValidOn, residedCities } from './place-applicant.js';
import type { SchemeLookups } from './place-lookups.js';
import { type PlaceReason, type PlaceRouteName, type RouteCondition, placeReason } from './place-reasons.js';
import { type Area, type ServiceAction, type ServiceKey, cityCodeOf, isInArea, provinceOfCode, serviceActionOf, serviceKeyFast } from './place-services.js';
import { PLACE_CITY_TABLES, PLACE_ROUTE_NATIONAL, PLACE_ROUTE_TABLES, type RouteRule } from './place-tables.js';
import { cite, LAW_PASSPORT, NIA_2023_TALENT, REG_HKMO_1986, REG_IMPLEMENTING_RULES_1994, REG_TAIWAN_1991 } from '../rules/instruments/index.js';
import type { ApplicationPlaceInput, PlaceDecision, PlaceRoute, WhereToApply } from './application-place.js';

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

interface Ctx {
  readonly view: PolicyView;
  readonly date: CivilDate;
  readonly applicant: PlaceApplicant;
  readonly key: ServiceKey;
  readonly action: ServiceAction;
  readonly relative: ApplicationPlaceInput['relative'];
  readonly lookups: SchemeLookups;
  readonly candidates: Candidate[];
  readonly failures: PlaceReason[];
  readonly unverified: Set<string>;
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

function read(ctx: Ctx, spec: ValueTableSpec<RouteRule>): ResolvedValue<RouteRule> {
  const r = ctx.view.value(spec);
  if (r.unverified) ctx.unverified.add(spec.id);
  return r;
}

/** The rule of a route table if it is in force and lets this applicant use it for this service; else the failure is recorded. */
function gate(ctx: Ctx, name: PlaceRouteName, spec: ValueTableSpec<RouteRule>): { rule: RouteRule; cite: Citation } | undefined {
  const r = read(ctx, spec);
  if (!r.inForce) {
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
    for (const e of exclusionsOf(ctx.applicant, rule.excludes)) {
      fail(ctx, name, e === 'registered-personnel' ? 'excluded-registered-personnel' : 'excluded-active-military', undefined, r.cite);
      ok = false;
    }
  }
  if (rule.minAge !== undefined) {
    const b = ctx.applicant.birthDate;
    if (b === undefined || b > ctx.date || ageOn(b, ctx.date) < rule.minAge) {
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

function hukouCite(key: ServiceKey, date: CivilDate): Citation {
  if (key.startsWith('taiwan')) return HUKOU_CITES.taiwan;
  if (key.startsWith('hkmo')) return HUKOU_CITES.hkmo;
  if (date >= '2007-01-01') return HUKOU_CITES.passport;
  return HUKOU_CITES.before2007;
}

function hukouRoute(ctx: Ctx): void {
  if (ctx.key === 'hkmo.talent') {
    fail(ctx, 'hukou-place', 'not-covered', undefined, cite(NIA_2023_TALENT));
    return;
  }
  const city = cityCodeOf(ctx.applicant.hukou);
  add(ctx, 'hukou-place', { scope: 'city', division: city }, { city }, hukouCite(ctx.key, ctx.date));
}

function regimeRoute(ctx: Ctx, id: string): void {
  const regime = ctx.lookups.cityRegime(ctx.view, id);
  if (!regime) {
    fail(ctx, 'regime', 'regime-not-here', { regime: id });
    return;
  }
  if (regime.excludesStatePersonnel && ctx.applicant.registeredPersonnel === true) {
    fail(ctx, 'regime', 'excluded-registered-personnel', undefined, regime.cite);
    return;
  }
  const area: Area = { scope: 'city', division: regime.city };
  const params = { regime: id, city: regime.city };
  if (regime.eligible.includes('hukou') && cityCodeOf(ctx.applicant.hukou) === regime.city) add(ctx, 'regime', area, params, regime.cite, 'hukou-place');
  else if (regime.eligible.includes('residence-permit') && permitValidOn(ctx.applicant.residencePermit, ctx.date) && cityCodeOf(ctx.applicant.residencePermit?.division ?? '') === regime.city) {
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
  const hukouCity = cityCodeOf(ctx.applicant.hukou);
  if (!schemeCityCheck(ctx, 'in-province', hukouCity, g.cite)) return;
  const province = provinceOfCode(ctx.applicant.hukou);
  if (g.rule.minResidenceMonths === undefined) {
    add(ctx, 'in-province', { scope: 'province', division: province }, { province }, g.cite);
    return;
  }
  const cities = residedCities(ctx.applicant, ctx.date, g.rule.minResidenceMonths).filter((c) => provinceOfCode(c) === province && c !== hukouCity);
  if (cities.length === 0) fail(ctx, 'in-province', 'residence-short', { months: g.rule.minResidenceMonths }, g.cite);
  for (const city of cities) add(ctx, 'in-province', { scope: 'city', division: city }, { province }, g.cite);
}

function residencePermitRoute(ctx: Ctx): void {
  const g = gate(ctx, 'residence-permit', PLACE_ROUTE_TABLES.residencePermit);
  if (!g) return;
  const rp = ctx.applicant.residencePermit;
  if (!rp || !permitValidOn(rp, ctx.date)) {
    fail(ctx, 'residence-permit', 'no-residence-permit', undefined, g.cite);
    return;
  }
  const city = cityCodeOf(rp.division);
  if (!schemeCityCheck(ctx, 'residence-permit', city, g.cite)) return;
  add(ctx, 'residence-permit', { scope: 'city', division: city }, { city }, g.cite);
}

function relativesRoute(ctx: Ctx): void {
  const g = gate(ctx, 'relatives', PLACE_ROUTE_TABLES.relatives);
  if (!g) return;
  const rel = ctx.relative;
  if (!rel) {
    fail(ctx, 'relatives', 'no-place-given', undefined, g.cite);
    return;
  }
  if (!(g.rule.relationships ?? []).includes(rel.relationship)) {
    fail(ctx, 'relatives', 'relationship-not-covered', undefined, g.cite);
    return;
  }
  if (provinceOfCode(rel.hukou) === provinceOfCode(ctx.applicant.hukou)) {
    fail(ctx, 'relatives', 'relative-same-province', undefined, g.cite);
    return;
  }
  const city = cityCodeOf(rel.hukou);
  add(ctx, 'relatives', { scope: 'city', division: city }, { city }, g.cite);
}

function cityScheme(ctx: Ctx, name: PlaceRouteName, spec: ValueTableSpec<RouteRule>, citySpec: SetTableSpec): void {
  const g = gate(ctx, name, spec);
  if (!g) return;
  const { rule } = g;
  const hukouCity = cityCodeOf(ctx.applicant.hukou);
  const member = (city: string) => {
    const m = ctx.view.member(citySpec, city);
    if (m?.unverified) ctx.unverified.add(citySpec.id);
    return m;
  };
  const found: [string, Citation][] = [];
  let insuranceShort = false;
  const who = rule.who ?? [];
  const w = ctx.applicant.work;
  if (w && who.includes('employed')) {
    const city = cityCodeOf(w.division);
    const m = city !== hukouCity ? member(city) : undefined;
    if (m) {
      if ((w.socialInsuranceMonths ?? 0) >= (rule.minInsuranceMonths ?? 0)) found.push([city, m.cite]);
      else insuranceShort = true;
    }
  }
  const s = ctx.applicant.study;
  if (s && who.includes('student')) {
    const city = cityCodeOf(s.division);
    const m = city !== hukouCity ? member(city) : undefined;
    if (m) found.push([city, m.cite]);
  }
  const rel = ctx.relative;
  if (rel && who.includes('local-relative') && (rule.relationships ?? []).includes(rel.relationship)) {
    const b = ctx.applicant.birthDate;
    const childOk = rel.relationship !== 'child' || rule.childUnder === undefined || (b !== undefined && b <= ctx.date && ageOn(b, ctx.date) < rule.childUnder);
    const city = cityCodeOf(rel.hukou);
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

function residenceScheme(ctx: Ctx, name: PlaceRouteName, spec: ValueTableSpec<RouteRule>): void {
  const g = gate(ctx, name, spec);
  if (!g) return;
  const months = g.rule.minResidenceMonths ?? 0;
  const hukouCity = cityCodeOf(ctx.applicant.hukou);
  const cities = residedCities(ctx.applicant, ctx.date, months).filter((c) => c !== hukouCity);
  if (cities.length === 0) fail(ctx, name, 'residence-short', { months }, g.cite);
  for (const city of cities) add(ctx, name, { scope: 'city', division: city }, { city }, g.cite);
}

const ANYWHERE_AREA: Area = /* @__PURE__ */ Object.freeze({ scope: 'anywhere' });

function anywhereRoute(ctx: Ctx, name: PlaceRouteName, spec: ValueTableSpec<RouteRule>): void {
  const g = gate(ctx, name, spec);
  if (g) add(ctx, name, ANYWHERE_AREA, {}, g.cite);
}

function placeRoute(ctx: Ctx, name: 'filing-place' | 'work-place', spec: ValueTableSpec<RouteRule>, division: string | undefined): void {
  const g = gate(ctx, name, spec);
  if (!g) return;
  if (division === undefined) {
    fail(ctx, name, 'no-place-given', undefined, g.cite);
    return;
  }
  const city = cityCodeOf(division);
  add(ctx, name, { scope: 'city', division: city }, { city }, g.cite);
}

/** Every candidate route and every failure (used by {@link decide}). */
function evaluateRoutes(input: ApplicationPlaceInput, lookups: SchemeLookups): Ctx {
  const ctx: Ctx = {
    view: input.view,
    date: input.view.date,
    applicant: input.applicant,
    key: serviceKeyFast(input.service),
    action: serviceActionOf(input.service),
    relative: input.relative,
    lookups,
    candidates: [],
    failures: [],
    unverified: new Set(),
  };
  const regime = input.service.endorsement?.regime;
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
  placeRoute(ctx, 'filing-place', PLACE_ROUTE_TABLES.filingPlace, input.applicant.business?.filingDivision);
  placeRoute(ctx, 'work-place', PLACE_ROUTE_TABLES.workPlace, input.applicant.work?.division);
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

/** The decision, computed (no memo): every route evaluated for the (trusted) input. The result is deeply frozen. */
export function decide(input: ApplicationPlaceInput, lookups: SchemeLookups): PlaceDecision {
  const { candidates, failures, unverified } = evaluateRoutes(input, lookups);
  const tail: PlaceReason[] = [];
  for (const table of unverified) tail.push(placeReason('place.unverified', { table }));
  const isUnverified = tail.length > 0;
  const office = input.office;
  const hits: PlaceReason[] = [];
  let first: Candidate | undefined;
  for (const c of candidates) {
    if (!isInArea(office, c.area)) continue;
    first ??= c;
    hits.push(c.reason);
  }
  if (first) return Object.freeze({ status: 'allowed', route: first.route, reasons: Object.freeze(hits.concat(tail)), unverified: isUnverified });
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
  return Object.freeze({ status: 'not-allowed', reasons: Object.freeze(reasons), where: Object.freeze(where), unverified: isUnverified });
}
