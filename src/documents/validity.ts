/**
 * How long a document is valid: one value table per document type, whose value gives the rule
 * for each form (a booklet and a card of the same permit were valid for different terms), and
 * {@link validityFor}, which applies it to an applicant on the acceptance date.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { type Issue, type LocalizedText, showValue } from '../rules/errors.js';
import type { Period } from '../rules/period.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type ValueTableData, type ValueTableSpec, defineValueTable } from '../rules/table.js';
import { ageOn, ageOnTrusted } from './age.js';
import { dateIssue, documentTypeIssue, issue, objectIssues, own, throwIfAny, viewIssue } from './checks.js';
import { DOCUMENT_TYPE_LABELS, type DocumentForm, type DocumentType } from './document-types.js';
import { VERIFIED_THROUGH, documentFormTrusted, withUnverified } from './document-form.js';
import { type Term, expiryDate } from './expiry-date.js';
import {
  cite,
  verbatim,
  LAW_PASSPORT,
  MPS_2014_HKMO_CARD,
  MPS_2016_TAIWAN_CARD,
  REG_HKMO_1986,
  REG_IMPLEMENTING_RULES_1986,
  REG_IMPLEMENTING_RULES_1994,
  REG_TAIWAN_1991,
  REG_TAIWAN_2015_REVISION,
} from '../rules/instruments/index.js';
import { type DocumentReason, reasonOf } from './reasons.js';
import { deepFreeze } from '../rules/snapshot.js';

const count = /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.positive());

/**
 * Schema of a {@link Term}: `{ years }` or `{ months }`.
 *
 * @example
 * ```ts
 * termSchema.parse({ months: 3 });
 * ```
 */
export const termSchema = /* @__PURE__ */ z.union([/* @__PURE__ */ z.strictObject({ years: count }), /* @__PURE__ */ z.strictObject({ months: count })]);

/**
 * Schema of a {@link ValidityRule}.
 *
 * @example
 * ```ts
 * validityRuleSchema.parse({ basis: 'age', threshold: 16, underYears: 5, atOrOverYears: 10 });
 * ```
 */
export const validityRuleSchema = /* @__PURE__ */ z.discriminatedUnion('basis', [
  /* @__PURE__ */ z.strictObject({ basis: /* @__PURE__ */ z.literal('fixed'), term: termSchema, extension: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ times: count, maxYears: count })) }),
  /* @__PURE__ */ z.strictObject({ basis: /* @__PURE__ */ z.literal('age'), threshold: count, underYears: count, atOrOverYears: count }),
  /* @__PURE__ */ z.strictObject({ basis: /* @__PURE__ */ z.literal('variant'), variants: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^[a-z][a-z-]*$/, 'a lower-case variant name')), /* @__PURE__ */ z.strictObject({ months: count })) }),
]);

/**
 * The validity rule of one form of a document:
 * - `fixed`: one term for everyone, possibly extendable (`extension`: how many times, by how
 *   many years at most each);
 * - `age`: `underYears` for applicants under `threshold` on the acceptance date,
 *   `atOrOverYears` from their `threshold`-th birthday on;
 * - `variant`: a term per kind of document (e.g. one-time or multiple-entry).
 *
 * @example
 * ```ts
 * const r: ValidityRule = { basis: 'fixed', term: { years: 5 }, extension: { times: 2, maxYears: 5 } };
 * ```
 */
export type ValidityRule = z.infer<typeof validityRuleSchema>;

/**
 * Schema of {@link ValidityByForm}.
 *
 * @example
 * ```ts
 * validityByFormSchema.parse({ paper: { basis: 'fixed', term: { months: 3 } } });
 * ```
 */
export const validityByFormSchema = /* @__PURE__ */ z.strictObject({ booklet: /* @__PURE__ */ z.optional(validityRuleSchema), 'electronic-booklet': /* @__PURE__ */ z.optional(validityRuleSchema), card: /* @__PURE__ */ z.optional(validityRuleSchema), paper: /* @__PURE__ */ z.optional(validityRuleSchema) }).check(/* @__PURE__ */ z.refine((o) => Object.values(o).some((r) => r !== undefined), 'give the rule of at least one form'));

/**
 * The value of a validity table: the rule of each form issued in the period.
 *
 * @example
 * ```ts
 * const v: ValidityByForm = { booklet: { basis: 'fixed', term: { years: 5 } } };
 * ```
 */
export type ValidityByForm = z.infer<typeof validityByFormSchema>;

/**
 * Document types whose validity is modelled (all but the one-way permit).
 *
 * @example
 * ```ts
 * const t: ValidityDocumentType = 'exit-entry-permit';
 * ```
 */
export type ValidityDocumentType = Exclude<DocumentType, 'hkmo-one-way-permit'>;

function validityTable(type: ValidityDocumentType): ValueTableSpec<ValidityByForm> {
  const l = DOCUMENT_TYPE_LABELS[type];
  return defineValueTable({ id: `document.validity.${type}`, label: { 'zh-CN': `${l['zh-CN']}有效期`, en: `Validity of the ${l.en}` }, value: validityByFormSchema, continuous: true });
}

/**
 * The validity tables (`document.validity.<type>`), national only. The one-way permit
 * (前往港澳通行证, valid for one use) has none.
 *
 * @example
 * ```ts
 * DOCUMENT_VALIDITY_TABLES.passport.id; // 'document.validity.passport'
 * ```
 */
export const DOCUMENT_VALIDITY_TABLES: Readonly<Record<ValidityDocumentType, ValueTableSpec<ValidityByForm>>> = Object.freeze({
  passport: validityTable('passport'),
  'hkmo-permit': validityTable('hkmo-permit'),
  'taiwan-permit': validityTable('taiwan-permit'),
  'taiwan-single-trip-permit': validityTable('taiwan-single-trip-permit'),
  'exit-entry-permit': validityTable('exit-entry-permit'),
});

const fiveExtendable: ValidityRule = { basis: 'fixed', term: { years: 5 }, extension: { times: 2, maxYears: 5 } };
const fiveYears: ValidityRule = { basis: 'fixed', term: { years: 5 } };
const by16: ValidityRule = { basis: 'age', threshold: 16, underYears: 5, atOrOverYears: 10 };
const v = (entries: ValueTableData<ValidityByForm>['entries']): ValueTableData<ValidityByForm> => ({ kind: 'value', verifiedThrough: VERIFIED_THROUGH, entries });

const TAIWAN_BOOKLET_PRACTICE =
  'The 2015 revision (国务院令第661号, art. 24) sets 10 years for the 大陆居民往来台湾通行证, but the MPS announcement of 2016-12-20 says the adult card\'s validity is "extended to 10 years" and under-16s "still" get 5: booklets stayed at 5 years in practice, the better-supported reading encoded here. The statutory reading is a change: { op: "set", table: "document.validity.taiwan-permit", from: "2015-07-01", to: "2016-12-25", value: { booklet: { basis: "fixed", term: { years: 10 } } } } (and from 2016-12-26 the same booklet rule beside the card rule).';

/**
 * National data of the validity tables.
 *
 * @example
 * ```ts
 * DOCUMENT_VALIDITY_NATIONAL['document.validity.passport']?.entries.length; // 3
 * ```
 */
export const DOCUMENT_VALIDITY_NATIONAL: Readonly<Record<string, ValueTableData<ValidityByForm>>> = deepFreeze({
  'document.validity.passport': v([
    {
      from: '1986-12-26',
      to: '1994-07-14',
      value: { booklet: fiveExtendable },
      cite: cite(REG_IMPLEMENTING_RULES_1986),
      uncertain: 'The 1986 text of the 实施细则 was not seen; the value is that of art. 17 of the 1994 revision, described by the MPS in 2006 as the long-standing rule.',
    },
    { from: '1994-07-15', to: '2006-12-31', value: { booklet: fiveExtendable }, cite: cite(REG_IMPLEMENTING_RULES_1994, { article: '第十七条' }) },
    { from: '2007-01-01', value: { booklet: by16, 'electronic-booklet': by16 }, cite: cite(LAW_PASSPORT, { article: '第七条', quote: verbatim('普通护照的有效期为：护照持有人未满十六周岁的五年，十六周岁以上的十年。'), note: 'Extension was abolished.' }) },
  ]),
  'document.validity.hkmo-permit': v([
    { from: '1986-12-25', to: '2014-05-19', value: { booklet: fiveExtendable }, cite: cite(REG_HKMO_1986, { article: '第二十二条', quote: verbatim('往来港澳通行证有效期5年，可以延期二次，每次不超过5年。') }) },
    {
      from: '2014-05-20',
      value: { booklet: fiveExtendable, card: by16 },
      cite: cite(MPS_2014_HKMO_CARD, { quote: verbatim('从5年延长为10年'), note: 'Card from the Guangdong pilot (2014-05-20): adults 10 years, under 16 still 5. Booklet rule unchanged (1986 办法 art. 22).' }),
      uncertain: 'Whether booklet extensions were still granted after the card came in was not verified.',
    },
  ]),
  'document.validity.taiwan-permit': v([
    {
      from: '1992-05-01',
      to: '2015-06-30',
      value: { booklet: fiveYears },
      cite: cite(REG_TAIWAN_1991, { article: '第二十七条' }),
      uncertain: 'The original art. 27 was not seen (661号 rewrote it). 5 years before 2015-07-01 is confirmed by guides (「从2015年7月1日起…有效期由原来的五年改为10年」, bbbaike 925076) and the 2016 MPS announcement ("延长为10年"); a Matsu News report of 2004-02-12 says the MPS then relaxed the term of the mainland residents\' permit, so the term before 2004 may have been shorter.',
    },
    { from: '2015-07-01', to: '2016-12-25', value: { booklet: fiveYears }, cite: cite(REG_TAIWAN_2015_REVISION, { article: '第九项（办法第二十四条）' }), uncertain: TAIWAN_BOOKLET_PRACTICE },
    { from: '2016-12-26', value: { booklet: fiveYears, card: by16 }, cite: cite(MPS_2016_TAIWAN_CARD, { article: '第四项' }), uncertain: TAIWAN_BOOKLET_PRACTICE },
  ]),
  'document.validity.taiwan-single-trip-permit': v([
    {
      from: '1992-05-01',
      value: { paper: { basis: 'fixed', term: { months: 3 } } },
      cite: cite(REG_TAIWAN_1991),
      uncertain: '3 months is known only from a wiki mirror (FACTS S87); no instrument seen.',
    },
  ]),
  'document.validity.exit-entry-permit': v([
    {
      from: '2007-01-01',
      value: { paper: { basis: 'variant', variants: { 'one-time': { months: 3 }, multiple: { months: 12 } } } },
      cite: cite(LAW_PASSPORT, { article: '第二十四条' }),
      uncertain: 'One-time (3 months?) and one-year multiple-entry variants: the one-year multiple permit is named in NIA measures of 2023; the one-time term was not confirmed by any instrument.',
    },
  ]),
});

/**
 * Input of {@link validityFor}: the policy view at the acceptance date (and office), the
 * document, the applicant's birth date, the acceptance date (must be the view's date) and, for
 * documents issued in several kinds, which kind.
 *
 * @example
 * ```ts
 * const input: ValidityInput = { view, type: 'passport', birthDate: '2009-06-01', acceptedOn: '2025-06-01' };
 * ```
 */
export interface ValidityInput {
  readonly view: PolicyView;
  readonly type: DocumentType;
  readonly birthDate: CivilDate;
  readonly acceptedOn: CivilDate;
  readonly variant?: string;
}

/**
 * Which rule applied: a fixed term, the under-threshold or at-or-over-threshold term of an
 * age rule, or a variant's term.
 *
 * @example
 * ```ts
 * const a: ValidityApplied = 'at-or-over-threshold';
 * ```
 */
export type ValidityApplied = 'fixed' | 'under-threshold' | 'at-or-over-threshold' | 'variant';

/**
 * What {@link validityFor} returns.
 *
 * @example
 * ```ts
 * const r: ValidityResult = validityFor({ view, type: 'passport', birthDate: '2009-06-01', acceptedOn: '2025-06-01' });
 * if (r.kind === 'validity') console.log(r.years, r.expiry);
 * ```
 */
export type ValidityResult =
  | {
      readonly kind: 'validity';
      readonly type: DocumentType;
      readonly form: DocumentForm;
      readonly applied: ValidityApplied;
      readonly age: number;
      readonly term: Term;
      /** The term in months (a 10-year document: 120). */
      readonly months: number;
      /** The term in years (0.25 for a 3-month document). */
      readonly years: number;
      readonly variant?: string;
      /** `null` when the document cannot be extended. */
      readonly extension: { readonly times: number; readonly maxYears: number } | null;
      /** The issue date assumed: the acceptance date. */
      readonly issued: CivilDate;
      readonly expiry: CivilDate;
      /** The validity entry's period. */
      readonly period: Period;
      readonly cites: readonly Citation[];
      readonly unverified: boolean;
      readonly uncertain: readonly string[];
      readonly reasons: readonly DocumentReason[];
    }
  | { readonly kind: 'not-issued'; readonly type: DocumentType; readonly unverified: boolean; readonly reasons: readonly DocumentReason[] }
  | { readonly kind: 'no-rule'; readonly type: DocumentType; readonly form?: DocumentForm; readonly unverified: boolean; readonly reasons: readonly DocumentReason[] }
  | { readonly kind: 'variant-required'; readonly type: DocumentType; readonly form: DocumentForm; readonly variants: readonly string[]; readonly unverified: boolean; readonly reasons: readonly DocumentReason[] };

/**
 * The common input of the applicant-level functions, checked: a plain object with a view, a
 * document type, civil dates with `acceptedOn` the view's date and not before `birthDate`, and
 * the function's own fields (`extra`: name → check, run when the field is present); any other
 * key is a problem. Throws one error listing every problem; returns the fields read (own data
 * properties only). @internal
 */
export function checkApplicationInput(
  input: unknown,
  title: LocalizedText,
  extra: Readonly<Record<string, (value: unknown, issues: Issue[]) => void>> = {},
): { readonly view: PolicyView; readonly type: DocumentType; readonly birthDate: CivilDate; readonly acceptedOn: CivilDate; readonly extra: Readonly<Record<string, unknown>> } {
  const issues: Issue[] = [];
  if (!objectIssues(input, [], ['view', 'type', 'birthDate', 'acceptedOn', ...Object.keys(extra)], issues)) throwIfAny(issues, title);
  const o = input as object;
  const [view, type, birthDate, acceptedOn] = [own(o, 'view'), own(o, 'type'), own(o, 'birthDate'), own(o, 'acceptedOn')];
  const isView = viewIssue(view, ['view'], issues);
  documentTypeIssue(type, ['type'], issues);
  const born = dateIssue(birthDate, ['birthDate'], issues);
  if (dateIssue(acceptedOn, ['acceptedOn'], issues)) {
    if (isView && acceptedOn !== view.date) {
      issues.push(issue(['acceptedOn'], 'date-mismatch', `acceptedOn ${acceptedOn} is not the view's date ${view.date}: evaluate the policy at the acceptance date`, `受理日期${acceptedOn}与视图日期${view.date}不符：应使用受理日期的政策视图`));
    }
    if (born && acceptedOn < birthDate) issues.push(issue(['acceptedOn'], 'before-birth', `${acceptedOn} is before the birth date ${birthDate}`, `${acceptedOn}早于出生日期${birthDate}`));
  }
  const values: Record<string, unknown> = {};
  for (const [k, check] of Object.entries(extra)) {
    const v = own(o, k);
    if (v !== undefined) check(v, issues);
    values[k] = v;
  }
  throwIfAny(issues, title);
  return { view: view as PolicyView, type: type as DocumentType, birthDate: birthDate as CivilDate, acceptedOn: acceptedOn as CivilDate, extra: values };
}

/** A variant name: lower-case letters and hyphens, at most 64 characters. */
const VARIANT = /^[a-z][a-z-]{0,63}$/;

function variantIssue(v: unknown, issues: Issue[]): void {
  if (typeof v !== 'string' || !VARIANT.test(v)) {
    issues.push(issue(['variant'], 'invalid-variant', `expected a variant name (lower-case letters and hyphens, at most 64), got ${showValue(v)}`, `应为证件种类名称（小写字母和连字符，最多64个字符），实际为${showValue(v)}`));
  }
}

function termReason(term: Term, cite: Citation): DocumentReason {
  return 'years' in term ? reasonOf('document.validity.fixed', { years: term.years }, cite) : reasonOf('document.validity.fixed-months', { months: term.months }, cite);
}

/**
 * The validity of `type` issued on the acceptance date to an applicant born on `birthDate`:
 * the form issued there and then, the term (by age where the rule depends on it, age counted
 * on the acceptance date), whether it can be extended, the printed expiry for an issue on the
 * acceptance date ({@link expiryDate}), the reasons and their citations.
 *
 * @throws `ValidationError` listing every problem of the input (not an object, unknown keys, a
 * bad view, type or date, an `acceptedOn` other than the view's date or before the birth date, a
 * malformed variant name); `UnverifiedDateError` past a table's verified date unless the view
 * flags instead.
 * @example
 * ```ts
 * const view = policyAt(policy, '2025-06-01');
 * const r = validityFor({ view, type: 'passport', birthDate: '2009-06-01', acceptedOn: '2025-06-01' });
 * r.kind === 'validity' && r.years;  // 10: sixteen on the acceptance date (护照法 art. 7)
 * r.kind === 'validity' && r.expiry; // '2035-05-31'
 * ```
 */
export function validityFor(input: ValidityInput): ValidityResult {
  const c = checkApplicationInput(input, { 'zh-CN': '有效期查询的输入无效', en: 'Invalid validity input' }, { variant: variantIssue });
  const variant = c.extra['variant'] as string | undefined;
  return validityForTrusted({ view: c.view, type: c.type, birthDate: c.birthDate, acceptedOn: c.acceptedOn, ...(variant === undefined ? {} : { variant }) });
}

/**
 * The trusted core of {@link validityFor}: the same result for an input that passes its
 * checks (a view, a document type, civil dates, `acceptedOn` the view's date), without
 * checking them. The result depends on the view, the type, the age on the acceptance date and
 * the variant: it is computed once per view for each of these and shared (frozen).
 *
 * @throws `ValidationError` when the acceptance date is before the birth date (as `ageOn`).
 * @internal
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100', beyondVerified: 'flag' });
 * validityForTrusted({ view, type: 'hkmo-permit', birthDate: '1990-03-15', acceptedOn: '2025-01-24' }).kind; // 'validity' (card, 10 years)
 * ```
 */
export function validityForTrusted(input: ValidityInput): ValidityResult {
  const { view, type, birthDate, acceptedOn, variant } = input;
  const age = birthDate <= acceptedOn ? ageOnTrusted(birthDate, acceptedOn) : ageOn(birthDate, acceptedOn);
  // acceptedOn is the view's date: the key names the other inputs (type, age, variant; the variant last, it is free text).
  // What the rules decide is shared by every view whose rules read the same (view.tracked); only the dates are per day.
  return view.memo(['validity', type, age, variant], () => onDate(view.tracked(['validity.plan', type, age, variant], (v) => deepFreeze(validityPlan(v, type, age, variant))), acceptedOn));
}

type DatedValidity = Extract<ValidityResult, { kind: 'validity' }>;

/**
 * A validity decision without the acceptance date's parts: a result of another kind as it is,
 * or a validity without its issue and expiry dates, whose reasons lack the expiry reason (it
 * goes at `expiryAt`).
 */
type ValidityPlan = Exclude<ValidityResult, { kind: 'validity' }> | { readonly kind: 'dated'; readonly result: Omit<DatedValidity, 'issued' | 'expiry'>; readonly expiryAt: number };

/** The decision of a plan for an acceptance on `acceptedOn` (frozen). */
function onDate(plan: ValidityPlan, acceptedOn: CivilDate): ValidityResult {
  if (plan.kind !== 'dated') return plan;
  const { result: r, expiryAt } = plan;
  const expiry = expiryDate(acceptedOn, r.term);
  const reasons = [...r.reasons.slice(0, expiryAt), reasonOf('document.validity.expiry', { issued: acceptedOn, expiry }), ...r.reasons.slice(expiryAt)];
  const { kind, type, form, applied, age, term, months, years, extension, period, cites, unverified, uncertain, variant } = r;
  // the plan's parts are deeply frozen and the expiry reason is frozen (reasonOf): only the new arrays and object need freezing
  const result: DatedValidity = { kind, type, form, applied, age, term, months, years, extension, issued: acceptedOn, expiry, period, cites, unverified, uncertain, reasons: Object.freeze(reasons) };
  return Object.freeze(variant === undefined ? result : { ...result, variant });
}

/** What the rules of the view decide for the type, age and variant, the acceptance date aside (it reads the view only through `view`). */
function validityPlan(view: PolicyView, type: DocumentType, age: number, wanted: string | undefined): ValidityPlan {
  const formResult = documentFormTrusted(view, type);
  if (formResult.kind === 'not-issued') return { kind: 'not-issued', type, unverified: formResult.unverified, reasons: formResult.reasons };
  const { form } = formResult;
  if (type === 'hkmo-one-way-permit') return { kind: 'no-rule', type, form, unverified: formResult.unverified, reasons: [reasonOf('document.validity.not-modelled', {})] };
  const r = view.value(DOCUMENT_VALIDITY_TABLES[type]);
  const unverified = formResult.unverified || r.unverified;
  const rule = r.inForce ? r.value[form] : undefined;
  if (!r.inForce || rule === undefined) {
    const reasons = withUnverified([reasonOf('document.validity.no-rule', { form })], r.unverified, r.table);
    return { kind: 'no-rule', type, form, unverified, reasons };
  }
  const cites = [formResult.cite, r.cite];
  const uncertain = [formResult.uncertain, r.uncertain].filter((u): u is string => u !== undefined);
  const reasons: DocumentReason[] = [...formResult.reasons];
  let term: Term;
  let applied: ValidityApplied;
  let variant: string | undefined;
  if (rule.basis === 'fixed') {
    term = rule.term;
    applied = 'fixed';
    reasons.push(termReason(term, r.cite));
  } else if (rule.basis === 'age') {
    const over = age >= rule.threshold;
    term = { years: over ? rule.atOrOverYears : rule.underYears };
    applied = over ? 'at-or-over-threshold' : 'under-threshold';
    reasons.push(reasonOf(over ? 'document.validity.adult' : 'document.validity.minor', { age, threshold: rule.threshold, years: term.years }, r.cite));
  } else {
    const names = Object.keys(rule.variants);
    // variant names are data: never a lookup through the prototype
    const chosen = wanted !== undefined && Object.hasOwn(rule.variants, wanted) ? rule.variants[wanted] : undefined;
    if (chosen === undefined) {
      reasons.push(reasonOf('document.validity.variant-required', { variants: names.join(', ') }, r.cite));
      return { kind: 'variant-required', type, form, variants: names, unverified, reasons: withUnverified(reasons, r.unverified, r.table) };
    }
    variant = wanted;
    term = { months: chosen.months };
    applied = 'variant';
    reasons.push(reasonOf('document.validity.variant', { variant: wanted as string, months: chosen.months }, r.cite));
  }
  const extension = rule.basis === 'fixed' && rule.extension ? { times: rule.extension.times, maxYears: rule.extension.maxYears } : null;
  reasons.push(extension ? reasonOf('document.validity.extendable', { times: extension.times, maxYears: extension.maxYears }, r.cite) : reasonOf('document.validity.not-extendable', {}, r.cite));
  const expiryAt = reasons.length;
  const months = 'years' in term ? term.years * 12 : term.months;
  const result = {
    kind: 'validity' as const,
    type,
    form,
    applied,
    age,
    term,
    months,
    years: months / 12,
    extension,
    period: r.period,
    cites,
    unverified,
    uncertain,
    reasons: withUnverified(reasons, r.unverified, r.table),
  };
  return { kind: 'dated', result: variant === undefined ? result : { ...result, variant }, expiryAt };
}
