/**
 * `evaluate`: one call with an application, everything a portal, a kiosk or a back office needs
 * back — per service and for the whole application: eligibility with every reason, where and
 * through which channel, the materials checklist, acceptance (incl. 容缺受理 and the one-time
 * notice), the processing deadline, the fee quote and the next steps, in zh-CN and en.
 *
 * It composes the parts; each keeps its own reasons and citations. On a schema-valid
 * application it never throws: a part that cannot decide (e.g. a deadline past the calendar)
 * says so as a reason.
 *
 * @module
 */
import { DOCUMENT_TYPE_LABELS } from '../documents/document-types.js';
import { exitBansTrusted } from '../documents/exit-bans.js';
import { renewalGrounds, replacementGrounds } from '../documents/grounds.js';
import { documentRefusalsTrusted } from '../documents/refusals.js';
import { validityForTrusted, type ValidityResult } from '../documents/validity.js';
import { endorsementOptionsTrusted, type EndorsementOptions, type GrantedOption } from '../documents/endorsements/endorsement-options.js';
import type { Permit } from '../documents/endorsements/request.js';
import { processingDeadlineTrusted, type ProcessingResult, type ProcessingRoute, type ProcessingService } from '../deadlines/processing-deadline.js';
import { quoteFeesTrusted, type FeeItem, type FeeQuote } from '../fees/quote-fees.js';
import type { Citation } from '../rules/citation.js';
import { defaultPolicy, reasonMessage } from '../builtin/builtin-policy.js';
import { ChurujingError } from '../rules/errors.js';
import { type PolicyView, policyAt } from '../rules/policy-at.js';
import type { Policy } from '../rules/policy.js';
import type { Reason } from '../rules/reasons.js';
import type { Label } from '../rules/table.js';
import { type AcceptanceDecision, acceptanceDecisionTrusted } from '../eligibility/deferred-acceptance.js';
import { type Application, type ApplicationService, type ParsedApplication, parseApplication, toEndorsementApplicant } from '../eligibility/application.js';
import { applicationPlaceTrusted, type PlaceDecision, type PlaceRoute } from '../eligibility/application-place.js';
import { channelAllowedTrusted, type ChannelDecision } from '../eligibility/channels.js';
import { type Checklist, materialsChecklistTrusted } from '../eligibility/checklist.js';
import type { ApplicationRoute } from '../eligibility/materials-rules.js';

/**
 * A reason with its messages rendered in both locales.
 *
 * @example
 * ```ts
 * const r: ExplainedReason = { code: 'evaluate.permit-missing', params: { destination: 'hong-kong' }, message: { 'zh-CN': '…', en: '…' } };
 * ```
 */
export interface ExplainedReason {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly cite?: Citation;
  readonly message: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * The decision on one service of the application.
 *
 * @example
 * ```ts
 * const s: ServiceDecision = evaluate(SAMPLE_APPLICATION).services[0];
 * s.eligible; // true
 * ```
 */
export interface ServiceDecision {
  readonly service: ApplicationService;
  readonly label: Label;
  /** Whether the service may be granted (place, channel, refusals, options, grounds). */
  readonly eligible: boolean;
  /** Every reason against it, and the notes that explain it (with citations and messages). */
  readonly reasons: readonly ExplainedReason[];
  readonly place?: PlaceDecision;
  readonly channel?: ChannelDecision;
  /** Documents: the form, term and expiry it would be issued with. */
  readonly validity?: ValidityResult;
  /** Endorsements: the options that may be granted and those refused. */
  readonly endorsement?: EndorsementOptions;
  /** Endorsements: the option chosen, when it may be granted. */
  readonly chosen?: GrantedOption;
  /** The processing deadline from the acceptance instant. */
  readonly processing?: ProcessingResult;
  /** The fee items of this service. */
  readonly feeItems: readonly FeeItem[];
}

/**
 * Everything `evaluate` says about an application.
 *
 * @example
 * ```ts
 * const e: Evaluation = evaluate(SAMPLE_APPLICATION);
 * e.status; // 'accepted'
 * ```
 */
export interface Evaluation {
  /** `not-eligible` when some service cannot be granted; else the acceptance decision. */
  readonly status: 'accepted' | 'accepted-deferred' | 'not-accepted' | 'not-eligible';
  readonly acceptedOn: string;
  readonly acceptedTime?: string;
  readonly office: string;
  readonly applicant: { readonly birthDate: string; readonly sex: 'male' | 'female'; readonly age: number };
  readonly services: readonly ServiceDecision[];
  readonly materials?: Checklist;
  readonly acceptance?: AcceptanceDecision;
  readonly fees?: FeeQuote;
  /** Reasons about the whole application (exit bans, parts that could not decide, unverified rules). */
  readonly reasons: readonly ExplainedReason[];
  /** Some rule was read past its verified date. */
  readonly unverified: boolean;
  readonly nextSteps: { readonly 'zh-CN': readonly string[]; readonly en: readonly string[] };
}

/**
 * Options of {@link evaluate}.
 *
 * @example
 * ```ts
 * const o: EvaluateOptions = { policy: withChanges(defaultPolicy(), changes), deferredOptIn: false };
 * ```
 */
export interface EvaluateOptions {
  /** Defaults to the built-in policy. */
  readonly policy?: Policy;
  /** The date the caller evaluates on (for "born in the future" checks); nothing reads the clock. */
  readonly asOf?: string;
  /** Whether the applicant accepts 容缺受理 where the office offers it (default true: the office asks). */
  readonly deferredOptIn?: boolean;
  /** The applicant's credit record blocks 容缺受理 (a host system's check). */
  readonly badCredit?: boolean;
}

/** Explanations of reasons the parts share between calls (their per-day plans), rendered once. */
const EXPLAINED = new WeakMap<Reason, ExplainedReason>();

function explain(r: Reason): ExplainedReason {
  let e = EXPLAINED.get(r);
  if (e === undefined) {
    const message = Object.freeze({ 'zh-CN': reasonMessage(r, 'zh-CN'), en: reasonMessage(r, 'en') });
    e = Object.freeze(r.cite ? { code: r.code, params: r.params, cite: r.cite, message } : { code: r.code, params: r.params, message });
    if (Object.isFrozen(r) && Object.isFrozen(r.params)) EXPLAINED.set(r, e);
  }
  return e;
}

/** Runs a part; a typed error becomes a reason instead of escaping. */
function attempt<T>(part: string, reasons: Reason[], f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
    reasons.push({ code: 'evaluate.part-unavailable', params: { part, detail: e.issues[0]?.message ?? e.message } });
    return undefined;
  }
}

const PERMIT_OF = { 'hong-kong': 'hkmo-permit', macau: 'hkmo-permit', taiwan: 'taiwan-permit' } as const;
const CHANNEL_OF = { 'hall-window': 'window', kiosk: 'kiosk', online: 'online', post: 'post', 'police-station': 'police-station', agency: 'agency' } as const;
const ALL_DAY = '2019-04-01';

type Routes = { readonly processing: ProcessingRoute; readonly materials: ApplicationRoute; readonly residencePermitBased: boolean };

/** Per place route: [same province before 2019-04-01, same after, other province before, other after]. */
const ROUTES = new Map<PlaceRoute, (Routes | undefined)[]>();

/** The processing and materials routes of a place route (they name fewer routes); frozen, shared. */
function routesOf(route: PlaceRoute, hukou: string, office: string, date: string): Routes {
  const slot = (hukou.charCodeAt(0) === office.charCodeAt(0) && hukou.charCodeAt(1) === office.charCodeAt(1) ? 0 : 2) + (date < ALL_DAY ? 0 : 1);
  let byRoute = ROUTES.get(route);
  if (byRoute === undefined) ROUTES.set(route, (byRoute = []));
  return (byRoute[slot] ??= Object.freeze(routesFor(route, hukou, office, date)));
}

function routesFor(route: PlaceRoute, hukou: string, office: string, date: string): Routes {
  const sameProvince = hukou.slice(0, 2) === office.slice(0, 2);
  const elsewhere = sameProvince ? 'in-province' : 'cross-province';
  switch (route) {
    case 'hukou-place':
    case 'in-province':
    case 'cross-province':
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

/** The label of a service (frozen, shared: there are few). */
function serviceLabel(s: ApplicationService): Label {
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

interface Context {
  readonly parsed: ParsedApplication;
  readonly app: Application;
  readonly view: PolicyView;
  readonly policy: Policy;
  readonly date: string;
}

/** The permit an endorsement goes on: a valid one held, or the one applied for now. */
function permitFor(ctx: Context, destination: 'hong-kong' | 'macau' | 'taiwan', reasons: Reason[]): Permit | undefined {
  const type = PERMIT_OF[destination];
  const held = ctx.app.existingDocuments.find((d) => d.type === type && d.expires >= ctx.date && (d.form === 'card' || d.form === 'booklet'));
  const permitType = destination === 'taiwan' ? 'taiwan' : 'hkmo';
  if (held && (held.form === 'card' || held.form === 'booklet')) return { type: permitType, form: held.form, expiry: held.expires };
  const applied = ctx.app.services.some((s) => s.kind === 'document' && s.document === type);
  if (applied) {
    const v = attempt('permit validity', reasons, () => validityForTrusted({ view: ctx.view, type, birthDate: ctx.parsed.derived.birthDate, acceptedOn: ctx.date }));
    if (v?.kind === 'validity' && (v.form === 'card' || v.form === 'booklet')) return { type: permitType, form: v.form, expiry: v.expiry };
  }
  reasons.push({ code: 'evaluate.permit-missing', params: { destination } });
  return undefined;
}

function documentDecision(ctx: Context, s: Extract<ApplicationService, { kind: 'document' }>, against: Reason[], notes: Reason[]): { validity?: ValidityResult } {
  const { view, parsed } = ctx;
  const flags = parsed.application.applicant.refusalFlags ?? {};
  const refusals = attempt('document refusal', against, () => documentRefusalsTrusted({ view, type: s.document, flags }));
  if (refusals) against.push(...refusals);
  const validity = attempt('validity', against, () => validityForTrusted({ view, type: s.document, birthDate: parsed.derived.birthDate, acceptedOn: ctx.date }));
  if (validity?.kind === 'not-issued') against.push(...validity.reasons);
  else if (validity) notes.push(...validity.reasons);
  if (s.action !== 'first-issue' && s.ground !== undefined) {
    const grounds = attempt('grounds', against, () => (s.action === 'renewal' ? renewalGrounds(view, s.document) : replacementGrounds(view, s.document)));
    if (grounds?.kind === 'grounds' && !grounds.grounds.some((g) => g.code === s.ground)) against.push({ code: 'evaluate.ground-not-accepted', params: { ground: s.ground } });
  }
  return validity ? { validity } : {};
}

function endorsementDecision(ctx: Context, s: Extract<ApplicationService, { kind: 'endorsement' }>, against: Reason[], notes: Reason[]): { endorsement?: EndorsementOptions; chosen?: GrantedOption } {
  const permit = permitFor(ctx, s.destination, against);
  if (!permit) return {};
  const result = attempt('endorsement options', against, () =>
    endorsementOptionsTrusted(ctx.view, { applicant: toEndorsementApplicant(ctx.parsed), permit, destination: s.destination, type: s.type, date: ctx.date, division: ctx.app.office.division }, ctx.policy),
  );
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

/** The validity of a granted option in months (per-admission validity: the months it spans). */
function monthsOf(o: GrantedOption): number {
  if ('months' in o.validity) return o.validity.months;
  if ('years' in o.validity) return o.validity.years * 12;
  const months = (Number(o.validUntil.slice(0, 4)) - Number(o.validFrom.slice(0, 4))) * 12 + Number(o.validUntil.slice(5, 7)) - Number(o.validFrom.slice(5, 7));
  return Math.max(1, months + (o.validUntil.slice(8) >= o.validFrom.slice(8) ? 1 : 0));
}

function feeItemsOf(s: ApplicationService, validity: ValidityResult | undefined, chosen: GrantedOption | undefined): FeeItem[] {
  if (s.kind === 'document') {
    switch (s.document) {
      case 'passport':
        return [{ item: s.action === 'first-issue' ? 'passport.issue' : s.action === 'renewal' ? 'passport.renewal' : 'passport.replacement-lost' }];
      case 'hkmo-permit':
        return [{ item: 'hkmo-permit.issue' }];
      case 'taiwan-permit':
        return [{ item: validity?.kind === 'validity' && validity.form === 'booklet' ? 'taiwan-permit.booklet' : 'taiwan-permit.card' }];
      case 'taiwan-single-trip-permit':
        return [{ item: 'taiwan-single-trip-permit.issue' }];
      case 'hkmo-one-way-permit':
        return [{ item: 'hkmo-one-way-permit.issue' }];
      default:
        // 出入境通行证: the fee depends on single, double or multiple trips, which the application does not say
        return [];
    }
  }
  if (!chosen) return [];
  const months = monthsOf(chosen);
  if (s.destination === 'taiwan') return [{ item: 'taiwan-endorsement', entries: chosen.entries === 'single' ? 'single' : 'multi' }];
  return [{ item: 'hkmo-endorsement', validityMonths: months, entries: chosen.entries, ...(s.reissueOfSuspended ? { reissueOfSuspended: true } : {}) }];
}

/** The processing service of an application service; `undefined` where no limit is modelled. */
function processingKind(s: ApplicationService, app: Application): ProcessingService | undefined {
  if (s.kind === 'document') {
    const d = s.document;
    return d === 'passport' || d === 'hkmo-permit' || d === 'taiwan-permit' || d === 'exit-entry-permit' ? { kind: d } : undefined;
  }
  const withPermit = app.services.some((x) => x.kind === 'document' && x.document === PERMIT_OF[s.destination]);
  return {
    kind: 'endorsement',
    destination: s.destination === 'taiwan' ? 'taiwan' : 'hkmo',
    endorsementCategory: s.type === 'L' || s.type === 'G' ? 'tourist' : 'other',
    reEndorsement: !withPermit,
  };
}

/**
 * Evaluates an application with the rules in force at its acceptance instant and office.
 *
 * @throws `ValidationError` listing every problem when the application is not schema-valid
 * (including its resident identity number); never on a schema-valid one.
 * @example
 * ```ts
 * const e = evaluate(SAMPLE_APPLICATION);
 * e.status;                       // 'accepted'
 * e.services[0].processing;       // { kind: 'due', due: '2025-02-10', … }
 * e.fees?.totalFen;               // 6000 + 1500 + 1000
 * e.nextSteps['zh-CN'];           // ['已受理…', …]
 * ```
 */
export function evaluate(application: unknown, options: EvaluateOptions = {}): Evaluation {
  const parsed = parseApplication(application, options.asOf ? { asOf: options.asOf } : {});
  const { application: app, derived } = parsed;
  const policy = options.policy ?? defaultPolicy();
  const date = derived.acceptedOn;
  const office = app.office.division;
  const view = policyAt(policy, date, { division: office, beyondVerified: 'flag' });
  const ctx: Context = { parsed, app, view, policy, date };
  const general: Reason[] = [];
  const a = app.applicant;

  const bans = attempt('exit ban', general, () => exitBansTrusted({ view, flags: a.exitBanFlags ?? {} }));
  if (bans) general.push(...bans);

  const placeApplicant = {
    hukou: a.hukou,
    birthDate: derived.birthDate,
    ...(a.residencePermit ? { residencePermit: a.residencePermit } : {}),
    ...(a.registeredPersonnel || a.refusalFlags?.registeredPersonnel ? { registeredPersonnel: true } : {}),
  };
  let materialsRoute: Routes | undefined;

  const services: ServiceDecision[] = app.services.map((s) => {
    const against: Reason[] = [];
    const notes: Reason[] = [];
    const placeService =
      s.kind === 'document'
        ? { kind: 'document' as const, document: s.document, action: s.action }
        : { kind: 'endorsement' as const, endorsement: { destination: s.destination, type: s.type, ...(s.option ? { entries: s.option.entries } : {}) } };
    const place = attempt('place', against, () => applicationPlaceTrusted({ view, applicant: placeApplicant, service: placeService as never, office }));
    // Endorsements: endorsementOptions decides the place with its own tables (one place for
    // endorsement rules); applicationPlace gives the route used for deadlines and materials.
    if (place?.status === 'not-allowed' && s.kind === 'document') against.push(...place.reasons);
    const routes = routesOf(place?.status === 'allowed' ? place.route : 'cross-province', a.hukou, office, date);
    materialsRoute ??= routes;
    const permitForm = s.kind === 'endorsement' ? app.existingDocuments.find((d) => d.type === PERMIT_OF[s.destination])?.form : undefined;
    const channel = attempt('channel', against, () =>
      channelAllowedTrusted({
        view,
        channel: CHANNEL_OF[app.channel],
        service: placeService as never,
        applicant: placeApplicant,
        ...(permitForm === 'card' || permitForm === 'booklet' ? { permit: { form: permitForm } } : {}),
      }),
    );
    if (channel?.status === 'not-allowed') against.push(...channel.reasons);
    const part = s.kind === 'document' ? documentDecision(ctx, s, against, notes) : endorsementDecision(ctx, s, against, notes);
    const eligible = against.length === 0;
    if (eligible && s.kind === 'document' && s.document === 'exit-entry-permit') {
      notes.push({ code: 'evaluate.part-unavailable', params: { part: 'fees', detail: 'the fee of an exit-entry permit depends on the number of trips, which the application does not state' } });
    }
    const processingService = processingKind(s, app);
    if (eligible && !processingService) notes.push({ code: 'evaluate.part-unavailable', params: { part: 'processing deadline', detail: 'no processing limit is modelled for this document' } });
    const processing = eligible && processingService
      ? attempt('processing deadline', notes, () =>
          processingDeadlineTrusted({
            view,
            service: processingService,
            route: routes.processing,
            channel: app.channel,
            ...(app.urgent ? { urgent: { ground: app.urgent.ground, proven: app.urgent.evidence } } : {}),
            acceptedAt: app.acceptedAt,
          }),
        )
      : undefined;
    const validity = 'validity' in part ? part.validity : undefined;
    const chosen = 'chosen' in part ? part.chosen : undefined;
    const reasons: ExplainedReason[] = [];
    for (const r of against) reasons.push(explain(r));
    for (const r of notes) reasons.push(explain(r));
    // built property by property (in the order of the type): no intermediate objects
    const decision: Partial<{ -readonly [K in keyof ServiceDecision]: ServiceDecision[K] }> = { service: s, label: serviceLabel(s), eligible, reasons };
    if (place) decision.place = place;
    if (channel) decision.channel = channel;
    if (validity) decision.validity = validity;
    if ('endorsement' in part && part.endorsement) decision.endorsement = part.endorsement;
    if (chosen) decision.chosen = chosen;
    if (processing) decision.processing = processing;
    decision.feeItems = eligible ? feeItemsOf(s, validity, chosen) : [];
    return decision as ServiceDecision;
  });

  const route = materialsRoute ?? routesOf('cross-province', a.hukou, office, date);
  const presented = [...app.materials, ...(app.urgent?.evidence ? ['urgent-evidence'] : [])];
  const materials = attempt('materials', general, () =>
    materialsChecklistTrusted({
      view,
      services: app.services.map((s) => (s.kind === 'document' ? { kind: 'document', document: s.document, action: s.action, ...(s.ground ? { ground: s.ground } : {}) } : { kind: 'endorsement', destination: s.destination, type: s.type })),
      applicant: {
        ageOnAcceptance: derived.ageOnAcceptance,
        route: route.materials,
        ...(route.residencePermitBased ? { residencePermitBased: true } : {}),
        ...(placeApplicant.registeredPersonnel ? { registeredPersonnel: true } : {}),
        ...(app.urgent ? { urgent: true } : {}),
        ...(a.business ? { business: { kind: a.business.kind } } : {}),
      },
      presented: presented.filter((m, i) => presented.indexOf(m) === i),
    }),
  );
  const acceptance = materials
    ? attempt('acceptance', general, () =>
        acceptanceDecisionTrusted({ view, checklist: materials, optIn: options.deferredOptIn ?? true, ...(options.badCredit ? { credit: { bad: true } } : {}), acceptedAt: app.acceptedAt }),
      )
    : undefined;

  const items: FeeItem[] = [];
  for (const s of services) for (const i of s.feeItems) items.push(i);
  const fees =
    items.length > 0
      ? attempt('fees', general, () =>
          quoteFeesTrusted(view, {
            items,
            acceptedOn: date,
            division: office,
            applicant: { birthDate: derived.birthDate, ...(a.disabled ? { disabled: true } : {}) },
            delivery: app.delivery,
          }),
        )
      : undefined;

  const eligible = services.every((s) => s.eligible) && !(bans && bans.length > 0);
  const status: Evaluation['status'] = !eligible ? 'not-eligible' : (acceptance?.status ?? 'not-accepted');
  const unverified =
    services.some((s) => s.place?.unverified || s.validity?.unverified || s.endorsement?.unverified || s.processing?.unverified) ||
    materials?.unverified === true ||
    (fees?.lines.some((l) => l.unverified) ?? false);
  if (unverified) general.push({ code: 'evaluate.unverified', params: { date } });

  return {
    status,
    acceptedOn: date,
    ...(derived.acceptedTime ? { acceptedTime: derived.acceptedTime } : {}),
    office,
    applicant: { birthDate: derived.birthDate, sex: derived.sex, age: derived.ageOnAcceptance },
    services,
    ...(materials ? { materials } : {}),
    ...(acceptance ? { acceptance } : {}),
    ...(fees ? { fees } : {}),
    reasons: general.map(explain),
    unverified,
    nextSteps: nextSteps(status, services, acceptance, fees),
  };
}

function nextSteps(status: Evaluation['status'], services: readonly ServiceDecision[], acceptance: AcceptanceDecision | undefined, fees: FeeQuote | undefined): Evaluation['nextSteps'] {
  const zh: string[] = [];
  const en: string[] = [];
  if (status === 'not-eligible') {
    for (const s of services.filter((x) => !x.eligible)) {
      zh.push(`${s.label['zh-CN']}不能办理：${s.reasons.map((r) => r.message['zh-CN']).join('；')}`);
      en.push(`${s.label.en} cannot be granted: ${s.reasons.map((r) => r.message.en).join('; ')}`);
    }
  } else if (acceptance?.status === 'not-accepted') {
    zh.push('材料不齐，请一次性补齐以下材料后再申请：');
    en.push('Materials are incomplete; bring everything below, all at once, and apply again:');
    for (const i of acceptance.notice.items) {
      zh.push(`- ${i.label['zh-CN']}`);
      en.push(`- ${i.label.en}`);
    }
  } else if (acceptance) {
    zh.push(acceptance.status === 'accepted-deferred' ? '已容缺受理：请在期限内补交缺少的材料。' : '材料齐全，可以受理。');
    en.push(acceptance.status === 'accepted-deferred' ? 'Accepted with materials deferred: supply the missing ones within the period.' : 'The materials are complete: the application can be accepted.');
  }
  if (status !== 'not-eligible') {
    for (const s of services) {
      if (s.processing?.kind === 'due') {
        zh.push(`${s.label['zh-CN']}：${s.processing.due}前办结。`);
        en.push(`${s.label.en}: ready by ${s.processing.due}.`);
      }
    }
    if (fees) {
      zh.push(`应缴费用合计${fees.totalFen / 100}元。`);
      en.push(`Fees: CNY ${(fees.totalFen / 100).toFixed(2)} in all.`);
    }
  }
  return { 'zh-CN': zh, en };
}
