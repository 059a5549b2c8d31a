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
import * as z from 'zod/mini';
import type { CivilDate } from '../rules/civil-date.js';
import { type LocalizedText, ValidationError } from '../rules/errors.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { PolicyView } from '../rules/policy-at.js';
import type { Label, TableData, TableSpec, ValueTableHead } from '../rules/table.js';
import { CHANNEL_LOCAL, CHANNEL_NATIONAL, CHANNEL_TABLES } from './channel-tables.js';
import { KIOSK_LOCAL, KIOSK_NATIONAL, KIOSK_TABLE_SPECS, KIOSK_TABLES } from './kiosk-tables.js';
import { type CheckOptions, bilingual, checkOptions } from './call-options.js';
import { type PlaceApplicant, ageYears, monthsResided, placeApplicantSchema } from './place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './place-lookups.js';
import { PLACE_REASON_CATALOGUE, type PlaceReason } from './place-reasons.js';
import { type Area, type Service, type ServiceKey, cityCodeOf, placeDivisionSchema, serviceActionOf, serviceKeyFast, serviceSchema } from './place-services.js';
import { PLACE_CITY_TABLES, PLACE_ROUTE_LOCAL, PLACE_ROUTE_NATIONAL, PLACE_ROUTE_SPECS, PLACE_ROUTE_TABLES, type RouteRule } from './place-tables.js';
import { type PlaceFacts, type PlacePlan, type PlaceQuery, decideRoutes, finishPlan, hukouBefore2007 } from './place-routes.js';

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
 * const w: WhereToApply = { route: 'hukou-place', area: { scope: 'city', division: '510100' }, label: { 'zh-CN': '成都市', en: 'Chengdu' }, reason };
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
 * if (d.status === 'not-allowed') d.where.map((w) => w.label['zh-CN']);
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
export const applicationPlaceInputSchema = /* @__PURE__ */ z.strictObject({
  applicant: placeApplicantSchema,
  service: serviceSchema,
  office: placeDivisionSchema,
  relative: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ hukou: placeDivisionSchema, relationship: /* @__PURE__ */ z.enum(['spouse', 'child', 'parent']) })),
});

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

// ---- the plan: a decision depends on the rules, the service and a few facts of the applicant ----

/** Route tables, in the order {@link decideRoutes} reads them (so that a view that throws throws the same error). */
const ROUTE_SPECS: readonly ValueTableHead<RouteRule>[] = [
  PLACE_ROUTE_TABLES.inProvince,
  PLACE_ROUTE_TABLES.residencePermit,
  PLACE_ROUTE_TABLES.relatives,
  PLACE_ROUTE_TABLES.sixCities2012,
  PLACE_ROUTE_TABLES.passport2013,
  PLACE_ROUTE_TABLES.taiwan2013,
  PLACE_ROUTE_TABLES.elderly2013,
  PLACE_ROUTE_TABLES.renewal2013,
  PLACE_ROUTE_TABLES.filingPlace,
  PLACE_ROUTE_TABLES.workPlace,
  PLACE_ROUTE_TABLES.nationwideRenewal,
  PLACE_ROUTE_TABLES.nationwide,
];

/**
 * The thresholds of the route rules in force, ascending: ages (minAge, childUnder), residence
 * months (with 0) and insurance months. An applicant's facts reduced to the largest threshold
 * they reach give the decision their exact values give.
 */
interface ThresholdNumbers {
  readonly ages: readonly number[];
  readonly months: readonly number[];
  readonly insurance: readonly number[];
}

/** The thresholds of the route rules in force on `view` (it reads the view only through `value`). */
function thresholdNumbers(view: PolicyView): ThresholdNumbers {
  const ages = new Set<number>();
  const months = new Set<number>([0]);
  const insurance = new Set<number>();
  for (const spec of ROUTE_SPECS) {
    const r = view.value(spec);
    if (!r.inForce) continue;
    const v = r.value;
    if (v.minAge !== undefined) ages.add(v.minAge);
    if (v.childUnder !== undefined) ages.add(v.childUnder);
    if (v.minResidenceMonths !== undefined) months.add(v.minResidenceMonths);
    if (v.minInsuranceMonths !== undefined) insurance.add(v.minInsuranceMonths);
  }
  const sorted = (s: Set<number>): readonly number[] => Object.freeze([...s].sort((a, b) => a - b));
  return Object.freeze({ ages: sorted(ages), months: sorted(months), insurance: sorted(insurance) });
}

/** The largest threshold (ascending list) that `n` reaches, or -1. */
function reached(thresholds: readonly number[], n: number): number {
  for (let i = thresholds.length - 1; i >= 0; i--) if ((thresholds[i] as number) <= n) return thresholds[i] as number;
  return -1;
}

/** The facts of an input on the view's day, exact (`t`: reduced to the thresholds `t` instead). */
function factsOf(input: ApplicationPlaceInput, key: ServiceKey, date: CivilDate, t?: ThresholdNumbers): PlaceFacts {
  const a = input.applicant;
  const b = a.birthDate;
  const rp = a.residencePermit;
  const permitValid = rp !== undefined && rp.validFrom <= date && (rp.validTo === undefined || date <= rp.validTo);
  const r = a.residence;
  const w = a.work;
  const rel = input.relative;
  let age: number | 'x' = b === undefined || b > date ? 'x' : t !== undefined && t.ages.length === 0 ? -1 : ageYears(b, date);
  let permitMonths = permitValid ? monthsResided(rp.validFrom, date) : -1;
  let residenceMonths = r === undefined ? -1 : monthsResided(r.since, date);
  let insuranceMonths = w === undefined ? -1 : (w.socialInsuranceMonths ?? 0);
  if (t !== undefined) {
    if (age !== 'x') age = reached(t.ages, age);
    permitMonths = reached(t.months, permitMonths);
    residenceMonths = reached(t.months, residenceMonths);
    insuranceMonths = reached(t.insurance, insuranceMonths);
  }
  return {
    hukouCity: cityCodeOf(a.hukou),
    registeredPersonnel: a.registeredPersonnel === true,
    activeMilitary: a.activeMilitary === true,
    age,
    permitCity: permitValid ? cityCodeOf(rp.division) : '',
    permitMonths,
    residenceCity: r === undefined ? '' : cityCodeOf(r.division),
    residenceMonths,
    workCity: w === undefined ? '' : cityCodeOf(w.division),
    insuranceMonths,
    studyCity: a.study === undefined ? '' : cityCodeOf(a.study.division),
    businessCity: a.business === undefined ? '' : cityCodeOf(a.business.filingDivision),
    relativeCity: rel === undefined ? '' : cityCodeOf(rel.hukou),
    relationship: rel?.relationship,
    before2007: hukouBefore2007(key, date),
  };
}

/** The decision computed from the input's exact facts on the view (no plan shared). */
function decideDirect(input: ApplicationPlaceInput, lookups: SchemeLookups): PlaceDecision {
  const { view, service } = input;
  const key = serviceKeyFast(service);
  const q: PlaceQuery = { key, action: serviceActionOf(service), regime: service.endorsement?.regime, office: input.office, facts: factsOf(input, key, view.date) };
  return decideRoutes(view, q, lookups, view.date).decision;
}

/**
 * The plan of a decision, shared by every day whose rules answer its reads alike
 * (`view.tracked`): it is keyed by every fact the routes decide on (the cities of the hukou,
 * office, residence permit, residence, work, study, filing and relative; age, residence and
 * insurance reduced to the thresholds of the rules in force; flags; the Passport Law's day for
 * the hukou place's citation) and never reads the date. `undefined` when the view's route
 * tables cannot be read (the decision is then computed directly, and throws as it does).
 */
function planOf(input: ApplicationPlaceInput): PlacePlan | undefined {
  const { view, applicant: a, service } = input;
  const date = view.date;
  const key = serviceKeyFast(service);
  const action = serviceActionOf(service);
  const office = cityCodeOf(input.office);
  const regime = service.endorsement?.regime;
  if (regime !== undefined) {
    const rp = a.residencePermit;
    const rpValid = rp !== undefined && rp.validFrom <= date && (rp.validTo === undefined || date <= rp.validTo);
    const hukouCity = cityCodeOf(a.hukou);
    const registered = a.registeredPersonnel === true;
    const permitCity = rpValid ? cityCodeOf(rp.division) : '';
    return view.tracked(['place.regime', key, action, regime, office, hukouCity, registered, permitCity], (v) => {
      const facts: PlaceFacts = { ...NO_FACTS, hukouCity, registeredPersonnel: registered, permitCity };
      return decideRoutes(v, { key, action, regime, office, facts }, DEFAULT_SCHEME_LOOKUPS, '');
    });
  }
  let t: ThresholdNumbers;
  try {
    t = view.tracked(['place.thresholds'], thresholdNumbers);
  } catch {
    return undefined;
  }
  const f = factsOf(input, key, date, t);
  const planKey = [
    'place',
    key,
    action,
    office,
    f.hukouCity,
    f.registeredPersonnel,
    f.activeMilitary,
    f.age,
    f.permitCity,
    f.permitMonths,
    f.residenceCity,
    f.residenceMonths,
    f.workCity,
    f.insuranceMonths,
    f.studyCity,
    f.businessCity,
    f.relativeCity,
    f.relationship,
    f.before2007,
  ];
  return view.tracked(planKey, (v) => decideRoutes(v, { key, action, regime: undefined, office, facts: f }, DEFAULT_SCHEME_LOOKUPS, ''));
}

/** Facts a city regime does not read. */
const NO_FACTS: PlaceFacts = /* @__PURE__ */ Object.freeze({
  hukouCity: '',
  registeredPersonnel: false,
  activeMilitary: false,
  age: 'x',
  permitCity: '',
  permitMonths: -1,
  residenceCity: '',
  residenceMonths: -1,
  workCity: '',
  insuranceMonths: -1,
  studyCity: '',
  businessCity: '',
  relativeCity: '',
  relationship: undefined,
  before2007: false,
});

/**
 * {@link applicationPlace} without the input check: the core that `evaluate` calls with an
 * input it has already validated (schema-valid, the view resolved at the office's city). It
 * runs no schema and re-checks nothing. With the default lookups the decision comes from a
 * plan shared by every day (and office of the city) whose rules answer its reads alike, keyed
 * by the service and the applicant's facts the routes decide on (cities of the hukou, office,
 * residence permit, residence, work, study, filing and relative; age, residence and insurance
 * against the thresholds of the rules in force; registered personnel and military flags); the
 * day is written into the reasons of routes not in force. The result is a deeply frozen value
 * (it may be shared): do not mutate it.
 *
 * @internal
 * @param input - a valid {@link ApplicationPlaceInput} (as {@link applicationPlaceInputSchema} parses it).
 * @param lookups - as for {@link applicationPlace}; with other lookups than the default no plan is shared.
 * @throws `UnverifiedDateError` past a table's verified date unless the view flags instead.
 * @example
 * ```ts
 * const d = applicationPlaceTrusted({
 *   view: policyAt(defaultPolicy(), '2025-01-24', { division: '510100', beyondVerified: 'flag' }),
 *   applicant: { hukou: '510104', birthDate: '1990-03-15' },
 *   service: { kind: 'document', document: 'hkmo-permit', action: 'first-issue' },
 *   office: '510100',
 * });
 * d.status; // 'allowed', route 'hukou-place'
 * ```
 */
export function applicationPlaceTrusted(input: ApplicationPlaceInput, lookups: SchemeLookups = DEFAULT_SCHEME_LOOKUPS): PlaceDecision {
  if (lookups !== DEFAULT_SCHEME_LOOKUPS) return decideDirect(input, lookups);
  const plan = planOf(input);
  if (plan === undefined) return decideDirect(input, lookups);
  return finishPlan(plan, input.view.date);
}

const TITLE: LocalizedText = Object.freeze({ 'zh-CN': '受理地查询信息有误', en: 'Invalid application-place input' });

function checkInput(input: unknown, options?: unknown): ApplicationPlaceInput {
  const { locale, issues } = checkOptions(options, ['locale', 'lookups']);
  const isObject = typeof input === 'object' && input !== null;
  const view = isObject && Object.hasOwn(input, 'view') ? (input as { view?: unknown }).view : undefined;
  if (!(view instanceof PolicyView)) issues.push(bilingual(['view'], 'invalid-view', { 'zh-CN': '应为受理地的PolicyView（policyAt(policy, date, { division: office })）', en: 'expected a PolicyView (policyAt(policy, date, { division: office }))' }, locale));
  const { view: _v, ...rest } = (isObject ? input : {}) as Record<string, unknown>;
  const parsed = applicationPlaceInputSchema.safeParse(isObject ? rest : input, REPORT_INPUT);
  if (!parsed.success) issues.push(...issuesOf(parsed.error, [], locale));
  if (view instanceof PolicyView && parsed.success) {
    const d = view.division;
    const city = cityCodeOf(parsed.data.office);
    if (d === undefined || cityCodeOf(d) !== city) {
      issues.push(bilingual(['view'], 'view-not-at-office', { 'zh-CN': `视图应在受理地所在城市（${city}）解析，而不是${d ?? '无行政区划'}`, en: `the view must be resolved at the office's city (${city}), not at ${d ?? 'no division'}` }, locale));
    }
  }
  if (issues.length > 0 || !parsed.success) throw new ValidationError(TITLE, issues, locale);
  return { ...(parsed.data as Omit<ApplicationPlaceInput, 'view'>), view: view as PolicyView };
}

/**
 * Checks an input of {@link applicationPlace} as it does (schema, and a view resolved at the
 * office's city) and returns it as {@link applicationPlaceTrusted} takes it.
 *
 * @internal
 * @throws `ValidationError` listing every problem of the input.
 * @example
 * ```ts
 * applicationPlaceTrusted(checkApplicationPlaceInput(untrusted));
 * ```
 */
export function checkApplicationPlaceInput(input: unknown, options?: unknown): ApplicationPlaceInput {
  return checkInput(input, options);
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
 * The result is a frozen value (it may be shared with other calls, on this day or others).
 *
 * @param options - `locale` of an error's message (`'en'` by default); `lookups`: scheme-city
 *   and city-regime lookups, by default the endorsement tables of the view's policy (which must
 *   then contain them).
 * @throws `ValidationError` listing every problem of the input and the options (unknown keys,
 *   bad codes or dates, a view not resolved at the office's city, an unknown locale);
 *   `UnverifiedDateError` past a table's verified date unless the view flags instead.
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
export function applicationPlace(input: ApplicationPlaceInput, options?: CheckOptions): PlaceDecision {
  return applicationPlaceTrusted(checkInput(input, options), options?.lookups ?? DEFAULT_SCHEME_LOOKUPS);
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
export const PLACE_TABLES: readonly TableSpec[] = /* @__PURE__ */ Object.freeze([
  ...PLACE_ROUTE_SPECS,
  ...Object.values(PLACE_CITY_TABLES),
  ...Object.values(CHANNEL_TABLES),
  ...KIOSK_TABLE_SPECS,
] as TableSpec[]);

/**
 * National data of every place, channel and kiosk table, by id.
 *
 * @example
 * ```ts
 * Object.keys(PLACE_NATIONAL).length === PLACE_TABLES.length; // true
 * ```
 */
export const PLACE_NATIONAL: Readonly<Record<string, TableData>> = /* @__PURE__ */ Object.freeze({ ...PLACE_ROUTE_NATIONAL, ...CHANNEL_NATIONAL, ...KIOSK_NATIONAL });

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
