/**
 * Grounds for renewing (换发) and replacing (补发) a document, as dated set tables of ground
 * codes. Three generations for the passport:
 * 1. 护照法 art. 11 (from 2007-01-01): one list for 「换发或者补发」;
 * 2. 公安部令第96号 arts. 10 and 12 (2012 numbering) from its effective date (2007-12-15, not
 *    settled): renewal for visa pages nearly used, short validity, other approved cases;
 *    replacement for damage, loss, theft. From the e-passport (2012-05-15) guides add changed
 *    particulars and healed fingers;
 * 3. the broader NIA list (students abroad with under two years left; damage becomes a
 *    renewal ground), first date unknown — encoded from the earliest dated copy seen.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import type { PolicyView, RuleSource } from '../rules/policy-at.js';
import { type Label, type SetMember, type SetTableData, type SetTableSpec, defineSetTable } from '../rules/table.js';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from './document-types.js';
import { VERIFIED_THROUGH } from './document-form.js';
import { cite, verbatim, GUIDE_NIA_RENEWAL_GROUNDS, LAW_PASSPORT, MPS_2012_EPASSPORT, REG_MPS_ORDER_96 } from '../rules/instruments/index.js';
import { type DocumentReason, reasonOf } from './reasons.js';
import { deepFreeze } from '../rules/snapshot.js';
import type { Issue } from '../rules/errors.js';
import { documentTypeIssue, throwIfAny, viewIssue } from './checks.js';

/**
 * Codes of renewal and replacement grounds.
 *
 * @example
 * ```ts
 * GROUND_CODES.includes('lost'); // true
 * ```
 */
export const GROUND_CODES = Object.freeze([
  'validity-expiring',
  'visa-pages-nearly-full',
  'validity-short',
  'damaged',
  'lost',
  'stolen',
  'particulars-changed',
  'fingerprints-now-possible',
  'student-abroad-under-two-years',
  'other-justified',
  'other-approved',
] as const);

/**
 * A renewal or replacement ground.
 *
 * @example
 * ```ts
 * const g: GroundCode = 'visa-pages-nearly-full';
 * ```
 */
export type GroundCode = (typeof GROUND_CODES)[number];

/**
 * zh-CN and English wording of each ground.
 *
 * @example
 * ```ts
 * GROUND_LABELS['validity-short'].en;
 * ```
 */
export const GROUND_LABELS: Readonly<Record<GroundCode, Label>> = deepFreeze({
  'validity-expiring': { 'zh-CN': '护照有效期即将届满', en: 'validity about to expire' },
  'visa-pages-nearly-full': { 'zh-CN': '签证页即将使用完毕', en: 'visa pages nearly used up' },
  'validity-short': { 'zh-CN': '有效期不足六个月，或者在六个月以上但有材料证明不符合前往国要求', en: 'less than six months of validity left, or more but shown not to meet the destination’s requirement' },
  damaged: { 'zh-CN': '损毁不能使用', en: 'damaged and unusable' },
  lost: { 'zh-CN': '遗失', en: 'lost' },
  stolen: { 'zh-CN': '被盗', en: 'stolen' },
  'particulars-changed': { 'zh-CN': '户口簿上的姓名、性别、身份证号码、出生地、出生日期发生变化，或者面像发生较大变化', en: 'name, sex, ID number, birthplace or birth date changed in the household register, or a marked change of appearance' },
  'fingerprints-now-possible': { 'zh-CN': '手指伤病痊愈后可以采集指纹', en: 'a finger injury has healed and fingerprints can now be taken' },
  'student-abroad-under-two-years': { 'zh-CN': '出国留学人员所持普通护照有效期不足两年', en: 'a student abroad whose passport has less than two years left' },
  'other-justified': { 'zh-CN': '有正当理由需要换发或者补发的其他情形', en: 'another justified reason' },
  'other-approved': { 'zh-CN': '公安部出入境管理机构（2018年起国家移民管理局）认可的其他情形', en: 'another case accepted by the MPS exit-entry administration (the NIA from 2018)' },
});

const groundSchema = /* @__PURE__ */ z.enum(GROUND_CODES);

/**
 * Document types whose renewal and replacement grounds are modelled.
 *
 * @example
 * ```ts
 * const t: GroundsDocumentType = 'passport';
 * ```
 */
export type GroundsDocumentType = 'passport';

/**
 * The renewal-ground tables (`document.renewal-grounds.<type>`).
 *
 * @example
 * ```ts
 * policyAt(policy, '2025-06-01').has(RENEWAL_GROUND_TABLES.passport, 'student-abroad-under-two-years'); // true
 * ```
 */
export const RENEWAL_GROUND_TABLES: Readonly<Record<GroundsDocumentType, SetTableSpec>> = Object.freeze({
  passport: defineSetTable({ id: 'document.renewal-grounds.passport', label: { 'zh-CN': `${DOCUMENT_TYPE_LABELS.passport['zh-CN']}换发情形`, en: `Renewal grounds of the ${DOCUMENT_TYPE_LABELS.passport.en}` }, member: groundSchema }),
});

/**
 * The replacement-ground tables (`document.replacement-grounds.<type>`).
 *
 * @example
 * ```ts
 * policyAt(policy, '2025-06-01').has(REPLACEMENT_GROUND_TABLES.passport, 'lost'); // true
 * ```
 */
export const REPLACEMENT_GROUND_TABLES: Readonly<Record<GroundsDocumentType, SetTableSpec>> = Object.freeze({
  passport: defineSetTable({ id: 'document.replacement-grounds.passport', label: { 'zh-CN': `${DOCUMENT_TYPE_LABELS.passport['zh-CN']}补发情形`, en: `Replacement grounds of the ${DOCUMENT_TYPE_LABELS.passport.en}` }, member: groundSchema }),
});

const ORDER_96_DATE =
  'Starts or ends with 公安部令第96号, whose effective date is not settled (2007-12-15 per a Tianjin PSB report of 2007-12-18; 2008-03-15 per a 2009 secondary site).';
const NIA_DATE =
  'First effective date unknown: the seven-ground NIA list (students abroad; damage as a renewal ground) is dated here from its earliest dated copy seen (2025-01-24); the MPS guide of 2019-07-08 still listed damage under replacement.';

const art11 = (item: string) => cite(LAW_PASSPORT, { article: `第十一条第一款${item}` });
const o96 = (art: string) => cite(REG_MPS_ORDER_96, { article: art });

/**
 * Data of the renewal-ground tables, sorted by `from`.
 *
 * @example
 * ```ts
 * RENEWAL_GROUNDS_NATIONAL['document.renewal-grounds.passport']?.members.length;
 * ```
 */
export const RENEWAL_GROUNDS_NATIONAL: Readonly<Record<string, SetTableData>> = deepFreeze({
  'document.renewal-grounds.passport': {
    kind: 'set',
    verifiedThrough: VERIFIED_THROUGH,
    members: [
      { member: 'validity-expiring', from: '2007-01-01', to: '2007-12-14', cite: art11('第（一）项'), uncertain: ORDER_96_DATE },
      { member: 'visa-pages-nearly-full', from: '2007-01-01', to: '2007-12-14', cite: art11('第（二）项'), uncertain: ORDER_96_DATE },
      { member: 'damaged', from: '2007-01-01', to: '2007-12-14', cite: art11('第（三）项'), uncertain: ORDER_96_DATE },
      { member: 'other-justified', from: '2007-01-01', to: '2007-12-14', cite: art11('第（五）项'), uncertain: ORDER_96_DATE },
      { member: 'visa-pages-nearly-full', from: '2007-12-15', cite: o96('第十条第（一）项'), uncertain: ORDER_96_DATE },
      { member: 'validity-short', from: '2007-12-15', cite: o96('第十条第（二）项'), uncertain: ORDER_96_DATE },
      { member: 'other-approved', from: '2007-12-15', cite: o96('第十条第（三）项'), uncertain: ORDER_96_DATE },
      {
        member: 'particulars-changed',
        from: '2012-05-15',
        cite: cite(MPS_2012_EPASSPORT, { note: 'Listed by MPS-era local guides (e.g. 南阳, 台州) and by the NIA list; under the 2012 办法 art. 9 these were 变更加注 cases.' }),
        uncertain: 'First date unknown; dated here from the e-passport start, with which the lists that carry it appear.',
      },
      { member: 'fingerprints-now-possible', from: '2012-05-15', cite: cite(MPS_2012_EPASSPORT, { quote: verbatim('因手指伤病无法捺印指纹的，痊愈后到受理机构换发护照、补采指纹'), evidence: { level: 'secondary', source: '黔西南州公安局 (2012-05)' } }) },
      { member: 'damaged', from: '2025-01-24', cite: cite(GUIDE_NIA_RENEWAL_GROUNDS), uncertain: NIA_DATE },
      { member: 'student-abroad-under-two-years', from: '2025-01-24', cite: cite(GUIDE_NIA_RENEWAL_GROUNDS), uncertain: NIA_DATE },
    ],
  },
});

/**
 * Data of the replacement-ground tables, sorted by `from`.
 *
 * @example
 * ```ts
 * REPLACEMENT_GROUNDS_NATIONAL['document.replacement-grounds.passport']?.kind; // 'set'
 * ```
 */
export const REPLACEMENT_GROUNDS_NATIONAL: Readonly<Record<string, SetTableData>> = deepFreeze({
  'document.replacement-grounds.passport': {
    kind: 'set',
    verifiedThrough: VERIFIED_THROUGH,
    members: [
      { member: 'damaged', from: '2007-01-01', to: '2007-12-14', cite: art11('第（三）项'), uncertain: ORDER_96_DATE },
      { member: 'lost', from: '2007-01-01', to: '2007-12-14', cite: art11('第（四）项'), uncertain: ORDER_96_DATE },
      { member: 'stolen', from: '2007-01-01', to: '2007-12-14', cite: art11('第（四）项'), uncertain: ORDER_96_DATE },
      { member: 'other-justified', from: '2007-01-01', to: '2007-12-14', cite: art11('第（五）项'), uncertain: ORDER_96_DATE },
      { member: 'damaged', from: '2007-12-15', to: '2025-01-23', cite: o96('第十二条'), uncertain: `${ORDER_96_DATE} ${NIA_DATE}` },
      { member: 'lost', from: '2007-12-15', cite: o96('第十二条'), uncertain: ORDER_96_DATE },
      { member: 'stolen', from: '2007-12-15', cite: o96('第十二条'), uncertain: ORDER_96_DATE },
    ],
  },
});

/**
 * One ground in force, with its wording, citation and source.
 *
 * @example
 * ```ts
 * const g: Ground = { code: 'lost', label: GROUND_LABELS.lost, cite: cite(LAW_PASSPORT), source: { level: 'national' } };
 * ```
 */
export interface Ground {
  readonly code: GroundCode;
  readonly label: Label;
  readonly cite: Citation;
  readonly source: RuleSource;
  readonly uncertain?: string;
}

/**
 * What {@link renewalGrounds} and {@link replacementGrounds} return: the grounds in force
 * (in catalogue order), or that the document's grounds are not modelled.
 *
 * @example
 * ```ts
 * const r: GroundsResult = renewalGrounds(view, 'passport');
 * if (r.kind === 'grounds') r.grounds.map((g) => g.code);
 * ```
 */
export type GroundsResult =
  | { readonly kind: 'grounds'; readonly type: DocumentType; readonly table: string; readonly grounds: readonly Ground[] }
  | { readonly kind: 'not-modelled'; readonly type: DocumentType; readonly reasons: readonly DocumentReason[] };

function groundsFrom(view: PolicyView, type: DocumentType, tables: Readonly<Record<GroundsDocumentType, SetTableSpec>>): GroundsResult {
  const issues: Issue[] = [];
  viewIssue(view, ['view'], issues);
  documentTypeIssue(type, ['type'], issues);
  throwIfAny(issues, { 'zh-CN': '换发、补发情形查询的输入无效', en: 'Invalid grounds input' });
  if (type !== 'passport') return { kind: 'not-modelled', type, reasons: [reasonOf('document.grounds.not-modelled', {})] };
  const spec = tables[type];
  // depends on the table alone, not the date: shared by the days whose members are the same (frozen)
  return view.tracked(['grounds', spec.id], (v) => {
    const members = v.members(spec) as readonly (SetMember & { readonly source: RuleSource })[];
    const grounds: Ground[] = [];
    // catalogue order: one pass over the codes (at most one member per code is in force)
    for (const code of GROUND_CODES) {
      for (const m of members) {
        if (m.member !== code) continue;
        const g = { code, label: GROUND_LABELS[code], cite: m.cite, source: m.source };
        grounds.push(m.uncertain === undefined ? g : { ...g, uncertain: m.uncertain });
      }
    }
    return deepFreeze({ kind: 'grounds' as const, type, table: spec.id, grounds });
  });
}

/**
 * The grounds on which `type` may be renewed (换发) on the view's date. Only the passport is
 * modelled; the permits return `not-modelled`.
 *
 * @throws `ValidationError` listing every problem (a `view` that is not a `PolicyView`, a
 * `type` that is not a document type).
 * @example
 * ```ts
 * const r = renewalGrounds(policyAt(policy, '2010-01-01'), 'passport');
 * r.kind === 'grounds' && r.grounds.map((g) => g.code); // ['visa-pages-nearly-full', 'validity-short', 'other-approved']
 * ```
 */
export function renewalGrounds(view: PolicyView, type: DocumentType): GroundsResult {
  return groundsFrom(view, type, RENEWAL_GROUND_TABLES);
}

/**
 * The grounds on which `type` may be replaced (补发) on the view's date. Only the passport is
 * modelled.
 *
 * @throws as {@link renewalGrounds}.
 * @example
 * ```ts
 * const r = replacementGrounds(policyAt(policy, '2025-06-01'), 'passport');
 * r.kind === 'grounds' && r.grounds.map((g) => g.code); // ['lost', 'stolen']
 * ```
 */
export function replacementGrounds(view: PolicyView, type: DocumentType): GroundsResult {
  return groundsFrom(view, type, REPLACEMENT_GROUND_TABLES);
}
