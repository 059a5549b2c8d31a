/**
 * The per-service parts of `evaluate`: the document and endorsement decisions, the routes the
 * deadline and materials rules name, the fee items and the processing service of a service.
 *
 * @module
 */
import { DOCUMENT_TYPE_LABELS } from '../documents/document-types.js';
import { renewalGrounds, replacementGrounds } from '../documents/grounds.js';
import { documentRefusalsTrusted } from '../documents/refusals.js';
import { validityForTrusted, type ValidityResult } from '../documents/validity.js';
import { endorsementOptionsTrusted, type EndorsementOptions, type GrantedOption } from '../documents/endorsements/endorsement-options.js';
import type { Permit } from '../documents/endorsements/request.js';
import type { ProcessingRoute, ProcessingService } from '../deadlines/processing-deadline.js';
import type { FeeItem } from '../fees/quote-fees.js';
import type { PolicyView } from '../rules/policy-at.js';
import type { Policy } from '../rules/policy.js';
import type { Reason } from '../rules/reasons.js';
import type { Label } from '../rules/table.js';
import { type Application, type ApplicationService, type ParsedApplication, toEndorsementApplicantTrusted } from '../eligibility/application.js';
import type { PlaceDecision, PlaceRoute } from '../eligibility/application-place.js';
import type { ApplicationRoute, SchemeBasis } from '../eligibility/materials-rules.js';
import { cityCodeOf } from '../eligibility/place-services.js';
import { heldPermitOf, permitTypeOf } from './evaluate-facts.js';

/** Runs a part of the decision; a typed error becomes a reason instead of escaping. @internal */
export type Attempt = <T>(part: string, reasons: Reason[], key: () => string, f: () => T) => T | undefined;

/** What the service decisions read. @internal */
export interface Context {
  readonly parsed: ParsedApplication;
  readonly app: Application;
  readonly view: PolicyView;
  readonly policy: Policy;
  readonly date: string;
  readonly attempt: Attempt;
}

const ALL_DAY = '2019-04-01';

/**
 * The processing and materials routes of an application, and what a non-hukou scheme rests on.
 *
 * @internal
 * @example
 * ```ts
 * const r: Routes = { processing: 'hukou-place', materials: 'hukou-place', residencePermitBased: false };
 * ```
 */
export interface Routes {
  readonly processing: ProcessingRoute;
  readonly materials: ApplicationRoute;
  readonly residencePermitBased: boolean;
  readonly schemeBasis?: SchemeBasis;
}

/** Per place route: [same province before 2019-04-01, same after, other province before, other after]. */
const ROUTES = new Map<PlaceRoute, (Routes | undefined)[]>();

/**
 * The processing and materials routes of a place decision (they name fewer routes); frozen,
 * shared. A non-hukou scheme route rests on the residence permit when the permit's city is the
 * office's, else on what the scheme that admitted the office names: employment, study or a
 * relative (in that order, for the first of them in the office's city).
 *
 * @internal
 * @example
 * ```ts
 * routesOf(decision, application, '510100', '2025-01-24'); // { processing: 'hukou-place', materials: 'hukou-place', residencePermitBased: false }
 * ```
 */
export function routesOf(place: PlaceDecision | undefined, app: Application, office: string, date: string): Routes {
  const route: PlaceRoute = place?.status === 'allowed' ? place.route : 'cross-province';
  const hukou = app.applicant.hukou;
  if (route === 'non-hukou-scheme') {
    const basis = schemeBasisOf(app, office);
    if (basis === 'residence-permit') return { processing: route, materials: route, residencePermitBased: true };
    if (basis !== undefined) return { processing: route, materials: route, residencePermitBased: false, schemeBasis: basis };
  }
  const slot = (hukou.charCodeAt(0) === office.charCodeAt(0) && hukou.charCodeAt(1) === office.charCodeAt(1) ? 0 : 2) + (date < ALL_DAY ? 0 : 1);
  let byRoute = ROUTES.get(route);
  if (byRoute === undefined) ROUTES.set(route, (byRoute = []));
  return (byRoute[slot] ??= Object.freeze(routesFor(route, hukou, office, date)));
}

/** What a non-hukou scheme at the office rests on, from the facts placed in the office's city. */
function schemeBasisOf(app: Application, office: string): SchemeBasis | 'residence-permit' | undefined {
  const a = app.applicant;
  const city = cityCodeOf(office);
  if (a.residencePermit !== undefined && cityCodeOf(a.residencePermit.division) === city) return 'residence-permit';
  if (a.work !== undefined && cityCodeOf(a.work.division) === city) return 'employed';
  if (a.study !== undefined && cityCodeOf(a.study.division) === city) return 'student';
  if (a.closeRelative !== undefined && cityCodeOf(a.closeRelative.hukou) === city) return 'relative';
  return undefined;
}

function routesFor(route: PlaceRoute, hukou: string, office: string, date: string): Routes {
  const sameProvince = hukou.slice(0, 2) === office.slice(0, 2);
  const elsewhere = sameProvince ? 'in-province' : 'cross-province';
  switch (route) {
    case 'hukou-place':
    case 'in-province':
    case 'cross-province':
      return { processing: route, materials: route, residencePermitBased: false };
    case 'non-hukou-scheme':
      return { processing: route, materials: route, residencePermitBased: false };
    case 'residence-permit':
      return date < ALL_DAY
        ? { processing: 'non-hukou-scheme', materials: 'non-hukou-scheme', residencePermitBased: true }
        : { processing: elsewhere, materials: elsewhere, residencePermitBased: true };
    case 'relatives-route':
      return { processing: elsewhere, materials: 'relatives-route', residencePermitBased: false };
    default:
      return { processing: elsewhere, materials: elsewhere, residencePermitBased: false };
  }
}

const LABELS = new Map<string, Map<string, Label>>();

/**
 * The label of a service (frozen, shared: there are few).
 *
 * @internal
 * @example
 * ```ts
 * serviceLabel({ kind: 'document', document: 'passport', action: 'renewal' }).en; // 'Ordinary passport (renewal)'
 * ```
 */
export function serviceLabel(s: ApplicationService): Label {
  const [first, second] = s.kind === 'document' ? [s.document, s.action] : [s.destination, s.type];
  let byFirst = LABELS.get(first);
  if (byFirst === undefined) LABELS.set(first, (byFirst = new Map()));
  let label = byFirst.get(second);
  if (label === undefined) {
    label = Object.freeze(labelOf(s));
    byFirst.set(second, label);
  }
  return label;
}

function labelOf(s: ApplicationService): Label {
  if (s.kind === 'document') {
    const doc = DOCUMENT_TYPE_LABELS[s.document];
    const action = { 'first-issue': ['首次申领', 'first issue'], renewal: ['换发', 'renewal'], replacement: ['补发', 'replacement'] }[s.action];
    return { 'zh-CN': `${doc['zh-CN']}（${action[0]}）`, en: `${doc.en} (${action[1]})` };
  }
  const dest = { 'hong-kong': ['香港', 'Hong Kong'], macau: ['澳门', 'Macau'], taiwan: ['台湾', 'Taiwan'] }[s.destination];
  return { 'zh-CN': `前往${dest[0]}签注（${s.type}）`, en: `Endorsement for ${dest[1]} (${s.type})` };
}

/**
 * The permit an endorsement goes on: a valid one held, else the one applied for in the same
 * application, else one held that has lapsed (the endorsement rules then say so).
 */
function permitFor(ctx: Context, destination: 'hong-kong' | 'macau' | 'taiwan', reasons: Reason[]): Permit | undefined {
  const type = permitTypeOf(destination);
  const permitType = destination === 'taiwan' ? 'taiwan' : 'hkmo';
  const held = heldPermitOf(ctx.app, destination, ctx.date);
  if (held !== undefined && held.issued <= ctx.date && ctx.date <= held.expires) return { type: permitType, form: held.form, expiry: held.expires };
  if (ctx.app.services.some((s) => s.kind === 'document' && s.document === type)) {
    const v = ctx.attempt('permit validity', reasons, () => `${type}`, () => validityForTrusted({ view: ctx.view, type, birthDate: ctx.parsed.derived.birthDate, acceptedOn: ctx.date }));
    if (v?.kind === 'validity' && (v.form === 'card' || v.form === 'booklet')) return { type: permitType, form: v.form, expiry: v.expiry };
  }
  if (held !== undefined) return { type: permitType, form: held.form, expiry: held.expires };
  reasons.push({ code: 'evaluate.permit-missing', params: { destination } });
  return undefined;
}

/**
 * A document service: refusals, the validity it would be issued with, and the ground.
 *
 * @internal
 * @example
 * ```ts
 * documentDecision(ctx, service, against, notes).validity;
 * ```
 */
export function documentDecision(ctx: Context, s: Extract<ApplicationService, { kind: 'document' }>, against: Reason[], notes: Reason[]): { validity?: ValidityResult } {
  const { view, parsed } = ctx;
  const flags = parsed.application.applicant.refusalFlags ?? {};
  const refusals = ctx.attempt('document refusal', against, () => `${s.document}|${JSON.stringify(flags)}`, () => documentRefusalsTrusted({ view, type: s.document, flags }));
  if (refusals) against.push(...refusals);
  const validity = ctx.attempt('validity', against, () => `${s.document}|${parsed.derived.birthDate}`, () => validityForTrusted({ view, type: s.document, birthDate: parsed.derived.birthDate, acceptedOn: ctx.date }));
  if (validity?.kind === 'not-issued') against.push(...validity.reasons);
  else if (validity) notes.push(...validity.reasons);
  if (s.action !== 'first-issue' && s.ground !== undefined) {
    const grounds = ctx.attempt('grounds', against, () => `${s.action}|${s.document}`, () => (s.action === 'renewal' ? renewalGrounds(view, s.document) : replacementGrounds(view, s.document)));
    if (grounds?.kind === 'grounds' && !grounds.grounds.some((g) => g.code === s.ground)) against.push({ code: 'evaluate.ground-not-accepted', params: { ground: s.ground } });
  }
  return validity ? { validity } : {};
}

/**
 * An endorsement service: the options that may be granted and the one chosen.
 *
 * @internal
 * @example
 * ```ts
 * endorsementDecision(ctx, service, against, notes).chosen;
 * ```
 */
export function endorsementDecision(ctx: Context, s: Extract<ApplicationService, { kind: 'endorsement' }>, against: Reason[], notes: Reason[]): { endorsement?: EndorsementOptions; chosen?: GrantedOption } {
  const permit = permitFor(ctx, s.destination, against);
  if (!permit) return {};
  const request = { applicant: toEndorsementApplicantTrusted(ctx.parsed), permit, destination: s.destination, type: s.type, date: ctx.date, division: ctx.app.office.division };
  const result = ctx.attempt('endorsement options', against, () => JSON.stringify(request), () => endorsementOptionsTrusted(ctx.view, request, ctx.policy));
  if (!result) return {};
  if (result.status === 'refused') {
    against.push(...result.reasons);
    return { endorsement: result };
  }
  if (!s.option) return { endorsement: result };
  const wanted = s.option;
  const chosen = result.options.find((o) => o.entries === wanted.entries && monthsOf(o) === wanted.validityMonths);
  if (!chosen) {
    against.push({ code: 'evaluate.option-not-offered', params: { months: wanted.validityMonths, entries: wanted.entries } });
    return { endorsement: result };
  }
  notes.push({ code: 'evaluate.option-chosen', params: { id: chosen.id, until: chosen.validUntil } }, ...chosen.notes);
  return { endorsement: result, chosen };
}

/**
 * The validity of a granted option in months (per-admission validity: the months it spans).
 *
 * @internal
 * @example
 * ```ts
 * monthsOf(option); // 12
 * ```
 */
export function monthsOf(o: GrantedOption): number {
  if ('months' in o.validity) return o.validity.months;
  if ('years' in o.validity) return o.validity.years * 12;
  const months = (Number(o.validUntil.slice(0, 4)) - Number(o.validFrom.slice(0, 4))) * 12 + Number(o.validUntil.slice(5, 7)) - Number(o.validFrom.slice(5, 7));
  return Math.max(1, months + (o.validUntil.slice(8) >= o.validFrom.slice(8) ? 1 : 0));
}

/**
 * The fee items of an eligible service, and why a service has none that can be priced (an
 * 出入境通行证, whose fee depends on the trips; an endorsement whose option was not chosen).
 *
 * @internal
 * @example
 * ```ts
 * feeItemsOf(service, validity, chosen); // { items: [{ item: 'passport.issue' }] }
 * ```
 */
export function feeItemsOf(s: ApplicationService, validity: ValidityResult | undefined, chosen: GrantedOption | undefined): { readonly items: FeeItem[]; readonly undecided?: 'trips-unknown' | 'option-not-chosen' } {
  if (s.kind === 'document') {
    switch (s.document) {
      case 'passport':
        return { items: [{ item: s.action === 'first-issue' ? 'passport.issue' : s.action === 'renewal' ? 'passport.renewal' : 'passport.replacement-lost' }] };
      case 'hkmo-permit':
        return { items: [{ item: 'hkmo-permit.issue' }] };
      case 'taiwan-permit':
        return { items: [{ item: validity?.kind === 'validity' && validity.form === 'booklet' ? 'taiwan-permit.booklet' : 'taiwan-permit.card' }] };
      case 'taiwan-single-trip-permit':
        return { items: [{ item: 'taiwan-single-trip-permit.issue' }] };
      case 'hkmo-one-way-permit':
        return { items: [{ item: 'hkmo-one-way-permit.issue' }] };
      default:
        // 出入境通行证: the fee depends on single, double or multiple trips, which the application does not say
        return { items: [], undecided: 'trips-unknown' };
    }
  }
  if (!chosen) return { items: [], undecided: 'option-not-chosen' };
  if (s.destination === 'taiwan') return { items: [{ item: 'taiwan-endorsement', entries: chosen.entries === 'single' ? 'single' : 'multi' }] };
  return { items: [{ item: 'hkmo-endorsement', validityMonths: monthsOf(chosen), entries: chosen.entries, ...(s.reissueOfSuspended ? { reissueOfSuspended: true } : {}) }] };
}

/**
 * The processing service of an application service; `undefined` where no limit is modelled.
 *
 * @internal
 * @example
 * ```ts
 * processingKind({ kind: 'document', document: 'passport', action: 'first-issue' }, application); // { kind: 'passport' }
 * ```
 */
export function processingKind(s: ApplicationService, app: Application): ProcessingService | undefined {
  if (s.kind === 'document') {
    const d = s.document;
    return d === 'passport' || d === 'hkmo-permit' || d === 'taiwan-permit' || d === 'exit-entry-permit' ? { kind: d } : undefined;
  }
  const withPermit = app.services.some((x) => x.kind === 'document' && x.document === permitTypeOf(s.destination));
  return {
    kind: 'endorsement',
    destination: s.destination === 'taiwan' ? 'taiwan' : 'hkmo',
    endorsementCategory: s.type === 'L' || s.type === 'G' ? 'tourist' : 'other',
    reEndorsement: !withPermit,
  };
}
