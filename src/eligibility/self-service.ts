/**
 * The kiosk self-service check (自助签注): may this applicant have this endorsement at this
 * kiosk today, and is it printed on the spot (立等可取)?
 *
 * - {@link canSelfServe} is the check for input from anywhere: it validates the view and the
 *   input (one `ValidationError` listing every problem, in the locale asked for) and then runs
 *   the core.
 * - {@link canSelfServeTrusted} is the core alone, for callers inside the package that have
 *   checked their input already (the channel rules); no entry point exports it, since it does
 *   not check what it is given. Its contract: a `PolicyView` resolved at the
 *   kiosk (`policyAt(policy, date, { division: kiosk })`) and an input that
 *   {@link selfServeInputSchema} accepts; anything else may give a wrong answer or a `TypeError`.
 *
 * Rules: an electronic card permit; not registered state personnel or serving military; no first
 * issue (a first permit and its endorsements are applied for at a window); endorsements only, of
 * the kinds kiosks offer on the date (`kiosk.services`), within the scope in force (hukou city,
 * hukou province — on a card issued in that province — or anywhere); G needs a scheme-city
 * hukou, or a valid residence permit of the kiosk's scheme city; a city regime only at its city,
 * for the residents it names; multiple-entry business endorsements only for staff of filed
 * employers. When the kiosk may serve the applicant, the endorsement rules decide whether the
 * endorsement may be granted: the trusted core of `endorsementOptions` (suspensions, the permit's
 * validity, the type's own conditions, the place, the options with the entries and city regime
 * asked for), so a kiosk never says yes where `endorsementOptions` says no. Its reasons are then
 * the endorsement module's (`endorsement.*`).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, type LocalizedText, ValidationError, showValue } from '../rules/errors.js';
import { civilDateSchema } from '../rules/period.js';
import { PolicyView } from '../rules/policy-at.js';
import type { Reason } from '../rules/reasons.js';
import { deepFreeze, snapshot } from '../rules/snapshot.js';
import { plainIssues } from '../rules/plain-schema.js';
import type { EndorsementType } from '../documents/endorsements/catalogue.js';
import { endorsementOptionsTrusted } from '../documents/endorsements/endorsement-options.js';
import { type Applicant as EndorsementApplicant, type EndorsementRequest, applicantSchema as endorsementApplicantSchema } from '../documents/endorsements/request.js';
import { type CheckOptions, bilingual, checkOptions } from './call-options.js';
import { KIOSK_TABLES, type KioskOffer } from './kiosk-tables.js';
import { type PlaceApplicant, permitValidOn, placeApplicantSchema } from './place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './place-lookups.js';
import { type PlaceReason, placeReason } from './place-reasons.js';
import { type Service, type ServiceKey, cityCodeOf, placeDivisionSchema, provinceOfCode, serviceKeyOf, serviceSchema } from './place-services.js';
import { PLACE_ROUTE_TABLES } from './place-tables.js';
import { selfServeInputCheck } from './self-serve-input.js';
import { type ShanghaiTime, readInstant } from '../rules/instant.js';
import { instantStringSchema, kioskIssuing } from './office-hours.js';
import { cite, GUIDE_KIOSKS, MPS_2018_EIGHT_MEASURES, REG_MPS_ORDER_118, REG_MPS_ORDER_96 } from '../rules/instruments/index.js';

/**
 * Input of {@link canSelfServe}:
 * - `kiosk`: the GB/T 2260 code of the kiosk's place (a county, a prefecture or a province);
 * - `applicant`: the place facts (`PlaceApplicant`: `hukou`, `birthDate`, `residencePermit`,
 *   `registeredPersonnel`, `activeMilitary`, `filedEnterpriseStaff` …);
 * - `permit`: the card (`form: 'card'`) or booklet the endorsement goes on, the division whose
 *   office issued it (`issuedIn`) and its last valid day (`expiry`, as the card reader gives it;
 *   without it the endorsement rules cannot check the permit's validity, and a granted answer
 *   says so with the note `kiosk.permit-unchecked`);
 * - `service`: the endorsement asked for — `{ kind: 'endorsement', endorsement: { destination,
 *   type, entries?, regime? } }` (a document is never served by a kiosk);
 * - `endorsementApplicant`: the applicant as the endorsement rules (`endorsementOptions`) see
 *   them — relatives for T, the business for S, a zone …; by default the place applicant's hukou,
 *   birth date, residence permit and registered-personnel flag. Its hukou must be the applicant's;
 * - `at`: the instant of the request (with an offset, on the view's date). A kiosk prints on the
 *   spot only while it issues: in a 24-hour self-service area at any hour, elsewhere in working
 *   hours (`office.hours`); without `at`, a granted answer says that immediacy depends on the hours
 *   (`kiosk.immediate-in-working-hours`).
 *
 * @example
 * ```ts
 * const input: SelfServeInput = {
 *   kiosk: '440304',
 *   applicant: { hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2026-12-31' } },
 *   permit: { form: 'card', expiry: '2031-05-01' },
 *   service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } },
 * };
 * ```
 */
export interface SelfServeInput {
  readonly kiosk: string;
  readonly applicant: PlaceApplicant;
  readonly permit: { readonly form: 'booklet' | 'card'; readonly issuedIn?: string | undefined; readonly expiry?: CivilDate | undefined };
  readonly service: Service;
  readonly endorsementApplicant?: EndorsementApplicant | undefined;
  /** The instant of the request (ISO 8601 with an offset, on the view's date): whether the kiosk prints now depends on its hours. */
  readonly at?: string | undefined;
}

/**
 * Result of {@link canSelfServe}: served (and whether on the spot) with the reasons, or not,
 * with every reason (each with its citation and a message a citizen understands: kiosk reasons
 * `kiosk.*`, and the endorsement module's `endorsement.*` when the endorsement may not be granted).
 *
 * @example
 * ```ts
 * const r: SelfServeResult = canSelfServe(view, input);
 * if (r.ok && r.immediate) console.log('立等可取');
 * ```
 */
export type SelfServeResult =
  | { readonly ok: true; readonly immediate: boolean; readonly reasons: readonly (PlaceReason | Reason)[] }
  | { readonly ok: false; readonly reasons: readonly (PlaceReason | Reason)[] };

/**
 * The citation for "first issue in person": fingerprints at acceptance from 2012-03-01, the interview before.
 *
 * @internal
 * @example
 * ```ts
 * firstIssueCite('2019-04-01').number; // '公安部令第118号'
 * ```
 */
export function firstIssueCite(date: string): Citation {
  return date >= '2012-03-01' ? FIRST_ISSUE_FINGERPRINTS : FIRST_ISSUE_INTERVIEW;
}

// citations read on every check are built once (they are frozen and shared)
const FIRST_ISSUE_FINGERPRINTS = cite(REG_MPS_ORDER_118, { article: '第六条', note: 'Fingerprints are taken when the application is accepted (16 and over); the application is made in person at a window.' });
const FIRST_ISSUE_INTERVIEW = cite(REG_MPS_ORDER_96, { article: '第七条', note: 'The office interviews the applicant when accepting the application.' });
const KIOSK_GUIDES = cite(GUIDE_KIOSKS);
const KIOSKS_IN_PROVINCE = cite(MPS_2018_EIGHT_MEASURES, { article: '第二项' });

const CARD_ONLY: readonly ('booklet' | 'card')[] = ['card'];

const isG = (k: ServiceKey): boolean => k === 'hkmo.G' || k === 'taiwan.G';

/** A permit that limits nothing, for the endorsement rules when the card's last valid day is not given. */
const UNCHECKED_EXPIRY = '9999-12-31';

/** What the endorsement rules say about a request the kiosk may serve. */
interface EndorsementStep {
  readonly refusals: readonly (PlaceReason | Reason)[];
  readonly notes: readonly (PlaceReason | Reason)[];
  readonly unverified: boolean;
  readonly table: string;
}

/** The applicant as the endorsement rules see them, from the place facts alone. */
function endorsementApplicantOf(a: PlaceApplicant): EndorsementApplicant {
  const out: { -readonly [K in keyof EndorsementApplicant]: EndorsementApplicant[K] } = { hukou: a.hukou };
  if (a.birthDate !== undefined) out.birthDate = a.birthDate;
  if (a.residencePermit !== undefined) out.residencePermit = a.residencePermit.validTo === undefined ? { division: a.residencePermit.division, validFrom: a.residencePermit.validFrom } : { ...a.residencePermit };
  if (a.registeredPersonnel === true) out.registeredPersonnel = true;
  return out;
}

/**
 * The endorsement rules on a request the kiosk may serve: the trusted core of
 * `endorsementOptions` at the kiosk, then an option with the entries and regime asked for.
 */
function endorsementStep(view: PolicyView, input: SelfServeInput, e: NonNullable<Service['endorsement']>): EndorsementStep {
  const expiry = input.permit.expiry;
  const request: EndorsementRequest = {
    applicant: input.endorsementApplicant ?? endorsementApplicantOf(input.applicant),
    permit: { type: e.destination === 'taiwan' ? 'taiwan' : 'hkmo', form: input.permit.form, expiry: expiry ?? UNCHECKED_EXPIRY },
    destination: e.destination,
    type: e.type as EndorsementType,
    date: view.date,
    division: input.kiosk,
  };
  const r = endorsementOptionsTrusted(view, request, view.policy);
  const table = `endorsement.${e.destination === 'taiwan' ? 'taiwan' : 'hkmo'}.${e.type}`;
  // the refusals go into kiosk and channel results, which are frozen
  if (r.status === 'refused') return { refusals: deepFreeze([...r.reasons]), notes: [], unverified: r.unverified, table };
  const fits = r.options.some((o) => (e.entries === undefined || o.entries === e.entries) && (e.regime === undefined || o.regime === e.regime));
  if (!fits) {
    const params = { entries: e.entries ?? '—', regime: e.regime ?? '—' };
    return { refusals: [placeReason('kiosk.option-not-granted', params, r.options[0]?.basis[0]?.cite ?? KIOSK_GUIDES)], notes: [], unverified: r.unverified, table };
  }
  return { refusals: [], notes: expiry === undefined ? [placeReason('kiosk.permit-unchecked', {}, KIOSK_GUIDES)] : [], unverified: r.unverified, table };
}

/**
 * The kiosk check without any input check: whether the kiosk at `input.kiosk` may serve the
 * applicant on the view's date, and then whether the endorsement rules grant it. Every failed
 * kiosk condition is reported, not only the first; when the kiosk may serve the applicant, the
 * endorsement rules' reasons explain a refusal.
 *
 * Contract (unchecked): `view` is a `PolicyView` resolved at the kiosk (`policyAt(policy, date,
 * { division: kiosk })`, so that local measures — Chengdu's immediate tourist endorsements, a
 * city regime — apply) of a policy with the kiosk, place and endorsement tables; `input` is
 * accepted by {@link selfServeInputSchema}. For input from outside use {@link canSelfServe}.
 *
 * @param lookups - scheme-city and city-regime lookups (default: the endorsement tables of the
 *   view's policy).
 * @throws `UnverifiedDateError` past a table's verified date, unless the view flags instead;
 *   `UnknownTableError` when the view's policy lacks a table the check reads.
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2019-04-01', { division: '110105' });
 * canSelfServeTrusted(view, {
 *   kiosk: '110105', applicant: { hukou: '510104' }, permit: { form: 'card', expiry: '2029-01-01' },
 *   service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } },
 * }); // { ok: true, immediate: true, … }: group tours at any kiosk from 2019-04-01
 * ```
 */
export function canSelfServeTrusted(view: PolicyView, input: SelfServeInput, lookups: SchemeLookups = DEFAULT_SCHEME_LOOKUPS): SelfServeResult {
  const { applicant, permit, service, kiosk } = input;
  const date = view.date;
  const { key, action } = serviceKeyOf(service);
  const failures: PlaceReason[] = [];
  const notes: (PlaceReason | Reason)[] = [];
  let unverified = false;

  if (service.kind === 'document') failures.push(placeReason('kiosk.not-an-endorsement', {}, KIOSK_GUIDES));
  if (action === 'first-issue') failures.push(placeReason('kiosk.first-issue', {}, firstIssueCite(date)));
  const r = view.value(KIOSK_TABLES.services);
  if (service.kind === 'endorsement' && !(r.inForce ? (r.value.permitForms ?? CARD_ONLY) : CARD_ONLY).includes(permit.form)) failures.push(placeReason('kiosk.card-required', {}, date >= '2018-02-01' ? KIOSKS_IN_PROVINCE : KIOSK_GUIDES));

  unverified ||= r.unverified;
  let offer: KioskOffer | undefined;
  let kioskCite: Citation = KIOSK_GUIDES;
  if (!r.inForce) {
    if (service.kind === 'endorsement') failures.push(placeReason('kiosk.type-not-offered', { date }, r.cite ?? KIOSK_GUIDES));
  } else {
    kioskCite = r.cite;
    if (applicant.registeredPersonnel === true && r.value.excludes.includes('registered-personnel')) failures.push(placeReason('kiosk.registered-personnel', {}, kioskCite));
    if (applicant.activeMilitary === true && r.value.excludes.includes('active-military')) failures.push(placeReason('kiosk.active-military', {}, kioskCite));
    if (service.kind === 'endorsement') {
      offer = r.value.offers.find((o) => o.service === key);
      if (!offer) failures.push(placeReason('kiosk.type-not-offered', { date }, kioskCite));
    }
  }

  const e = service.endorsement;
  if (offer && e) {
    if (offer.onlyEntries === 'multi' && e.entries !== 'multi') failures.push(placeReason('kiosk.multi-only', {}, kioskCite));
    if (offer.requiresFiledEmployer === true && applicant.filedEnterpriseStaff !== true) failures.push(placeReason('kiosk.filed-employer-required', {}, kioskCite));
    const kioskCity = cityCodeOf(kiosk);
    const kioskProvince = provinceOfCode(kiosk);
    const hukouCity = cityCodeOf(applicant.hukou);
    const rp = applicant.residencePermit;
    const rpHere = rp !== undefined && permitValidOn(rp, date) && cityCodeOf(rp.division) === kioskCity;
    if (e.regime !== undefined) {
      const regime = lookups.cityRegime(view, e.regime);
      if (!regime) failures.push(placeReason('kiosk.regime-not-here', { regime: e.regime }, kioskCite));
      else if (regime.eligible.includes('hukou') && hukouCity === regime.city) notes.push(placeReason('kiosk.ok', {}, regime.cite));
      else if (regime.eligible.includes('residence-permit') && rpHere && kioskCity === regime.city) notes.push(placeReason('kiosk.residence-permit', { city: kioskCity }, regime.cite));
      else failures.push(placeReason('kiosk.regime-not-eligible', { regime: e.regime }, regime.cite));
    } else {
      const inScope =
        offer.scope === 'anywhere' || (offer.scope === 'hukou-city' ? kioskCity === hukouCity : kioskProvince === provinceOfCode(applicant.hukou));
      const cardElsewhere = offer.scope === 'hukou-province' && permit.issuedIn !== undefined && provinceOfCode(permit.issuedIn) !== kioskProvince;
      if (isG(key)) {
        const destination = key === 'taiwan.G' ? 'taiwan' : 'hkmo';
        const viaHukou = inScope && !cardElsewhere && lookups.isSchemeCity(view, hukouCity, destination);
        let viaPermit = false;
        if (!viaHukou && rpHere) {
          const route = view.value(PLACE_ROUTE_TABLES.residencePermit);
          unverified ||= route.unverified;
          viaPermit = route.inForce && route.value.services.includes(key) && lookups.isSchemeCity(view, kioskCity, destination);
          if (viaPermit) notes.push(placeReason('kiosk.residence-permit', { city: kioskCity }, route.cite));
        }
        if (!viaHukou && !viaPermit) {
          if (!inScope) failures.push(outOfScope(offer, hukouCity, applicant.hukou, kioskCite));
          else if (cardElsewhere) failures.push(placeReason('kiosk.card-other-province', { province: provinceOfCode(permit.issuedIn ?? kiosk) }, kioskCite));
          else failures.push(placeReason('kiosk.not-scheme-city', { city: kioskCity }, KIOSKS_IN_PROVINCE));
        }
      } else if (!inScope) failures.push(outOfScope(offer, hukouCity, applicant.hukou, kioskCite));
      else if (cardElsewhere) failures.push(placeReason('kiosk.card-other-province', { province: provinceOfCode(permit.issuedIn ?? kiosk) }, kioskCite));
    }
  }

  const tail = unverified ? [placeReason('kiosk.unverified', { table: KIOSK_TABLES.services.id })] : [];
  if (failures.length > 0) return { ok: false, reasons: [...failures, ...tail] };
  // the kiosk may serve the applicant: the endorsement rules decide whether it may be granted
  const granted = e === undefined ? undefined : endorsementStep(view, input, e);
  if (granted !== undefined && granted.refusals.length > 0) {
    return { ok: false, reasons: granted.unverified && !unverified ? [...granted.refusals, placeReason('kiosk.unverified', { table: granted.table })] : [...granted.refusals, ...tail] };
  }
  const imm = view.member(KIOSK_TABLES.immediate, key);
  const reasons: (PlaceReason | Reason)[] = notes.some((n) => n.code === 'kiosk.ok') ? notes : [placeReason('kiosk.ok', {}, kioskCite), ...notes];
  if (granted !== undefined) for (const n of granted.notes) reasons.push(n);
  // printed on the spot only while the kiosk issues (its hours; a 24-hour area at any hour)
  const timing = imm === undefined ? undefined : kioskIssuing(view, kiosk, input.at === undefined ? undefined : (readInstant(input.at) as ShanghaiTime));
  const immediate = imm !== undefined && timing?.issues !== 'no';
  reasons.push(imm && immediate ? placeReason('kiosk.immediate', {}, imm.cite) : placeReason('kiosk.not-immediate', {}, kioskCite));
  if (timing !== undefined) reasons.push(timing.reason);
  if (imm?.unverified) unverified = true;
  if (unverified) reasons.push(placeReason('kiosk.unverified', { table: KIOSK_TABLES.services.id }));
  else if (granted?.unverified === true) reasons.push(placeReason('kiosk.unverified', { table: granted.table }));
  return { ok: true, immediate, reasons };
}

function outOfScope(offer: KioskOffer, hukouCity: string, hukou: string, cite: Citation): PlaceReason {
  return offer.scope === 'hukou-city'
    ? placeReason('kiosk.outside-hukou-city', { city: hukouCity }, cite)
    : placeReason('kiosk.outside-hukou-province', { province: provinceOfCode(hukou) }, cite);
}

/**
 * Schema of {@link SelfServeInput}.
 *
 * @example
 * ```ts
 * selfServeInputSchema.parse({ kiosk: '510104', applicant: { hukou: '510104' }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'macau', type: 'G' } } });
 * ```
 */
export const selfServeInputSchema = /* @__PURE__ */ z.strictObject({
  kiosk: placeDivisionSchema,
  applicant: placeApplicantSchema,
  permit: /* @__PURE__ */ z.strictObject({ form: /* @__PURE__ */ z.enum(['booklet', 'card']), issuedIn: /* @__PURE__ */ z.optional(placeDivisionSchema), expiry: /* @__PURE__ */ z.optional(civilDateSchema) }),
  service: serviceSchema,
  endorsementApplicant: /* @__PURE__ */ z.optional(endorsementApplicantSchema),
  at: /* @__PURE__ */ z.optional(instantStringSchema),
});

/**
 * Options of {@link canSelfServe}: the locale of an error's message (`'en'` by default) and the
 * scheme-city and city-regime lookups (by default the endorsement tables of the view's policy).
 *
 * @example
 * ```ts
 * const o: SelfServeOptions = { locale: 'zh-CN' };
 * ```
 */
export type SelfServeOptions = CheckOptions;

const TITLE: LocalizedText = Object.freeze({ 'zh-CN': '自助签注查询信息有误', en: 'Invalid self-service input' });

/** Every problem of a call of {@link canSelfServe}, in both locales, and the input as parsed. */
function problems(view: unknown, input: unknown, options: unknown): { readonly locale: Locale; readonly issues: Issue[]; readonly input: SelfServeInput | undefined } {
  const { locale, issues } = checkOptions(options, ['locale', 'lookups']);
  if (!(view instanceof PolicyView)) {
    issues.push(bilingual(['view'], 'invalid-view', { 'zh-CN': `应为自助设备所在地的PolicyView（policyAt(policy, date, { division: kiosk })），收到的是${showValue(view)}`, en: `expected a PolicyView resolved at the kiosk (policyAt(policy, date, { division: kiosk })), got ${showValue(view)}` }, locale));
  }
  // the plain check reports what selfServeInputSchema reports (the suite compares them), without
  // zod. It checks a frozen copy, which the core then reads (each value read once: a getter cannot
  // answer one thing to the check and another to the core); a copy that fails is checked again as
  // given, so that the issues name what the caller passed (a Date, not the plain object copied)
  const copy = copyOf(input);
  let inputIssues = copy === undefined ? [] : plainIssues(selfServeInputCheck, copy, [], locale);
  if (copy === undefined || inputIssues.length > 0) inputIssues = plainIssues(selfServeInputCheck, input, [], locale);
  if (inputIssues.length > 0 || copy === undefined) issues.push(...inputIssues);
  else {
    const d = copy;
    if (view instanceof PolicyView && (view.division === undefined || cityCodeOf(view.division) !== cityCodeOf(d.kiosk))) {
      issues.push(bilingual(['view'], 'view-not-at-kiosk', { 'zh-CN': `视图应在自助设备所在城市（${cityCodeOf(d.kiosk)}）解析，而不是${view.division ?? '无行政区划'}`, en: `the view must be resolved at the kiosk's city (${cityCodeOf(d.kiosk)}), not at ${view.division ?? 'no division'}` }, locale));
    }
    const atDate = d.at === undefined ? undefined : (readInstant(d.at) as ShanghaiTime).date;
    if (atDate !== undefined && view instanceof PolicyView && atDate !== view.date) {
      issues.push(bilingual(['at'], 'at-not-on-view-date', { 'zh-CN': `时间${d.at}（北京时间${atDate}）不在视图的日期${view.date}`, en: `the instant ${d.at} (${atDate} in Asia/Shanghai) is not on the view's date ${view.date}` }, locale));
    }
    if (d.endorsementApplicant !== undefined && d.endorsementApplicant.hukou !== d.applicant.hukou) {
      issues.push(bilingual(['endorsementApplicant', 'hukou'], 'hukou-mismatch', { 'zh-CN': `签注申请人的户籍地${d.endorsementApplicant.hukou}与申请人的户籍地${d.applicant.hukou}不同`, en: `the endorsement applicant's hukou ${d.endorsementApplicant.hukou} is not the applicant's, ${d.applicant.hukou}` }, locale));
    }
  }
  return { locale, issues, input: inputIssues.length === 0 ? copy : undefined };
}

/** A frozen copy of the input, or `undefined` when it is not plain data that can be copied (nested too deep). */
function copyOf(input: unknown): SelfServeInput | undefined {
  try {
    return snapshot(input as SelfServeInput);
  } catch (e) {
    if (e instanceof ValidationError) return undefined;
    throw e;
  }
}

/**
 * Whether the self-service kiosk at `input.kiosk` may issue the endorsement on the view's date,
 * and whether it prints it on the spot (立等可取) — for input from anywhere: the view and the
 * input are checked first (see {@link SelfServeInput} for every field), then the rules of
 * `canSelfServeTrusted` (the core, inside the package) apply.
 *
 * @param view - the policy on the day at the kiosk: `policyAt(policy, date, { division: kiosk })`.
 * @param input - a {@link SelfServeInput}.
 * @param options - `locale` of an error's message; `lookups` (see {@link SchemeLookups}).
 * @throws `ValidationError` listing every problem (unknown keys, bad codes or dates, a view not
 *   resolved at the kiosk's city, an endorsement applicant of another hukou, an unknown locale);
 *   `UnverifiedDateError` past a table's verified date unless the view flags instead.
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2024-05-06', { division: '310104' });
 * const r = canSelfServe(view, {
 *   kiosk: '310104',
 *   applicant: { hukou: '420102', filedEnterpriseStaff: true },
 *   permit: { form: 'card', expiry: '2030-01-01' },
 *   service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'S', entries: 'multi' } },
 *   endorsementApplicant: { hukou: '420102', business: { kind: 'filed-employer', filingDivision: '310104' } },
 * });
 * r.ok && r.immediate; // true: multiple-entry business endorsements at kiosks from 2024-05-06, printed on the spot
 * ```
 */
export function canSelfServe(view: PolicyView, input: SelfServeInput, options?: SelfServeOptions): SelfServeResult {
  const { locale, issues, input: checked } = problems(view, input, options);
  if (issues.length > 0 || checked === undefined) throw new ValidationError(TITLE, issues, locale);
  return canSelfServeTrusted(view, checked, options?.lookups ?? DEFAULT_SCHEME_LOOKUPS);
}

/**
 * {@link canSelfServe} under its earlier name (the same function: the input is checked).
 *
 * @example
 * ```ts
 * canSelfServeValidated(policyAt(defaultPolicy(), '2024-05-06', { division: '310104' }), JSON.parse(body));
 * ```
 */
export const canSelfServeValidated: (view: unknown, input: unknown, options?: SelfServeOptions) => SelfServeResult = canSelfServe as never;
