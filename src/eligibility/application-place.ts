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
import * as z from 'zod';
import type { CivilDate } from '../rules/civil-date.js';
import { type LocalizedText, ValidationError } from '../rules/errors.js';
import { issuesOf } from '../rules/zod-issues.js';
import { type MemoPart, PolicyView } from '../rules/policy-at.js';
import type { Label, TableData, TableSpec, ValueTableSpec } from '../rules/table.js';
import { CHANNEL_LOCAL, CHANNEL_NATIONAL, CHANNEL_TABLES } from './channel-tables.js';
import { KIOSK_LOCAL, KIOSK_NATIONAL, KIOSK_TABLES } from './kiosk-tables.js';
import { type CheckOptions, bilingual, checkOptions } from './call-options.js';
import { type PlaceApplicant, ageCutoff, monthsCutoff, placeApplicantSchema } from './place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './place-lookups.js';
import { PLACE_REASON_CATALOGUE, type PlaceReason } from './place-reasons.js';
import { type Area, type Service, cityCodeOf, placeDivisionSchema, serviceActionOf, serviceKeyFast, serviceSchema } from './place-services.js';
import { PLACE_CITY_TABLES, PLACE_ROUTE_LOCAL, PLACE_ROUTE_NATIONAL, PLACE_ROUTE_TABLES, type RouteRule } from './place-tables.js';
import { decide } from './place-routes.js';

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
export const applicationPlaceInputSchema = /* @__PURE__ */ z
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

// ---- the memo: a decision depends on the view, the service and a few facts of the applicant ----

/** Route tables, in the order {@link evaluateRoutes} reads them (so that a view that throws throws the same error). */
const ROUTE_SPECS: readonly ValueTableSpec<RouteRule>[] = [
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
 * The thresholds of the route rules in force on a view, as cut-off dates: an applicant's age
 * class is the number of `ages` cut-offs on or after the birth date (age >= each minAge /
 * childUnder), a residence's class the number of `residence` cut-offs on or after its start
 * (months resided >= each minResidenceMonths, and 0), an employee's the number of `insurance`
 * thresholds reached. Two applicants with the same classes (and the same cities) get the same
 * decision on this view.
 */
interface Thresholds {
  readonly ages: readonly CivilDate[];
  readonly residence: readonly CivilDate[];
  readonly insurance: readonly number[];
}

/** The thresholds of the route rules in force, ascending: ages, residence months (with 0) and insurance months. */
interface ThresholdNumbers {
  readonly ages: readonly number[];
  readonly months: readonly number[];
  readonly insurance: readonly number[];
}

/** The cut-off dates of the view's thresholds; the thresholds themselves are shared by every view whose route rules read the same (`view.tracked`). */
function thresholdsOf(view: PolicyView): Thresholds {
  const t = view.tracked(['place.thresholds'], thresholdNumbers);
  const date = view.date;
  return Object.freeze({
    ages: Object.freeze(t.ages.map((x) => ageCutoff(date, x))),
    residence: Object.freeze(t.months.map((m) => monthsCutoff(date, m))),
    insurance: t.insurance,
  });
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

/** How many cut-off dates lie on or after `date`. */
function countFrom(cutoffs: readonly CivilDate[], date: CivilDate): number {
  let n = 0;
  for (let i = 0; i < cutoffs.length; i++) if (date <= (cutoffs[i] as CivilDate)) n++;
  return n;
}

/**
 * The memo key of a decision: every input {@link decide} reads besides the view, reduced to
 * what it decides on (cities, classes against the day's thresholds, flags); `undefined` when
 * the view's route tables cannot be read (the decision then throws, or is computed unmemoised).
 */
function memoKey(input: ApplicationPlaceInput): MemoPart[] | undefined {
  const { view, applicant: a, service } = input;
  const date = view.date;
  const key = serviceKeyFast(service);
  const action = serviceActionOf(service);
  const hukou = cityCodeOf(a.hukou);
  const office = cityCodeOf(input.office);
  const rp = a.residencePermit;
  const rpValid = rp !== undefined && rp.validFrom <= date && (rp.validTo === undefined || date <= rp.validTo);
  const regime = service.endorsement?.regime;
  if (regime !== undefined) {
    return ['place.regime', key, action, regime, office, hukou, a.registeredPersonnel === true, rpValid ? cityCodeOf(rp.division) : ''];
  }
  let t: Thresholds;
  try {
    t = view.memo('place.thresholds', () => thresholdsOf(view));
  } catch {
    return undefined;
  }
  const b = a.birthDate;
  const age = b === undefined || b > date ? 'x' : countFrom(t.ages, b);
  const flags = (a.registeredPersonnel === true ? 1 : 0) + (a.activeMilitary === true ? 2 : 0);
  const permitCity = rpValid ? cityCodeOf(rp.division) : '';
  const permitClass = rpValid ? countFrom(t.residence, rp.validFrom) : -1;
  const r = a.residence;
  const residenceCity = r === undefined ? '' : cityCodeOf(r.division);
  const residenceClass = r === undefined ? -1 : countFrom(t.residence, r.since);
  const w = a.work;
  let workCity = '';
  let insuranceClass = -1;
  if (w !== undefined) {
    const months = w.socialInsuranceMonths ?? 0;
    let n = 0;
    for (const x of t.insurance) if (months >= x) n++;
    workCity = cityCodeOf(w.division);
    insuranceClass = n;
  }
  const study = a.study === undefined ? '' : cityCodeOf(a.study.division);
  const business = a.business === undefined ? '' : cityCodeOf(a.business.filingDivision);
  const rel = input.relative;
  return ['place', key, action, office, hukou, flags, age, permitCity, permitClass, residenceCity, residenceClass, workCity, insuranceClass, study, business, rel === undefined ? '' : cityCodeOf(rel.hukou), rel?.relationship];
}

/**
 * {@link applicationPlace} without the input check: the core that `evaluate` calls with an
 * input it has already validated (schema-valid, the view resolved at the office's city). It
 * runs no schema and re-checks nothing. With the default lookups the decision is memoised on
 * the view, keyed by the service and the applicant's facts the routes decide on (cities of the
 * hukou, office, residence permit, residence, work, study, filing and relative; age, residence
 * and insurance classes against the day's thresholds; registered personnel and military
 * flags), so the result is a shared, deeply frozen value: do not mutate it.
 *
 * @internal
 * @param input - a valid {@link ApplicationPlaceInput} (as {@link applicationPlaceInputSchema} parses it).
 * @param lookups - as for {@link applicationPlace}; other lookups than the default are not memoised.
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
  if (lookups !== DEFAULT_SCHEME_LOOKUPS) return decide(input, lookups);
  const key = memoKey(input);
  if (key === undefined) return decide(input, lookups);
  return input.view.memo(key, () => decide(input, lookups));
}

const TITLE: LocalizedText = Object.freeze({ 'zh-CN': '受理地查询信息有误', en: 'Invalid application-place input' });

function checkInput(input: unknown, options?: unknown): ApplicationPlaceInput {
  const { locale, issues } = checkOptions(options, ['locale', 'lookups']);
  const isObject = typeof input === 'object' && input !== null;
  const view = isObject && Object.hasOwn(input, 'view') ? (input as { view?: unknown }).view : undefined;
  if (!(view instanceof PolicyView)) issues.push(bilingual(['view'], 'invalid-view', { 'zh-CN': '应为受理地的PolicyView（policyAt(policy, date, { division: office })）', en: 'expected a PolicyView (policyAt(policy, date, { division: office }))' }, locale));
  const { view: _v, ...rest } = (isObject ? input : {}) as Record<string, unknown>;
  const parsed = applicationPlaceInputSchema.safeParse(isObject ? rest : input);
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
 * The result is a frozen value (it may be shared with other calls on the same view).
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
