/**
 * Which form of each document is issued on a date, and where: one value table per document
 * type, national, with local measures for the card pilots (Guangdong for the HK/Macau card,
 * Fujian for the Taiwan card). A local entry in force at the division, its prefecture or its
 * province wins over the national value.
 *
 * @module
 */
import type { Citation } from '../rules/citation.js';
import type { Period } from '../rules/period.js';
import type { PolicyView, RuleSource } from '../rules/policy-at.js';
import { type TableSpec, type ValueTableData, type ValueTableHead, valueTableHead, valueTableSpec } from '../rules/table.js';
import { DOCUMENT_TYPE_LABELS, type DocumentForm, type DocumentType, documentFormSchema } from './document-types.js';
import {
  cite,
  verbatim,
  LAW_EXIT_ENTRY_1985,
  LAW_PASSPORT,
  MPS_2012_EPASSPORT,
  MPS_2014_HKMO_CARD,
  MPS_2016_TAIWAN_CARD,
  MPS_2017_TAIWAN_CARD,
  REG_HKMO_1986,
  REG_TAIWAN_1991,
} from '../rules/instruments/index.js';
import { type DocumentReason, reasonOf } from './reasons.js';
import { deepFreeze } from '../rules/snapshot.js';
import type { Issue } from '../rules/errors.js';
import { documentTypeIssue, throwIfAny, viewIssue } from './checks.js';

/** Date through which the document tables are known to be true. @internal */
export const VERIFIED_THROUGH = '2025-11-30';

/* @__NO_SIDE_EFFECTS__ */ function formTable(type: DocumentType): ValueTableHead<DocumentForm> {
  const l = DOCUMENT_TYPE_LABELS[type];
  return valueTableHead<DocumentForm>({ id: `document.form.${type}`, label: { 'zh-CN': `${l['zh-CN']}签发形式`, en: `Form of the ${l.en}` }, continuous: true, local: true });
}

/**
 * The heads of the form tables, one per document type (`document.form.<type>`); local measures
 * may set them (their specs: {@link DOCUMENT_FORM_SPECS}).
 *
 * @example
 * ```ts
 * policyAt(policy, '2014-05-20', { division: '440100' }).value(DOCUMENT_FORM_TABLES['hkmo-permit']); // card
 * ```
 */
export const DOCUMENT_FORM_TABLES: Readonly<Record<DocumentType, ValueTableHead<DocumentForm>>> = /* @__PURE__ */ Object.freeze({
  passport: formTable('passport'),
  'hkmo-permit': formTable('hkmo-permit'),
  'taiwan-permit': formTable('taiwan-permit'),
  'taiwan-single-trip-permit': formTable('taiwan-single-trip-permit'),
  'exit-entry-permit': formTable('exit-entry-permit'),
  'hkmo-one-way-permit': formTable('hkmo-one-way-permit'),
});

/**
 * The specs of the form tables: each head with the schema of a form (validation reads them).
 *
 * @example
 * ```ts
 * DOCUMENT_FORM_SPECS.map((t) => t.id).includes('document.form.passport'); // true
 * ```
 */
export const DOCUMENT_FORM_SPECS: readonly TableSpec[] = /* @__PURE__ */ (() => Object.values(DOCUMENT_FORM_TABLES).map((h) => valueTableSpec(h, documentFormSchema) as TableSpec))();

const v = (entries: ValueTableData<DocumentForm>['entries']): ValueTableData<DocumentForm> => ({ kind: 'value', verifiedThrough: VERIFIED_THROUGH, entries });

/**
 * National data of the form tables.
 *
 * @example
 * ```ts
 * DOCUMENT_FORM_NATIONAL['document.form.passport']?.kind; // 'value'
 * ```
 */
export const DOCUMENT_FORM_NATIONAL: Readonly<Record<string, ValueTableData<DocumentForm>>> = /* @__PURE__ */ deepFreeze({
  'document.form.passport': /* @__PURE__ */ v([
    { from: '1986-02-01', to: '2012-05-14', value: 'booklet', cite: /* @__PURE__ */ cite(LAW_EXIT_ENTRY_1985, { article: '第二条', note: 'Citizens exit and enter on a valid passport; the booklet was the only form before the e-passport.' }) },
    { from: '2012-05-15', value: 'electronic-booklet', cite: /* @__PURE__ */ cite(MPS_2012_EPASSPORT) },
  ]),
  'document.form.hkmo-permit': /* @__PURE__ */ v([
    { from: '1986-12-25', to: '2014-09-14', value: 'booklet', cite: /* @__PURE__ */ cite(REG_HKMO_1986, { article: '第三条、第二十二条' }) },
    { from: '2014-09-15', value: 'card', cite: /* @__PURE__ */ cite(MPS_2014_HKMO_CARD) },
  ]),
  'document.form.taiwan-permit': /* @__PURE__ */ v([
    { from: '1992-05-01', to: '2017-04-23', value: 'booklet', cite: /* @__PURE__ */ cite(REG_TAIWAN_1991) },
    { from: '2017-04-24', value: 'card', cite: /* @__PURE__ */ cite(MPS_2017_TAIWAN_CARD) },
  ]),
  'document.form.taiwan-single-trip-permit': /* @__PURE__ */ v([
    {
      from: '1992-05-01',
      value: 'paper',
      cite: /* @__PURE__ */ cite(REG_TAIWAN_1991),
      uncertain: 'The single-trip Taiwan permit is known only from secondary sources (wiki mirror: 3 months, 15 yuan); its first issue date and its instrument were not seen.',
    },
  ]),
  'document.form.exit-entry-permit': /* @__PURE__ */ v([
    {
      from: '2007-01-01',
      value: 'paper',
      cite: /* @__PURE__ */ cite(LAW_PASSPORT, { article: '第二十四条' }),
      uncertain: 'The permit existed before 2007 (入出境通行证); the table starts with the Passport Law. Form taken from FACTS §1.1, not from an official specimen.',
    },
  ]),
  'document.form.hkmo-one-way-permit': /* @__PURE__ */ v([{ from: '1986-12-25', value: 'paper', cite: /* @__PURE__ */ cite(REG_HKMO_1986, { article: '第三条、第二十二条' }) }]),
});

/**
 * Local measures of the form tables, by GB/T 2260 division: Guangdong (440000) issued the
 * HK/Macau card from 2014-05-20; Fujian (350000) the Taiwan card from 2016-12-26.
 *
 * @example
 * ```ts
 * Object.keys(DOCUMENT_FORM_LOCAL); // ['440000', '350000']
 * ```
 */
export const DOCUMENT_FORM_LOCAL: Readonly<Record<string, Readonly<Record<string, ValueTableData<DocumentForm>>>>> = /* @__PURE__ */ deepFreeze({
  '440000': {
    'document.form.hkmo-permit': /* @__PURE__ */ v([
      {
        from: '2014-05-20',
        to: '2014-09-14',
        value: 'card',
        cite: /* @__PURE__ */ cite(MPS_2014_HKMO_CARD, { quote: /* @__PURE__ */ verbatim('广东省公安机关出入境管理部门自2014年5月20日起开始试点签发电子往来港澳通行证'), note: 'MPS website, as reprinted.' }),
        uncertain: 'Whether Guangdong offices still issued booklets to some applicants during the pilot is not stated.',
      },
    ]),
  },
  '350000': {
    'document.form.taiwan-permit': /* @__PURE__ */ v([
      { from: '2016-12-26', to: '2017-04-23', value: 'card', cite: /* @__PURE__ */ cite(MPS_2016_TAIWAN_CARD, { article: '第七项', quote: /* @__PURE__ */ verbatim('福建省公安机关自2016年12月26日起开始试点受理新版通行证的申请，同时停止受理现行本式往来台湾通行证的申请。') }) },
    ]),
  },
});

/**
 * What {@link documentFormAt} returns: the form issued (with the entry that sets it), or that
 * the document is not issued then.
 *
 * @example
 * ```ts
 * const r: DocumentFormResult = documentFormAt(view, 'passport');
 * if (r.kind === 'issued') console.log(r.form, r.cite.title);
 * ```
 */
export type DocumentFormResult =
  | {
      readonly kind: 'issued';
      readonly type: DocumentType;
      readonly form: DocumentForm;
      readonly cite: Citation;
      readonly period: Period;
      readonly source: RuleSource;
      readonly unverified: boolean;
      readonly uncertain?: string;
      readonly reasons: readonly DocumentReason[];
    }
  | {
      readonly kind: 'not-issued';
      readonly type: DocumentType;
      /** `not-yet`: before the first entry; `ended`: the document was discontinued; `gap`: between entries. */
      readonly why: 'not-yet' | 'ended' | 'gap';
      readonly unverified: boolean;
      readonly reasons: readonly DocumentReason[];
    };

/**
 * The form of `type` issued on the view's date at the view's division (a local pilot wins
 * while it is in force).
 *
 * @throws `ValidationError` listing every problem (a `view` that is not a `PolicyView`, a
 * `type` that is not a document type); `UnverifiedDateError` after the table's verified date,
 * unless the view flags instead.
 * @example
 * ```ts
 * documentFormAt(policyAt(policy, '2014-05-20', { division: '440100' }), 'hkmo-permit').form; // 'card' (Guangdong pilot)
 * documentFormAt(policyAt(policy, '2014-05-20', { division: '110100' }), 'hkmo-permit').form; // 'booklet'
 * ```
 */
export function documentFormAt(view: PolicyView, type: DocumentType): DocumentFormResult {
  const issues: Issue[] = [];
  viewIssue(view, ['view'], issues);
  documentTypeIssue(type, ['type'], issues);
  throwIfAny(issues, { 'zh-CN': '证件形式查询的输入无效', en: 'Invalid document form input' });
  return documentFormTrusted(view, type);
}

/**
 * The trusted core of {@link documentFormAt}: the same result for a view and a document type,
 * unchecked. The form depends on the type and the table alone, not the date: shared by the
 * days whose rule is the same (`view.tracked`; frozen).
 *
 * @internal
 * @example
 * ```ts
 * documentFormTrusted(view, 'passport').kind; // 'issued'
 * ```
 */
export function documentFormTrusted(view: PolicyView, type: DocumentType): DocumentFormResult {
  return view.tracked(['document-form', type], (v) => deepFreeze(formAt(v, type, DOCUMENT_FORM_TABLES[type])));
}

function formAt(view: PolicyView, type: DocumentType, spec: ValueTableHead<DocumentForm>): DocumentFormResult {
  const r = view.value(spec);
  if (!r.inForce) {
    const reasons = [r.cite ? reasonOf('document.form.not-issued', {}, r.cite) : reasonOf('document.form.not-issued', {})];
    return { kind: 'not-issued', type, why: r.reason, unverified: r.unverified, reasons: withUnverified(reasons, r.unverified, r.table) };
  }
  const reasons: DocumentReason[] = [reasonOf(`document.form.${r.value}`, {}, r.cite)];
  if (r.source.level === 'local') reasons.push(reasonOf('document.form.local-measure', { division: r.source.division }, r.cite));
  const base = { kind: 'issued' as const, type, form: r.value, cite: r.cite, period: r.period, source: r.source, unverified: r.unverified, reasons: withUnverified(reasons, r.unverified, r.table) };
  return r.uncertain === undefined ? base : { ...base, uncertain: r.uncertain };
}

/** Appends the "not verified" reason when a lookup ran past a table's verified date. @internal */
export function withUnverified(reasons: DocumentReason[], unverified: boolean, table: string): DocumentReason[] {
  if (unverified) reasons.push(reasonOf('document.unverified', { table }));
  return reasons;
}

