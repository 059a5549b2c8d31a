/**
 * Channels other than the hall window and the kiosk, as dated rules:
 *
 * - `channel.online` — the online channel: appointments from 2014-07-25 (MPS 16 measures);
 *   the NIA platform from 2019-04-01 also takes tourist re-endorsements;
 * - `channel.online-renewal` + `.cities` — fully online renewal/replacement (全程网办) for
 *   hukou residents of pilot cities: 20 cities from 2024-05-06, 50 from 2025-11-20;
 * - `channel.post` (local) — two-way courier re-endorsement: Chengdu 510100 (2018);
 * - `channel.police-station` (local) — police-station service points: Chengdu (2018);
 * - `channel.agency` (local) — licensed agencies for re-endorsements that need no meeting
 *   with the applicant: Jilin 220000 (2016).
 *
 * National tables without national entries (post, police station, agency) are empty: the
 * channel exists only where a local measure opens it.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { type SetMember, type SetTableData, type ValueEntry, type ValueTableData, defineSetTable, defineValueTable } from '../rules/table.js';
import { SERVICE_ACTIONS, type ServiceAction, type ServiceKey, serviceKeySchema } from './place-services.js';
import { type Exclusion, PLACE_NATIONAL_VERIFIED_THROUGH, PLACE_VERIFIED_THROUGH } from './place-tables.js';
import {
  cite,
  verbatim,
  LOCAL_CHENGDU_2018,
  LOCAL_JILIN_2016,
  MPS_2014_MEASURES,
  NIA_2019_NATIONWIDE,
  NIA_2024_05_06_MEASURES,
  NIA_2025_ONLINE_RENEWAL,
  PRESS_GUANGZHOU_2006,
  TAIWAN_INDIVIDUAL_SUSPENSION_2019,
} from '../rules/instruments/index.js';

/**
 * The value of a channel table: the services it takes, for which actions (absent: every
 * action), the applicants it is closed to, the minimum age, and whether it (also) books
 * appointments.
 *
 * @example
 * ```ts
 * const c: ChannelRule = { services: ['hkmo.L'], actions: ['renewal'], appointments: true };
 * ```
 */
export interface ChannelRule {
  readonly services: readonly ServiceKey[];
  readonly actions?: readonly ServiceAction[] | undefined;
  readonly excludes?: readonly Exclusion[] | undefined;
  readonly minAge?: number | undefined;
  readonly appointments?: boolean | undefined;
}

const channelRuleSchema: z.ZodMiniType<ChannelRule> = /* @__PURE__ */ z.strictObject({
  services: /* @__PURE__ */ z.array(serviceKeySchema),
  actions: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(SERVICE_ACTIONS)).check(/* @__PURE__ */ z.minLength(1))),
  excludes: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['registered-personnel', 'active-military']))),
  minAge: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive())),
  appointments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});

const channel = /* @__NO_SIDE_EFFECTS__ */ (id: string, zh: string, en: string, local: boolean) => defineValueTable({ id, label: { 'zh-CN': zh, en }, value: channelRuleSchema, local });

/**
 * The channel table specs.
 *
 * @example
 * ```ts
 * policyAt(policy, '2024-05-06').value(CHANNEL_TABLES.onlineRenewal).inForce; // true
 * ```
 */
export const CHANNEL_TABLES = /* @__PURE__ */ Object.freeze({
  online: channel('channel.online', '网上办理', 'Online channel', true),
  onlineRenewal: channel('channel.online-renewal', '换发补发出入境证件“全程网办”', 'Fully online renewal and replacement', false),
  onlineRenewalCities: defineSetTable({
    id: 'channel.online-renewal.cities',
    label: { 'zh-CN': '“全程网办”试点城市', en: 'Pilot cities of fully online renewal' },
    member: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{4}00$/, 'expected a city-level GB/T 2260 code')),
  }),
  post: channel('channel.post', '双向寄递办理', 'Two-way courier', true),
  policeStation: channel('channel.police-station', '派出所受理点', 'Police-station service points', true),
  agency: channel('channel.agency', '代办机构代为申请', 'Licensed agencies', true),
});

const v = /* @__NO_SIDE_EFFECTS__ */ (entries: readonly ValueEntry<ChannelRule>[]): ValueTableData<ChannelRule> => ({ kind: 'value', verifiedThrough: PLACE_VERIFIED_THROUGH, entries });
/** National channels: verified through the review of 2026 (the city list of 全程网办 is not: 28 of its 50 cities are missing). */
const nv = /* @__NO_SIDE_EFFECTS__ */ (entries: readonly ValueEntry<ChannelRule>[]): ValueTableData<ChannelRule> => ({ kind: 'value', verifiedThrough: PLACE_NATIONAL_VERIFIED_THROUGH, entries });
const cities = /* @__NO_SIDE_EFFECTS__ */ (from: string, cite: Citation, codes: readonly string[], uncertain?: string): SetMember[] =>
  codes.map((member) => (uncertain === undefined ? { member, from, cite } : { member, from, cite, uncertain }));

const DOCS: readonly ServiceKey[] = ['passport', 'hkmo-permit', 'taiwan-permit'];
const RE: readonly ServiceAction[] = ['renewal'];
const TOURIST_2019: readonly ServiceKey[] = ['hkmo.L', 'hkmo.G', 'taiwan.L', 'taiwan.G'];

/**
 * The 20 pilot cities of 2024-05-06: 北京 天津 沈阳 哈尔滨 上海 南京 杭州 宁波 合肥 厦门 济南 青岛 郑州 广州 深圳 珠海 重庆 成都 昆明 西安.
 *
 * @internal
 * @example
 * ```ts
 * ONLINE_RENEWAL_CITIES_2024.length; // 20
 * ```
 */
export const ONLINE_RENEWAL_CITIES_2024 = [
  '110100', '120100', '210100', '230100', '310100', '320100', '330100', '330200', '340100', '350200',
  '370100', '370200', '410100', '440100', '440300', '440400', '500100', '510100', '530100', '610100',
] as const;

const CHENGDU_UNCERTAIN = 'Reported in 2018-05 as in place; start date and exact scope not known (the month of the report is used; tourist, family-visit and other re-endorsements are assumed).';

/**
 * National data of the channel tables.
 *
 * @example
 * ```ts
 * CHANNEL_NATIONAL['channel.online']?.kind; // 'value'
 * ```
 */
export const CHANNEL_NATIONAL: Readonly<Record<string, ValueTableData<ChannelRule> | SetTableData>> = /* @__PURE__ */ Object.freeze({
  'channel.online': nv([
    { from: '2014-07-25', to: '2019-03-31', value: { services: [], appointments: true }, cite: cite(MPS_2014_MEASURES) },
    { from: '2019-04-01', to: '2019-07-31', value: { services: TOURIST_2019, actions: RE, appointments: true }, cite: cite(NIA_2019_NATIONWIDE) },
    {
      from: '2019-08-01',
      value: { services: ['hkmo.L', 'hkmo.G', 'taiwan.L'], actions: RE, appointments: true },
      cite: cite(TAIWAN_INDIVIDUAL_SUSPENSION_2019),
      uncertain: 'Which tourist endorsements the platform takes is stated generally (往来港澳台旅游签注); Taiwan individual travel stops with the 2019-08-01 suspension.',
    },
  ]),
  'channel.online-renewal': nv([
    { from: '2024-05-06', value: { services: DOCS, actions: ['renewal', 'replacement'], minAge: 16, excludes: ['registered-personnel', 'active-military'] }, cite: /* @__PURE__ */ cite(NIA_2024_05_06_MEASURES, { article: '第一项' }) },
  ]),
  'channel.online-renewal.cities': {
    kind: 'set',
    verifiedThrough: PLACE_VERIFIED_THROUGH,
    members: [
      ...cities('2024-05-06', /* @__PURE__ */ cite(NIA_2024_05_06_MEASURES, { article: '第一项' }), ONLINE_RENEWAL_CITIES_2024),
      ...cities(
        '2025-11-20',
        cite(NIA_2025_ONLINE_RENEWAL),
        ['220100', '420100'],
        'Only Changchun and Wuhan of the 30 cities added on 2025-11-20 were seen; the other 28 are missing (add them with add-member changes).',
      ),
    ],
  } satisfies SetTableData,
  'channel.post': nv([]),
  'channel.police-station': nv([]),
  'channel.agency': nv([]),
});

/**
 * Local measures of the channel tables: Chengdu (510100) post and police stations; Jilin (220000) agencies.
 *
 * @example
 * ```ts
 * Object.keys(CHANNEL_LOCAL); // ['510100', '220000']
 * ```
 */
export const CHANNEL_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<ChannelRule>>>>> = /* @__PURE__ */ Object.freeze({
  '510100': {
    'channel.post': v([{ from: '2018-05-01', value: { services: ['hkmo.T', 'hkmo.L', 'hkmo.G', 'hkmo.Q'], actions: RE }, cite: cite(LOCAL_CHENGDU_2018), uncertain: CHENGDU_UNCERTAIN }]),
    'channel.police-station': v([
      {
        from: '2018-05-01',
        value: { services: ['hkmo.T', 'hkmo.L', 'hkmo.G', 'hkmo.Q', ...DOCS], actions: ['renewal', 'replacement'] },
        cite: cite(LOCAL_CHENGDU_2018),
        uncertain: 'The report gives the number of police-station points (219), not what each accepts; renewals, replacements and re-endorsements are assumed (first issues stay at the halls’ windows).',
      },
    ]),
  },
  '440100': {
    'channel.online': v([
      {
        from: '2005-03-01',
        value: { services: ['hkmo.T', 'hkmo.S', 'hkmo.L', 'hkmo.G', 'hkmo.Q', 'hkmo.D', 'taiwan.L', 'taiwan.T', 'taiwan.Q'], actions: RE, appointments: true },
        cite: cite(PRESS_GUANGZHOU_2006, { quote: verbatim('近年来，我们先后推出网上申请和电话申请业务，申请人可以登录广东出入境政务网……进行申请，出入境证照受理第一次取消纸质审批，实现自助申请。2005年3月，又推出……便利服务卡业务') }),
        uncertain:
          'Online applications were in place before the convenience card of 2005-03 ("又推出"); their start is not known (2005-03-01 is the first day the report vouches for). Which re-endorsements: those the 2013 notice gives online limits for (local.guangzhou-2013: HK/Macau family, business, other, stay and tourist re-endorsements, Taiwan re-endorsements) and the 2014 report’s "不需要面见申请人的办证业务". Documents applied for online (first issue, renewal: 8 working days in the 2013 notice) are filled in and booked online and accepted in person at a window (a first issue needs fingerprints), so they are window applications here.',
      },
    ]),
  },
  '220000': {
    'channel.agency': v([
      {
        from: '2016-01-01',
        value: { services: ['hkmo.T', 'hkmo.L', 'hkmo.G', 'hkmo.Q', 'taiwan.L', 'taiwan.T', 'taiwan.Q'], actions: RE, excludes: ['registered-personnel', 'active-military'] },
        cite: cite(LOCAL_JILIN_2016),
        uncertain: 'Announced for the first half of 2016 (start taken as 2016-01-01); "re-endorsements that need no meeting with the applicant" is read as tourist, family-visit and other re-endorsements; the exclusions are assumed as at kiosks.',
      },
    ]),
  },
});
