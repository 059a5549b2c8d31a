/**
 * National fee tables and local charges as policy data: one value table per fee item, values
 * in fen, each entry with the notice that set the figure. The fee in force is the one of the
 * **acceptance date** (every national cut said so: applications accepted before the effective
 * date pay the old fee).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import { defineValueTable, type Label, type TableData, type TableSpec, type ValueEntry, type ValueTableSpec } from '../rules/table.js';
import {
  cite,
  verbatim,
  FEE_1993_164,
  FEE_2000_293,
  FEE_2001_1835,
  FEE_2002_1097,
  FEE_2005_77,
  FEE_2016_352,
  FEE_2017_1186,
  FEE_2019_1931,
  FEE_2019_914,
  LOCAL_CHENGDU_2018,
  LOCAL_HARBIN_2014,
  MPS_2018_EIGHT_MEASURES,
  NIA_2020_SUSPENSION,
} from '../rules/instruments/index.js';
import { deepFreeze } from '../rules/snapshot.js';
import { ValidationError, showValue } from '../rules/errors.js';
import { readOnlyMap } from '../documents/checks.js';

/** How far the national fee tables are known to be true. */
const VERIFIED = '2025-11-30';

const feeValue = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.nonnegative());

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

// the fee notices, cited from the registry with the sentence that sets the figure where one was seen
const PASSPORT_2000 = cite(FEE_2000_293, { article: '第一项', quote: verbatim('同意新版护照收费标准，由现行的每本100元，调整到每本200元') });
const PASSPORT_LOST_2000 = cite(FEE_2000_293, { article: '第一项', quote: verbatim('因丢失要求补发护照收费加倍，每本400元') });
const PASSPORT_RENEWAL_2000 = cite(FEE_2000_293, {
  article: '第一项',
  quote: verbatim('同意新版护照收费标准，由现行的每本100元，调整到每本200元'),
  note: 'A renewal is a new passport at the booklet price. Local fee tables of the period printed 220 (200 + 20 for an annotation, 加注, made on renewal): the annotation is its own item (fee.passport.annotation, 〔1993〕价费字164号, kept by item 3 of this notice).',
});
const TABLES_1993 = 'Still the basis of this item in fee tables of the 2000s–2010s (Wenzhou exit-entry fee table; a provincial fee catalogue).';

/** Every fee item: its table spec and its national entries. */
const ITEMS: readonly { spec: ValueTableSpec<number>; entries: ValueEntry<number>[] }[] = [
  {
    spec: feeTable('passport.issue', '普通护照（首次申领）', 'Ordinary passport (first issue)'),
    entries: [e('2003-01-01', '2017-06-30', 200, PASSPORT_2000), e('2017-07-01', '2019-06-30', 160, cite(FEE_2017_1186)), e('2019-07-01', undefined, 120, cite(FEE_2019_914))],
  },
  {
    spec: feeTable('passport.renewal', '普通护照换发', 'Ordinary passport renewal'),
    entries: [
      e('2003-01-01', '2017-06-30', 200, PASSPORT_RENEWAL_2000, 'Local fee tables printed 220 (with a 20-yuan annotation); that reading is a change: { op: "set", table: "fee.passport.renewal", from: "2003-01-01", to: "2017-06-30", value: 22000 }.'),
      e('2017-07-01', '2019-06-30', 160, cite(FEE_2017_1186), 'The notice names only the base fee; some local pages print 180 (160 + 20 annotation). Express that reading as a change set.'),
      e('2019-07-01', undefined, 120, cite(FEE_2019_914), 'The notice names only the base fee; some local pages print 140 (120 + 20 annotation).'),
    ],
  },
  {
    spec: feeTable('passport.replacement-lost', '普通护照补发（遗失、被盗）', 'Ordinary passport replacement (lost or stolen)'),
    entries: [
      e('2003-01-01', '2017-06-30', 400, PASSPORT_LOST_2000),
      e('2017-07-01', '2019-06-30', 160, cite(FEE_2017_1186)),
      e('2019-07-01', undefined, 120, cite(FEE_2019_914), 'Whether a 20-yuan annotation is added is not settled (FACTS §9 q3).'),
    ],
  },
  {
    spec: feeTable('passport.annotation', '护照加注（每项）', 'Passport annotation (per item)'),
    entries: [e('2003-01-01', undefined, 20, cite(FEE_1993_164))],
  },
  {
    spec: feeTable('hkmo-permit.issue', '往来港澳通行证', 'Exit-entry permit for Hong Kong and Macau'),
    entries: [e('2003-01-01', '2017-06-30', 100, cite(FEE_2002_1097), PRE_2005), e('2017-07-01', '2019-06-30', 80, cite(FEE_2017_1186)), e('2019-07-01', undefined, 60, cite(FEE_2019_914))],
  },
  {
    spec: feeTable('hkmo-permit.booklet-annotation', '往来港澳通行证（本式）延期、加注', 'HK/Macau permit (booklet) extension or annotation'),
    entries: [e('2003-01-01', undefined, 20, cite(FEE_1993_164))],
  },
  {
    spec: feeTable('hkmo-one-way-permit.issue', '前往港澳通行证', 'One-way permit for Hong Kong and Macau'),
    entries: [e('2003-01-01', '2017-06-30', 50, cite(FEE_2002_1097), 'The 1993 schedule already had 50; the Wenzhou fee table gives 50 with 计价格〔2002〕1097号 as the basis. The notice’s text was not seen.'), e('2017-07-01', undefined, 40, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('hkmo-endorsement.single', '往来港澳一次有效签注', 'HK/Macau endorsement, single entry'),
    entries: [e('2003-01-01', '2017-06-30', 20, cite(FEE_2002_1097)), e('2017-07-01', undefined, 15, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('hkmo-endorsement.double', '往来港澳二次有效签注', 'HK/Macau endorsement, double entry'),
    entries: [e('2003-01-01', '2017-06-30', 40, cite(FEE_2002_1097)), e('2017-07-01', undefined, 30, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-1y', '往来港澳多次有效签注（一年以下，含一年）', 'HK/Macau endorsement, multiple entry, up to 1 year'),
    entries: [e('2003-01-01', '2017-06-30', 100, cite(FEE_2002_1097)), e('2017-07-01', undefined, 80, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-2y', '往来港澳多次有效签注（一年以上、两年以下，含两年）', 'HK/Macau endorsement, multiple entry, over 1 and up to 2 years'),
    entries: [e('2005-03-01', '2017-06-30', 150, cite(FEE_2005_77)), e('2017-07-01', undefined, 120, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-lt3y', '往来港澳多次有效签注（两年以上、三年以下）', 'HK/Macau endorsement, multiple entry, over 2 and under 3 years'),
    entries: [e('2005-03-01', '2017-06-30', 200, cite(FEE_2005_77)), e('2017-07-01', undefined, 160, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('hkmo-endorsement.multi-3y', '往来港澳多次有效签注（三年以上，含三年）', 'HK/Macau endorsement, multiple entry, 3 years or more'),
    entries: [e('2003-01-01', '2017-06-30', 300, cite(FEE_2002_1097)), e('2017-07-01', undefined, 240, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('taiwan-permit.booklet', '大陆居民往来台湾通行证（本式）', 'Mainland travel permit for Taiwan (booklet)'),
    entries: [
      e('2003-01-01', '2017-04-23', 30, cite(FEE_1993_164, { note: TABLES_1993 })),
      e('2017-04-24', undefined, null, cite(FEE_2016_352), 'Booklets are no longer issued once cards are (Fujian 2016-12-26, elsewhere 2017-04-24).'),
    ],
  },
  {
    spec: feeTable('taiwan-permit.card', '大陆居民往来台湾通行证（卡式）', 'Mainland travel permit for Taiwan (card)'),
    entries: [e('2016-02-19', '2017-06-30', 100, cite(FEE_2016_352)), e('2017-07-01', '2019-12-31', 80, cite(FEE_2017_1186)), e('2020-01-01', undefined, 60, cite(FEE_2019_1931))],
  },
  {
    spec: feeTable('taiwan-single-trip-permit.issue', '一次有效往来台湾通行证', 'Single-trip permit for Taiwan'),
    entries: [e('2016-02-19', '2017-06-30', 20, cite(FEE_2016_352)), e('2017-07-01', undefined, 15, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('taiwan-endorsement.single', '前往台湾一次有效签注', 'Taiwan endorsement, single entry'),
    entries: [e('2003-01-01', '2017-06-30', 20, cite(FEE_1993_164)), e('2017-07-01', undefined, 15, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('taiwan-endorsement.multi', '前往台湾多次有效签注', 'Taiwan endorsement, multiple entry'),
    entries: [e('2003-01-01', '2017-06-30', 100, cite(FEE_2001_1835), 'The basis is read from a provincial fee catalogue (多次签注 100元/件, 计价格〔2001〕1835号); the notice’s text and date were not seen. The 1993 schedule has no such item for mainland residents.'), e('2017-07-01', undefined, 80, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('exit-entry-permit.single', '中华人民共和国出入境通行证（一次有效）', 'Exit-entry permit, single trip'),
    entries: [e('2003-01-01', '2017-06-30', 20, cite(FEE_1993_164, { note: TABLES_1993 })), e('2017-07-01', undefined, 15, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('exit-entry-permit.double', '中华人民共和国出入境通行证（二次有效）', 'Exit-entry permit, two trips'),
    entries: [e('2003-01-01', undefined, 50, cite(FEE_1993_164, { note: `${TABLES_1993} After the 2017 cut the catalogue still lists 50 for two trips.` }))],
  },
  {
    spec: feeTable('exit-entry-permit.multi', '中华人民共和国出入境通行证（多次有效）', 'Exit-entry permit, multiple trips'),
    entries: [e('2003-01-01', '2017-06-30', 100, cite(FEE_1993_164, { note: TABLES_1993 })), e('2017-07-01', undefined, 80, cite(FEE_2017_1186))],
  },
  {
    spec: feeTable('photo', '现场采集照片', 'Photo taken at the office'),
    entries: [e('2018-02-01', undefined, 0, cite(MPS_2018_EIGHT_MEASURES, { note: 'Digital photo capture free at acceptance; printed photos not included.' }))],
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
  value: /* @__PURE__ */ z.strictObject({ fen: feeValue, per: /* @__PURE__ */ z.enum(['parcel', 'item']), freeFor: /* @__PURE__ */ z.array(/* @__PURE__ */ z.enum(['age-60-plus', 'disabled'])) }),
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
  value: /* @__PURE__ */ z.boolean(),
});

/** The suspension notice, with what it says of fees. */
const SUSPENSION_2020 = cite(NIA_2020_SUSPENSION, { note: 'Endorsements issued but unused because of the suspension are re-issued free of charge on request once travel resumes.' });

/**
 * The fee item tables by item code (`passport.issue`, `hkmo-endorsement.multi-1y` …).
 *
 * @example
 * ```ts
 * policyAt(defaultPolicy(), '2019-07-01').value(FEE_ITEM_TABLES.get('passport.issue')!); // 12000 fen
 * ```
 */
export const FEE_ITEM_TABLES: ReadonlyMap<string, ValueTableSpec<number>> = /* @__PURE__ */ readOnlyMap(/* @__PURE__ */ ITEMS.map((i) => [i.spec.id.slice(4), i.spec]));

/** The library's own registry (what it reads; the exported one is a read-only copy). */
const ITEM_SPECS: ReadonlyMap<string, ValueTableSpec<number>> = new Map(ITEMS.map((i) => [i.spec.id.slice(4), i.spec]));

/**
 * The spec of a fee item table by item code, from the library's own registry.
 *
 * @internal
 * @example
 * ```ts
 * feeItemSpec('passport.issue')?.id; // 'fee.passport.issue'
 * ```
 */
export function feeItemSpec(item: string): ValueTableSpec<number> | undefined {
  return ITEM_SPECS.get(item);
}

/**
 * Every fee table spec.
 *
 * @example
 * ```ts
 * FEE_TABLES.length; // one per fee item, plus postage and the 2020 re-issue exemption
 * ```
 */
export const FEE_TABLES: readonly TableSpec[] = deepFreeze([...ITEMS.map((i) => i.spec as TableSpec), POSTAGE as TableSpec, SUSPENDED_REISSUE_FREE as TableSpec].map((spec) => (deepFreeze(spec.label), spec)));

/**
 * National fee data by table id (amounts in fen, each entry with its notice).
 *
 * @example
 * ```ts
 * FEE_NATIONAL['fee.passport.issue']; // { kind: 'value', entries: [200 → 160 → 120 yuan] … }
 * ```
 */
export const FEE_NATIONAL: Readonly<Record<string, TableData>> = deepFreeze({
  ...Object.fromEntries(ITEMS.map((i) => [i.spec.id, { kind: 'value', verifiedThrough: VERIFIED, entries: i.entries } satisfies TableData])),
  [POSTAGE.id]: { kind: 'value', verifiedThrough: VERIFIED, entries: [] },
  [SUSPENDED_REISSUE_FREE.id]: { kind: 'value', verifiedThrough: VERIFIED, entries: [{ from: '2020-01-28', value: true, cite: SUSPENSION_2020 }] },
});

const HARBIN_2014 = cite(LOCAL_HARBIN_2014, { note: 'Free photo capture at all 19 halls from 2014-04-01, as reported by the local press.' });

const CHENGDU_POSTAGE_BEFORE = cite(LOCAL_CHENGDU_2018, { quote: verbatim('降低了郵寄資費，由原來的22元/件降爲10元/件，同一人的多本證件可合幷郵寄') });
const CHENGDU_2018 = cite(LOCAL_CHENGDU_2018, { note: 'Postal delivery cut from 22 to 10 yuan; several documents of one person in one parcel; free for people aged 60 or over and for disabled people.' });

/**
 * Local charges by division code, then table id (Harbin photos, Chengdu postage).
 *
 * @example
 * ```ts
 * Object.keys(FEE_LOCAL); // ['230100', '510100']
 * ```
 */
export const FEE_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = deepFreeze({
  '230100': {
    'fee.photo': { kind: 'value', verifiedThrough: VERIFIED, entries: [e('2014-04-01', '2018-01-31', 0, HARBIN_2014, 'Local press report.')] },
  },
  '510100': {
    [POSTAGE.id]: {
      kind: 'value',
      verifiedThrough: VERIFIED,
      entries: [
        {
          from: '2003-01-01',
          to: '2018-04-30',
          value: { fen: 2200, per: 'item', freeFor: [] },
          cite: CHENGDU_POSTAGE_BEFORE,
          uncertain: 'Known only from its cut (“由原来的22元/件降为10元/件”); since when 22 yuan per item applied is not known (2003-01-01 is the start of the modelled range: end it earlier with a change where a source says so). No exemption is reported for the old price.',
        },
        { from: '2018-05-01', value: { fen: 1000, per: 'parcel', freeFor: ['age-60-plus', 'disabled'] }, cite: CHENGDU_2018, uncertain: 'Reported in May 2018 without the date it took effect; 2018-05-01 assumed.' },
      ],
    },
  },
});

/**
 * The label of a fee item's table (`undefined` for a code that is not a fee item).
 *
 * @throws `ValidationError` when `item` is not a string.
 * @example
 * ```ts
 * feeLabel('passport.issue').en; // 'Ordinary passport (first issue)'
 * ```
 */
export function feeLabel(item: string): Label | undefined {
  if (typeof item !== 'string') {
    const messages = { 'zh-CN': `收费项目代码应为字符串，实际为${showValue(item)}`, en: `expected a fee item code (a string), got ${showValue(item)}` };
    throw new ValidationError({ 'zh-CN': '收费项目无效', en: 'Invalid fee item' }, [{ path: ['item'], code: 'invalid-type', message: messages.en, messages }]);
  }
  return ITEM_SPECS.get(item)?.label;
}
