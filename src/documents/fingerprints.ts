/**
 * Fingerprints at acceptance: one value table per chip document (passport, HK/Macau permit,
 * Taiwan permit) whose value gives the rule for each form — fingerprints came with the chip
 * (the e-passport, the cards), so a booklet issued while the rule was in force needs none.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type ValueTableData, type ValueTableSpec, defineValueTable } from '../rules/table.js';
import { ageOnTrusted } from './age.js';
import { issue } from './checks.js';
import { type Issue, showValue } from '../rules/errors.js';
import { DOCUMENT_TYPE_LABELS, type DocumentForm, type DocumentType } from './document-types.js';
import { VERIFIED_THROUGH, documentFormTrusted, withUnverified } from './document-form.js';
import { cite, paraphrase, verbatim, MPS_2014_HKMO_CARD, MPS_2016_TAIWAN_CARD, REG_MPS_ORDER_118 } from '../rules/instruments/index.js';
import { type DocumentReason, reasonOf } from './reasons.js';
import { checkApplicationInput } from './validity.js';
import { deepFreeze } from '../rules/snapshot.js';

const collection = /* @__PURE__ */ z.enum(['required', 'guardian-consent', 'not-collected']);

/**
 * Schema of a {@link FingerprintRule}.
 *
 * @example
 * ```ts
 * fingerprintRuleSchema.parse({ threshold: 16, atOrOver: 'required', under: 'guardian-consent' });
 * ```
 */
export const fingerprintRuleSchema = /* @__PURE__ */ z.strictObject({ threshold: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive()), atOrOver: collection, under: collection });

/**
 * Whether fingerprints are taken, by age on the acceptance date: `required`, only with the
 * guardian's consent, or not collected.
 *
 * @example
 * ```ts
 * const r: FingerprintRule = { threshold: 16, atOrOver: 'required', under: 'guardian-consent' };
 * ```
 */
export type FingerprintRule = z.infer<typeof fingerprintRuleSchema>;

/**
 * Schema of the fingerprint tables' value: the rule of each form.
 *
 * @example
 * ```ts
 * fingerprintsByFormSchema.parse({ card: { threshold: 16, atOrOver: 'required', under: 'guardian-consent' } });
 * ```
 */
export const fingerprintsByFormSchema = /* @__PURE__ */ z.strictObject({ booklet: /* @__PURE__ */ z.optional(fingerprintRuleSchema), 'electronic-booklet': /* @__PURE__ */ z.optional(fingerprintRuleSchema), card: /* @__PURE__ */ z.optional(fingerprintRuleSchema), paper: /* @__PURE__ */ z.optional(fingerprintRuleSchema) });

/**
 * The value of a fingerprint table: the rule of each form (a form not listed: none taken).
 *
 * @example
 * ```ts
 * const f: FingerprintsByForm = { 'electronic-booklet': { threshold: 16, atOrOver: 'required', under: 'guardian-consent' } };
 * ```
 */
export type FingerprintsByForm = z.infer<typeof fingerprintsByFormSchema>;

/**
 * Document types with a fingerprint table: the chip documents.
 *
 * @example
 * ```ts
 * const t: FingerprintDocumentType = 'hkmo-permit';
 * ```
 */
export type FingerprintDocumentType = 'passport' | 'hkmo-permit' | 'taiwan-permit';

function fingerprintTable(type: FingerprintDocumentType): ValueTableSpec<FingerprintsByForm> {
  const l = DOCUMENT_TYPE_LABELS[type];
  return defineValueTable({ id: `document.fingerprints.${type}`, label: { 'zh-CN': `${l['zh-CN']}指纹采集`, en: `Fingerprints for the ${l.en}` }, value: fingerprintsByFormSchema, continuous: true });
}

/**
 * The fingerprint tables (`document.fingerprints.<type>`), national only.
 *
 * @example
 * ```ts
 * DOCUMENT_FINGERPRINT_TABLES.passport.id; // 'document.fingerprints.passport'
 * ```
 */
export const DOCUMENT_FINGERPRINT_TABLES: Readonly<Record<FingerprintDocumentType, ValueTableSpec<FingerprintsByForm>>> = Object.freeze({
  passport: fingerprintTable('passport'),
  'hkmo-permit': fingerprintTable('hkmo-permit'),
  'taiwan-permit': fingerprintTable('taiwan-permit'),
});

const sixteen: FingerprintRule = { threshold: 16, atOrOver: 'required', under: 'guardian-consent' };
const v = (entries: ValueTableData<FingerprintsByForm>['entries']): ValueTableData<FingerprintsByForm> => ({ kind: 'value', verifiedThrough: VERIFIED_THROUGH, entries });

/**
 * National data of the fingerprint tables. 公安部令第118号 took effect on 2012-03-01 but applies
 * to *electronic* passport applications, so fingerprints were first taken when the e-passport
 * came on 2012-05-15 (the form table decides which form is issued).
 *
 * @example
 * ```ts
 * DOCUMENT_FINGERPRINT_NATIONAL['document.fingerprints.passport']?.entries[0]?.from; // '2012-03-01'
 * ```
 */
export const DOCUMENT_FINGERPRINT_NATIONAL: Readonly<Record<string, ValueTableData<FingerprintsByForm>>> = deepFreeze({
  'document.fingerprints.passport': v([
    {
      from: '2012-03-01',
      value: { 'electronic-booklet': sixteen },
      cite: cite(REG_MPS_ORDER_118, { article: '第二项（办法第六条）', quote: paraphrase('受理十六周岁以上公民的电子普通护照申请，应当现场采集申请人的指纹信息；不满十六周岁的，监护人同意的可以采集；指纹缺失、损坏的可以不采集。') }),
    },
  ]),
  'document.fingerprints.hkmo-permit': v([
    { from: '2014-05-20', value: { card: sixteen }, cite: cite(MPS_2014_HKMO_CARD, { quote: verbatim('首次申请电子往来港澳通行证的16周岁以上（含）申请人均采集或核验指纹；16周岁以下根据其监护人的意见确定'), note: 'With the Guangdong pilot from 2014-05-20.' }) },
  ]),
  'document.fingerprints.taiwan-permit': v([
    {
      from: '2016-12-26',
      value: { card: sixteen },
      cite: cite(MPS_2016_TAIWAN_CARD),
      uncertain: 'The announcement says fingerprints are recorded "按规定"; the age split (16+ required, under 16 with the guardian\'s consent) is assumed to be that of the other chip documents.',
    },
  ]),
});

/**
 * Input of {@link fingerprintsFor}; `fingersUnavailable` when the applicant's fingers are
 * missing or damaged (the rule then allows skipping).
 *
 * @example
 * ```ts
 * const input: FingerprintInput = { view, type: 'passport', birthDate: '2010-01-01', acceptedOn: '2025-01-24' };
 * ```
 */
export interface FingerprintInput {
  readonly view: PolicyView;
  readonly type: DocumentType;
  readonly birthDate: CivilDate;
  readonly acceptedOn: CivilDate;
  readonly fingersUnavailable?: boolean;
}

/**
 * What {@link fingerprintsFor} returns.
 *
 * @example
 * ```ts
 * const r: FingerprintResult = fingerprintsFor(input);
 * r.collection; // 'required' | 'guardian-consent' | 'not-collected' | 'exempt'
 * ```
 */
export interface FingerprintResult {
  readonly type: DocumentType;
  /** The form issued, if the document is issued then. */
  readonly form?: DocumentForm;
  readonly age: number;
  readonly collection: 'required' | 'guardian-consent' | 'not-collected' | 'exempt';
  readonly cite?: Citation;
  readonly unverified: boolean;
  readonly uncertain?: string;
  readonly reasons: readonly DocumentReason[];
}

/**
 * Whether fingerprints are taken when `type` is applied for on the acceptance date: by the
 * form issued there and then and the applicant's age on that date.
 *
 * @throws `ValidationError` listing every problem of the input (as `validityFor`;
 * `fingersUnavailable` must be a boolean).
 * @example
 * ```ts
 * fingerprintsFor({ view: policyAt(policy, '2012-05-15'), type: 'passport', birthDate: '1990-01-01', acceptedOn: '2012-05-15' }).collection; // 'required'
 * fingerprintsFor({ view: policyAt(policy, '2012-05-14'), type: 'passport', birthDate: '1990-01-01', acceptedOn: '2012-05-14' }).collection; // 'not-collected' (a booklet)
 * ```
 */
export function fingerprintsFor(input: FingerprintInput): FingerprintResult {
  const c = checkApplicationInput(input, { 'zh-CN': '指纹采集查询的输入无效', en: 'Invalid fingerprint input' }, { fingersUnavailable: booleanIssue });
  return fingerprintsOf(c.view, c.type, ageOnTrusted(c.birthDate, c.acceptedOn), c.extra['fingersUnavailable'] === true);
}

function booleanIssue(v: unknown, issues: Issue[]): void {
  if (typeof v !== 'boolean') issues.push(issue(['fingersUnavailable'], 'invalid-type', `expected true or false, got ${showValue(v)}`, `应为true或false，实际为${showValue(v)}`));
}

function fingerprintsOf(view: PolicyView, type: DocumentType, age: number, fingersUnavailable: boolean): FingerprintResult {
  const formResult = documentFormTrusted(view, type);
  const none = (reasons: DocumentReason[], unverified: boolean, form?: DocumentForm): FingerprintResult => {
    const base = { type, age, collection: 'not-collected' as const, unverified, reasons: [...reasons, reasonOf('document.fingerprints.not-collected', {})] };
    return form === undefined ? base : { ...base, form };
  };
  if (formResult.kind === 'not-issued') return none([...formResult.reasons], formResult.unverified);
  const { form } = formResult;
  if (type !== 'passport' && type !== 'hkmo-permit' && type !== 'taiwan-permit') return none([], formResult.unverified, form);
  const r = view.value(DOCUMENT_FINGERPRINT_TABLES[type]);
  const unverified = formResult.unverified || r.unverified;
  const rule = r.inForce ? r.value[form] : undefined;
  if (!r.inForce || rule === undefined) return none(withUnverified([], r.unverified, r.table), unverified, form);
  const over = age >= rule.threshold;
  const chosen = over ? rule.atOrOver : rule.under;
  const reasons: DocumentReason[] = [];
  if (chosen === 'not-collected') reasons.push(reasonOf('document.fingerprints.not-collected', {}, r.cite));
  else reasons.push(reasonOf(chosen === 'required' ? 'document.fingerprints.required' : 'document.fingerprints.guardian-consent', { age, threshold: rule.threshold }, r.cite));
  let collection: FingerprintResult['collection'] = chosen;
  if (fingersUnavailable && chosen !== 'not-collected') {
    collection = 'exempt';
    reasons.push(reasonOf('document.fingerprints.exempt', {}, r.cite));
  }
  const base = { type, form, age, collection, cite: r.cite, unverified, reasons: withUnverified(reasons, r.unverified, r.table) };
  return r.uncertain === undefined ? base : { ...base, uncertain: r.uncertain };
}
