/**
 * Reason codes of the document rules, with zh-CN and English templates. Every decision of
 * `src/documents` returns reasons from this catalogue; render them with `renderReason`.
 *
 * @module
 */
import { type Citation, citationSchema } from '../rules/citation.js';
import { type Issue, maskResidentIds, showValue } from '../rules/errors.js';
import { defineReasons } from '../rules/reasons.js';
import { deepFreeze, snapshot } from '../rules/snapshot.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { isPlainObject, issue, own, throwIfAny } from './checks.js';

/**
 * The document reason catalogue: code → parameters and templates.
 *
 * @example
 * ```ts
 * renderReason({ code: 'document.validity.minor', params: { age: 15, threshold: 16, years: 5 } }, 'en', DOCUMENT_REASONS);
 * // 'Aged 15 on the acceptance date, under 16: valid for 5 years'
 * ```
 */
export const DOCUMENT_REASONS = /* @__PURE__ */ deepFreeze(defineReasons({
  // which form is issued
  'document.form.booklet': { params: [], 'zh-CN': '签发本式证件', en: 'Issued as a booklet' },
  'document.form.electronic-booklet': { params: [], 'zh-CN': '签发内嵌芯片的电子本式证件', en: 'Issued as an electronic booklet with a chip' },
  'document.form.card': { params: [], 'zh-CN': '签发卡式电子证件', en: 'Issued as an electronic card' },
  'document.form.paper': { params: [], 'zh-CN': '签发纸质证件', en: 'Issued on paper' },
  'document.form.local-measure': { params: ['division'], 'zh-CN': '适用行政区划{division}的地方措施（试点）', en: 'Under the local measure (pilot) of division {division}' },
  'document.form.not-issued': { params: [], 'zh-CN': '该日期不签发此类证件', en: 'This document is not issued on that date' },

  // validity
  'document.validity.minor': { params: ['age', 'threshold', 'years'], 'zh-CN': '受理时{age}周岁，未满{threshold}周岁：有效期{years}年', en: 'Aged {age} on the acceptance date, under {threshold}: valid for {years} years' },
  'document.validity.adult': { params: ['age', 'threshold', 'years'], 'zh-CN': '受理时{age}周岁，已满{threshold}周岁：有效期{years}年', en: 'Aged {age} on the acceptance date, {threshold} or over: valid for {years} years' },
  'document.validity.fixed': { params: ['years'], 'zh-CN': '有效期{years}年', en: 'Valid for {years} years' },
  'document.validity.fixed-months': { params: ['months'], 'zh-CN': '有效期{months}个月', en: 'Valid for {months} months' },
  'document.validity.variant': { params: ['variant', 'months'], 'zh-CN': '{variant}证件有效期{months}个月', en: 'A {variant} permit is valid for {months} months' },
  'document.validity.variant-required': { params: ['variants'], 'zh-CN': '该证件分为以下种类，须指明申请哪一种：{variants}', en: 'This document comes in several kinds; say which is applied for: {variants}' },
  'document.validity.extendable': { params: ['times', 'maxYears'], 'zh-CN': '可以延期{times}次，每次不超过{maxYears}年', en: 'May be extended {times} times, by up to {maxYears} years each' },
  'document.validity.not-extendable': { params: [], 'zh-CN': '不办理延期，期满换发', en: 'Cannot be extended; renewed on expiry' },
  'document.validity.expiry': { params: ['issued', 'expiry'], 'zh-CN': '{issued}签发的，有效期至{expiry}（届满周年日的前一日）', en: 'Issued on {issued}, valid through {expiry} (the day before the anniversary)' },
  'document.validity.no-rule': { params: ['form'], 'zh-CN': '该日期没有{form}形式证件的有效期规则', en: 'No validity rule for the {form} form on that date' },
  'document.validity.not-modelled': { params: [], 'zh-CN': '尚未收录此类证件的有效期规则', en: 'The validity of this document is not modelled' },

  // fingerprints
  'document.fingerprints.required': { params: ['age', 'threshold'], 'zh-CN': '受理时{age}周岁，已满{threshold}周岁：应当现场采集指纹', en: 'Aged {age} on the acceptance date, {threshold} or over: fingerprints are taken at acceptance' },
  'document.fingerprints.guardian-consent': { params: ['age', 'threshold'], 'zh-CN': '受理时{age}周岁，未满{threshold}周岁：监护人同意的，可以采集指纹', en: 'Aged {age} on the acceptance date, under {threshold}: fingerprints are taken only with the guardian’s consent' },
  'document.fingerprints.not-collected': { params: [], 'zh-CN': '该证件不采集指纹', en: 'No fingerprints are taken for this document' },
  'document.fingerprints.exempt': { params: [], 'zh-CN': '因指纹缺失、损坏无法按捺指纹的，可以不采集', en: 'Fingers missing or damaged: fingerprints may be skipped' },

  // renewal and replacement grounds
  'document.grounds.not-modelled': { params: [], 'zh-CN': '尚未收录此类证件的换发、补发情形', en: 'Renewal and replacement grounds of this document are not modelled' },

  // document refusals (decided at issuance)
  'document.refusal.not-prc-national': { params: [], 'zh-CN': '不具有中华人民共和国国籍：不予签发', en: 'Not a national of the People’s Republic of China: no document' },
  'document.refusal.identity-unproven': { params: [], 'zh-CN': '无法证明身份：不予签发', en: 'Identity cannot be proven: no document' },
  'document.refusal.fraud': { params: [], 'zh-CN': '在申请过程中弄虚作假：不予签发', en: 'Fraud in the application: no document' },
  'document.refusal.serving-sentence': { params: [], 'zh-CN': '被判处刑罚正在服刑：不予签发', en: 'Serving a criminal sentence: no document' },
  'document.refusal.civil-case-court-notice': { params: [], 'zh-CN': '人民法院通知有未了结的民事案件不能出境：不予签发', en: 'A people’s court gave notice of an unresolved civil case barring exit: no document' },
  'document.refusal.criminal-suspect': { params: [], 'zh-CN': '属于刑事案件被告人或者犯罪嫌疑人：不予签发', en: 'A defendant or suspect in a criminal case: no document' },
  'document.refusal.national-security-objection': { params: [], 'zh-CN': '国务院有关主管部门认为出境后将对国家安全造成危害或者对国家利益造成重大损失：不予签发', en: 'A State Council department considers the exit harmful to national security or interests: no document' },
  'document.refusal.reeducation-through-labour': { params: [], 'zh-CN': '正在被劳动教养：不批准出境', en: 'Undergoing re-education through labour: exit not approved' },
  'document.refusal.border-offence-bar': { params: ['endedOn', 'until'], 'zh-CN': '因妨害国（边）境管理受刑事处罚或者被遣返，自{endedOn}起不予签发，至{until}止', en: 'Punished for a border offence or repatriated: no document from {endedOn} through {until}' },
  'document.refusal.border-offence-bar-possible': { params: ['endedOn', 'minUntil', 'maxUntil'], 'zh-CN': '因妨害国（边）境管理受刑事处罚或者被遣返（{endedOn}）：最短期限已于{minUntil}届满，但至{maxUntil}止仍可能不予签发', en: 'Punished for a border offence or repatriated ({endedOn}): the minimum bar ended on {minUntil}, but the document may still be refused through {maxUntil}' },
  'document.refusal.registered-personnel-without-approval': { params: [], 'zh-CN': '登记备案的国家工作人员未提交所在单位出具的同意出境的证明（审批意见）', en: 'Registered state personnel without the employer’s approval of the trip' },

  // exit bans (decided at the border)
  'document.exit-ban.no-valid-document': { params: [], 'zh-CN': '未持有效出境入境证件：不准出境', en: 'No valid exit-entry document: exit banned' },
  'document.exit-ban.refuses-inspection': { params: [], 'zh-CN': '拒绝、逃避接受边防检查：不准出境', en: 'Refuses or evades border inspection: exit banned' },
  'document.exit-ban.serving-sentence': { params: [], 'zh-CN': '被判处刑罚尚未执行完毕：不准出境', en: 'A criminal sentence not yet fully served: exit banned' },
  'document.exit-ban.criminal-suspect': { params: [], 'zh-CN': '属于刑事案件被告人、犯罪嫌疑人：不准出境', en: 'A defendant or suspect in a criminal case: exit banned' },
  'document.exit-ban.civil-case-court-notice': { params: [], 'zh-CN': '有未了结的民事案件，人民法院决定不准出境', en: 'An unresolved civil case in which a people’s court barred exit' },
  'document.exit-ban.border-offence-bar': { params: ['endedOn', 'until'], 'zh-CN': '因妨害国（边）境管理受刑事处罚或者被遣返，自{endedOn}起不准出境，至{until}止', en: 'Punished for a border offence or repatriated: exit banned from {endedOn} through {until}' },
  'document.exit-ban.border-offence-bar-possible': { params: ['endedOn', 'minUntil', 'maxUntil'], 'zh-CN': '因妨害国（边）境管理受刑事处罚或者被遣返（{endedOn}）：最短期限已于{minUntil}届满，但至{maxUntil}止仍可能不准出境', en: 'Punished for a border offence or repatriated ({endedOn}): the minimum bar ended on {minUntil}, but exit may still be banned through {maxUntil}' },
  'document.exit-ban.national-security-objection': { params: [], 'zh-CN': '可能危害国家安全和利益，国务院有关主管部门决定不准出境', en: 'A State Council department banned the exit as a risk to national security and interests' },
  'document.exit-ban.reeducation-through-labour': { params: [], 'zh-CN': '正在被劳动教养：不批准出境', en: 'Undergoing re-education through labour: exit not approved' },
  'document.exit-ban.other-legal-ground': { params: [], 'zh-CN': '法律、行政法规规定不准出境的其他情形', en: 'Another exit ban set by law or administrative regulation' },

  // data past its verified date
  'document.unverified': { params: ['table'], 'zh-CN': '该日期晚于{table}的核实截止日，结果未经核实', en: 'The date is past the last verified date of {table}: this result is not verified' },
}));

/**
 * A code of `DOCUMENT_REASONS`.
 *
 * @example
 * ```ts
 * const c: DocumentReasonCode = 'document.refusal.fraud';
 * ```
 */
export type DocumentReasonCode = keyof typeof DOCUMENT_REASONS;

/**
 * The parameters a code declares, typed.
 *
 * @example
 * ```ts
 * const p: DocumentReasonParams<'document.validity.fixed'> = { years: 5 };
 * ```
 */
export type DocumentReasonParams<C extends DocumentReasonCode> = { readonly [K in (typeof DOCUMENT_REASONS)[C]['params'][number]]: string | number };

/**
 * A reason of the document catalogue, with its code's parameters (a union over the codes, so
 * that `code` narrows `params`). Every one is a `Reason` for `renderReason`.
 *
 * @example
 * ```ts
 * const r: DocumentReason = documentReason('document.validity.fixed', { years: 5 });
 * ```
 */
export type DocumentReason<C extends DocumentReasonCode = DocumentReasonCode> = C extends DocumentReasonCode
  ? { readonly code: C; readonly params: DocumentReasonParams<C>; readonly cite?: Citation }
  : never;

/**
 * Builds a reason of the catalogue (frozen copies of the parameters and citation it is given;
 * an identity number in a parameter is masked, as in every string the library produces).
 *
 * @throws `ValidationError` listing every problem: a code not in `DOCUMENT_REASONS`,
 * parameters other than the code's (each a string or a finite number), a citation that does
 * not match the citation schema.
 * @example
 * ```ts
 * documentReason('document.validity.expiry', { issued: '2025-01-24', expiry: '2035-01-23' }, PASSPORT_LAW);
 * ```
 */
export function documentReason<C extends DocumentReasonCode>(code: C, params: DocumentReasonParams<C>, cite?: Citation): DocumentReason<C> {
  const issues: Issue[] = [];
  const known = typeof code === 'string' && Object.hasOwn(DOCUMENT_REASONS, code);
  if (!known) issues.push(issue(['code'], 'unknown-code', `${showValue(code)} is not a code of the document reason catalogue`, `${showValue(code)}不是证件理由目录中的代码`));
  const copy: Record<string, string | number> = {};
  if (!isPlainObject(params)) issues.push(issue(['params'], 'invalid-type', `expected the parameters as an object, got ${showValue(params)}`, `参数应为对象，实际为${showValue(params)}`));
  else if (known) {
    const declared: readonly string[] = DOCUMENT_REASONS[code].params;
    for (const k of Reflect.ownKeys(params)) {
      const name = typeof k === 'string' ? k : k.toString();
      if (typeof k !== 'string' || !declared.includes(k)) issues.push(issue(['params', name.slice(0, 40)], 'unknown-param', `${code} has no parameter ${showValue(name)}`, `${code}没有参数${showValue(name)}`));
    }
    for (const k of declared) {
      const v = own(params, k);
      // a parameter is rendered into messages: an identity number in it is masked (maskResidentIds)
      if (typeof v === 'string') Object.defineProperty(copy, k, { value: maskResidentIds(v), enumerable: true });
      else if (typeof v === 'number' && Number.isFinite(v)) Object.defineProperty(copy, k, { value: v, enumerable: true });
      else issues.push(issue(['params', k], 'invalid-param', `expected a string or a finite number, got ${showValue(v)}`, `应为字符串或有限数值，实际为${showValue(v)}`));
    }
  }
  if (cite !== undefined) {
    const r = citationSchema.safeParse(cite, REPORT_INPUT);
    if (!r.success) issues.push(...issuesOf(r.error, ['cite']));
  }
  throwIfAny(issues, { 'zh-CN': '证件理由无效', en: 'Invalid document reason' });
  return reasonOf(code, copy as DocumentReasonParams<C>, cite === undefined ? undefined : snapshot(cite));
}

/**
 * {@link documentReason} for the library's own reasons (code and parameters right by
 * construction): freezes what it is given, checks nothing.
 *
 * @internal
 * @example
 * ```ts
 * reasonOf('document.validity.fixed', { years: 5 }, cite);
 * ```
 */
export function reasonOf<C extends DocumentReasonCode>(code: C, params: DocumentReasonParams<C>, cite?: Citation): DocumentReason<C> {
  return Object.freeze(cite === undefined ? { code, params: Object.freeze(params) } : { code, params: Object.freeze(params), cite }) as DocumentReason<C>;
}
