/**
 * Which channel may serve which service on a date: {@link channelAllowed}. The hall window
 * serves everything; a first issue is always made in person at a window (photo and
 * fingerprints); kiosks follow {@link canSelfServe}; the online, post, police-station and agency
 * channels follow their tables (`channel.*`, see `channel-tables.ts`). Where to apply is
 * `applicationPlace`'s matter; this decides only how.
 *
 * @module
 */
import { z } from 'zod';
import type { Citation } from '../rules/citation.js';
import { ValidationError } from '../rules/errors.js';
import { PolicyView } from '../rules/policy-at.js';
import type { ValueTableSpec } from '../rules/table.js';
import { ageOn } from '../documents/age.js';
import { MPS_ORDER_96, article } from '../documents/instruments.js';
import { CHANNEL_NATIONAL, CHANNEL_TABLES, type ChannelRule } from './channel-tables.js';
import { type PlaceApplicant, exclusionsOf, placeApplicantSchema, zodToIssues } from './place-applicant.js';
import { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './place-lookups.js';
import { CHANNELS, type Channel, type ChannelCondition, type PlaceReason, placeReason } from './place-reasons.js';
import { type Service, cityCodeOf, placeDivisionSchema, serviceKeyOf, serviceSchema } from './place-services.js';
import { canSelfServe, firstIssueCite } from './self-service.js';

export { CHANNELS, type Channel } from './place-reasons.js';

/**
 * Input of {@link channelAllowed}. `view` is the policy on the date at the place of the
 * channel (the office, the kiosk, the courier's city; for online, the applicant's hukou).
 * `permit` is needed for the kiosk; `priorDocumentValid` (the document being renewed is still
 * valid, with fingerprints on file) for online renewal.
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
  readonly permit?: { readonly form: 'booklet' | 'card'; readonly issuedIn?: string | undefined } | undefined;
  readonly priorDocumentValid?: boolean | undefined;
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
  | { readonly status: 'allowed'; readonly channel: Channel; readonly immediate?: boolean; readonly reasons: readonly PlaceReason[] }
  | { readonly status: 'not-allowed'; readonly channel: Channel; readonly reasons: readonly PlaceReason[] };

/**
 * Schema of the input of {@link channelAllowed} (all but the view).
 *
 * @example
 * ```ts
 * channelInputSchema.parse({ channel: 'window', service: { kind: 'document', document: 'passport' }, applicant: { hukou: '110105' } });
 * ```
 */
export const channelInputSchema = z
  .object({
    channel: z.enum(CHANNELS),
    service: serviceSchema,
    applicant: placeApplicantSchema,
    permit: z.object({ form: z.enum(['booklet', 'card']), issuedIn: placeDivisionSchema.optional() }).strict().optional(),
    priorDocumentValid: z.boolean().optional(),
  })
  .strict();

/** The instrument of each channel table's first national entry: cited when a channel is not yet open. */
const OPENING: ReadonlyMap<string, Citation> = new Map(
  Object.entries(CHANNEL_NATIONAL).flatMap(([id, t]) => (t.kind === 'value' && t.entries[0] ? [[id, t.entries[0].cite] as const] : [])),
);

const WINDOW_CITE: Citation = article(MPS_ORDER_96, '第七条', 'The accepting office interviews the applicant and accepts complete applications on the spot (staffed window).');

function tableChannel(input: ChannelInput, channel: Channel, spec: ValueTableSpec<ChannelRule>, extra?: (fail: (c: ChannelCondition, p?: Record<string, string | number>) => void) => void): ChannelDecision {
  const { view } = input;
  const { key, action } = serviceKeyOf(input.service);
  const r = view.value(spec);
  const tail = r.unverified ? [placeReason('channel.unverified', { table: spec.id })] : [];
  const reasons: PlaceReason[] = [];
  const fail = (c: ChannelCondition, p: Record<string, string | number> = {}, cite: Citation | undefined = r.cite) => reasons.push(placeReason(`channel.${channel}.${c}`, p, cite));
  if (!r.inForce) {
    fail('not-in-force', { date: view.date }, r.cite ?? OPENING.get(spec.id));
    return { status: 'not-allowed', channel, reasons: [...reasons, ...tail] };
  }
  const rule = r.value;
  if (!rule.services.includes(key)) fail(rule.appointments === true && rule.services.length === 0 ? 'appointments-only' : 'not-covered');
  else {
    if (rule.actions && !rule.actions.includes(action)) fail('action-not-covered');
    for (const e of exclusionsOf(input.applicant, rule.excludes)) fail(e === 'registered-personnel' ? 'excluded-registered-personnel' : 'excluded-active-military');
    if (rule.minAge !== undefined) {
      const b = input.applicant.birthDate;
      if (b === undefined || b > view.date || ageOn(b, view.date) < rule.minAge) fail('too-young', { age: rule.minAge });
    }
    extra?.((c, p) => fail(c, p));
  }
  if (reasons.length > 0) return { status: 'not-allowed', channel, reasons: [...reasons, ...tail] };
  return { status: 'allowed', channel, reasons: [placeReason(`channel.${channel}.allowed`, {}, r.cite), ...tail] };
}

function online(input: ChannelInput): ChannelDecision {
  if (input.service.kind === 'endorsement') return tableChannel(input, 'online', CHANNEL_TABLES.online);
  return tableChannel(input, 'online', CHANNEL_TABLES.onlineRenewal, (fail) => {
    const city = cityCodeOf(input.applicant.hukou);
    if (!input.view.has(CHANNEL_TABLES.onlineRenewalCities, city)) fail('not-pilot-city', { city });
    if (input.priorDocumentValid !== true) fail('prior-document-invalid');
  });
}

function checkInput(input: unknown): ChannelInput {
  const issues = [];
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const { view, ...rest } = raw;
  if (!(view instanceof PolicyView)) issues.push({ path: ['view'], code: 'invalid-view', message: 'expected a PolicyView' });
  const parsed = channelInputSchema.safeParse(rest);
  if (!parsed.success) issues.push(...zodToIssues(parsed.error));
  if (parsed.success && parsed.data.channel === 'kiosk') {
    if (parsed.data.permit === undefined) issues.push({ path: ['permit'], code: 'permit-required', message: 'the kiosk channel needs the permit (form, issuing division)' });
    if (view instanceof PolicyView && view.division === undefined) issues.push({ path: ['view'], code: 'view-not-at-kiosk', message: 'the kiosk channel needs a view resolved at the kiosk' });
  }
  if (issues.length > 0) throw new ValidationError(`Invalid channel input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, issues);
  return { ...(parsed.data as Omit<ChannelInput, 'view'>), view: view as PolicyView };
}

/**
 * Whether `channel` may serve the service on the view's date:
 * - `window` — always (a staffed window takes every application);
 * - any other channel — never a first issue (photo and fingerprints are taken at a window);
 * - `kiosk` — {@link canSelfServe} at the view's division;
 * - `online` — tourist re-endorsements on the NIA platform from 2019-04-01 (appointments from
 *   2014-07-25); document renewal/replacement for hukou residents of the pilot cities
 *   (全程网办, from 2024-05-06);
 * - `post`, `police-station`, `agency` — where a local measure opens them.
 *
 * @throws `ValidationError` listing every problem of the input.
 * @example
 * ```ts
 * channelAllowed({
 *   view: policyAt(policy, '2024-05-06', { division: '510104' }), channel: 'online',
 *   service: { kind: 'document', document: 'passport', action: 'renewal' },
 *   applicant: { hukou: '510104', birthDate: '1990-01-01' }, priorDocumentValid: true,
 * }).status; // 'allowed': Chengdu is a 全程网办 pilot city
 * ```
 */
export function channelAllowed(input: ChannelInput, lookups: SchemeLookups = DEFAULT_SCHEME_LOOKUPS): ChannelDecision {
  const checked = checkInput(input);
  const { view, channel } = checked;
  const { action } = serviceKeyOf(checked.service);
  if (channel === 'window') return { status: 'allowed', channel, reasons: [placeReason('channel.window.allowed', {}, WINDOW_CITE)] };
  if (channel === 'kiosk') {
    const r = canSelfServe(view, { kiosk: view.division ?? checked.applicant.hukou, applicant: checked.applicant, permit: checked.permit ?? { form: 'booklet' }, service: checked.service }, lookups);
    return r.ok ? { status: 'allowed', channel, immediate: r.immediate, reasons: r.reasons } : { status: 'not-allowed', channel, reasons: r.reasons };
  }
  if (action === 'first-issue') return { status: 'not-allowed', channel, reasons: [placeReason(`channel.${channel}.action-not-covered`, {}, firstIssueCite(view.date))] };
  if (channel === 'online') return online(checked);
  const spec = channel === 'post' ? CHANNEL_TABLES.post : channel === 'police-station' ? CHANNEL_TABLES.policeStation : CHANNEL_TABLES.agency;
  return tableChannel(checked, channel, spec);
}
