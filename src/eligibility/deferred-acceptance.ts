/**
 * The acceptance decision at the window: accept (材料齐全), accept under 容缺受理 (core complete,
 * only deferrable secondary items missing, where the office practises it), or do not accept and
 * give the one-time notice (一次性告知) of everything to supply or correct — 行政许可法 art. 32 and
 * 公安部令第96号 art. 7.
 *
 * @module
 */
import { z } from 'zod';
import { computeDeadline, type Deadline } from '../deadlines/compute-deadline.js';
import { MPS_ORDER_96, article } from '../documents/instruments.js';
import type { Citation } from '../rules/citation.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { type Instant, isDateOrInstant, readDateOrInstant } from '../rules/instant.js';
import type { Period } from '../rules/period.js';
import { PolicyView, type RuleSource } from '../rules/policy-at.js';
import { type Locale, renderReason } from '../rules/reasons.js';
import type { Label } from '../rules/table.js';
import { DEFERRED_ACCEPTANCE_TABLE, type DeferredAcceptanceRule } from './acceptance-table.js';
import type { Checklist, ChecklistItem, RequirementReason } from './checklist.js';
import { MATERIAL_LABELS, type MaterialId, materialIdSchema } from './materials-catalogue.js';
import { ADMINISTRATIVE_LICENSING_LAW, MPS_MATERIALS_2015, XIAN_DEFERRED_ACCEPTANCE } from './materials-instruments.js';
import { type AcceptanceReason, MATERIAL_REASONS, materialReason } from './materials-reasons.js';
import type { MaterialWeight } from './materials-rules.js';

/** 行政许可法 art. 32 (one-time notice of everything to correct) and 办法 art. 7. */
const NOTICE_CITES: readonly Citation[] = Object.freeze([
  article(ADMINISTRATIVE_LICENSING_LAW, '第三十二条第一款第（四）项', '申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容'),
  article(MPS_ORDER_96, '第七条', 'In our words: the office interviews the applicant, accepts a complete application on the spot and otherwise tells them at once everything to correct.'),
]);
const ON_THE_SPOT = article(MPS_MATERIALS_2015, '第十一项', '对材料齐全、手续完备的申请，要当场受理；不得擅自额外增加申请所需材料');

const checklistItemSchema = z.object({
  id: materialIdSchema,
  weight: z.enum(['core', 'secondary']),
  present: z.boolean(),
  defective: z.boolean(),
  alternatives: z.array(materialIdSchema),
  services: z.array(z.number().int().min(0)),
  why: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), table: z.string() })),
});

const inputSchema = z.object({
  checklist: z.object({ date: z.string(), division: z.string().optional(), missing: z.array(checklistItemSchema), unverified: z.boolean() }),
  credit: z.object({ bad: z.boolean() }).strict().optional(),
  optIn: z.boolean(),
  acceptedAt: z.string().refine(isDateOrInstant, 'expected a civil date YYYY-MM-DD or an ISO 8601 instant with an explicit offset').optional(),
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
export const ACCEPTANCE_RANK: Readonly<Record<AcceptanceDecision['status'], number>> = Object.freeze({ accepted: 2, 'accepted-deferred': 1, 'not-accepted': 0 });

function noticeItem(i: ChecklistItem): NoticeItem {
  return Object.freeze({
    id: i.id,
    label: i.label,
    weight: i.weight,
    action: i.defective ? ('correct' as const) : ('supply' as const),
    alternatives: i.alternatives.map((id) => ({ id, label: MATERIAL_LABELS[id] })),
    services: i.services,
    why: i.why,
  });
}

function itemLine(item: NoticeItem, n: number, locale: Locale): string {
  const pick = (l: Label) => (locale === 'zh-CN' ? l.zh : l.en);
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

function notice(kind: AcceptanceNotice['kind'], missing: readonly ChecklistItem[], tail: readonly AcceptanceReason[], cites: readonly Citation[]): AcceptanceNotice {
  const items = missing.map(noticeItem);
  const lines = (locale: Locale): string[] => [
    renderReason({ code: kind === 'one-time-notice' ? 'acceptance.notice.header' : 'acceptance.deferred-notice.header', params: { count: items.length } }, locale, MATERIAL_REASONS),
    ...items.map((it, i) => itemLine(it, i + 1, locale)),
    ...tail.map((r) => renderReason(r, locale, MATERIAL_REASONS)),
  ];
  return Object.freeze({ kind, items, lines: { 'zh-CN': lines('zh-CN'), en: lines('en') }, cites });
}

function validate(input: AcceptanceInput): { view: PolicyView; data: z.infer<typeof inputSchema> } {
  const issues: Issue[] = [];
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Partial<AcceptanceInput>;
  const view = raw.view;
  if (!(view instanceof PolicyView)) issues.push({ path: ['view'], code: 'invalid-type', message: 'view must come from policyAt()' });
  const parsed = inputSchema.safeParse(typeof input === 'object' && input !== null ? { ...input, view: undefined } : input);
  if (!parsed.success) issues.push(...parsed.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })));
  else if (view instanceof PolicyView) {
    const { checklist, acceptedAt } = parsed.data;
    if (checklist.date !== view.date || checklist.division !== view.division) {
      issues.push({ path: ['checklist'], code: 'view-mismatch', message: `the checklist is of ${checklist.date} at ${checklist.division ?? 'no division'}, the view of ${view.date} at ${view.division ?? 'no division'}` });
    }
    checklist.missing.forEach((m, i) => {
      if (m.present) issues.push({ path: ['checklist', 'missing', i, 'present'], code: 'inconsistent-checklist', message: `${m.id} is listed as missing but marked present` });
    });
    if (acceptedAt !== undefined) {
      const d = readDateOrInstant(acceptedAt, ['acceptedAt']).date;
      if (d !== view.date) issues.push({ path: ['acceptedAt'], code: 'date-mismatch', message: `acceptedAt falls on ${d}, the view is of ${view.date}` });
    }
  }
  if (issues.length || !parsed.success) throw new ValidationError(`Invalid acceptance input (${issues.length} problem${issues.length === 1 ? '' : 's'})`, issues);
  return { view: view as PolicyView, data: parsed.data };
}

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
 * @throws `ValidationError` listing every problem (a view other than the checklist's, an
 * `acceptedAt` on another day, a malformed checklist …); `UnknownTableError` when the policy has
 * no 容缺 table; `CalendarRangeError` when the cure deadline leaves the calendar.
 * @example
 * ```ts
 * const view = policyAt(policy, '2019-06-03', { division: '510104' }); // a Chengdu district
 * const checklist = materialsChecklist({ view, services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'T' }], applicant: { ageOnAcceptance: 40, route: 'hukou-place' }, presented: ['application-form', 'valid-permit', 'relative-hkmo-id'] });
 * acceptanceDecision({ view, checklist, optIn: true }).status; // 'accepted-deferred': the kinship proof follows within 5 working days
 * ```
 */
export function acceptanceDecision(input: AcceptanceInput): AcceptanceDecision {
  const { view, data } = validate(input);
  const checklist = input.checklist;
  const missing = checklist.missing;
  if (missing.length === 0) {
    return Object.freeze({ status: 'accepted', reasons: [materialReason('acceptance.accepted', {}, ON_THE_SPOT)], unverified: checklist.unverified });
  }
  const r = view.value(DEFERRED_ACCEPTANCE_TABLE);
  const unverified = checklist.unverified || r.unverified;
  const blockers: AcceptanceReason[] = [];
  const core = missing.filter((m) => m.weight === 'core');
  if (core.length) blockers.push(materialReason('acceptance.deferred.core-missing', { count: core.length }, XIAN_DEFERRED_ACCEPTANCE));
  if (!r.inForce) blockers.push(materialReason('acceptance.deferred.unavailable', {}, r.cite));
  else {
    const notListed = missing.filter((m) => m.weight === 'secondary' && !r.value.deferrable.includes(m.id));
    if (notListed.length) blockers.push(materialReason('acceptance.deferred.not-listed', { count: notListed.length }, r.cite));
    if (r.value.creditBlock && data.credit?.bad === true) blockers.push(materialReason('acceptance.deferred.credit-blocked', {}, r.cite));
  }
  if (!data.optIn) blockers.push(materialReason('acceptance.deferred.no-opt-in', {}, XIAN_DEFERRED_ACCEPTANCE));

  if (blockers.length || !r.inForce) {
    const reasons = [materialReason('acceptance.not-accepted', { count: missing.length }, NOTICE_CITES[0]), ...blockers];
    const basis = materialReason('acceptance.notice.basis', {});
    return Object.freeze({ status: 'not-accepted', notice: notice('one-time-notice', missing, [basis], NOTICE_CITES), reasons, unverified });
  }

  const rule = r.value;
  const { count, unit } = rule.curePeriod;
  const terms: AcceptanceReason[] = [
    unit === 'working-days' ? materialReason('acceptance.deferred.cure.working-days', { count }, r.cite) : materialReason('acceptance.deferred.cure.calendar-days', { count }, r.cite),
    rule.clock === 'runs' ? materialReason('acceptance.deferred.clock.runs', {}, r.cite) : materialReason('acceptance.deferred.clock.starts-at-cure', {}, r.cite),
    rule.onFailure === 'terminate'
      ? materialReason('acceptance.deferred.on-failure.terminate', {}, r.cite)
      : rule.onFailure === 'refuse'
        ? materialReason('acceptance.deferred.on-failure.refuse', {}, r.cite)
        : materialReason('acceptance.deferred.on-failure.withdraw', {}, r.cite),
  ];
  const reasons: AcceptanceReason[] = [materialReason('acceptance.deferred.accepted', { count: missing.length }, r.cite), ...terms];
  if (rule.creditBlock && data.credit === undefined) reasons.push(materialReason('acceptance.deferred.credit-unchecked', {}, r.cite));
  const applied: AppliedDeferralRule = { table: r.table, cite: r.cite, period: r.period, source: r.source, ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) };
  const base = {
    status: 'accepted-deferred' as const,
    missing,
    cureBy: { count, unit },
    clock: rule.clock,
    onFailure: rule.onFailure,
    creditBlock: rule.creditBlock,
    rule: applied,
    notice: notice('deferred-acceptance-notice', missing, terms, [r.cite]),
    reasons,
    unverified,
  };
  if (data.acceptedAt === undefined) return Object.freeze(base);
  const cureDue = computeDeadline({ start: data.acceptedAt, rule: { unit, count, cite: r.cite } });
  return Object.freeze({ ...base, cureDue });
}
