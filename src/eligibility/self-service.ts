/**
 * The kiosk self-service check (自助签注): may this applicant have this endorsement at this
 * kiosk today, and is it printed on the spot (立等可取)? {@link canSelfServe} is the fast path for
 * a browser kiosk: it takes a pre-resolved {@link PolicyView} (at the kiosk's division) and plain
 * input, with no schema parsing; {@link canSelfServeValidated} validates untrusted input first.
 *
 * Rules: an electronic card permit; not registered state personnel or serving military; no first
 * issue (a first permit and its endorsements are applied for at a window); endorsements only, of
 * the kinds kiosks offer on the date (`kiosk.services`), within the scope in force (hukou city,
 * hukou province — on a card issued in that province — or anywhere); G needs a scheme-city
 * hukou, or a valid residence permit of the kiosk's scheme city; a city regime only at its city,
 * for the residents it names; multiple-entry business endorsements only for staff of filed
 * employers. Whether the endorsement may be granted at all (e.g. during a suspension) is
 * `endorsementOptions`' matter.
 *
 * @module
 */
import * as z from 'zod';
import type { Citation } from '../rules/citation.js';
import { ValidationError } from '../rules/errors.js';
import { PolicyView } from '../rules/policy-at.js';
import { MPS_ORDER_118, MPS_ORDER_96, article } from '../documents/instruments.js';
import { KIOSK_TABLES, type KioskOffer } from './kiosk-tables.js';
import * as C from './place-citations.js';
import { type PlaceApplicant, permitValidOn, placeApplicantSchema, zodToIssues } from './place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './place-lookups.js';
import { type PlaceReason, placeReason } from './place-reasons.js';
import { type Service, type ServiceKey, cityCodeOf, placeDivisionSchema, provinceOfCode, serviceKeyOf, serviceSchema } from './place-services.js';
import { PLACE_ROUTE_TABLES } from './place-tables.js';

/**
 * Input of {@link canSelfServe}: the kiosk's division, the applicant, the permit the
 * endorsement goes on (its form, and the division whose office issued it), and the service (an
 * endorsement; a document is never served by a kiosk).
 *
 * @example
 * ```ts
 * const input: SelfServeInput = {
 *   kiosk: '440304',
 *   applicant: { hukou: '610112', residencePermit: { division: '440304', validFrom: '2023-01-01', validTo: '2026-12-31' } },
 *   permit: { form: 'card' },
 *   service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', regime: 'shenzhen.multi' } },
 * };
 * ```
 */
export interface SelfServeInput {
  readonly kiosk: string;
  readonly applicant: PlaceApplicant;
  readonly permit: { readonly form: 'booklet' | 'card'; readonly issuedIn?: string | undefined };
  readonly service: Service;
}

/**
 * Result of {@link canSelfServe}: served (and whether on the spot) with the reasons, or not,
 * with every reason (each with its citation and a message a citizen understands).
 *
 * @example
 * ```ts
 * const r: SelfServeResult = canSelfServe(view, input);
 * if (r.ok && r.immediate) console.log('立等可取');
 * ```
 */
export type SelfServeResult = { readonly ok: true; readonly immediate: boolean; readonly reasons: readonly PlaceReason[] } | { readonly ok: false; readonly reasons: readonly PlaceReason[] };

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
  return date >= '2012-03-01'
    ? article(MPS_ORDER_118, '第六条', 'Fingerprints are taken when the application is accepted (16 and over); the application is made in person at a window.')
    : article(MPS_ORDER_96, '第七条', 'The office interviews the applicant when accepting the application.');
}

const isG = (k: ServiceKey): boolean => k === 'hkmo.G' || k === 'taiwan.G';

/**
 * Whether the kiosk at `input.kiosk` may serve the applicant on the view's date; the view must
 * be resolved at the kiosk (`policyAt(policy, date, { division: kiosk })`), so that local
 * measures (Chengdu's immediate tourist endorsements, a city regime) apply. No validation:
 * pass data that fits {@link SelfServeInput} (use {@link canSelfServeValidated} for untrusted
 * input). Every failed condition is reported, not only the first.
 *
 * @param lookups - scheme-city and city-regime lookups (default: the endorsement tables of the
 *   view's policy).
 * @throws `UnverifiedDateError` past a table's verified date, unless the view flags instead.
 * @example
 * ```ts
 * const view = policyAt(policy, '2019-04-01', { division: '110105' });
 * canSelfServe(view, {
 *   kiosk: '110105', applicant: { hukou: '510104' }, permit: { form: 'card' },
 *   service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } },
 * }); // { ok: true, immediate: true, … }: group tours at any kiosk from 2019-04-01
 * ```
 */
export function canSelfServe(view: PolicyView, input: SelfServeInput, lookups: SchemeLookups = DEFAULT_SCHEME_LOOKUPS): SelfServeResult {
  const { applicant, permit, service, kiosk } = input;
  const date = view.date;
  const { key, action } = serviceKeyOf(service);
  const failures: PlaceReason[] = [];
  const notes: PlaceReason[] = [];
  let unverified = false;

  if (service.kind === 'document') failures.push(placeReason('kiosk.not-an-endorsement', {}, C.KIOSK_GUIDES));
  if (action === 'first-issue') failures.push(placeReason('kiosk.first-issue', {}, firstIssueCite(date)));
  if (permit.form !== 'card') failures.push(placeReason('kiosk.card-required', {}, date >= '2018-02-01' ? C.item(C.MPS_EIGHT_MEASURES_2018, '第二项') : C.KIOSK_GUIDES));

  const r = view.value(KIOSK_TABLES.services);
  unverified ||= r.unverified;
  let offer: KioskOffer | undefined;
  let cite: Citation = C.KIOSK_GUIDES;
  if (!r.inForce) {
    if (service.kind === 'endorsement') failures.push(placeReason('kiosk.type-not-offered', { date }, r.cite ?? C.KIOSK_GUIDES));
  } else {
    cite = r.cite;
    if (applicant.registeredPersonnel === true && r.value.excludes.includes('registered-personnel')) failures.push(placeReason('kiosk.registered-personnel', {}, cite));
    if (applicant.activeMilitary === true && r.value.excludes.includes('active-military')) failures.push(placeReason('kiosk.active-military', {}, cite));
    if (service.kind === 'endorsement') {
      offer = r.value.offers.find((o) => o.service === key);
      if (!offer) failures.push(placeReason('kiosk.type-not-offered', { date }, cite));
    }
  }

  const e = service.endorsement;
  if (offer && e) {
    if (offer.onlyEntries === 'multi' && e.entries !== 'multi') failures.push(placeReason('kiosk.multi-only', {}, cite));
    if (offer.requiresFiledEmployer === true && applicant.filedEnterpriseStaff !== true) failures.push(placeReason('kiosk.filed-employer-required', {}, cite));
    const kioskCity = cityCodeOf(kiosk);
    const kioskProvince = provinceOfCode(kiosk);
    const hukouCity = cityCodeOf(applicant.hukou);
    const rp = applicant.residencePermit;
    const rpHere = rp !== undefined && permitValidOn(rp, date) && cityCodeOf(rp.division) === kioskCity;
    if (e.regime !== undefined) {
      const regime = lookups.cityRegime(view, e.regime);
      if (!regime) failures.push(placeReason('kiosk.regime-not-here', { regime: e.regime }, cite));
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
          if (!inScope) failures.push(outOfScope(offer, hukouCity, applicant.hukou, cite));
          else if (cardElsewhere) failures.push(placeReason('kiosk.card-other-province', { province: provinceOfCode(permit.issuedIn ?? kiosk) }, cite));
          else failures.push(placeReason('kiosk.not-scheme-city', { city: kioskCity }, C.item(C.MPS_EIGHT_MEASURES_2018, '第二项')));
        }
      } else if (!inScope) failures.push(outOfScope(offer, hukouCity, applicant.hukou, cite));
      else if (cardElsewhere) failures.push(placeReason('kiosk.card-other-province', { province: provinceOfCode(permit.issuedIn ?? kiosk) }, cite));
    }
  }

  const tail = unverified ? [placeReason('kiosk.unverified', { table: KIOSK_TABLES.services.id })] : [];
  if (failures.length > 0) return { ok: false, reasons: [...failures, ...tail] };
  const imm = view.member(KIOSK_TABLES.immediate, key);
  const reasons = notes.some((n) => n.code === 'kiosk.ok') ? notes : [placeReason('kiosk.ok', {}, cite), ...notes];
  reasons.push(imm ? placeReason('kiosk.immediate', {}, imm.cite) : placeReason('kiosk.not-immediate', {}, cite));
  if (imm?.unverified) unverified = true;
  return { ok: true, immediate: imm !== undefined, reasons: unverified ? [...reasons, placeReason('kiosk.unverified', { table: KIOSK_TABLES.services.id })] : reasons };
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
export const selfServeInputSchema = z
  .object({
    kiosk: placeDivisionSchema,
    applicant: placeApplicantSchema,
    permit: z.object({ form: z.enum(['booklet', 'card']), issuedIn: placeDivisionSchema.optional() }).strict(),
    service: serviceSchema,
  })
  .strict();

/**
 * {@link canSelfServe} on untrusted input: validates the input (and that the view is a
 * `PolicyView` resolved at the kiosk's city) first.
 *
 * @throws `ValidationError` listing every problem, with paths.
 * @example
 * ```ts
 * canSelfServeValidated(policyAt(policy, '2024-05-06', { division: '310104' }), JSON.parse(body));
 * ```
 */
export function canSelfServeValidated(view: unknown, input: unknown, lookups: SchemeLookups = DEFAULT_SCHEME_LOOKUPS): SelfServeResult {
  const issues = [];
  if (!(view instanceof PolicyView)) issues.push({ path: ['view'], code: 'invalid-view', message: 'expected a PolicyView (policyAt(policy, date, { division: kiosk }))' });
  const parsed = selfServeInputSchema.safeParse(input);
  if (!parsed.success) issues.push(...zodToIssues(parsed.error));
  if (view instanceof PolicyView && parsed.success && (view.division === undefined || cityCodeOf(view.division) !== cityCodeOf(parsed.data.kiosk))) {
    issues.push({ path: ['view'], code: 'view-not-at-kiosk', message: `the view must be resolved at the kiosk's city (${cityCodeOf(parsed.data.kiosk)})` });
  }
  if (issues.length > 0 || !parsed.success) throw new ValidationError(`Invalid self-service input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, issues);
  return canSelfServe(view as PolicyView, parsed.data as SelfServeInput, lookups);
}
