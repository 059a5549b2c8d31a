/**
 * The acceptance decision at the window: accept (材料齐全), accept under 容缺受理 (core complete,
 * only deferrable secondary items missing, where the office practises it), or do not accept and
 * give the one-time notice (一次性告知) of everything to supply or correct — 行政许可法 art. 32 and
 * 公安部令第96号 art. 7.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type Deadline, computeDeadlineTrusted } from '../deadlines/compute-deadline.js';
import type { Citation } from '../rules/citation.js';
import { type LocalizedText, ValidationError } from '../rules/errors.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { type CheckOptions, bilingual, checkOptions } from './call-options.js';
import { type Instant, isDateOrInstant, readDateOrInstant } from '../rules/instant.js';
import type { Period } from '../rules/period.js';
import { PolicyView, type ResolvedValue, type RuleSource } from '../rules/policy-at.js';
import { type Locale, renderReason } from '../rules/reasons.js';
import type { Label } from '../rules/table.js';
import { DEFERRED_ACCEPTANCE_TABLE, type DeferredAcceptanceRule } from './acceptance-table.js';
import type { Checklist, ChecklistItem, RequirementReason } from './checklist.js';
import { MATERIAL_LABELS, type MaterialId, materialIdSchema } from './materials-catalogue.js';
import { type AcceptanceReason, MATERIAL_REASONS, materialReason } from './materials-reasons.js';
import type { MaterialWeight } from './materials-rules.js';
import {
  cite,
  verbatim,
  GUIDE_XIAN_DEFERRED_ACCEPTANCE,
  LAW_ADMINISTRATIVE_LICENSING,
  MPS_2015_MATERIALS,
  REG_MPS_ORDER_96,
} from '../rules/instruments/index.js';

/** 行政许可法 art. 32 (one-time notice of everything to correct) and 办法 art. 7. */
const NOTICE_CITES: readonly Citation[] = /* @__PURE__ */ Object.freeze([
  /* @__PURE__ */ cite(LAW_ADMINISTRATIVE_LICENSING, { article: '第三十二条第一款第（四）项', quote: verbatim('申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容') }),
  /* @__PURE__ */ cite(REG_MPS_ORDER_96, { article: '第七条', quote: verbatim('对申请材料齐全且符合法定形式的，应当当场受理；对申请材料不齐全或者不符合法定形式的，应当一次告知申请人需要补正的全部内容'), evidence: { level: 'reprint', url: 'http://i520i.com/book/chapter/165971/77.html', source: 'the 2012 text of the 办法 in a law compilation' } }),
]);
const ON_THE_SPOT = /* @__PURE__ */ cite(MPS_2015_MATERIALS, { article: '第十一项', quote: verbatim('对材料齐全、手续完备的申请，要当场受理；不得擅自额外增加申请所需材料') });

const checklistItemSchema = /* @__PURE__ */ z.object({
  id: materialIdSchema,
  weight: /* @__PURE__ */ z.enum(['core', 'secondary']),
  present: /* @__PURE__ */ z.boolean(),
  defective: /* @__PURE__ */ z.boolean(),
  alternatives: /* @__PURE__ */ z.array(materialIdSchema),
  services: /* @__PURE__ */ z.array(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0))),
  why: /* @__PURE__ */ z.array(/* @__PURE__ */ z.object({ code: /* @__PURE__ */ z.string(), params: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.union([/* @__PURE__ */ z.string(), /* @__PURE__ */ z.number()])), table: /* @__PURE__ */ z.string() })),
});

const inputSchema = /* @__PURE__ */ z.object({
  checklist: /* @__PURE__ */ z.object({ date: /* @__PURE__ */ z.string(), division: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()), missing: /* @__PURE__ */ z.array(checklistItemSchema), unverified: /* @__PURE__ */ z.boolean() }),
  credit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ bad: /* @__PURE__ */ z.boolean() })),
  optIn: /* @__PURE__ */ z.boolean(),
  acceptedAt: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isDateOrInstant, 'expected a civil date YYYY-MM-DD or an ISO 8601 instant with an explicit offset'))),
});

/**
 * Input of {@link acceptanceDecision}: the same view as the checklist's (acceptance date, office
 * division); the checklist; the applicant's credit record if the office checked it (`bad`:
 * a bad record or a past false commitment); whether the applicant opts in to 容缺受理 and commits
 * in writing; and, optionally, the acceptance instant or date — then the cure deadline is
 * computed too (working days on the built-in calendar; the acceptance day does not count).
 *
 * @example
 * ```ts
 * const input: AcceptanceInput = { view, checklist, optIn: true, acceptedAt: '2019-06-03T10:00:00+08:00' };
 * ```
 */
export interface AcceptanceInput {
  readonly view: PolicyView;
  readonly checklist: Checklist;
  readonly credit?: { readonly bad: boolean };
  readonly optIn: boolean;
  readonly acceptedAt?: Instant;
}

/**
 * One item of a notice: a missing material to `supply`, or a defective one to `correct`, with
 * its accepted alternatives, the services that need it and why.
 *
 * @example
 * ```ts
 * const item: NoticeItem = decision.notice.items[0]!;
 * item.action; // 'supply'
 * ```
 */
export interface NoticeItem {
  readonly id: MaterialId;
  readonly label: Label;
  readonly weight: MaterialWeight;
  readonly action: 'supply' | 'correct';
  readonly alternatives: readonly { readonly id: MaterialId; readonly label: Label }[];
  readonly services: readonly number[];
  readonly why: readonly RequirementReason[];
}

/**
 * A written notice to the applicant: the one-time notice (一次性告知) of a refused acceptance, or
 * the 容缺受理 notice of a deferred one — every item, and the text line by line in zh-CN and en.
 *
 * @example
 * ```ts
 * const n: AcceptanceNotice = decision.notice;
 * n.lines['zh-CN'].join('\n');
 * ```
 */
export interface AcceptanceNotice {
  readonly kind: 'one-time-notice' | 'deferred-acceptance-notice';
  readonly items: readonly NoticeItem[];
  readonly lines: { readonly 'zh-CN': readonly string[]; readonly en: readonly string[] };
  readonly cites: readonly Citation[];
}

/**
 * The 容缺受理 rule that applied: its table, citation, period, source (Chengdu's local measure, a
 * change set …) and why it is uncertain.
 *
 * @example
 * ```ts
 * const r: AppliedDeferralRule = deferred.rule;
 * r.source; // { level: 'local', division: '510100' }
 * ```
 */
export interface AppliedDeferralRule {
  readonly table: string;
  readonly cite: Citation;
  readonly period: Period;
  readonly source: RuleSource;
  readonly uncertain?: string;
}

/**
 * The acceptance decision:
 * - `accepted`: nothing missing;
 * - `accepted-deferred`: accepted under 容缺受理 — the missing (secondary) items, the cure period
 *   as a rule (`cureBy`; `cureDue` too when `acceptedAt` was given), what happens to the
 *   processing clock meanwhile, what a failure leads to, and the 容缺受理 notice;
 * - `not-accepted`: the one-time notice listing every missing or defective item, core and
 *   secondary, and the reasons 容缺受理 did not apply.
 *
 * @example
 * ```ts
 * const d: AcceptanceDecision = acceptanceDecision(input);
 * if (d.status === 'not-accepted') console.log(d.notice.lines.en.join('\n'));
 * ```
 */
export type AcceptanceDecision =
  | { readonly status: 'accepted'; readonly reasons: readonly AcceptanceReason[]; readonly unverified: boolean }
  | {
      readonly status: 'accepted-deferred';
      readonly missing: readonly ChecklistItem[];
      readonly cureBy: { readonly count: number; readonly unit: 'working-days' | 'calendar-days' };
      readonly cureDue?: Deadline;
      readonly clock: DeferredAcceptanceRule['clock'];
      readonly onFailure: DeferredAcceptanceRule['onFailure'];
      readonly creditBlock: boolean;
      readonly rule: AppliedDeferralRule;
      readonly notice: AcceptanceNotice;
      readonly reasons: readonly AcceptanceReason[];
      readonly unverified: boolean;
    }
  | { readonly status: 'not-accepted'; readonly notice: AcceptanceNotice; readonly reasons: readonly AcceptanceReason[]; readonly unverified: boolean };

/**
 * The decisions from best to worst, for comparisons: `accepted` > `accepted-deferred` >
 * `not-accepted`.
 *
 * @example
 * ```ts
 * ACCEPTANCE_RANK['accepted'] > ACCEPTANCE_RANK['not-accepted']; // true
 * ```
 */
export const ACCEPTANCE_RANK: Readonly<Record<AcceptanceDecision['status'], number>> = /* @__PURE__ */ Object.freeze({ accepted: 2, 'accepted-deferred': 1, 'not-accepted': 0 });

function noticeItem(i: ChecklistItem): NoticeItem {
  return Object.freeze({
    id: i.id,
    label: i.label,
    weight: i.weight,
    action: i.defective ? ('correct' as const) : ('supply' as const),
    alternatives: Object.freeze(i.alternatives.map((id) => Object.freeze({ id, label: MATERIAL_LABELS[id] }))),
    services: i.services,
    why: i.why,
  });
}

/** Stands for the item number while a line is rendered once, to be split around it. */
const N_SLOT = '\u0000';

function itemLine(item: NoticeItem, n: number | string, locale: Locale): string {
  const pick = (l: Label) => (locale === 'zh-CN' ? l['zh-CN'] : l.en);
  const texts = [...new Set(item.why.map((w) => renderReason(w, locale, MATERIAL_REASONS)))];
  const why = texts.join(locale === 'zh-CN' ? '；' : '; ') + (locale === 'zh-CN' ? '。' : '.');
  const material = pick(item.label);
  if (item.action === 'correct') return renderReason({ code: 'acceptance.notice.correct', params: { n, material, why } }, locale, MATERIAL_REASONS);
  if (item.alternatives.length) {
    const alternatives = item.alternatives.map((a) => pick(a.label)).join(locale === 'zh-CN' ? '、' : ', ');
    return renderReason({ code: 'acceptance.notice.supply-any', params: { n, material, alternatives, why } }, locale, MATERIAL_REASONS);
  }
  return renderReason({ code: 'acceptance.notice.supply', params: { n, material, why } }, locale, MATERIAL_REASONS);
}

/**
 * A notice item with its lines rendered once, split where the item number goes (`undefined`
 * when the line does not split in two there: it is then rendered per call).
 */
interface NoticeParts {
  readonly item: NoticeItem;
  readonly 'zh-CN': readonly [string, string] | undefined;
  readonly en: readonly [string, string] | undefined;
}

function split(line: string): readonly [string, string] | undefined {
  const parts = line.split(N_SLOT);
  return parts.length === 2 ? Object.freeze([parts[0] as string, parts[1] as string] as const) : undefined;
}

function noticeParts(i: ChecklistItem): NoticeParts {
  const item = noticeItem(i);
  return Object.freeze({ item, 'zh-CN': split(itemLine(item, N_SLOT, 'zh-CN')), en: split(itemLine(item, N_SLOT, 'en')) });
}

/**
 * Whether nothing a notice line reads of the item can change: the item, its label, arrays and
 * reasons frozen (the checklist's own items are built so).
 */
function immutable(i: ChecklistItem): boolean {
  if (!Object.isFrozen(i) || !Object.isFrozen(i.label) || !Object.isFrozen(i.alternatives) || !Object.isFrozen(i.services) || !Object.isFrozen(i.why)) return false;
  for (const w of i.why) if (!Object.isFrozen(w) || !Object.isFrozen(w.params)) return false;
  return true;
}

/** Notice parts of immutable items, derived once per item (a bounded cache: items are shared by the checklist plans of a view). */
const PARTS = new Map<ChecklistItem, NoticeParts>();

/** The notice parts of an immutable item, else `undefined`. */
function partsOf(i: ChecklistItem): NoticeParts | undefined {
  let p = PARTS.get(i);
  if (p !== undefined || !immutable(i)) return p;
  p = noticeParts(i);
  if (PARTS.size >= 4096) PARTS.clear();
  PARTS.set(i, p);
  return p;
}

/** A value per small count, derived once (counts above the bound are derived each time). */
function perCount<T>(derive: (count: number) => T): (count: number) => T {
  const known: T[] = [];
  return (count) => {
    if (count >= 64) return derive(count);
    let v = known[count];
    if (v === undefined) known[count] = v = derive(count);
    return v;
  };
}

const renderBoth = (r: AcceptanceReason): readonly [string, string] => Object.freeze([renderReason(r, 'zh-CN', MATERIAL_REASONS), renderReason(r, 'en', MATERIAL_REASONS)] as const);
const NOTICE_HEADER = perCount((count) => renderBoth(materialReason('acceptance.notice.header', { count })));
const DEFERRED_NOTICE_HEADER = perCount((count) => renderBoth(materialReason('acceptance.deferred-notice.header', { count })));
const NOT_ACCEPTED = perCount((count) => materialReason('acceptance.not-accepted', { count }, NOTICE_CITES[0]));
const CORE_MISSING = perCount((count) => materialReason('acceptance.deferred.core-missing', { count }, cite(GUIDE_XIAN_DEFERRED_ACCEPTANCE)));
const NO_OPT_IN = materialReason('acceptance.deferred.no-opt-in', {}, cite(GUIDE_XIAN_DEFERRED_ACCEPTANCE));
const BASIS_LINES = renderBoth(materialReason('acceptance.notice.basis', {}));
const ACCEPTED: readonly [AcceptanceDecision, AcceptanceDecision] = (() => {
  const reasons = Object.freeze([materialReason('acceptance.accepted', {}, ON_THE_SPOT)]);
  return [Object.freeze({ status: 'accepted', reasons, unverified: false }), Object.freeze({ status: 'accepted', reasons, unverified: true })] as const;
})();

function notice(kind: AcceptanceNotice['kind'], missing: readonly ChecklistItem[], tail: readonly (readonly [string, string])[], cites: readonly Citation[]): AcceptanceNotice {
  const n = missing.length;
  const items = new Array<NoticeItem>(n);
  const zh = new Array<string>(n + 1 + tail.length);
  const en = new Array<string>(n + 1 + tail.length);
  const header = kind === 'one-time-notice' ? NOTICE_HEADER(n) : DEFERRED_NOTICE_HEADER(n);
  zh[0] = header[0];
  en[0] = header[1];
  for (let i = 0; i < n; i++) {
    const m = missing[i] as ChecklistItem;
    const p = partsOf(m);
    const item = (items[i] = p === undefined ? noticeItem(m) : p.item);
    const num = String(i + 1);
    zh[i + 1] = p?.['zh-CN'] === undefined ? itemLine(item, i + 1, 'zh-CN') : p['zh-CN'][0] + num + p['zh-CN'][1];
    en[i + 1] = p?.en === undefined ? itemLine(item, i + 1, 'en') : p.en[0] + num + p.en[1];
  }
  for (let t = 0; t < tail.length; t++) {
    const lines = tail[t] as readonly [string, string];
    zh[n + 1 + t] = lines[0];
    en[n + 1 + t] = lines[1];
  }
  return Object.freeze({ kind, items, lines: { 'zh-CN': zh, en }, cites });
}

/** What the decision needs of the view's 容缺受理 rule, shared by the views whose rule is the same (`view.tracked`, key `acceptance.plan`). */
interface AcceptancePlan {
  readonly r: ResolvedValue<DeferredAcceptanceRule>;
  /** Why 容缺受理 is not available (when the rule is not in force). */
  readonly unavailable: AcceptanceReason;
  readonly deferred:
    | {
        readonly rule: DeferredAcceptanceRule;
        readonly cite: Citation;
        readonly creditBlocked: AcceptanceReason;
        readonly creditUnchecked: AcceptanceReason;
        readonly terms: readonly AcceptanceReason[];
        readonly termLines: readonly (readonly [string, string])[];
        readonly cureBy: { readonly count: number; readonly unit: 'working-days' | 'calendar-days' };
        readonly applied: AppliedDeferralRule;
        readonly cites: readonly Citation[];
      }
    | undefined;
}

function acceptancePlan(view: PolicyView): AcceptancePlan {
  // reads the rule alone, not the date: shared by the days whose rule is the same
  return view.tracked(['acceptance.plan'], (v): AcceptancePlan => {
    const r = v.value(DEFERRED_ACCEPTANCE_TABLE);
    const unavailable = materialReason('acceptance.deferred.unavailable', {}, r.cite);
    if (!r.inForce) return Object.freeze({ r, unavailable, deferred: undefined });
    const rule = r.value;
    const { count, unit } = rule.curePeriod;
    const terms: readonly AcceptanceReason[] = Object.freeze([
      unit === 'working-days' ? materialReason('acceptance.deferred.cure.working-days', { count }, r.cite) : materialReason('acceptance.deferred.cure.calendar-days', { count }, r.cite),
      rule.clock === 'runs' ? materialReason('acceptance.deferred.clock.runs', {}, r.cite) : materialReason('acceptance.deferred.clock.starts-at-cure', {}, r.cite),
      rule.onFailure === 'terminate'
        ? materialReason('acceptance.deferred.on-failure.terminate', {}, r.cite)
        : rule.onFailure === 'refuse'
          ? materialReason('acceptance.deferred.on-failure.refuse', {}, r.cite)
          : materialReason('acceptance.deferred.on-failure.withdraw', {}, r.cite),
    ]);
    const applied: AppliedDeferralRule = Object.freeze({ table: r.table, cite: r.cite, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) });
    return Object.freeze({
      r,
      unavailable,
      deferred: Object.freeze({
        rule,
        cite: r.cite,
        creditBlocked: materialReason('acceptance.deferred.credit-blocked', {}, r.cite),
        creditUnchecked: materialReason('acceptance.deferred.credit-unchecked', {}, r.cite),
        terms,
        termLines: Object.freeze(terms.map(renderBoth)),
        cureBy: Object.freeze({ count, unit }),
        applied,
        cites: Object.freeze([r.cite]),
      }),
    });
  });
}

/**
 * The acceptance decision of an input already known to be valid and consistent (as
 * {@link acceptanceDecision} checks it: the checklist is of the view's date and division, its
 * missing items are not present, `acceptedAt` falls on the view's date). The view's 容缺受理
 * rule and the reasons and notice lines it gives are derived once for the days whose rule is
 * the same (`view.tracked`).
 *
 * @internal
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100' });
 * const checklist = materialsChecklistTrusted({ view, services, applicant, presented });
 * acceptanceDecisionTrusted({ view, checklist, optIn: true, acceptedAt: '2025-01-24T10:00:00+08:00' }).status; // 'accepted'
 * ```
 */
export function acceptanceDecisionTrusted(input: AcceptanceInput): AcceptanceDecision {
  const { view, checklist } = input;
  const missing = checklist.missing;
  if (missing.length === 0) return ACCEPTED[checklist.unverified ? 1 : 0];
  const plan = acceptancePlan(view);
  const r = plan.r;
  const unverified = checklist.unverified || r.unverified;
  const deferred = plan.deferred;
  let core = 0;
  let notListed = 0;
  for (const m of missing) {
    if (m.weight === 'core') core++;
    else if (deferred !== undefined && !deferred.rule.deferrable.includes(m.id)) notListed++;
  }
  const blockers: AcceptanceReason[] = [];
  if (core) blockers.push(CORE_MISSING(core));
  if (deferred === undefined) blockers.push(plan.unavailable);
  else {
    if (notListed) blockers.push(materialReason('acceptance.deferred.not-listed', { count: notListed }, deferred.cite));
    if (deferred.rule.creditBlock && input.credit?.bad === true) blockers.push(deferred.creditBlocked);
  }
  if (!input.optIn) blockers.push(NO_OPT_IN);

  if (blockers.length || deferred === undefined) {
    const reasons = [NOT_ACCEPTED(missing.length), ...blockers];
    return Object.freeze({ status: 'not-accepted', notice: notice('one-time-notice', missing, [BASIS_LINES], NOTICE_CITES), reasons, unverified });
  }

  const { rule, terms } = deferred;
  const reasons: AcceptanceReason[] = [materialReason('acceptance.deferred.accepted', { count: missing.length }, deferred.cite), ...terms];
  if (rule.creditBlock && input.credit === undefined) reasons.push(deferred.creditUnchecked);
  const base = {
    status: 'accepted-deferred' as const,
    missing,
    cureBy: deferred.cureBy,
    clock: rule.clock,
    onFailure: rule.onFailure,
    creditBlock: rule.creditBlock,
    rule: deferred.applied,
    notice: notice('deferred-acceptance-notice', missing, deferred.termLines, deferred.cites),
    reasons,
    unverified,
  };
  if (input.acceptedAt === undefined) return Object.freeze(base);
  const { count, unit } = deferred.cureBy;
  const cureDue = computeDeadlineTrusted({ start: input.acceptedAt, rule: { unit, count, cite: deferred.cite } });
  return Object.freeze({ ...base, cureDue });
}

/**
 * The checks of {@link acceptanceDecision}: the schema, and the checklist, `acceptedAt` and the
 * view agreeing, every problem listed in one `ValidationError`. Returns the input itself, ready
 * for {@link acceptanceDecisionTrusted}.
 *
 * @internal
 * @example
 * ```ts
 * acceptanceDecisionTrusted(checkAcceptanceInput(input)); // deep-equals acceptanceDecision(input)
 * ```
 */
export function checkAcceptanceInput(input: AcceptanceInput, options?: unknown): AcceptanceInput {
  const { locale, issues } = checkOptions(options, ['locale']);
  const add = (path: readonly PropertyKey[], code: string, zh: string, en: string): void => {
    issues.push(bilingual(path, code, { 'zh-CN': zh, en }, locale));
  };
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<AcceptanceInput>;
  const view = raw.view;
  if (!(view instanceof PolicyView)) add(['view'], 'invalid-type', '视图应来自policyAt()', 'view must come from policyAt()');
  const parsed = inputSchema.safeParse(typeof input === 'object' && input !== null ? { ...input, view: undefined } : input, REPORT_INPUT);
  if (!parsed.success) issues.push(...issuesOf(parsed.error, [], locale));
  else if (view instanceof PolicyView) {
    const { checklist, acceptedAt } = parsed.data;
    if (checklist.date !== view.date || checklist.division !== view.division) {
      add(
        ['checklist'],
        'view-mismatch',
        `材料清单是${checklist.date}在${checklist.division ?? '无行政区划'}的，视图是${view.date}在${view.division ?? '无行政区划'}的`,
        `the checklist is of ${checklist.date} at ${checklist.division ?? 'no division'}, the view of ${view.date} at ${view.division ?? 'no division'}`,
      );
    }
    checklist.missing.forEach((m, i) => {
      if (m.present) add(['checklist', 'missing', i, 'present'], 'inconsistent-checklist', `${m.id}列为缺少，却标记为已提交`, `${m.id} is listed as missing but marked present`);
    });
    if (acceptedAt !== undefined) {
      const d = readDateOrInstant(acceptedAt, ['acceptedAt']).date;
      if (d !== view.date) add(['acceptedAt'], 'date-mismatch', `acceptedAt在${d}，视图是${view.date}的`, `acceptedAt falls on ${d}, the view is of ${view.date}`);
    }
  }
  if (issues.length || !parsed.success) throw new ValidationError(TITLE, issues, locale);
  return input;
}

const TITLE: LocalizedText = Object.freeze({ 'zh-CN': '受理决定查询信息有误', en: 'Invalid acceptance input' });

/**
 * Decides acceptance at the window:
 * - nothing missing → `accepted` (on the spot: 2015 announcement, item 11);
 * - `accepted-deferred` only when every core material is present, every missing item is
 *   secondary **and** on the office's 容缺受理 list in force that day (`acceptance.deferred`,
 *   a local measure — Chengdu from 2018; nowhere else unless a change set adds it), the applicant
 *   opts in, and no credit block applies (`creditBlock` with `credit.bad`);
 * - otherwise `not-accepted` with the one-time notice listing exactly the missing and defective
 *   items, core and secondary, and every reason 容缺受理 did not apply.
 *
 * The cure period is returned as a rule (`cureBy`); with `acceptedAt`, `cureDue` is computed
 * with `computeDeadline` from that instant (the acceptance day does not count). Without a credit
 * record (`credit` absent) an office with a credit block must still check it: the decision says so.
 *
 * @param options - `locale`: the locale of an error's message (`'en'` by default).
 * @throws `ValidationError` listing every problem (a view other than the checklist's, an
 * `acceptedAt` on another day, a malformed checklist, an unknown locale …); `UnknownTableError` when the policy has
 * no 容缺 table; `CalendarRangeError` when the cure deadline leaves the calendar.
 * @example
 * ```ts
 * const view = policyAt(policy, '2019-06-03', { division: '510104' }); // a Chengdu district
 * const checklist = materialsChecklist({ view, services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'T' }], applicant: { ageOnAcceptance: 40, route: 'hukou-place' }, presented: ['application-form', 'valid-permit', 'relative-hkmo-id'] });
 * acceptanceDecision({ view, checklist, optIn: true }).status; // 'accepted-deferred': the kinship proof follows within 5 working days
 * ```
 */
export function acceptanceDecision(input: AcceptanceInput, options?: CheckOptions): AcceptanceDecision {
  return acceptanceDecisionTrusted(checkAcceptanceInput(input, options));
}
