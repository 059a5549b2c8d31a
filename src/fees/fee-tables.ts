/**
 * National fee tables and local charges as policy data: one value table per fee item, values
 * in fen, each entry with the notice that set the figure. The fee in force is the one of the
 * **acceptance date** (every national cut said so: applications accepted before the effective
 * date pay the old fee).
 *
 * @module
 */
import * as z from 'zod';
import type { Citation } from '../rules/citation.js';
import { defineValueTable, type Label, type TableData, type TableSpec, type ValueEntry, type ValueTableSpec } from '../rules/table.js';
import { SUSPENSION_2020 as ENDORSEMENT_SUSPENSION_2020 } from '../documents/endorsements/citations.js';
import { FEES_1993, FEES_2000, FEES_2002, FEES_2005, FEES_2016, FEES_2017, FEES_2019, FEES_2020, PHOTOS_2018 } from './fee-notices.js';

/** How far the national fee tables are known to be true. */
const VERIFIED = '2025-11-30';

const feeValue = z.number().int().nonnegative();

function feeTable(id: string, zh: string, en: string): ValueTableSpec<number> {
  return defineValueTable({ id: `fee.${id}`, label: { 'zh-CN': zh, en }, value: feeValue, continuous: true, local: true });
}

/** An entry: amounts in yuan here for readability, stored in fen. */
function e(from: string, to: string | undefined, yuan: number | null, cite: Citation, uncertain?: string): ValueEntry<number> {
  return {
    from,
    ...(to === undefined ? {} : { to }),
    value: yuan === null ? null : yuan * 100,
    cite,
    ...(uncertain === undefined ? {} : { uncertain }),
  };
}

const PRE_2005 = 'Level before 2005 not confirmed by a source of the period; the 2017 cut confirms it immediately before 2017-07-01.';

/** Every fee item: its table spec and its national entries. */
const ITEMS: readonly { spec: ValueTableSpec<number>; entries: ValueEntry<number>[] }[] = [
  {
    spec: feeTable('passport.issue', '普通护照（首次申领）', 'Ordinary passport (first issue)'),
    entries: [e('2003-01-01', '2017-06-30', 200, FEES_2000, PRE_2005), e('2017-07-01', '2019-06-30', 160, FEES_2017), e('2019-07-01', undefined, 120, FEES_2019)],
  },
  {
    spec: feeTable('passport.renewal', '普通护照换发', 'Ordinary passport renewal'),
    entries: [
      e('2003-01-01', '2017-06-30', 220, FEES_2000, 'Printed by local fee tables as 200 + 20 annotation (加注); seen in a reprint only.'),
      e('2017-07-01', '2019-06-30', 160, FEES_2017, 'The notice names only the base fee; some local pages print 180 (160 + 20 annotation). Express that reading as a change set.'),
      e('2019-07-01', undefined, 120, FEES_2019, 'The notice names only the base fee; some local pages print 140 (120 + 20 annotation).'),
    ],
  },
  {
    spec: feeTable('passport.replacement-lost', '普通护照补发（遗失、被盗）', 'Ordinary passport replacement (lost or stolen)'),
    entries: [
      e('2003-01-01', '2017-06-30', 420, FEES_2000, 'Printed by local fee tables as 400 + 20 annotation; seen in a reprint only.'),
      e('2017-07-01', '2019-06-30', 160, FEES_2017),
      e('2019-07-01', undefined, 120, FEES_2019, 'Whether a 20-yuan annotation is added is not settled (FACTS §9 q3).'),
    ],
  },
  {
    spec: feeTable('passport.annotation', '护照加注（每项）', 'Passport annotation (per item)'),
    entries: [e('2003-01-01', undefined, 20, FEES_1993)],
  },
  {
    spec: feeTable('hkmo-permit.issue', '往来港澳通行证', 'Exit-entry permit for Hong Kong and Macau'),
    entries: [e('2003-01-01', '2017-06-30', 100, FEES_2002, PRE_2005), e('2017-07-01', '2019-06-30', 80, FEES_2017), e('2019-07-01', undefined, 60, FEES_2019)],
  },
  {
    spec: feeTable('hkmo-permit.booklet-annotation', '往来港澳通行证（本式）延期、加注', 'HK/Macau permit (booklet) extension or annotation'),
    entries: [e('2003-01-01', undefined, 20, FEES_1993)],
  },
  {
    spec: feeTable('hkmo-one-way-permit.issue', '前往港澳通行证', 'One-way permit for Hong Kong and Macau'),
    entries: [e('2003-01-01', '2017-06-30', 50, FEES_1993, 'The 1993 level; not confirmed for 2003–2017.'), e('2017-07-01', undefined, 40, FEES_2017)],
  },
  {
    spec: feeTable('hkmo-endorsement.single', '往来港澳一次有效签注', 'HK/Macau endorsement, single entry'),
    entries: [e('2003-01-01', '2017-06-30', 20, FEES_2002), e('2017-07-01', undefined, 15, FEES_2017)],
  },
  {
    spec: feeTable('hkmo-endorsement.double', '往来港澳二次有效签注', 'HK/Macau endorsement, double entry'),
    entries: [e('2003-01-01', '2017-06-30', 40, FEES_2002), e('2017-07-01', undefined, 30, FEES_2017)],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-1y', '往来港澳多次有效签注（一年以下，含一年）', 'HK/Macau endorsement, multiple entry, up to 1 year'),
    entries: [e('2003-01-01', '2017-06-30', 100, FEES_2002), e('2017-07-01', undefined, 80, FEES_2017)],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-2y', '往来港澳多次有效签注（一年以上、两年以下，含两年）', 'HK/Macau endorsement, multiple entry, over 1 and up to 2 years'),
    entries: [e('2005-03-01', '2017-06-30', 150, FEES_2005), e('2017-07-01', undefined, 120, FEES_2017)],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-lt3y', '往来港澳多次有效签注（两年以上、三年以下）', 'HK/Macau endorsement, multiple entry, over 2 and under 3 years'),
    entries: [e('2005-03-01', '2017-06-30', 200, FEES_2005), e('2017-07-01', undefined, 160, FEES_2017)],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-3y', '往来港澳多次有效签注（三年以上，含三年）', 'HK/Macau endorsement, multiple entry, 3 years or more'),
    entries: [e('2003-01-01', '2017-06-30', 300, FEES_2002), e('2017-07-01', undefined, 240, FEES_2017)],
  },
  {
    spec: feeTable('taiwan-permit.booklet', '大陆居民往来台湾通行证（本式）', 'Mainland travel permit for Taiwan (booklet)'),
    entries: [
      e('2003-01-01', '2017-04-23', 30, FEES_1993, 'The 1993 level; later levels not confirmed.'),
      e('2017-04-24', undefined, null, FEES_2016, 'Booklets are no longer issued once cards are (Fujian 2016-12-26, elsewhere 2017-04-24).'),
    ],
  },
  {
    spec: feeTable('taiwan-permit.card', '大陆居民往来台湾通行证（卡式）', 'Mainland travel permit for Taiwan (card)'),
    entries: [e('2016-02-19', '2017-06-30', 100, FEES_2016), e('2017-07-01', '2019-12-31', 80, FEES_2017), e('2020-01-01', undefined, 60, FEES_2020)],
  },
  {
    spec: feeTable('taiwan-single-trip-permit.issue', '一次有效往来台湾通行证', 'Single-trip permit for Taiwan'),
    entries: [e('2016-02-19', '2017-06-30', 20, FEES_2016), e('2017-07-01', undefined, 15, FEES_2017)],
  },
  {
    spec: feeTable('taiwan-endorsement.single', '前往台湾一次有效签注', 'Taiwan endorsement, single entry'),
    entries: [e('2003-01-01', '2017-06-30', 20, FEES_1993), e('2017-07-01', undefined, 15, FEES_2017)],
  },
  {
    spec: feeTable('taiwan-endorsement.multi', '前往台湾多次有效签注', 'Taiwan endorsement, multiple entry'),
    entries: [e('2003-01-01', '2017-06-30', 100, FEES_1993, 'Basis before 2017 not confirmed; the 2017 cut lowered it from 100.'), e('2017-07-01', undefined, 80, FEES_2017)],
  },
  {
    spec: feeTable('exit-entry-permit.single', '中华人民共和国出入境通行证（一次有效）', 'Exit-entry permit, single trip'),
    entries: [e('2003-01-01', '2017-06-30', 20, FEES_1993, 'The 1993 level; not confirmed for 2003–2017.'), e('2017-07-01', undefined, 15, FEES_2017)],
  },
  {
    spec: feeTable('exit-entry-permit.double', '中华人民共和国出入境通行证（二次有效）', 'Exit-entry permit, two trips'),
    entries: [e('2003-01-01', undefined, 50, FEES_1993, 'The 1993 level; not confirmed later.')],
  },
  {
    spec: feeTable('exit-entry-permit.multi', '中华人民共和国出入境通行证（多次有效）', 'Exit-entry permit, multiple trips'),
    entries: [e('2003-01-01', '2017-06-30', 100, FEES_1993, 'The 1993 level; not confirmed for 2003–2017.'), e('2017-07-01', undefined, 80, FEES_2017)],
  },
  {
    spec: feeTable('photo', '现场采集照片', 'Photo taken at the office'),
    entries: [e('2018-02-01', undefined, 0, PHOTOS_2018)],
  },
];

/**
 * Postal delivery of issued documents: a local service with a local price.
 *
 * @example
 * ```ts
 * const chengdu: PostageRule = { fen: 1000, per: 'parcel', freeFor: ['age-60-plus', 'disabled'] };
 * ```
 */
export interface PostageRule {
  /** Price in fen. */
  readonly fen: number;
  /** `parcel`: one charge for all documents of one person; `item`: one per document. */
  readonly per: 'parcel' | 'item';
  /** Who is exempt. */
  readonly freeFor: readonly ('age-60-plus' | 'disabled')[];
}

/**
 * The postal-delivery table (local measures only: there is no national price).
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2019-07-01', { division: '510100' }).value(POSTAGE); // { fen: 1000, per: 'parcel', … } in Chengdu
 * ```
 */
export const POSTAGE = defineValueTable<PostageRule>({
  id: 'fee.delivery.post',
  label: { 'zh-CN': '证件邮寄费', en: 'Postal delivery of documents' },
  value: z.object({ fen: feeValue, per: z.enum(['parcel', 'item']), freeFor: z.array(z.enum(['age-60-plus', 'disabled'])) }).strict(),
  local: true,
});

/**
 * Tourist endorsements left unused by the 2020-01-28 suspension are re-issued free.
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2020-09-23').value(SUSPENDED_REISSUE_FREE); // { inForce: true, value: true, … }
 * ```
 */
export const SUSPENDED_REISSUE_FREE = defineValueTable<boolean>({
  id: 'fee.exemption.suspended-tourist-reissue',
  label: { 'zh-CN': '因暂停未使用的旅游签注免费重新签发', en: 'Free re-issue of tourist endorsements left unused by the 2020 suspension' },
  value: z.boolean(),
});

/** The suspension notice (cited once, in the endorsement module), with what it says of fees. */
const SUSPENSION_2020: Citation = {
  ...ENDORSEMENT_SUSPENSION_2020,
  note: `${ENDORSEMENT_SUSPENSION_2020.note ?? ''} Endorsements issued but unused because of the suspension are re-issued free of charge on request once travel resumes.`.trim(),
};

/**
 * The fee item tables by item code (`passport.issue`, `hkmo-endorsement.multi-1y` …).
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2019-07-01').value(FEE_ITEM_TABLES.get('passport.issue')!); // 12000 fen
 * ```
 */
export const FEE_ITEM_TABLES: ReadonlyMap<string, ValueTableSpec<number>> = new Map(ITEMS.map((i) => [i.spec.id.slice(4), i.spec]));

/**
 * Every fee table spec.
 *
 * @example
 * ```ts
 * FEE_TABLES.length; // one per fee item, plus postage and the 2020 re-issue exemption
 * ```
 */
export const FEE_TABLES: readonly TableSpec[] = [...ITEMS.map((i) => i.spec as TableSpec), POSTAGE as TableSpec, SUSPENDED_REISSUE_FREE as TableSpec];

/**
 * National fee data by table id (amounts in fen, each entry with its notice).
 *
 * @example
 * ```ts
 * FEE_NATIONAL['fee.passport.issue']; // { kind: 'value', entries: [200 → 160 → 120 yuan] … }
 * ```
 */
export const FEE_NATIONAL: Readonly<Record<string, TableData>> = {
  ...Object.fromEntries(ITEMS.map((i) => [i.spec.id, { kind: 'value', verifiedThrough: VERIFIED, entries: i.entries } satisfies TableData])),
  [POSTAGE.id]: { kind: 'value', verifiedThrough: VERIFIED, entries: [] },
  [SUSPENDED_REISSUE_FREE.id]: { kind: 'value', verifiedThrough: VERIFIED, entries: [{ from: '2020-01-28', value: true, cite: SUSPENSION_2020 }] },
};

const HARBIN_2014: Citation = {
  issuer: '哈尔滨市公安局出入境管理局',
  title: '哈尔滨市公安局出入境管理局便民服务措施（新闻报道，2014年10月）',
  effective: '2014-04-01',
  note: 'Free photo capture at all 19 halls from 2014-04-01, as reported by the local press.',
};

const CHENGDU_2018: Citation = {
  issuer: '成都市公安局出入境管理局',
  title: '成都市公安局出入境管理局“最多跑一次”改革措施（新闻报道，2018年5月）',
  note: 'Postal delivery cut from 22 to 10 yuan; several documents of one person in one parcel; free for people aged 60 or over and for disabled people.',
};

/**
 * Local charges by division code, then table id (Harbin photos, Chengdu postage).
 *
 * @example
 * ```ts
 * Object.keys(FEE_LOCAL); // ['230100', '510100']
 * ```
 */
export const FEE_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = {
  '230100': {
    'fee.photo': { kind: 'value', verifiedThrough: VERIFIED, entries: [e('2014-04-01', '2018-01-31', 0, HARBIN_2014, 'Local press report.')] },
  },
  '510100': {
    [POSTAGE.id]: {
      kind: 'value',
      verifiedThrough: VERIFIED,
      entries: [{ from: '2018-05-01', value: { fen: 1000, per: 'parcel', freeFor: ['age-60-plus', 'disabled'] }, cite: CHENGDU_2018, uncertain: 'Reported in May 2018 without the date it took effect; 2018-05-01 assumed.' }],
    },
  },
};

/**
 * The label of a fee table.
 *
 * @example
 * ```ts
 * feeLabel('passport.issue').en; // 'Ordinary passport (first issue)'
 * ```
 */
export function feeLabel(item: string): Label | undefined {
  return FEE_ITEM_TABLES.get(item)?.label;
}
