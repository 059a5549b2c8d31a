/**
 * The green channel (绿色通道) for urgent exit-entry applications, as a dated rule: who it is
 * for, the grounds it covers, and, where an office commits to it, within how many working days
 * the application data go up for approval.
 *
 * - national, from 2014-07-25 (公安部十六项便民利民措施): urgent personal cases outside office
 *   hours — funerals, critical illness, emergencies abroad — handled at once; no number of days;
 * - Harbin (230100), opened as the higher authorities required (so from the same day): also the
 *   designated Taiwan-tour agencies and the charter operators the province and city back, and
 *   the wider urgent list (imminent study, a visa or entry permit about to expire, urgent
 *   business, imminent training or academic exchange, urgent medical treatment); the data are to
 *   be uploaded within 2 working days (「哈市公安局出入境管理工作受到群众好评」, 黑龙江, 2014-10-27).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { cite, verbatim, LOCAL_HARBIN_2014, MPS_2014_MEASURES } from '../rules/instruments/index.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type ValueTableData, defineValueTable } from '../rules/table.js';
import { computeDeadlineTrusted } from './compute-deadline.js';
import { PROCESSING_VERIFIED_THROUGH } from './processing-tables.js';

/**
 * The grounds a green channel may cover (the urgent grounds, and imminent training or academic
 * exchange, 参加业务培训或学术交流活动日期临近).
 *
 * @example
 * ```ts
 * GREEN_CHANNEL_GROUNDS.includes('training-or-exchange'); // true
 * ```
 */
export const GREEN_CHANNEL_GROUNDS = /* @__PURE__ */ Object.freeze([
  'funeral',
  'critically-ill-relative',
  'medical-treatment',
  'emergency-abroad',
  'business-emergency',
  'study-start',
  'visa-expiring',
  'training-or-exchange',
] as const);

/**
 * Who a green channel serves: designated Taiwan-tour agencies (指定赴台旅游资质的旅行社),
 * travel agencies with charter contracts backed by the province or city (包机), and individual
 * applicants with an urgent ground.
 *
 * @example
 * ```ts
 * GREEN_CHANNEL_APPLICANTS; // ['taiwan-tour-agency', 'charter-agency', 'urgent-personal']
 * ```
 */
export const GREEN_CHANNEL_APPLICANTS = /* @__PURE__ */ Object.freeze(['taiwan-tour-agency', 'charter-agency', 'urgent-personal'] as const);

/**
 * The value of `green-channel.rule`.
 *
 * @example
 * ```ts
 * const g: GreenChannelRule = { applicants: ['urgent-personal'], grounds: ['funeral'], outsideOfficeHours: true };
 * ```
 */
export interface GreenChannelRule {
  readonly applicants: readonly (typeof GREEN_CHANNEL_APPLICANTS)[number][];
  readonly grounds: readonly (typeof GREEN_CHANNEL_GROUNDS)[number][];
  /** Personal cases are those outside office hours. */
  readonly outsideOfficeHours: boolean;
  /** The application data go up for approval within so many working days of acceptance. */
  readonly uploadWithinWorkingDays?: number;
}

/**
 * The green-channel table spec.
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2014-11-03', { division: '230100' }).value(GREEN_CHANNEL).inForce; // true
 * ```
 */
export const GREEN_CHANNEL = /* @__PURE__ */ defineValueTable<GreenChannelRule>({
  id: 'green-channel.rule',
  label: { 'zh-CN': '出入境证件绿色通道', en: 'Green channel for exit-entry documents' },
  value: /* @__PURE__ */ z.strictObject({
    applicants: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(GREEN_CHANNEL_APPLICANTS)).check(/* @__PURE__ */ z.minLength(1)),
    grounds: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(GREEN_CHANNEL_GROUNDS)),
    outsideOfficeHours: /* @__PURE__ */ z.boolean(),
    uploadWithinWorkingDays: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(30))),
  }) as z.ZodMiniType<GreenChannelRule>,
  local: true,
});

const table = (entries: ValueTableData<GreenChannelRule>['entries']): ValueTableData<GreenChannelRule> => ({ kind: 'value', verifiedThrough: PROCESSING_VERIFIED_THROUGH, entries });

/**
 * National data of the green-channel table.
 *
 * @example
 * ```ts
 * GREEN_CHANNEL_NATIONAL['green-channel.rule']?.entries[0]?.from; // '2014-07-25'
 * ```
 */
export const GREEN_CHANNEL_NATIONAL: Readonly<Record<string, ValueTableData<GreenChannelRule>>> = /* @__PURE__ */ Object.freeze({
  'green-channel.rule': table([
    {
      from: '2014-07-25',
      value: { applicants: ['urgent-personal'], grounds: ['funeral', 'critically-ill-relative', 'emergency-abroad'], outsideOfficeHours: true },
      cite: cite(MPS_2014_MEASURES, { note: 'A green channel for urgent cases outside office hours (funerals, critical illness, emergencies abroad): handled at once; no number of days.' }),
      uncertain: 'The measures were seen in reprints (FACTS §4.3, S29); the ground list is as summarised there.',
    },
  ]),
});

const HARBIN: Citation = /* @__PURE__ */ cite(LOCAL_HARBIN_2014, {
  quote: verbatim(
    '按照上级公安机关的要求开辟办理证照绿色通道，一是国家批准具有指定赴台湾旅游资质的旅行社；二是省市政府批准并扶持的与航空公司签订包机合同的旅行社；三是上级公安机关确定的在非工作时间，因奔丧、探望危重病人、出国留学开学日期临近、前往国入境许可或签证有效期即将届满、参加商务活动时间紧迫、参加业务培训或学术交流活动日期临近、治疗紧急重症等情形急需办理出入境证件的，上述证件数据力争在2个工作日内上传至上级公安机关',
  ),
});

/**
 * Local measures of the green-channel table: Harbin (230100).
 *
 * @example
 * ```ts
 * Object.keys(GREEN_CHANNEL_LOCAL); // ['230100']
 * ```
 */
export const GREEN_CHANNEL_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<GreenChannelRule>>>>> = /* @__PURE__ */ Object.freeze({
  '230100': {
    'green-channel.rule': table([
      {
        from: '2014-07-25',
        value: {
          applicants: ['taiwan-tour-agency', 'charter-agency', 'urgent-personal'],
          grounds: ['funeral', 'critically-ill-relative', 'study-start', 'visa-expiring', 'business-emergency', 'training-or-exchange', 'medical-treatment'],
          outsideOfficeHours: true,
          uploadWithinWorkingDays: 2,
        },
        cite: HARBIN,
        uncertain:
          'Opened "as the higher authorities required": the national green channel of 2014-07-25 is taken as its start (the report, 2014-10-27, gives no date). "力争" (striving to) upload within 2 working days: a commitment, not a statutory limit.',
      },
    ]),
  },
});

/**
 * A request for the green channel: who applies, on which ground (personal cases), and when the
 * application was accepted (a civil date or an instant with an offset).
 *
 * @example
 * ```ts
 * const r: GreenChannelRequest = { applicant: 'urgent-personal', ground: 'training-or-exchange', acceptedAt: '2014-11-03T18:30:00+08:00' };
 * ```
 */
export interface GreenChannelRequest {
  readonly applicant: (typeof GREEN_CHANNEL_APPLICANTS)[number];
  readonly ground?: (typeof GREEN_CHANNEL_GROUNDS)[number] | undefined;
  readonly acceptedAt: string;
}

/**
 * The answer: the channel applies (with the day the data are to go up, when the office commits
 * to one), or why not.
 *
 * @example
 * ```ts
 * const d: GreenChannelDecision = { status: 'applies', uploadBy: '2014-11-05', reasons: [] };
 * ```
 */
export type GreenChannelDecision =
  | { readonly status: 'applies'; readonly uploadBy?: string; readonly cite: Citation; readonly reasons: readonly { readonly code: string; readonly params: Readonly<Record<string, string | number>>; readonly cite?: Citation }[] }
  | { readonly status: 'not-applicable'; readonly reasons: readonly { readonly code: string; readonly params: Readonly<Record<string, string | number>>; readonly cite?: Citation }[] };

/**
 * Whether the green channel of the view's office serves the request, and by when the data go up
 * for approval (counted as processing limits are: working days from the day after acceptance).
 * The request is trusted (see `greenChannel` for the checked one).
 *
 * @internal
 * @throws `CalendarRangeError` when the upload day lies past the calendar.
 * @example
 * ```ts
 * greenChannelTrusted(policyAt(defaultPolicy(), '2014-11-03', { division: '230100' }), { applicant: 'urgent-personal', ground: 'training-or-exchange', acceptedAt: '2014-11-03' });
 * // { status: 'applies', uploadBy: '2014-11-05', … }
 * ```
 */
export function greenChannelTrusted(view: PolicyView, request: GreenChannelRequest): GreenChannelDecision {
  const r = view.value(GREEN_CHANNEL);
  if (!r.inForce) return Object.freeze({ status: 'not-applicable', reasons: Object.freeze([Object.freeze({ code: 'green-channel.not-here', params: Object.freeze({}) })]) });
  const rule = r.value;
  const reasons: { code: string; params: Readonly<Record<string, string | number>>; cite?: Citation }[] = [];
  if (!rule.applicants.includes(request.applicant)) reasons.push({ code: 'green-channel.applicant-not-covered', params: { applicant: request.applicant }, cite: r.cite });
  if (request.applicant === 'urgent-personal' && (request.ground === undefined || !rule.grounds.includes(request.ground))) {
    reasons.push({ code: 'green-channel.ground-not-covered', params: { ground: request.ground ?? '—' }, cite: r.cite });
  }
  if (reasons.length > 0) return Object.freeze({ status: 'not-applicable', reasons: Object.freeze(reasons.map((x) => Object.freeze(x))) });
  const n = rule.uploadWithinWorkingDays;
  if (n === undefined) return Object.freeze({ status: 'applies', cite: r.cite, reasons: Object.freeze([]) });
  const d = computeDeadlineTrusted({ start: request.acceptedAt, rule: { unit: 'working-days', count: n, cite: r.cite } });
  return Object.freeze({ status: 'applies', uploadBy: d.due, cite: r.cite, reasons: Object.freeze([Object.freeze({ code: 'green-channel.applies', params: Object.freeze({ by: d.due }), cite: r.cite })]) });
}
