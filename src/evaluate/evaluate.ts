/**
 * `evaluate`: one call with an application, everything a portal, a kiosk or a back office needs
 * back — per service and for the whole application: eligibility with every reason, where and
 * through which channel, the materials checklist, acceptance (incl. 容缺受理 and the one-time
 * notice), the processing deadline, the fee quote and the next steps, in zh-CN and en.
 *
 * It composes the parts; each keeps its own reasons and citations, and each tells the others
 * the facts they depend on (evaluate-facts.ts states each rule). On a schema-valid application
 * it never throws: a part that cannot decide one item says so for that item (an unpriced fee
 * line, a due date marked unknown), and a part that cannot decide at all says so as a reason —
 * remembered on the day's view, so that a failure is not rebuilt on every call.
 *
 * @module
 */
import { applicationPracticeNotes, applicationPracticeReasons } from '../eligibility/local-practice-notes.js';
import { exitBansTrusted } from '../documents/exit-bans.js';
import type { ValidityResult } from '../documents/validity.js';
import type { EndorsementOptions, GrantedOption } from '../documents/endorsements/endorsement-options.js';
import { processingDeadlineTrusted, type ProcessingResult } from '../deadlines/processing-deadline.js';
import { quoteFeesTrusted, type FeeItem, type FeeQuote, type UnpricedFeeLine } from '../fees/quote-fees.js';
import type { Citation } from '../rules/citation.js';
import { reasonMessage } from '../builtin/builtin-policy.js';
import { ChurujingError, type LocalizedText, ValidationError } from '../rules/errors.js';
import { type PolicyView, policyAt } from '../rules/policy-at.js';
import { noteRead, UNKNOWN_READS } from '../rules/read-notes.js';
import type { Reason } from '../rules/reasons.js';
import type { Label } from '../rules/table.js';
import { type AcceptanceDecision, acceptanceDecisionTrusted } from '../eligibility/deferred-acceptance.js';
import { type ApplicationService, type ParsedApplication, parseApplication, toEndorsementApplicantTrusted } from '../eligibility/application.js';
import { applicationPlaceTrusted, type PlaceDecision } from '../eligibility/application-place.js';
import { channelAllowedTrusted, type ChannelDecision } from '../eligibility/channels.js';
import { type Checklist, materialsChecklistTrusted } from '../eligibility/checklist.js';
import { type CheckedOptions, type EvaluateOptions, checkEvaluateOptions } from './evaluate-options.js';
import { heldPermitOf, placeApplicantOf, placeServiceOf, presentedMaterials, priorDocumentValid } from './evaluate-facts.js';
import { undecidedLine, withUndecided } from './evaluate-fees.js';
import { type Attempt, type Context, type Routes, documentDecision, endorsementDecision, feeItemsOf, processingKind, routesOf, serviceLabel } from './evaluate-services.js';

export type { EvaluateOptions } from './evaluate-options.js';

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
  /** The processing deadline from the acceptance instant (kind `unknown` past the published calendar). */
  readonly processing?: ProcessingResult;
  /** The fee items of this service (none when it is not eligible, or its item cannot be named: see `fees.unpriced`). */
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
  /** The fee quote: priced lines, lines marked unpriced with their reasons, `totalFen` of the priced ones, `complete`. */
  readonly fees?: FeeQuote;
  /** Reasons about the whole application (exit bans, parts that could not decide, unverified rules). */
  readonly reasons: readonly ExplainedReason[];
  /** Some rule was read past its verified date. */
  readonly unverified: boolean;
  readonly nextSteps: { readonly 'zh-CN': readonly string[]; readonly en: readonly string[] };
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

/** Parts that could not decide, by view (the day at an office) and by part and facts: a failure is not rebuilt on every call. */
const FAILED = new WeakMap<PolicyView, Map<string, Reason>>();
const FAILURES_PER_VIEW = 256;

/**
 * Runs parts on a view: a typed error becomes a reason (`evaluate.part-unavailable`) instead of
 * escaping, and is remembered for the part and its facts (`key`, built only on a view that has
 * seen a failure), so the next call with the same facts reuses it without running the part.
 */
function attemptOn(view: PolicyView): Attempt {
  let failed = FAILED.get(view);
  return (part, reasons, key, f) => {
    let k: string | undefined;
    if (failed !== undefined) {
      k = `${part}\u0000${key()}`;
      const known = failed.get(k);
      if (known !== undefined) {
        // the reads that failed are not kept with the failure
        noteRead(UNKNOWN_READS);
        reasons.push(known);
        return undefined;
      }
    }
    try {
      return f();
    } catch (e) {
      if (!(e instanceof ChurujingError)) throw e;
      const reason: Reason = Object.freeze({ code: 'evaluate.part-unavailable', params: Object.freeze({ part, detail: e.issues[0]?.message ?? e.message }) });
      if (failed === undefined) FAILED.set(view, (failed = new Map()));
      if (failed.size >= FAILURES_PER_VIEW) failed.clear();
      failed.set(k ?? `${part}\u0000${key()}`, reason);
      reasons.push(reason);
      return undefined;
    }
  };
}

const CHANNEL_OF = { 'hall-window': 'window', kiosk: 'kiosk', online: 'online', post: 'post', 'police-station': 'police-station', agency: 'agency' } as const;
const INVALID: LocalizedText = Object.freeze({ 'zh-CN': '申请信息有误', en: 'Invalid application' });
const PARSE_EN = Object.freeze({});
const PARSE_ZH = Object.freeze({ locale: 'zh-CN' as const });

/** The application parsed, the options' problems listed with its own (one error). */
function parse(application: unknown, o: CheckedOptions, optionIssues: readonly ChurujingError['issues'][number][]): ParsedApplication {
  const parseOptions = o.asOf === undefined ? (o.locale === 'en' ? PARSE_EN : PARSE_ZH) : { asOf: o.asOf, locale: o.locale };
  let parsed: ParsedApplication;
  try {
    parsed = parseApplication(application, parseOptions);
  } catch (e) {
    if (e instanceof ValidationError && optionIssues.length > 0) throw new ValidationError(INVALID, [...optionIssues, ...e.issues], o.locale);
    throw e;
  }
  if (optionIssues.length > 0) throw new ValidationError(INVALID, optionIssues, o.locale);
  return parsed;
}

/** Reasons of the endorsement rules said twice (by the kiosk, then by the endorsement decision) are kept once. */
function withoutRepeats(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const r of reasons) {
    if (r.code.startsWith('endorsement.')) {
      const k = `${r.code}|${JSON.stringify(r.params)}`;
      if (seen.has(k)) continue;
      seen.add(k);
    }
    out.push(r);
  }
  return out;
}

/**
 * Evaluates an application with the rules in force at its acceptance instant and office.
 *
 * What each part is told (see evaluate-facts.ts for each rule): the place rules get the route
 * facts (residence, work and social insurance, study, a close relative, the residence permit);
 * the channel rules whether the document renewed is still valid (online renewal) and, at a
 * kiosk, the permit held (its form and last valid day) and the applicant as the endorsement
 * rules see them; the materials checklist counts the permit held as presented at a kiosk. So
 * `applicationPlace`, `channelAllowed`, `canSelfServe`, `endorsementOptions` and `quoteFees`
 * called alone with the same facts answer as the parts of the evaluation do.
 *
 * @param options - `policy` (validated: a policy the library produced passes at once, any other
 *   is validated in full once), `asOf`, `deferredOptIn`, `badCredit`, `locale` of an error's
 *   message, `beyondCalendar` (`'provisional'`: count due dates past the published calendar on the
 *   statutory days off, marked provisional).
 * @throws `ValidationError` listing every problem when the application or the options are not
 * valid (the identity number included; an unknown option, an invalid `asOf`, a policy that does
 * not validate); never on a valid application with valid options.
 * @example
 * ```ts
 * const e = evaluate(SAMPLE_APPLICATION);
 * e.status;                       // 'accepted'
 * e.services[0].processing;       // { kind: 'due', due: '2025-02-10', … }
 * e.fees?.totalFen;               // 6000 + 1500 + 1000
 * e.fees?.complete;               // true
 * e.nextSteps['zh-CN'];           // ['材料齐全，可以受理。', …]
 * ```
 */
export function evaluate(application: unknown, options?: EvaluateOptions): Evaluation {
  const { options: o, issues: optionIssues } = checkEvaluateOptions(options);
  return evaluateParsed(parse(application, o, optionIssues), o);
}

/**
 * The application parsed under checked options, or one `ValidationError` listing the options'
 * problems with the application's (what `evaluate` does first).
 *
 * @internal
 * @example
 * ```ts
 * const { options } = checkEvaluateOptions({ policy });
 * const e = evaluateParsed(parseEvaluated(application, options), options);
 * ```
 */
export function parseEvaluated(application: unknown, options: CheckedOptions): ParsedApplication {
  return parse(application, options, []);
}

/**
 * `evaluate` of an application already parsed (by {@link parseEvaluated}) under checked
 * options: a diff parses each application once and evaluates it under both policies.
 *
 * @internal
 * @example
 * ```ts
 * const before = evaluateParsed(parsed, baselineOptions);
 * const after = evaluateParsed(parsed, candidateOptions);
 * ```
 */
export function evaluateParsed(parsed: ParsedApplication, o: CheckedOptions): Evaluation {
  const { application: app, derived } = parsed;
  const policy = o.policy;
  const date = derived.acceptedOn;
  const office = app.office.division;
  const view = policyAt(policy, date, { division: office, beyondVerified: 'flag' });
  const attempt = attemptOn(view);
  const ctx: Context = { parsed, app, view, policy, date, attempt };
  const general: Reason[] = [];
  const a = app.applicant;

  const banFlags = a.exitBanFlags ?? {};
  const bans = attempt('exit ban', general, () => JSON.stringify(banFlags), () => exitBansTrusted({ view, flags: banFlags }));
  if (bans) general.push(...bans);
  general.push(...applicationPracticeNotes(view, parsed));

  const placeApplicant = placeApplicantOf(app, derived.birthDate);
  const relative = a.closeRelative;
  const channel = CHANNEL_OF[app.channel];
  let materialsRoute: Routes | undefined;
  const undecided: UnpricedFeeLine[] = [];

  const services: ServiceDecision[] = app.services.map((s) => {
    const against: Reason[] = [];
    const notes: Reason[] = [];
    const label = serviceLabel(s);
    const placeService = placeServiceOf(app, s);
    const placeInput = relative === undefined ? { view, applicant: placeApplicant, service: placeService, office } : { view, applicant: placeApplicant, service: placeService, office, relative };
    const place = attempt('place', against, () => JSON.stringify({ ...placeInput, view: undefined }), () => applicationPlaceTrusted(placeInput));
    // Endorsements: endorsementOptions decides the place with its own tables (one place for
    // endorsement rules); applicationPlace gives the route used for deadlines and materials.
    if (place?.status === 'not-allowed' && s.kind === 'document') against.push(...place.reasons);
    const routes = routesOf(place, app, office, date);
    materialsRoute ??= routes;
    const channelInput =
      s.kind === 'document'
        ? s.action === 'first-issue'
          ? { view, channel, service: placeService, applicant: placeApplicant }
          : { view, channel, service: placeService, applicant: placeApplicant, priorDocumentValid: priorDocumentValid(app, s.document, date) }
        : kioskInput(ctx, s, channel, placeService, placeApplicant);
    const decided = attempt('channel', against, () => JSON.stringify({ ...channelInput, view: undefined }), () => channelAllowedTrusted(channelInput));
    if (decided?.status === 'not-allowed') against.push(...decided.reasons);
    const practice = applicationPracticeReasons(view, parsed, s);
    against.push(...practice.against);
    notes.push(...practice.notes);
    const part = s.kind === 'document' ? documentDecision(ctx, s, against, notes) : endorsementDecision(ctx, s, against, notes);
    const eligible = against.length === 0;
    const processingService = processingKind(s, app);
    if (eligible && !processingService) notes.push({ code: 'evaluate.part-unavailable', params: { part: 'processing deadline', detail: 'no processing limit is modelled for this document' } });
    const processing =
      eligible && processingService
        ? attempt('processing deadline', notes, () => JSON.stringify([processingService, routes.processing, app.channel, app.urgent, app.acceptedAt, o.beyondCalendar]), () =>
            processingDeadlineTrusted({
              view,
              service: processingService,
              route: routes.processing,
              channel: app.channel,
              ...(app.urgent ? { urgent: { ground: app.urgent.ground, proven: app.urgent.evidence } } : {}),
              acceptedAt: app.acceptedAt,
              ...(o.beyondCalendar === 'provisional' ? { beyondCalendar: 'provisional' as const } : {}),
            }),
          )
        : undefined;
    if (processing?.kind === 'unknown') notes.push({ code: 'evaluate.processing-unknown', params: { service: label.en, publishedThrough: processing.publishedThrough } });
    const validity = 'validity' in part ? part.validity : undefined;
    const chosen = 'chosen' in part ? part.chosen : undefined;
    const reasons: ExplainedReason[] = [];
    for (const r of channel === 'kiosk' ? withoutRepeats(against) : against) reasons.push(explain(r));
    for (const r of notes) reasons.push(explain(r));
    // built property by property (in the order of the type): no intermediate objects
    const decision: Partial<{ -readonly [K in keyof ServiceDecision]: ServiceDecision[K] }> = { service: s, label, eligible, reasons };
    if (place) decision.place = place;
    if (decided) decision.channel = decided;
    if (validity) decision.validity = validity;
    if ('endorsement' in part && part.endorsement) decision.endorsement = part.endorsement;
    if (chosen) decision.chosen = chosen;
    if (processing) decision.processing = processing;
    if (eligible) {
      const fee = feeItemsOf(s, validity, chosen);
      decision.feeItems = fee.items;
      if (fee.undecided !== undefined) undecided.push(undecidedLine(label, fee.undecided));
    } else decision.feeItems = [];
    return decision as ServiceDecision;
  });

  const route = materialsRoute ?? routesOf(undefined, app, office, date);
  const presented = presentedMaterials(app, date);
  const materialServices = app.services.map((s) => (s.kind === 'document' ? { kind: 'document' as const, document: s.document, action: s.action, ...(s.ground ? { ground: s.ground } : {}) } : { kind: 'endorsement' as const, destination: s.destination, type: s.type }));
  const facts = {
    ageOnAcceptance: derived.ageOnAcceptance,
    route: route.materials,
    ...(route.residencePermitBased ? { residencePermitBased: true } : {}),
    ...(route.schemeBasis ? { schemeBasis: route.schemeBasis } : {}),
    ...(placeApplicant.registeredPersonnel ? { registeredPersonnel: true } : {}),
    ...(app.urgent ? { urgent: true } : {}),
    ...(a.business ? { business: { kind: a.business.kind } } : {}),
  };
  const materials = attempt('materials', general, () => JSON.stringify([materialServices, facts, presented]), () => materialsChecklistTrusted({ view, services: materialServices, applicant: facts, presented }));
  const acceptance = materials
    ? attempt('acceptance', general, () => JSON.stringify([materials.missing.map((m) => m.id), o.deferredOptIn, o.badCredit, app.acceptedAt]), () =>
        acceptanceDecisionTrusted({ view, checklist: materials, optIn: o.deferredOptIn, ...(o.badCredit ? { credit: { bad: true } } : {}), acceptedAt: app.acceptedAt }),
      )
    : undefined;

  const items: FeeItem[] = [];
  for (const s of services) for (const i of s.feeItems) items.push(i);
  const feeInput = {
    items,
    acceptedOn: date,
    division: office,
    applicant: { birthDate: derived.birthDate, ...(a.disabled ? { disabled: true } : {}) },
    delivery: app.delivery,
  };
  const quote = items.length > 0 ? attempt('fees', general, () => JSON.stringify(feeInput), () => quoteFeesTrusted(view, feeInput)) : undefined;
  const fees = withUndecided(quote, date, office, undecided);

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

/** The channel input of an endorsement service: at a kiosk, the permit held and the endorsement applicant too. */
function kioskInput(ctx: Context, s: Extract<ApplicationService, { kind: 'endorsement' }>, channel: ChannelDecision['channel'], service: ReturnType<typeof placeServiceOf>, applicant: ReturnType<typeof placeApplicantOf>) {
  const { view, app, date } = ctx;
  if (channel !== 'kiosk') return { view, channel, service, applicant };
  const held = heldPermitOf(app, s.destination, date);
  const permit = held === undefined ? { form: 'booklet' as const } : { form: held.form, expiry: held.expires };
  return { view, channel, service, applicant, permit, endorsementApplicant: toEndorsementApplicantTrusted(ctx.parsed) };
}

const yuan = (fen: number): string => (fen / 100).toFixed(2).replace(/\.00$/, '');

/** The next step about fees, in both locales, written once per quote (the parts' quotes are shared between calls). */
const FEE_LINES = new WeakMap<FeeQuote, readonly [string, string]>();

function feeLines(fees: FeeQuote): readonly [string, string] {
  let lines = FEE_LINES.get(fees);
  if (lines === undefined) {
    lines = fees.complete
      ? [`应缴费用合计${fees.totalFen / 100}元。`, `Fees: CNY ${(fees.totalFen / 100).toFixed(2)} in all.`]
      : [
          `已计价费用${yuan(fees.totalFen)}元；另有未能计价的项目：${fees.unpriced.map((l) => l.message['zh-CN']).join('；')}`,
          `Fees priced: CNY ${(fees.totalFen / 100).toFixed(2)}; not priced: ${fees.unpriced.map((l) => l.message.en).join('; ')}`,
        ];
    FEE_LINES.set(fees, lines);
  }
  return lines;
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
        zh.push(`${s.label['zh-CN']}：${s.processing.due}前办结${s.processing.provisional ? '（按法定节假日推算，待国务院公布放假安排后确定）' : ''}。`);
        en.push(`${s.label.en}: ready by ${s.processing.due}${s.processing.provisional ? ' (provisional: counted on the statutory holidays until the State Council publishes the year’s arrangement)' : ''}.`);
      } else if (s.processing?.kind === 'unknown') {
        zh.push(`${s.label['zh-CN']}：办结日期暂无法计算（超出已公布的工作日历）。`);
        en.push(`${s.label.en}: the due date cannot be counted yet (past the published working-day calendar).`);
      }
    }
    if (fees) {
      const [z, e] = feeLines(fees);
      zh.push(z);
      en.push(e);
    }
  }
  return { 'zh-CN': zh, en };
}
