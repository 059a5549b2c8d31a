/**
 * Where one may apply: {@link applicationPlace} decides whether an office may accept an
 * application for a document or an endorsement on a date, by which route (hukou place,
 * in-province, residence permit, a non-hukou scheme, the relatives route, nationwide renewal,
 * 全国通办, or the filing / work place of business and talent endorsements), and, when it may
 * not, where the applicant may apply instead. Who may have an endorsement at all (e.g. G) is
 * `endorsementOptions`' matter; this module decides only the place.
 *
 * The place bundle for the built-in policy is exported here: {@link PLACE_TABLES},
 * {@link PLACE_NATIONAL}, {@link PLACE_LOCAL} and {@link PLACE_REASONS} (with the channel and
 * kiosk tables).
 *
 * @module
 */
import { z } from 'zod';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { divisionOf } from '../rules/divisions.js';
import { ValidationError } from '../rules/errors.js';
import { PolicyView, type ResolvedValue } from '../rules/policy-at.js';
import type { Label, SetTableSpec, TableData, TableSpec, ValueTableSpec } from '../rules/table.js';
import { ageOn } from '../documents/age.js';
import { HKMO_RULES_1986, IMPLEMENTING_RULES_1994, PASSPORT_LAW, TAIWAN_RULES_1991, article } from '../documents/instruments.js';
import { CHANNEL_LOCAL, CHANNEL_NATIONAL, CHANNEL_TABLES } from './channel-tables.js';
import { KIOSK_LOCAL, KIOSK_NATIONAL, KIOSK_TABLES } from './kiosk-tables.js';
import * as C from './place-citations.js';
import { type PlaceApplicant, exclusionsOf, permitValidOn, placeApplicantSchema, residedCities, zodToIssues } from './place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './place-lookups.js';
import { PLACE_REASON_CATALOGUE, type PlaceReason, type PlaceRouteName, type RouteCondition, placeReason } from './place-reasons.js';
import { type Area, type Service, type ServiceAction, type ServiceKey, cityCodeOf, isInArea, placeDivisionSchema, provinceOfCode, serviceKeyOf, serviceSchema } from './place-services.js';
import { PLACE_CITY_TABLES, PLACE_ROUTE_LOCAL, PLACE_ROUTE_NATIONAL, PLACE_ROUTE_TABLES, type RouteRule } from './place-tables.js';

/**
 * The route by which an office may accept an application:
 * - `hukou-place` — the hukou city (户籍地), or a city regime's own city for its hukou residents;
 * - `in-province` — any office in the hukou province (2018-02-01; earlier local measures);
 * - `residence-permit` — the city of a valid residence permit (2016-04-01; regimes that admit permit holders);
 * - `non-hukou-scheme` — the 2012 six-city and 2013 schemes (work, study, relatives, age 60+, 6 months' residence);
 * - `relatives-route` — the city of a local-hukou spouse, child or parent (2018-02-01);
 * - `nationwide-renewal` — renewals, replacements and group tours at any office (2018-09-01);
 * - `cross-province` — 全国通办 (2019-04-01 for documents; 2023/2024 for T, L, Q, D, S);
 * - `filing-place` — business endorsements where the employer is filed;
 * - `work-place` — talent endorsements where the applicant works.
 *
 * @example
 * ```ts
 * const r: PlaceRoute = 'cross-province';
 * ```
 */
export type PlaceRoute =
  | 'hukou-place'
  | 'in-province'
  | 'cross-province'
  | 'residence-permit'
  | 'non-hukou-scheme'
  | 'relatives-route'
  | 'nationwide-renewal'
  | 'filing-place'
  | 'work-place';

/**
 * One place where the applicant may apply: the route, the area (a city, a province or
 * anywhere), its name in zh-CN and en, and the reason (with its citation).
 *
 * @example
 * ```ts
 * const w: WhereToApply = { route: 'hukou-place', area: { scope: 'city', division: '510100' }, label: { zh: '成都市', en: 'Chengdu' }, reason };
 * ```
 */
export interface WhereToApply {
  readonly route: PlaceRoute;
  readonly area: Area;
  readonly label: Label;
  readonly reason: PlaceReason;
}

/**
 * The decision of {@link applicationPlace}: allowed (with the route and its reasons — every
 * route that admits the office, the deciding one first), or not allowed, with every reason each
 * route gave and where the applicant may apply instead. `unverified` is true when a table was
 * read past its verified date (only with `beyondVerified: 'flag'`).
 *
 * @example
 * ```ts
 * const d: PlaceDecision = applicationPlace(input);
 * if (d.status === 'not-allowed') d.where.map((w) => w.label.zh);
 * ```
 */
export type PlaceDecision =
  | { readonly status: 'allowed'; readonly route: PlaceRoute; readonly reasons: readonly PlaceReason[]; readonly unverified: boolean }
  | { readonly status: 'not-allowed'; readonly reasons: readonly PlaceReason[]; readonly where: readonly WhereToApply[]; readonly unverified: boolean };

/**
 * Schema of the input of {@link applicationPlace} (all but the view): applicant, service,
 * office (GB/T 2260 code of the accepting office) and, for the relatives route and the 2013
 * schemes, the relative with a hukou where the applicant applies and the applicant's
 * relationship to them (the applicant is their `spouse`, `child` or `parent`).
 *
 * @example
 * ```ts
 * applicationPlaceInputSchema.parse({ applicant: { hukou: '510704' }, service: { kind: 'document', document: 'passport' }, office: '510104' });
 * ```
 */
export const applicationPlaceInputSchema = z
  .object({
    applicant: placeApplicantSchema,
    service: serviceSchema,
    office: placeDivisionSchema,
    relative: z.object({ hukou: placeDivisionSchema, relationship: z.enum(['spouse', 'child', 'parent']) }).strict().optional(),
  })
  .strict();

/**
 * Input of {@link applicationPlace}. `view` is the policy on the application date at the
 * office (`policyAt(policy, date, { division: office })`): local measures are those of the office.
 *
 * @example
 * ```ts
 * const input: ApplicationPlaceInput = {
 *   view: policyAt(policy, '2019-04-01', { division: '110105' }),
 *   applicant: { hukou: '510104' }, service: { kind: 'document', document: 'passport' }, office: '110105',
 * };
 * ```
 */
export interface ApplicationPlaceInput {
  readonly view: PolicyView;
  readonly applicant: PlaceApplicant;
  readonly service: Service;
  readonly office: string;
  readonly relative?: { readonly hukou: string; readonly relationship: 'spouse' | 'child' | 'parent' } | undefined;
}

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

function fail(ctx: Ctx, name: PlaceRouteName, condition: RouteCondition, params: Readonly<Record<string, string | number>>, cite?: Citation): void {
  ctx.failures.push(placeReason(`place.${name}.${condition}`, params, cite));
}

function add(ctx: Ctx, name: PlaceRouteName, area: Area, params: Readonly<Record<string, string | number>>, cite: Citation, route: PlaceRoute = ROUTE_OF[name]): void {
  ctx.candidates.push({ name, route, area, reason: placeReason(`place.${name}.applies`, params, cite) });
}

/** The instrument of each route table's first national entry: cited when a route is not yet in force. */
const OPENING: ReadonlyMap<string, Citation> = new Map(
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
    fail(ctx, name, 'not-covered', {}, r.cite);
    return undefined;
  }
  if (rule.actions && !rule.actions.includes(ctx.action)) {
    fail(ctx, name, 'action-not-covered', {}, r.cite);
    ok = false;
  }
  for (const e of exclusionsOf(ctx.applicant, rule.excludes)) {
    fail(ctx, name, e === 'registered-personnel' ? 'excluded-registered-personnel' : 'excluded-active-military', {}, r.cite);
    ok = false;
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

function hukouCite(key: ServiceKey, date: CivilDate): Citation {
  if (key.startsWith('taiwan')) return article(TAIWAN_RULES_1991, '第六条');
  if (key.startsWith('hkmo')) return article(HKMO_RULES_1986, '第六条');
  if (date >= '2007-01-01') return article(PASSPORT_LAW, '第五条');
  return { ...IMPLEMENTING_RULES_1994, note: 'Citizens applied to the public security organ of the city or county of their hukou; the article was not confirmed.' };
}

function hukouRoute(ctx: Ctx): void {
  if (ctx.key === 'hkmo.talent') {
    fail(ctx, 'hukou-place', 'not-covered', {}, C.TALENT_2023);
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
    fail(ctx, 'regime', 'excluded-registered-personnel', {}, regime.cite);
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
    fail(ctx, 'residence-permit', 'no-residence-permit', {}, g.cite);
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
    fail(ctx, 'relatives', 'no-place-given', {}, g.cite);
    return;
  }
  if (!(g.rule.relationships ?? []).includes(rel.relationship)) {
    fail(ctx, 'relatives', 'relationship-not-covered', {}, g.cite);
    return;
  }
  if (provinceOfCode(rel.hukou) === provinceOfCode(ctx.applicant.hukou)) {
    fail(ctx, 'relatives', 'relative-same-province', {}, g.cite);
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
  if (who.includes('employed') && w) {
    const city = cityCodeOf(w.division);
    const m = city !== hukouCity ? member(city) : undefined;
    if (m) {
      if ((w.socialInsuranceMonths ?? 0) >= (rule.minInsuranceMonths ?? 0)) found.push([city, m.cite]);
      else insuranceShort = true;
    }
  }
  const s = ctx.applicant.study;
  if (who.includes('student') && s) {
    const city = cityCodeOf(s.division);
    const m = city !== hukouCity ? member(city) : undefined;
    if (m) found.push([city, m.cite]);
  }
  const rel = ctx.relative;
  if (who.includes('local-relative') && rel && (rule.relationships ?? []).includes(rel.relationship)) {
    const b = ctx.applicant.birthDate;
    const childOk = rel.relationship !== 'child' || rule.childUnder === undefined || (b !== undefined && b <= ctx.date && ageOn(b, ctx.date) < rule.childUnder);
    const city = cityCodeOf(rel.hukou);
    const m = childOk && city !== hukouCity ? member(city) : undefined;
    if (m) found.push([city, m.cite]);
  }
  if (found.length === 0) {
    if (insuranceShort) fail(ctx, name, 'insurance-short', { months: rule.minInsuranceMonths ?? 0 }, g.cite);
    else fail(ctx, name, 'not-qualified', {}, g.cite);
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

function anywhereRoute(ctx: Ctx, name: PlaceRouteName, spec: ValueTableSpec<RouteRule>): void {
  const g = gate(ctx, name, spec);
  if (g) add(ctx, name, { scope: 'anywhere' }, {}, g.cite);
}

function placeRoute(ctx: Ctx, name: 'filing-place' | 'work-place', spec: ValueTableSpec<RouteRule>, division: string | undefined): void {
  const g = gate(ctx, name, spec);
  if (!g) return;
  if (division === undefined) {
    fail(ctx, name, 'no-place-given', {}, g.cite);
    return;
  }
  const city = cityCodeOf(division);
  add(ctx, name, { scope: 'city', division: city }, { city }, g.cite);
}

/** Every candidate route and every failure, for a validated input (used by {@link applicationPlace}). */
function evaluateRoutes(input: ApplicationPlaceInput, lookups: SchemeLookups): { candidates: Candidate[]; failures: PlaceReason[]; unverified: Set<string> } {
  const { key, action } = serviceKeyOf(input.service);
  const ctx: Ctx = { view: input.view, date: input.view.date, applicant: input.applicant, key, action, relative: input.relative, lookups, candidates: [], failures: [], unverified: new Set() };
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

const ANYWHERE: Label = { zh: '全国任一公安机关出入境管理机构', en: 'any exit-entry office nationwide' };

function areaLabel(area: Area): Label {
  if (area.scope === 'anywhere') return ANYWHERE;
  const d = divisionOf(area.division);
  return d ? { zh: d.zh, en: d.en } : { zh: `行政区划${area.division}`, en: `division ${area.division}` };
}

function officeOutside(c: Candidate): PlaceReason {
  const area = c.area.scope === 'anywhere' ? '' : c.area.division;
  return placeReason(`place.${c.name}.office-outside`, { area }, c.reason.cite);
}

function checkInput(input: unknown): ApplicationPlaceInput {
  const issues = [];
  const raw = (input ?? {}) as { view?: unknown };
  const view = raw.view;
  if (!(view instanceof PolicyView)) issues.push({ path: ['view'], code: 'invalid-view', message: 'expected a PolicyView (policyAt(policy, date, { division: office }))' });
  const { view: _v, ...rest } = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const parsed = applicationPlaceInputSchema.safeParse(rest);
  if (!parsed.success) issues.push(...zodToIssues(parsed.error));
  if (view instanceof PolicyView && parsed.success) {
    const d = view.division;
    if (d === undefined || cityCodeOf(d) !== cityCodeOf(parsed.data.office)) {
      issues.push({ path: ['view'], code: 'view-not-at-office', message: `the view must be resolved at the office's city (${cityCodeOf(parsed.data.office)}), not at ${d ?? 'no division'}` });
    }
  }
  if (issues.length > 0) throw new ValidationError(`Invalid application-place input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, issues);
  return { ...(parsed.data as Omit<ApplicationPlaceInput, 'view'>), view: view as PolicyView };
}

/**
 * Whether `office` may accept the application on the view's date, by which route, and if not,
 * where the applicant may apply instead.
 *
 * The hukou place is always open (except for talent endorsements, applied for where one
 * works). The other routes are the place tables in force on the date at the office; each
 * reason carries the citation of its rule. For G the residence-permit and in-province routes
 * need a scheme city (via `lookups.isSchemeCity`); a city regime (`service.endorsement.regime`,
 * e.g. `shenzhen.multi`) is open only at its own city's offices, to the residents it names.
 * `where` is computed with the office's view: local measures of other places are not consulted.
 *
 * @param lookups - scheme-city and city-regime lookups; by default the endorsement tables of
 *   the view's policy (which must then contain them).
 * @throws `ValidationError` listing every problem of the input (unknown keys, bad codes or
 *   dates, a view not resolved at the office's city); `UnverifiedDateError` past a table's
 *   verified date unless the view flags instead.
 * @example
 * ```ts
 * const d = applicationPlace({
 *   view: policyAt(policy, '2019-04-01', { division: '110105' }),
 *   applicant: { hukou: '510104' },
 *   service: { kind: 'document', document: 'passport', action: 'first-issue' },
 *   office: '110105',
 * });
 * d.status; // 'allowed', route 'cross-province' (全国通办); on 2019-03-31: 'not-allowed', where: Chengdu (hukou place)
 * ```
 */
export function applicationPlace(input: ApplicationPlaceInput, lookups: SchemeLookups = DEFAULT_SCHEME_LOOKUPS): PlaceDecision {
  const checked = checkInput(input);
  const { candidates, failures, unverified } = evaluateRoutes(checked, lookups);
  const tail = [...unverified].map((table) => placeReason('place.unverified', { table }));
  const hits = candidates.filter((c) => isInArea(checked.office, c.area));
  const first = hits[0];
  if (first) return { status: 'allowed', route: first.route, reasons: [...hits.map((c) => c.reason), ...tail], unverified: tail.length > 0 };
  const where: WhereToApply[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const k = `${c.route}|${c.area.scope}|${c.area.scope === 'anywhere' ? '' : c.area.division}`;
    if (seen.has(k)) continue;
    seen.add(k);
    where.push({ route: c.route, area: c.area, label: areaLabel(c.area), reason: c.reason });
  }
  const reasons = [...failures, ...candidates.map(officeOutside)];
  if (where.length === 0) reasons.push(placeReason('place.where-none'));
  return { status: 'not-allowed', reasons: [...reasons, ...tail], where, unverified: tail.length > 0 };
}

// ---- the bundle -------------------------------------------------------------------------------

/**
 * Specs of every place, channel and kiosk table, for assembling a policy.
 *
 * @example
 * ```ts
 * parsePolicy({ schema: 'churujing.policy/1', id: 'p', national: PLACE_NATIONAL, local: {}, changes: [] }, PLACE_TABLES);
 * ```
 */
export const PLACE_TABLES: readonly TableSpec[] = Object.freeze([
  ...Object.values(PLACE_ROUTE_TABLES),
  ...Object.values(PLACE_CITY_TABLES),
  ...Object.values(CHANNEL_TABLES),
  ...Object.values(KIOSK_TABLES),
] as TableSpec[]);

/**
 * National data of every place, channel and kiosk table, by id.
 *
 * @example
 * ```ts
 * Object.keys(PLACE_NATIONAL).length === PLACE_TABLES.length; // true
 * ```
 */
export const PLACE_NATIONAL: Readonly<Record<string, TableData>> = Object.freeze({ ...PLACE_ROUTE_NATIONAL, ...CHANNEL_NATIONAL, ...KIOSK_NATIONAL });

function mergeLocal(...groups: readonly Readonly<Record<string, Readonly<Record<string, TableData>>>>[]): Record<string, Record<string, TableData>> {
  const out: Record<string, Record<string, TableData>> = {};
  for (const g of groups) for (const [code, tables] of Object.entries(g)) Object.assign((out[code] ??= {}), tables);
  return out;
}

/**
 * Local measures of the place, channel and kiosk tables: GB/T 2260 division → table id → data.
 * Shanxi (140000) and Jilin (220000) in-province routes before 2018; Chengdu (510100) post,
 * police-station points and immediate kiosk endorsements; Jilin agencies.
 *
 * @example
 * ```ts
 * Object.keys(PLACE_LOCAL).sort(); // ['140000', '220000', '510100']
 * ```
 */
export const PLACE_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = Object.freeze(mergeLocal(PLACE_ROUTE_LOCAL, CHANNEL_LOCAL, KIOSK_LOCAL));

/**
 * The reason catalogue of the place, channel and kiosk decisions (zh-CN and en).
 *
 * @example
 * ```ts
 * renderReason({ code: 'kiosk.card-required', params: {} }, 'en', PLACE_REASONS);
 * ```
 */
export const PLACE_REASONS = PLACE_REASON_CATALOGUE;
