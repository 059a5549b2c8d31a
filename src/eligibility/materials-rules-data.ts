/**
 * The policy data of the requirement tables: the national entries of every table
 * (`MATERIAL_RULE_NATIONAL`) and the local measures (`MATERIAL_RULE_LOCAL`), each entry dated and
 * cited, with the dates the tables cover (`MATERIALS_COVERED_FROM`, `MATERIALS_VERIFIED_THROUGH`).
 * The table specs and the schemas of their values are in `materials-rules.ts`.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import type { ValueEntry, ValueTableData } from '../rules/table.js';
import {
  type CiteOptions,
  cite,
  paraphrase,
  verbatim,
  LAW_PASSPORT,
  LOCAL_CHENGDU_2018,
  LOCAL_HARBIN_2014,
  LOCAL_JILIN_2015,
  MPS_2012_SIX_CITIES,
  MPS_2013_NEARBY,
  MPS_2014_HKMO_CARD,
  MPS_2014_MEASURES,
  MPS_2015_MATERIALS,
  MPS_2016_RESIDENCE_PERMIT,
  MPS_2016_TAIWAN_CARD,
  MPS_2017_TAIWAN_CARD,
  MPS_2018_EIGHT_MEASURES,
  NIA_2019_NATIONWIDE,
  NIA_2023_TALENT,
  REG_HKMO_1986,
  REG_MPS_ORDER_118,
  REG_MPS_ORDER_96,
  REG_TAIWAN_1991,
} from '../rules/instruments/index.js';
import type { MaterialCondition, MaterialRule, ServiceSelector } from './materials-rules.js';

/**
 * The first date the material tables cover: the effective date of 公安部令第96号 as the document
 * module reads it (2007-12-15; a 2009 source says 2008-03-15). Before it, checklists are refused.
 *
 * @example
 * ```ts
 * MATERIALS_COVERED_FROM; // '2007-12-15'
 * ```
 */
export const MATERIALS_COVERED_FROM: CivilDate = '2007-12-15';

/**
 * How far the material tables are known to be true.
 *
 * @example
 * ```ts
 * MATERIALS_VERIFIED_THROUGH; // '2025-11-30'
 * ```
 */
export const MATERIALS_VERIFIED_THROUGH: CivilDate = '2025-11-30';

const FROM = MATERIALS_COVERED_FROM;
const DOCS: readonly ServiceSelector[] = [{ kind: 'document', documents: ['passport', 'hkmo-permit', 'taiwan-permit'] }];
const ENDORSEMENTS: readonly ServiceSelector[] = [{ kind: 'endorsement', destinations: ['hong-kong', 'macau', 'taiwan'] }];
const ALL: readonly ServiceSelector[] = [...DOCS, ...ENDORSEMENTS];
const HKMO = (...types: string[]): readonly ServiceSelector[] => [{ kind: 'endorsement', destinations: ['hong-kong', 'macau'], types }];
const TAIWAN = (...types: string[]): readonly ServiceSelector[] => [{ kind: 'endorsement', destinations: ['taiwan'], types }];
const TAIWAN_ANY: readonly ServiceSelector[] = [{ kind: 'endorsement', destinations: ['taiwan'] }];
const UNDER_16: readonly MaterialCondition[] = [{ age: 'under-16' }];
const OVER_16_FINGERS: readonly MaterialCondition[] = [{ age: '16-or-over', fingersAvailable: true }];

type Entry = ValueEntry<MaterialRule>;
const table = /* @__NO_SIDE_EFFECTS__ */ (entries: readonly Entry[]): ValueTableData<MaterialRule> => ({ kind: 'value', verifiedThrough: MATERIALS_VERIFIED_THROUGH, entries });
const ended = (from: CivilDate, cite: Citation): Entry => ({ from, value: null, cite });

const art4 = (item: string, options: Omit<CiteOptions, 'article'> = {}): Citation => cite(REG_MPS_ORDER_96, { ...options, article: `第四条第（${item}）项` });
const list2015 = (item: string, options: Omit<CiteOptions, 'article'> = {}): Citation => cite(MPS_2015_MATERIALS, { ...options, article: item });
/** What the MPS release of the 2015 announcement says it changed (its words, as 中新社 reported them). */
const release2015 = (quote: string): Citation => cite(MPS_2015_MATERIALS, { quote: verbatim(quote), evidence: { level: 'press', url: 'http://6chong.cn/news/content/2015-12/28/content_2772682.htm', source: '中新社 2015-12-28: the MPS release of the announcement' }, note: 'From the MPS release that accompanied the announcement, not its items.' });

const BEFORE_2015_ENDORSEMENTS =
  'For endorsement-only applications before 2015-12-28 the 办法 does not apply (it governs passports); that they too needed these identity documents is read from local guides of the time and the MPS statement that the 2015 announcement ended the practice for all private exit-entry documents.';
const PRE_2015_PURPOSE =
  'The per-purpose list before the national list of 2015-12-28 was set by provincial offices under the 1986 rules; the same material is assumed to have been asked for.';

/**
 * National data of every requirement table, by table id.
 *
 * @example
 * ```ts
 * MATERIAL_RULE_NATIONAL['materials.hukou-booklet']?.entries[1]?.from; // '2015-12-28' (value null: dropped)
 * ```
 */
export const MATERIAL_RULE_NATIONAL: Readonly<Record<string, ValueTableData<MaterialRule>>> = /* @__PURE__ */ Object.freeze({
  'materials.application-form': table([
    {
      from: FROM,
      to: '2014-07-24',
      value: { material: 'application-form', weight: 'core', services: ALL },
      cite: art4('一', { quote: paraphrase('照片及《中国公民因私出国（境）申请表》') }),
      uncertain: 'Until 2014-07-24 each document had its own form (the passport form of the 办法; the permits’ forms under the 1986 and 1991 rules); modelled as one material.',
    },
    { from: '2014-07-25', value: { material: 'application-form', weight: 'core', services: ALL }, cite: cite(MPS_2014_MEASURES, { quote: verbatim('三表合一'), note: 'One 《中国公民出入境证件申请表》 for passports, HK/Macau and Taiwan documents and endorsements.' }) },
  ]),
  'materials.identity': table([
    {
      from: FROM,
      to: '2015-12-27',
      value: { material: 'resident-id-card', alternatives: ['temporary-id'], weight: 'core', services: ALL, when: [{ age: '16-or-over' }] },
      cite: art4('二', { quote: paraphrase('居民身份证、户口簿及复印件；在居民身份证领取、换领、补领期间，可以提交临时居民身份证') }),
      uncertain: BEFORE_2015_ENDORSEMENTS,
    },
    {
      from: '2015-12-28',
      value: { material: 'resident-id-card', alternatives: ['temporary-id'], weight: 'core', services: DOCS, when: [{ age: '16-or-over' }] },
      cite: list2015('第一至三项', { quote: paraphrase('每种证件：申请表、居民身份证、相片；签注（第四项）：申请表、通行证及事由材料') }),
    },
  ]),
  'materials.identity.under-16': table([
    {
      from: FROM,
      to: '2015-12-27',
      value: { material: 'resident-id-card', alternatives: ['temporary-id', 'hukou-booklet'], weight: 'core', services: ALL, when: UNDER_16 },
      cite: art4('二'),
      uncertain: `That an applicant under 16 may show the household register instead of an identity card is read from local guides (保定, 重庆). ${BEFORE_2015_ENDORSEMENTS}`,
    },
    {
      from: '2015-12-28',
      value: { material: 'resident-id-card', alternatives: ['temporary-id', 'hukou-booklet'], weight: 'core', services: DOCS, when: UNDER_16 },
      cite: list2015('第一至三项'),
      uncertain: 'That an applicant under 16 may show the household register instead of an identity card is read from local guides (保定, 重庆), not from the announcement.',
    },
  ]),
  'materials.hukou-booklet': table([
    { from: FROM, to: '2015-12-27', value: { material: 'hukou-booklet', weight: 'core', services: ALL }, cite: art4('二'), uncertain: BEFORE_2015_ENDORSEMENTS },
    ended('2015-12-28', release2015('改变以往申办因私出入境证件需同时交验身份证和户口簿的做法，今后公民申办因私出入境证件不再需要提交户口簿，有关信息由公安机关通过内部网络查询')),
  ]),
  'materials.copies-of-id': table([
    { from: FROM, to: '2015-12-27', value: { material: 'copies-of-id', weight: 'secondary', services: ALL }, cite: art4('二'), uncertain: BEFORE_2015_ENDORSEMENTS },
    ended('2015-12-28', release2015('不再需要申请人提交申请材料的复印件')),
  ]),
  'materials.photo': table([
    { from: FROM, to: '2015-12-27', value: { material: 'photo-capture', weight: 'core', services: DOCS }, cite: cite(LAW_PASSPORT, { article: '第六条', quote: verbatim('近期免冠照片'), note: 'Also 办法第四条第（一）项.' }) },
    { from: '2015-12-28', value: { material: 'photo-capture', weight: 'core', services: DOCS }, cite: list2015('第一至三项', { quote: verbatim('符合《出入境证件相片照相指引》标准的相片') }) },
  ]),
  'materials.fingerprints.passport': table([
    {
      from: '2012-05-15',
      value: { material: 'fingerprints', weight: 'core', services: [{ kind: 'document', documents: ['passport'] }], when: OVER_16_FINGERS },
      cite: cite(REG_MPS_ORDER_118, { article: '第二项（办法第六条）', quote: paraphrase('十六周岁以上申请电子普通护照的，现场采集指纹；指纹缺失、损坏的可以不采集'), note: 'The e-passport was issued nationwide from 2012-05-15.' }),
    },
  ]),
  'materials.fingerprints.hkmo-permit': table([
    {
      from: '2014-09-15',
      value: { material: 'fingerprints', weight: 'core', services: [{ kind: 'document', documents: ['hkmo-permit'] }], when: OVER_16_FINGERS },
      cite: cite(MPS_2014_HKMO_CARD, { quote: paraphrase('16周岁以上（含）首次申请电子往来港澳通行证的采集或核验指纹'), note: 'Nationwide from 2014-09-15 (Guangdong from 2014-05-20: a local measure).' }),
    },
  ]),
  'materials.fingerprints.taiwan-permit': table([
    {
      from: '2017-04-24',
      value: { material: 'fingerprints', weight: 'core', services: [{ kind: 'document', documents: ['taiwan-permit'] }], when: OVER_16_FINGERS },
      cite: cite(MPS_2017_TAIWAN_CARD),
      uncertain: 'The card notices say fingerprints are recorded 「按规定」; the split (16+ required, under 16 only with consent) is assumed to be that of the other chip documents.',
    },
  ]),
  'materials.applicant-presence': table([
    {
      from: FROM,
      value: { material: 'applicant-presence', weight: 'core', services: DOCS },
      cite: cite(REG_MPS_ORDER_96, { article: '第七条', quote: paraphrase('受理时面见申请人'), note: 'Photo and fingerprint capture on site.' }),
      uncertain: 'Presence for permits is taken from the same practice; the 2024-05-06 fully-online renewal pilot (全程网办) needs no visit — a channel rule, not modelled here.',
    },
  ]),
  'materials.guardian.presence': table([
    {
      from: FROM,
      value: { material: 'guardian-presence', alternatives: ['guardian-authorisation'], weight: 'core', services: ALL, when: UNDER_16 },
      cite: art4('三', { quote: paraphrase('未满十六周岁的，由监护人陪同') }),
      uncertain: 'Accompaniment by a person the guardian authorises in writing is read from NIA-era guides (监护人无法陪同的，可以委托他人陪同); assumed throughout. Under-16 rules for endorsement-only applications are read from local guides.',
    },
  ]),
  'materials.guardian.consent': table([
    { from: FROM, value: { material: 'guardian-consent', weight: 'core', services: ALL, when: UNDER_16 }, cite: art4('三', { quote: verbatim('监护人出具的同意出境的意见') }) },
  ]),
  'materials.guardian.id': table([
    { from: FROM, value: { material: 'guardian-id', weight: 'core', services: ALL, when: UNDER_16 }, cite: art4('三', { quote: verbatim('监护人的居民身份证或者户口簿、护照') }) },
  ]),
  'materials.guardian.relationship-proof': table([
    {
      from: FROM,
      value: { material: 'relationship-proof', weight: 'secondary', services: ALL, when: UNDER_16 },
      cite: art4('三'),
      uncertain: 'The proof of guardianship (出生医学证明、户口簿…) is named in NIA-era guides; classed secondary because offices waive it when the guardianship is already on record (重庆) — no published 容缺 list says so.',
    },
  ]),
  'materials.registered-personnel.approval-letter': table([
    {
      from: FROM,
      value: { material: 'approval-letter', weight: 'core', services: ALL, when: [{ registeredPersonnel: true }] },
      cite: art4('四', { quote: paraphrase('按照人事管理权限审批后出具的意见'), note: 'The approval required by 公通字〔2003〕13号.' }),
    },
  ]),
  'materials.renewal.old-passport': table([
    { from: FROM, value: { material: 'old-passport', weight: 'core', services: [{ kind: 'document', documents: ['passport'], actions: ['renewal'] }] }, cite: /* @__PURE__ */ cite(REG_MPS_ORDER_96, { article: '第十条' }) },
  ]),
  'materials.renewal.old-permit': table([
    {
      from: FROM,
      value: { material: 'old-permit', weight: 'core', services: [{ kind: 'document', documents: ['hkmo-permit', 'taiwan-permit'], actions: ['renewal'] }] },
      cite: cite(REG_HKMO_1986),
      uncertain: 'The permits’ own rules were not read on this point; handing in the current permit on renewal is taken from NIA service guides.',
    },
  ]),
  'materials.replacement.loss-statement': table([
    { from: FROM, value: { material: 'loss-statement', weight: 'core', services: [{ kind: 'document', documents: ['passport', 'hkmo-permit', 'taiwan-permit'], actions: ['replacement'] }] }, cite: cite(REG_MPS_ORDER_96, { article: '第十一条', quote: paraphrase('损毁、遗失、被盗的情况说明') }) },
  ]),
  'materials.replacement.damaged-document': table([
    {
      from: FROM,
      value: { material: 'damaged-document', weight: 'core', services: [{ kind: 'document', documents: ['passport', 'hkmo-permit', 'taiwan-permit'], actions: ['replacement'] }], when: [{ grounds: ['damaged'] }] },
      cite: cite(REG_MPS_ORDER_96, { article: '第十一条', quote: paraphrase('因损毁申请补发的，还应当提交损毁的护照') }),
    },
  ]),
  'materials.endorsement.valid-permit': table([
    {
      from: FROM,
      to: '2015-12-27',
      value: { material: 'valid-permit', weight: 'core', services: ENDORSEMENTS, when: [{ permitInApplication: false }] },
      cite: cite(REG_HKMO_1986, { article: '第二十二条', quote: paraphrase('签注作在通行证上') }),
      uncertain: 'Before the 2015 list the endorsement-only materials were set by provincial offices; the permit itself was necessarily presented.',
    },
    { from: '2015-12-28', value: { material: 'valid-permit', weight: 'core', services: ENDORSEMENTS, when: [{ permitInApplication: false }] }, cite: list2015('第四项、第八项', { quote: paraphrase('单独申请签注提交往来港澳（台湾）通行证；同时申请通行证和签注的，提交申请表、身份证、相片及事由材料') }) },
  ]),
  'materials.hkmo-T.kinship-proof': table([
    { from: FROM, to: '2015-12-27', value: { material: 'kinship-proof', weight: 'secondary', services: HKMO('T') }, cite: cite(REG_HKMO_1986), uncertain: PRE_2015_PURPOSE },
    {
      from: '2015-12-28',
      value: { material: 'kinship-proof', weight: 'secondary', services: HKMO('T') },
      cite: list2015('第四项第（三）目', { quote: verbatim('能证明相应亲属关系的下列材料之一：结婚证、《出生医学证明》、户口簿、公安派出所证明、亲属关系公证书') }),
      uncertain: 'Classed secondary (deferrable) after FACTS §5.3: offices can look kinship up (Chengdu 2018 "数据跑"); no exit-entry 容缺 catalogue seen.',
    },
  ]),
  'materials.hkmo-T.relative-id': table([
    { from: FROM, to: '2015-12-27', value: { material: 'relative-hkmo-id', weight: 'secondary', services: HKMO('T') }, cite: cite(REG_HKMO_1986), uncertain: PRE_2015_PURPOSE },
    { from: '2015-12-28', value: { material: 'relative-hkmo-id', weight: 'secondary', services: HKMO('T') }, cite: list2015('第四项第（三）目', { quote: verbatim('提交亲属的香港或者澳门居民身份证、港澳居民来往内地通行证') }), uncertain: 'Classed secondary after FACTS §5.3.' },
  ]),
  'materials.hkmo-S.business-licence': table([
    {
      from: FROM,
      to: '2015-12-27',
      value: { material: 'business-licence', weight: 'secondary', services: HKMO('S'), when: [{ businessKinds: ['unfiled-employer', 'sole-trader'] }] },
      cite: cite(REG_HKMO_1986),
      uncertain: PRE_2015_PURPOSE,
    },
    {
      from: '2015-12-28',
      value: { material: 'business-licence', weight: 'secondary', services: HKMO('S'), when: [{ businessKinds: ['unfiled-employer', 'sole-trader'] }] },
      cite: list2015('第四项', { quote: paraphrase('工商营业执照副本或者有关登记证书；备案单位人员在备案有效期内无需重复提交') }),
      uncertain: 'The business sub-item was read from 泉州市公安局 (2020) and other guides that follow the national list; the drivers’ materials are not modelled.',
    },
  ]),
  'materials.hkmo-S.social-insurance': table([
    { from: FROM, to: '2015-12-27', value: { material: 'social-insurance-proof', weight: 'secondary', services: HKMO('S'), when: [{ businessKinds: ['unfiled-employer'] }] }, cite: cite(REG_HKMO_1986), uncertain: PRE_2015_PURPOSE },
    {
      from: '2015-12-28',
      value: { material: 'social-insurance-proof', weight: 'secondary', services: HKMO('S'), when: [{ businessKinds: ['unfiled-employer'] }] },
      cite: list2015('第四项', { quote: paraphrase('企业机构为本人交纳社会保险的凭证（多次签注须连续6个月以上）或者本人属于该企业机构的证明') }),
      uncertain: 'Read from 泉州市公安局 (2020) and other guides that follow the national list.',
    },
  ]),
  'materials.hkmo-S.dispatch-letter': table([
    { from: FROM, to: '2015-12-27', value: { material: 'dispatch-letter', weight: 'secondary', services: HKMO('S'), when: [{ businessKinds: ['filed-employer', 'unfiled-employer'] }] }, cite: cite(REG_HKMO_1986), uncertain: PRE_2015_PURPOSE },
    {
      from: '2015-12-28',
      value: { material: 'dispatch-letter', weight: 'secondary', services: HKMO('S'), when: [{ businessKinds: ['filed-employer', 'unfiled-employer'] }] },
      cite: list2015('第四项', { quote: paraphrase('企业机构出具的赴港澳商务活动事由说明（派遣函）') }),
      uncertain: 'Read from 泉州市公安局 (2020) and other guides that follow the national list.',
    },
  ]),
  'materials.hkmo-Q.purpose-evidence': table([
    { from: FROM, value: { material: 'purpose-evidence', weight: 'secondary', services: HKMO('Q') }, cite: cite(REG_HKMO_1986), uncertain: 'Evidence of the purpose (medical, funeral, litigation, exams, property …) per the service guides; FACTS §6.2 [knowledge].' },
  ]),
  'materials.hkmo-D.entry-permission': table([
    { from: FROM, value: { material: 'hkmo-entry-permission', weight: 'core', services: HKMO('D') }, cite: cite(REG_HKMO_1986), uncertain: 'The D endorsement follows the Hong Kong or Macao admission, so its permission is the basis of the application (FACTS §6.2 [knowledge]).' },
  ]),
  'materials.hkmo-talent.certificate': table([
    {
      from: '2023-02-20',
      value: { material: 'talent-certificate', weight: 'core', services: HKMO('talent') },
      cite: cite(NIA_2023_TALENT),
      uncertain: 'Classed core: the certification is what makes the applicant eligible (employer filing instead for Hetao staff from 2025-11-05 — not modelled).',
    },
  ]),
  'materials.hkmo-G.residence-permit': table([
    {
      from: '2016-04-01',
      to: '2019-03-31',
      value: { material: 'residence-permit', weight: 'core', services: HKMO('G'), when: [{ residencePermitBased: true }] },
      cite: cite(MPS_2016_RESIDENCE_PERMIT),
      uncertain: 'When each scheme city first let permit holders apply for G is not settled (FACTS §2.2); 2016-04-01 is the national residence-permit measure.',
    },
    {
      from: '2019-04-01',
      value: { material: 'residence-permit', weight: 'core', services: HKMO('G'), when: [{ residencePermitBased: true }] },
      cite: cite(NIA_2019_NATIONWIDE, { note: 'After 全国通办 the residence permit stays required where a rule is tied to residence: G for non-hukou residents of a scheme city (出入境管理局公告2024年第1号 names 居住证 holders).' }),
    },
  ]),
  'materials.taiwan-L.tour-invoice': table([
    {
      from: '2008-07-04',
      to: '2015-12-27',
      value: { material: 'tour-operator-invoice', weight: 'secondary', services: TAIWAN('L') },
      cite: cite(MPS_2015_MATERIALS, { quote: verbatim('申请团队旅游签注不再需要提交组团社发票'), evidence: { level: 'press', url: 'http://6chong.cn/news/content/2015-12/28/content_2772682.htm', source: '中新社 2015-12-28: the MPS release of the announcement' }, carriedOver: 'Known only from the release of the announcement that abolished it.' }),
      uncertain: 'Known only from its abolition; assumed required since group tours to Taiwan began (2008-07-04).',
    },
    ended('2015-12-28', release2015('申请团队旅游签注不再需要提交组团社发票')),
  ]),
  'materials.taiwan.tao-approval': table([
    {
      from: FROM,
      to: '2015-12-27',
      value: { material: 'tao-approval', weight: 'core', services: TAIWAN('Y', 'F', 'X', 'C') },
      cite: cite(REG_TAIWAN_1991, { article: '第七条、第八条', quote: paraphrase('申请事由的证明'), note: 'Exchanges need the 台办 approval.' }),
      uncertain: 'Before 2015-12-28 other purpose documents were also asked for; not modelled.',
    },
    { from: '2015-12-28', value: { material: 'tao-approval', weight: 'core', services: TAIWAN('Y', 'F', 'X', 'C') }, cite: release2015('申请应邀、商务、乘务、学习签注的事由材料仅需提交台办出具的批准函件') },
  ]),
  'materials.taiwan.entry-permit': table([
    {
      from: FROM,
      value: { material: 'taiwan-entry-permit', weight: 'core', services: TAIWAN('T', 'Q', 'D', 'J') },
      cite: /* @__PURE__ */ cite(REG_TAIWAN_1991, { article: '第八条' }),
      uncertain: 'Seen only in local guides (长春; validity "根据入台许可期限和有效次数"); FACTS §6.2 [uncertain].',
    },
  ]),
  'materials.urgent-evidence': table([
    {
      from: FROM,
      value: { material: 'urgent-evidence', weight: 'secondary', services: ALL, when: [{ urgent: true }] },
      cite: cite(REG_MPS_ORDER_96, { article: '第五条', quote: paraphrase('加急事由的证明') }),
      uncertain: 'Classed secondary (deferrable) after FACTS §5.3; the permits’ urgent handling rests on service norms, not the 办法.',
    },
  ]),
  'materials.non-hukou.residence-permit': table([
    {
      from: '2012-09-01',
      to: '2016-03-31',
      value: { material: 'residence-permit', weight: 'secondary', services: [{ kind: 'document', documents: ['passport', 'taiwan-permit'] }, ...TAIWAN_ANY], when: [{ routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['employed'] }] },
      cite: cite(MPS_2012_SIX_CITIES),
      uncertain: 'Residence proof (居住证 or 暂住证) of non-hukou employees, read from city guides of the schemes; classed secondary after FACTS §5.3.',
    },
    {
      from: '2016-04-01',
      to: '2019-03-31',
      value: {
        material: 'residence-permit',
        weight: 'secondary',
        services: ALL,
        when: [
          { routes: ['non-hukou-scheme'], residencePermitBased: true },
          { routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['employed'] },
        ],
      },
      cite: cite(MPS_2016_RESIDENCE_PERMIT, { quote: verbatim('居住证持有人可凭本人居民身份证、居住证……申请办理……其他申请材料与当地户籍居民一致') }),
      uncertain: 'Classed secondary (deferrable) after FACTS §5.3; an office may treat the permit as the basis of the route (write a change set to make it core).',
    },
    ended('2019-04-01', cite(NIA_2019_NATIONWIDE, { quote: verbatim('申请材料与户籍地一致; 不受户籍地、居住地等条件限制.') })),
  ]),
  'materials.non-hukou.social-insurance': table([
    {
      from: '2012-09-01',
      to: '2013-06-30',
      value: { material: 'social-insurance-proof', weight: 'secondary', services: [{ kind: 'document', documents: ['passport'] }], when: [{ routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['employed'] }] },
      cite: cite(MPS_2012_SIX_CITIES),
      uncertain: 'Classed secondary after FACTS §5.3.',
    },
    {
      from: '2013-07-01',
      to: '2019-03-31',
      value: { material: 'social-insurance-proof', weight: 'secondary', services: [{ kind: 'document', documents: ['passport', 'taiwan-permit'] }, ...TAIWAN_ANY], when: [{ routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['employed'] }] },
      cite: cite(MPS_2013_NEARBY, { quote: paraphrase('在就业地连续一年以上缴纳社会保险的证明') }),
      uncertain: 'Classed secondary after FACTS §5.3.',
    },
    ended('2019-04-01', cite(NIA_2019_NATIONWIDE, { quote: verbatim('申请材料与户籍地一致.') })),
  ]),
  'materials.non-hukou.enrolment-proof': table([
    {
      from: '2012-09-01',
      to: '2019-03-31',
      value: { material: 'enrolment-proof', weight: 'secondary', services: [{ kind: 'document', documents: ['passport', 'taiwan-permit'] }, ...TAIWAN_ANY], when: [{ routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['student'] }] },
      cite: cite(MPS_2012_SIX_CITIES),
      uncertain: 'The certificate of enrolment is read from city guides (广东); classed secondary after FACTS §5.3.',
    },
    ended('2019-04-01', cite(NIA_2019_NATIONWIDE, { quote: verbatim('申请材料与户籍地一致.') })),
  ]),
  'materials.local-relative.kinship-proof': table([
    {
      from: '2013-07-01',
      to: '2018-01-31',
      value: { material: 'kinship-proof', weight: 'secondary', services: [{ kind: 'document', documents: ['passport', 'taiwan-permit'] }, ...TAIWAN_ANY], when: [{ routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['relative'] }] },
      cite: cite(MPS_2013_NEARBY, { quote: paraphrase('本市户籍居民的外地户籍配偶、未满16周岁子女') }),
      uncertain: 'Materials of the relatives in the 43-city scheme read from city guides (成都); classed secondary after FACTS §5.3.',
    },
    {
      from: '2018-02-01',
      to: '2019-03-31',
      value: {
        material: 'kinship-proof',
        weight: 'secondary',
        services: ALL,
        when: [{ routes: ['relatives-route'] }, { routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['relative'] }],
      },
      cite: cite(MPS_2018_EIGHT_MEASURES),
      uncertain: 'Classed secondary after FACTS §5.3.',
    },
    ended('2019-04-01', cite(NIA_2019_NATIONWIDE, { quote: verbatim('不受户籍地、居住地等条件限制.') })),
  ]),
  'materials.local-relative.id': table([
    {
      from: '2013-07-01',
      to: '2018-01-31',
      value: { material: 'local-relative-id', weight: 'secondary', services: [{ kind: 'document', documents: ['passport', 'taiwan-permit'] }, ...TAIWAN_ANY], when: [{ routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['relative'] }] },
      cite: cite(MPS_2013_NEARBY),
      uncertain: 'Read from city guides of the scheme; classed secondary after FACTS §5.3.',
    },
    {
      from: '2018-02-01',
      to: '2019-03-31',
      value: {
        material: 'local-relative-id',
        weight: 'secondary',
        services: ALL,
        when: [{ routes: ['relatives-route'] }, { routes: ['non-hukou-scheme'], residencePermitBased: false, schemeBases: ['relative'] }],
      },
      cite: cite(MPS_2018_EIGHT_MEASURES),
      uncertain: 'Classed secondary after FACTS §5.3.',
    },
    ended('2019-04-01', cite(NIA_2019_NATIONWIDE, { quote: verbatim('不受户籍地、居住地等条件限制.') })),
  ]),
});

// Local measures that replace paper by data the office looks up itself (数据跑), and Harbin's
// combined form before the national one.
const CHENGDU_SHARING = (quote: string): Citation => cite(LOCAL_CHENGDU_2018, { quote: verbatim(quote) });
const CHENGDU_SINCE = 'Reported on 2018-05-16 as in place; the start is not known (2018-05-01, the month of the report, as for Chengdu’s other measures).';
const CHENGDU_LOOKUP = '該局按照“可减則减”原則，實施了免交營業執照、工商稅務登記、社保繳納清單等原件的便民舉措，由公安機關通過後台系統進行數據查詢和核實';
const CHENGDU_KINSHIP = '針對需要提供親屬關係證明的業務，通過公共數據和共享利用平臺，主動爲申請人查找相關證明材料';
const JILIN_HUKOU: Citation = /* @__PURE__ */ cite(LOCAL_JILIN_2015, { quote: verbatim('取消办理出国（境）证件提交户口簿等身份证明要件') });
const HARBIN_FORM: Citation = /* @__PURE__ */ cite(LOCAL_HARBIN_2014, {
  quote: verbatim('4月1日实施的“三表合一”举措……将办理护照、往来港澳通行证、大陆居民往来台湾通行件的三种申请表合而为一'),
  note: 'Harbin combined the three forms on 2014-04-01, before the national single form of 2014-07-25.',
});

/** Chengdu (510100), Jilin (220000), Harbin (230100). */
const DATA_SHARING_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<MaterialRule>>>>> = {
  '510100': {
    'materials.hkmo-S.business-licence': table([{ ...ended('2018-05-01', CHENGDU_SHARING(CHENGDU_LOOKUP)), uncertain: `The office looks the business licence and the tax and commerce registration up itself. ${CHENGDU_SINCE}` }]),
    'materials.hkmo-S.social-insurance': table([{ ...ended('2018-05-01', CHENGDU_SHARING(CHENGDU_LOOKUP)), uncertain: `The office looks the social-insurance list up itself. ${CHENGDU_SINCE}` }]),
    'materials.hkmo-T.kinship-proof': table([{ ...ended('2018-05-01', CHENGDU_SHARING(CHENGDU_KINSHIP)), uncertain: `The office finds the proof of kinship through shared public data. ${CHENGDU_SINCE}` }]),
    'materials.local-relative.kinship-proof': table([{ ...ended('2018-05-01', CHENGDU_SHARING(CHENGDU_KINSHIP)), uncertain: `As for family-visit endorsements: the office finds the proof of kinship itself. ${CHENGDU_SINCE}` }]),
  },
  '220000': {
    'materials.hukou-booklet': table([
      {
        ...ended('2015-06-01', JILIN_HUKOU),
        uncertain: 'Reported on 2015-06-17 among the measures of the provincial bureau; the start is not known (2015-06-01, the month of the report). The national rule followed on 2015-12-28.',
      },
    ]),
  },
  '230100': {
    'materials.application-form': table([
      { from: '2014-04-01', to: '2014-07-24', value: { material: 'application-form', weight: 'core', services: ALL }, cite: HARBIN_FORM, uncertain: 'Known from a local press report of 2014-10-27, which gives the day (4月1日).' },
    ]),
  },
};

/**
 * Local measures of the requirement tables (division code → table id → data): the card pilots
 * brought fingerprints earlier in Guangdong (HK/Macau card, 2014-05-20) and Fujian (Taiwan
 * card, 2016-12-26), each ending when the national rule starts.
 *
 * @example
 * ```ts
 * Object.keys(MATERIAL_RULE_LOCAL['440000'] ?? {}); // ['materials.fingerprints.hkmo-permit']
 * ```
 */
export const MATERIAL_RULE_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<MaterialRule>>>>> = /* @__PURE__ */ Object.freeze({
  ...DATA_SHARING_LOCAL,
  '440000': {
    'materials.fingerprints.hkmo-permit': table([
      {
        from: '2014-05-20',
        to: '2014-09-14',
        value: { material: 'fingerprints', weight: 'core', services: [{ kind: 'document', documents: ['hkmo-permit'] }], when: OVER_16_FINGERS },
        cite: cite(MPS_2014_HKMO_CARD, { note: 'Guangdong pilot of the electronic HK/Macau permit: applications from 2014-05-20.' }),
      },
    ]),
  },
  '350000': {
    'materials.fingerprints.taiwan-permit': table([
      {
        from: '2016-12-26',
        to: '2017-04-23',
        value: { material: 'fingerprints', weight: 'core', services: [{ kind: 'document', documents: ['taiwan-permit'] }], when: OVER_16_FINGERS },
        cite: cite(MPS_2016_TAIWAN_CARD),
        uncertain: 'The card notice says fingerprints are recorded 「按规定」; the 16+ split is assumed.',
      },
    ]),
  },
});
