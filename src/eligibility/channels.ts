/**
 * Which channel may serve which service on a date: {@link channelAllowed}. The hall window
 * serves everything; a first issue is always made in person at a window (photo and
 * fingerprints); kiosks follow the kiosk check (`canSelfServe`: its own rules, then the
 * endorsement rules); the online, post, police-station and agency
 * channels follow their tables (`channel.*`, see `channel-tables.ts`). Where to apply is
 * `applicationPlace`'s matter; this decides only how.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { type LocalizedText, ValidationError } from '../rules/errors.js';
import { civilDateSchema } from '../rules/period.js';
import { PolicyView } from '../rules/policy-at.js';
import type { Reason } from '../rules/reasons.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { type Applicant as EndorsementApplicant, applicantSchema as endorsementApplicantSchema } from '../documents/endorsements/request.js';
import type { ValueTableHead } from '../rules/table.js';
import type { CivilDate } from '../rules/civil-date.js';
import { CHANNEL_NATIONAL, CHANNEL_TABLES, type ChannelRule } from './channel-tables.js';
import { type CheckOptions, bilingual, checkOptions } from './call-options.js';
import { type PlaceApplicant, ageYears, placeApplicantSchema } from './place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './place-lookups.js';
import { CHANNELS, type Channel, type ChannelCondition, type PlaceReason, placeReason } from './place-reasons.js';
import { type Service, type ServiceAction, type ServiceKey, cityCodeOf, placeDivisionSchema, serviceActionOf, serviceKeyFast, serviceSchema } from './place-services.js';
import { canSelfServeTrusted, firstIssueCite } from './self-service.js';
import { cite, verbatim, REG_MPS_ORDER_96 } from '../rules/instruments/index.js';

export { CHANNELS, type Channel } from './place-reasons.js';

/**
 * Input of {@link channelAllowed}. `view` is the policy on the date at the place of the
 * channel (the office, the kiosk, the courier's city; for online, the applicant's hukou).
 * `permit` is needed for the kiosk (its form, issuing division and last valid day, as for
 * `canSelfServe`), and `endorsementApplicant` there is the applicant as the endorsement rules see
 * them; `priorDocumentValid` (the document being renewed is still valid, with fingerprints on
 * file) for online renewal.
 *
 * @example
 * ```ts
 * const input: ChannelInput = {
 *   view: policyAt(policy, '2024-05-06', { division: '510104' }), channel: 'online',
 *   service: { kind: 'document', document: 'passport', action: 'renewal' },
 *   applicant: { hukou: '510104', birthDate: '1990-01-01' }, priorDocumentValid: true,
 * };
 * ```
 */
export interface ChannelInput {
  readonly view: PolicyView;
  readonly channel: Channel;
  readonly service: Service;
  readonly applicant: PlaceApplicant;
  readonly permit?: { readonly form: 'booklet' | 'card'; readonly issuedIn?: string | undefined; readonly expiry?: string | undefined } | undefined;
  readonly priorDocumentValid?: boolean | undefined;
  readonly endorsementApplicant?: EndorsementApplicant | undefined;
}

/**
 * The decision of {@link channelAllowed}; a kiosk decision also says whether the endorsement is
 * printed on the spot.
 *
 * @example
 * ```ts
 * const d: ChannelDecision = channelAllowed(input);
 * if (d.status === 'not-allowed') d.reasons.map((r) => r.code);
 * ```
 */
export type ChannelDecision =
  | { readonly status: 'allowed'; readonly channel: Channel; readonly immediate?: boolean; readonly reasons: readonly (PlaceReason | Reason)[] }
  | { readonly status: 'not-allowed'; readonly channel: Channel; readonly reasons: readonly (PlaceReason | Reason)[] };

/**
 * Schema of the input of {@link channelAllowed} (all but the view).
 *
 * @example
 * ```ts
 * channelInputSchema.parse({ channel: 'window', service: { kind: 'document', document: 'passport' }, applicant: { hukou: '110105' } });
 * ```
 */
export const channelInputSchema = /* @__PURE__ */ z.strictObject({
  channel: /* @__PURE__ */ z.enum(CHANNELS),
  service: serviceSchema,
  applicant: placeApplicantSchema,
  permit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ form: /* @__PURE__ */ z.enum(['booklet', 'card']), issuedIn: /* @__PURE__ */ z.optional(placeDivisionSchema), expiry: /* @__PURE__ */ z.optional(civilDateSchema) })),
  priorDocumentValid: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  endorsementApplicant: /* @__PURE__ */ z.optional(endorsementApplicantSchema),
});

/** The instrument of each channel table's first national entry: cited when a channel is not yet open. */
const OPENING: ReadonlyMap<string, Citation> = /* @__PURE__ */ new Map(
  Object.entries(CHANNEL_NATIONAL).flatMap(([id, t]) => (t.kind === 'value' && t.entries[0] ? [[id, t.entries[0].cite] as const] : [])),
);

const WINDOW_CITE: Citation = /* @__PURE__ */ cite(REG_MPS_ORDER_96, { article: '第七条', quote: verbatim('对申请材料齐全且符合法定形式的，应当当场受理；对申请材料不齐全或者不符合法定形式的，应当一次告知申请人需要补正的全部内容'), evidence: { level: 'reprint', url: 'http://i520i.com/book/chapter/165971/77.html', source: 'the 2012 text of the 办法 in a law compilation' }, note: 'The accepting office interviews the applicant and accepts complete applications on the spot (staffed window).' });

/** The window's answer: the same on every day, for everyone. */
const WINDOW_ALLOWED: ChannelDecision = /* @__PURE__ */ Object.freeze({ status: 'allowed', channel: 'window', reasons: Object.freeze([placeReason('channel.window.allowed', {}, WINDOW_CITE)]) });

const NO_REASONS: readonly PlaceReason[] = /* @__PURE__ */ Object.freeze([]);

/**
 * What a table channel knows of the applicant on the day, without the day: the service, flags,
 * the age (whole years; 'x' without a birth date or before it; or, in a shared plan, the
 * channel's minimum age when reached and -1 when not), the hukou city and the prior document.
 */
interface ChannelFacts {
  readonly endorsement: boolean;
  readonly key: ServiceKey;
  readonly action: ServiceAction;
  readonly registeredPersonnel: boolean;
  readonly activeMilitary: boolean;
  readonly age: number | 'x';
  readonly hukouCity: string;
  readonly priorDocumentValid: boolean;
}

/** A channel decision, and whether its first reason says the day (a channel not in force: written as `date` was given). */
interface ChannelPlan {
  readonly decision: ChannelDecision;
  readonly dated: boolean;
}

function tableChannel(view: PolicyView, f: ChannelFacts, date: CivilDate, channel: Channel, spec: ValueTableHead<ChannelRule>, extra?: (fail: (c: ChannelCondition, p?: Record<string, string | number>) => void) => void): ChannelPlan {
  const r = view.value(spec);
  const tail = r.unverified ? [placeReason('channel.unverified', { table: spec.id })] : NO_REASONS;
  const reasons: PlaceReason[] = [];
  const fail = (c: ChannelCondition, p?: Record<string, string | number>, cite: Citation | undefined = r.cite) => reasons.push(placeReason(`channel.${channel}.${c}`, p, cite));
  if (!r.inForce) {
    fail('not-in-force', { date }, r.cite ?? OPENING.get(spec.id));
    return Object.freeze({ decision: Object.freeze({ status: 'not-allowed', channel, reasons: Object.freeze(reasons.concat(tail)) }), dated: true });
  }
  const rule = r.value;
  if (!rule.services.includes(f.key)) fail(rule.appointments === true && rule.services.length === 0 ? 'appointments-only' : 'not-covered');
  else {
    if (rule.actions && !rule.actions.includes(f.action)) fail('action-not-covered');
    if (rule.excludes) {
      if (f.registeredPersonnel && rule.excludes.includes('registered-personnel')) fail('excluded-registered-personnel');
      if (f.activeMilitary && rule.excludes.includes('active-military')) fail('excluded-active-military');
    }
    if (rule.minAge !== undefined && (f.age === 'x' || f.age < rule.minAge)) fail('too-young', { age: rule.minAge });
    extra?.((c, p) => fail(c, p));
  }
  if (reasons.length > 0) return Object.freeze({ decision: Object.freeze({ status: 'not-allowed', channel, reasons: Object.freeze(reasons.concat(tail)) }), dated: false });
  return Object.freeze({ decision: Object.freeze({ status: 'allowed', channel, reasons: Object.freeze([placeReason(`channel.${channel}.allowed`, {}, r.cite), ...tail]) }), dated: false });
}

/** The table a channel other than the window and the kiosk reads. */
function specOf(channel: Channel, endorsement: boolean): ValueTableHead<ChannelRule> {
  if (channel === 'online') return endorsement ? CHANNEL_TABLES.online : CHANNEL_TABLES.onlineRenewal;
  return channel === 'post' ? CHANNEL_TABLES.post : channel === 'police-station' ? CHANNEL_TABLES.policeStation : CHANNEL_TABLES.agency;
}

/** A channel other than the window and the kiosk, for an application other than a first issue: its table, and for online renewal the pilot city and the prior document. It reads the rules through `view` only. */
function tableDecision(view: PolicyView, f: ChannelFacts, date: CivilDate, channel: Channel): ChannelPlan {
  const spec = specOf(channel, f.endorsement);
  if (channel !== 'online' || f.endorsement) return tableChannel(view, f, date, channel, spec);
  return tableChannel(view, f, date, channel, spec, (fail) => {
    const city = f.hukouCity;
    if (!view.has(CHANNEL_TABLES.onlineRenewalCities, city)) fail('not-pilot-city', { city });
    if (!f.priorDocumentValid) fail('prior-document-invalid');
  });
}

/** The decision of a plan on `date`. */
function finish(plan: ChannelPlan, date: CivilDate): ChannelDecision {
  if (!plan.dated) return plan.decision;
  const d = plan.decision;
  const reasons = d.reasons.slice();
  const r = reasons[0] as PlaceReason;
  reasons[0] = placeReason(r.code, { date }, r.cite);
  return Object.freeze({ status: 'not-allowed', channel: d.channel, reasons: Object.freeze(reasons) });
}

function kiosk(input: ChannelInput, lookups: SchemeLookups): ChannelDecision {
  const { view, applicant } = input;
  const e = input.endorsementApplicant;
  const r = canSelfServeTrusted(view, { kiosk: view.division ?? applicant.hukou, applicant, permit: input.permit ?? { form: 'booklet' }, service: input.service, ...(e === undefined ? {} : { endorsementApplicant: e }) }, lookups);
  const reasons = Object.freeze(r.reasons);
  return Object.freeze(r.ok ? { status: 'allowed', channel: 'kiosk', immediate: r.immediate, reasons } : { status: 'not-allowed', channel: 'kiosk', reasons });
}

/** The decision, computed from the input's exact facts on the view (no plan shared). */
function decide(input: ChannelInput, lookups: SchemeLookups): ChannelDecision {
  const { view, channel, service } = input;
  if (channel === 'window') return WINDOW_ALLOWED;
  if (channel === 'kiosk') return kiosk(input, lookups);
  const date = view.date;
  const action = serviceActionOf(service);
  if (action === 'first-issue') return firstIssue(channel, date);
  const a = input.applicant;
  const b = a.birthDate;
  const facts: ChannelFacts = {
    endorsement: service.kind === 'endorsement',
    key: serviceKeyFast(service),
    action,
    registeredPersonnel: a.registeredPersonnel === true,
    activeMilitary: a.activeMilitary === true,
    age: b === undefined || b > date ? 'x' : ageYears(b, date),
    hukouCity: cityCodeOf(a.hukou),
    priorDocumentValid: input.priorDocumentValid === true,
  };
  return finish(tableDecision(view, facts, date, channel), date);
}

/** The first-issue answers of each channel, before and from 2012-03-01 (the same on every day of each). */
const FIRST_ISSUE = /* @__PURE__ */ new Map<string, ChannelDecision>();

function firstIssue(channel: Channel, date: string): ChannelDecision {
  const cite = firstIssueCite(date);
  const k = `${channel}|${cite === firstIssueCite('2012-03-01') ? 1 : 0}`;
  let d = FIRST_ISSUE.get(k);
  if (d === undefined) {
    d = Object.freeze({ status: 'not-allowed', channel, reasons: Object.freeze([placeReason(`channel.${channel}.action-not-covered`, {}, cite)]) }) as ChannelDecision;
    if (FIRST_ISSUE.size < 64) FIRST_ISSUE.set(k, d);
  }
  return d;
}

/**
 * {@link channelAllowed} without the input check: the core that `evaluate` calls with an input
 * it has already validated (schema-valid; for the kiosk, a permit and a view resolved at the
 * kiosk). It runs no schema and re-checks nothing. A first issue away from the window has one
 * answer before and one from 2012-03-01; the other decisions (online, post, police station,
 * agency) come from a plan shared by every day whose rules answer its reads alike
 * (`view.tracked`), keyed by the channel, the service and the applicant's facts the channel
 * decides on (flags, age against the channel's minimum, hukou city and prior document for
 * online renewal); the day is written into the reason of a channel not in force. The result is
 * a deeply frozen value (it may be shared): do not mutate it. Kiosk decisions are computed on
 * each call (they read the endorsement rules with every fact of the applicant and the day).
 *
 * @internal
 * @param input - a valid {@link ChannelInput} (as {@link channelInputSchema} parses it).
 * @param lookups - as for {@link channelAllowed}; with other lookups than the default, no plan is shared.
 * @throws `UnverifiedDateError` past a table's verified date unless the view flags instead.
 * @example
 * ```ts
 * channelAllowedTrusted({
 *   view: policyAt(defaultPolicy(), '2025-01-24', { division: '510100', beyondVerified: 'flag' }),
 *   channel: 'window',
 *   service: { kind: 'document', document: 'hkmo-permit', action: 'first-issue' },
 *   applicant: { hukou: '510104', birthDate: '1990-03-15' },
 * }).status; // 'allowed'
 * ```
 */
export function channelAllowedTrusted(input: ChannelInput, lookups: SchemeLookups = DEFAULT_SCHEME_LOOKUPS): ChannelDecision {
  const channel = input.channel;
  if (channel === 'window') return WINDOW_ALLOWED;
  // the kiosk decision reads the endorsement rules with every fact of the applicant: not shared
  // here (the kiosk rules are cheap; the endorsement module keeps its own plans)
  if (lookups !== DEFAULT_SCHEME_LOOKUPS || channel === 'kiosk') return decide(input, lookups);
  const { view, service } = input;
  const date = view.date;
  const action = serviceActionOf(service);
  if (action === 'first-issue') return firstIssue(channel, date);
  const endorsement = service.kind === 'endorsement';
  // the decision reads the rule first (so a view that throws throws here, as it would there)
  const r = view.value(specOf(channel, endorsement));
  const a = input.applicant;
  const key = serviceKeyFast(service);
  const registered = a.registeredPersonnel === true;
  const military = a.activeMilitary === true;
  const planKey: unknown[] = ['channels', channel, key, action, registered, military];
  const minAge = r.inForce ? r.value.minAge : undefined;
  let age: number | 'x' = 'x';
  if (minAge !== undefined) {
    const b = a.birthDate;
    const old = b !== undefined && b <= date && ageYears(b, date) >= minAge;
    age = old ? minAge : -1;
    planKey.push(old ? 'old' : 'young');
  }
  const onlineDocument = channel === 'online' && !endorsement;
  const hukouCity = onlineDocument ? cityCodeOf(a.hukou) : '';
  const prior = onlineDocument && input.priorDocumentValid === true;
  if (onlineDocument) planKey.push(hukouCity, prior);
  const facts: ChannelFacts = { endorsement, key, action, registeredPersonnel: registered, activeMilitary: military, age, hukouCity, priorDocumentValid: prior };
  return finish(view.tracked(planKey, (v) => tableDecision(v, facts, '', channel)), date);
}

const TITLE: LocalizedText = Object.freeze({ 'zh-CN': '办理渠道查询信息有误', en: 'Invalid channel input' });

function checkInput(input: unknown, options?: unknown): ChannelInput {
  const { locale, issues } = checkOptions(options, ['locale', 'lookups']);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const { view, ...rest } = raw;
  if (!(view instanceof PolicyView)) issues.push(bilingual(['view'], 'invalid-view', { 'zh-CN': '应为PolicyView（policyAt(policy, date, { division })）', en: 'expected a PolicyView (policyAt(policy, date, { division }))' }, locale));
  const parsed = channelInputSchema.safeParse(typeof input === 'object' && input !== null ? rest : input, REPORT_INPUT);
  if (!parsed.success) issues.push(...issuesOf(parsed.error, [], locale));
  if (parsed.success && parsed.data.channel === 'kiosk') {
    if (parsed.data.permit === undefined && parsed.data.service.kind === 'endorsement') issues.push(bilingual(['permit'], 'permit-required', { 'zh-CN': '在自助设备办理签注需要通行证信息（形式、签发地、有效期）', en: 'an endorsement at the kiosk channel needs the permit it goes on (form, issuing division, last valid day)' }, locale));
    if (view instanceof PolicyView && view.division === undefined) issues.push(bilingual(['view'], 'view-not-at-kiosk', { 'zh-CN': '自助设备渠道需要在自助设备所在地解析的视图', en: 'the kiosk channel needs a view resolved at the kiosk' }, locale));
  }
  const e = parsed.success ? parsed.data.endorsementApplicant : undefined;
  if (parsed.success && e !== undefined && e.hukou !== parsed.data.applicant.hukou) {
    issues.push(bilingual(['endorsementApplicant', 'hukou'], 'hukou-mismatch', { 'zh-CN': `签注申请人的户籍地${e.hukou}与申请人的户籍地${parsed.data.applicant.hukou}不同`, en: `the endorsement applicant's hukou ${e.hukou} is not the applicant's, ${parsed.data.applicant.hukou}` }, locale));
  }
  if (issues.length > 0 || !parsed.success) throw new ValidationError(TITLE, issues, locale);
  return { ...(parsed.data as Omit<ChannelInput, 'view'>), view: view as PolicyView };
}

/**
 * Checks an input of {@link channelAllowed} as it does and returns it as
 * {@link channelAllowedTrusted} takes it.
 *
 * @internal
 * @throws `ValidationError` listing every problem of the input.
 * @example
 * ```ts
 * channelAllowedTrusted(checkChannelInput(untrusted));
 * ```
 */
export function checkChannelInput(input: unknown, options?: unknown): ChannelInput {
  return checkInput(input, options);
}

/**
 * Whether `channel` may serve the service on the view's date:
 * - `window` — always (a staffed window takes every application);
 * - any other channel — never a first issue (photo and fingerprints are taken at a window);
 * - `kiosk` — the kiosk check (`canSelfServe`) at the view's division: the kiosk's rules, then
 *   the endorsement rules (give `permit.expiry` and `endorsementApplicant` as for it);
 * - `online` — tourist re-endorsements on the NIA platform from 2019-04-01 (appointments from
 *   2014-07-25); document renewal/replacement for hukou residents of the pilot cities
 *   (全程网办, from 2024-05-06);
 * - `post`, `police-station`, `agency` — where a local measure opens them.
 *
 * The result is a frozen value (it may be shared with other calls).
 *
 * @param options - `locale` of an error's message; `lookups` (scheme cities and city regimes).
 * @throws `ValidationError` listing every problem of the input and the options.
 * @example
 * ```ts
 * channelAllowed({
 *   view: policyAt(policy, '2024-05-06', { division: '510104' }), channel: 'online',
 *   service: { kind: 'document', document: 'passport', action: 'renewal' },
 *   applicant: { hukou: '510104', birthDate: '1990-01-01' }, priorDocumentValid: true,
 * }).status; // 'allowed': Chengdu is a 全程网办 pilot city
 * ```
 */
export function channelAllowed(input: ChannelInput, options?: CheckOptions): ChannelDecision {
  return channelAllowedTrusted(checkInput(input, options), options?.lookups ?? DEFAULT_SCHEME_LOOKUPS);
}
