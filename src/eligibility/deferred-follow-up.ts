/**
 * After 容缺受理: given an `accepted-deferred` decision and what happened next, whether the
 * application is cured, still waiting or ended, and how its processing due date moves — per the
 * office's 容缺 rule as the decision carries it (`acceptance.deferred`: cure period, clock,
 * failure consequence; src/eligibility/acceptance-table.ts).
 *
 * The rules applied, each cited in the result:
 * - an item counts on the day it reaches the office (送达), in person, by post or online (the
 *   municipal 容缺受理 procedures; FACTS §5.2 "supply channel"); an alternative the checklist
 *   accepts for an item supplies it;
 * - cured: every deferred item arrived on or before the last day of the cure period
 *   (`cureDue`, counted from acceptance as `acceptanceDecision` counts it);
 * - waiting: an item is still missing and the cure period has not ended on `asOf`;
 * - ended: the period ended with an item missing — the office's `onFailure` says how:
 *   terminated (终止, 西安市行政审批服务局), refused or treated as withdrawn. An item that
 *   arrives late does not count (it is listed as late);
 * - the processing due date: with `clock: 'runs'` the limit runs from acceptance and review goes
 *   on meanwhile (西安: 容缺期间同步审查), so the due date stands — but the document is issued only
 *   once the items are in, so a cure after the due date moves it to the cure day; with
 *   `clock: 'starts-at-cure'` the limit is counted again from the day the items arrived (the
 *   processing rule of the application, with its own counting); ended: no due date.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type Deadline, computeDeadlineTrusted } from '../deadlines/compute-deadline.js';
import { type DeadlineRule, deadlineRuleSchema } from '../deadlines/deadline-rule.js';
import type { Citation } from '../rules/citation.js';
import { isCivilDate, type CivilDate } from '../rules/civil-date.js';
import { ChurujingError, type LocalizedText, ValidationError } from '../rules/errors.js';
import { isDateOrInstant, readDateOrInstant } from '../rules/instant.js';
import { cite, GUIDE_CIVIL_AFFAIRS_DEFERRED_ACCEPTANCE, GUIDE_XIAN_DEFERRED_ACCEPTANCE } from '../rules/instruments/index.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { type CheckOptions, bilingual, checkOptions } from './call-options.js';
import type { AcceptanceDecision, AppliedDeferralRule } from './deferred-acceptance.js';
import { MATERIAL_LABELS, type MaterialId, materialIdSchema } from './materials-catalogue.js';
import { type AcceptanceReason, materialReason } from './materials-reasons.js';

/**
 * What happened after a deferred acceptance:
 * - `decision`: the `accepted-deferred` decision (from `acceptanceDecision` or `evaluate`);
 * - `acceptedAt`: the acceptance (a civil date or an instant with an offset; the cure period is
 *   counted from it when the decision has no `cureDue`);
 * - `supplied`: each item handed in later, with the day (or instant) it reached the office;
 * - `asOf`: the day the question is asked (nothing reads the clock);
 * - `processing`: the application's processing result of kind `due` (its `due` date and the
 *   `deadline` it was counted with), for the due date to move.
 *
 * @example
 * ```ts
 * const input: DeferredFollowUpInput = { decision, acceptedAt: '2024-06-03T10:00:00+08:00', supplied: [{ material: 'kinship-proof', on: '2024-06-05' }], asOf: '2024-06-06' };
 * ```
 */
export interface DeferredFollowUpInput {
  readonly decision: AcceptanceDecision;
  readonly acceptedAt: string;
  readonly supplied?: readonly { readonly material: MaterialId; readonly on: string }[];
  readonly asOf: CivilDate;
  readonly processing?: { readonly due: CivilDate; readonly deadline: { readonly rule: DeadlineRule } };
}

/**
 * How the processing due date moves:
 * `unchanged` (the limit runs from acceptance and the items came in time), `waits-for-materials`
 * (they came after the due date: issued on the cure day), `recounted` (the limit counts from the
 * cure day), `holds` (still waiting: the due date if the items come in time), `pending` (still
 * waiting, and the limit counts from the cure day: no date yet), `stopped` (the handling ended),
 * `unknown` (the recount runs past the published calendar).
 *
 * @example
 * ```ts
 * const p: ProcessingMove = { change: 'recounted', before: '2024-06-13', after: '2024-06-17' };
 * ```
 */
export interface ProcessingMove {
  readonly change: 'unchanged' | 'waits-for-materials' | 'recounted' | 'holds' | 'pending' | 'stopped' | 'unknown';
  readonly before: CivilDate;
  readonly after?: CivilDate;
  /** The recount, for `recounted`. */
  readonly deadline?: Deadline;
}

/**
 * The answer of {@link deferredFollowUp}: `cured`, `waiting` or `ended` (with the office's
 * `consequence`: terminated, refused or withdrawn), the last day of the cure period, the items
 * still missing, those that came late, how the due date moves, and every reason with its citation.
 *
 * @example
 * ```ts
 * const f: DeferredFollowUp = deferredFollowUp(input);
 * if (f.status === 'ended') f.consequence; // 'terminate'
 * ```
 */
export interface DeferredFollowUp {
  readonly status: 'cured' | 'waiting' | 'ended';
  /** When ended: the office's rule — terminated (终止), refused, or withdrawn. */
  readonly consequence?: 'terminate' | 'refuse' | 'withdraw';
  /** The last day to supply the items. */
  readonly cureDue: CivilDate;
  /** When cured: the day the last item arrived. */
  readonly curedOn?: CivilDate;
  /** The deferred items not supplied in time (by `asOf` while waiting). */
  readonly outstanding: readonly MaterialId[];
  /** Items that arrived after the period. */
  readonly late: readonly { readonly material: MaterialId; readonly on: CivilDate }[];
  readonly processing?: ProcessingMove;
  readonly rule: AppliedDeferralRule;
  readonly reasons: readonly AcceptanceReason[];
}

const onSchema = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isDateOrInstant, 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD'));
const civil = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isCivilDate, 'expected a real date written YYYY-MM-DD'));

/** The parts of a deferred decision this reads (the rest of the decision may be there too). */
const decisionSchema = /* @__PURE__ */ z.looseObject({
  status: /* @__PURE__ */ z.literal('accepted-deferred'),
  missing: /* @__PURE__ */ z.array(/* @__PURE__ */ z.looseObject({ id: materialIdSchema, alternatives: /* @__PURE__ */ z.array(materialIdSchema) })).check(/* @__PURE__ */ z.minLength(1)),
  cureBy: /* @__PURE__ */ z.looseObject({ count: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(366)), unit: /* @__PURE__ */ z.enum(['working-days', 'calendar-days']) }),
  cureDue: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.looseObject({ due: civil })),
  clock: /* @__PURE__ */ z.enum(['runs', 'starts-at-cure']),
  onFailure: /* @__PURE__ */ z.enum(['terminate', 'refuse', 'withdraw']),
  rule: /* @__PURE__ */ z.looseObject({ table: /* @__PURE__ */ z.string(), cite: /* @__PURE__ */ z.looseObject({ issuer: /* @__PURE__ */ z.string(), title: /* @__PURE__ */ z.string() }) }),
});

const inputSchema = /* @__PURE__ */ z.strictObject({
  decision: decisionSchema,
  acceptedAt: onSchema,
  supplied: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.strictObject({ material: materialIdSchema, on: onSchema })).check(/* @__PURE__ */ z.maxLength(200))),
  asOf: civil,
  processing: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.looseObject({ due: civil, deadline: /* @__PURE__ */ z.looseObject({ rule: deadlineRuleSchema }) })),
});

const TITLE: LocalizedText = Object.freeze({ 'zh-CN': '容缺受理后续查询信息有误', en: 'Invalid deferred-acceptance follow-up input' });

/** Review goes on during the cure period; a failure terminates the 容缺 handling (Xi'an). */
const XIAN = /* @__PURE__ */ cite(GUIDE_XIAN_DEFERRED_ACCEPTANCE);

/** The municipal 容缺受理 procedure: a supplement counts on the day it reaches the office; the cure period stays within the committed time (FACTS §5.2, S75). */
const ARRIVAL: Citation = /* @__PURE__ */ cite(GUIDE_CIVIL_AFFAIRS_DEFERRED_ACCEPTANCE, {
  note: 'A civil-affairs 容缺受理 procedure reprinted online: the applicant may supply the missing materials in person, by post or online, the time of arrival at the office counting; the cure period does not exceed the committed processing time.',
});

type Decision = z.infer<typeof decisionSchema>;
type Checked = z.infer<typeof inputSchema>;

/**
 * Whether an `accepted-deferred` application is cured, still waiting or ended on `asOf`, and how
 * its processing due date moves (see the module note for the rules and their sources).
 *
 * @param options - `locale` of an error's message (`'en'` by default).
 * @throws `ValidationError` listing every problem: a decision that is not `accepted-deferred`,
 * dates that are not dates, an item supplied that was not deferred, a supply or an `asOf` before
 * the acceptance, an unknown option or locale.
 * @example
 * ```ts
 * // a Hong Kong family visit accepted at Chengdu on 2024-06-03 without the kinship proof (5 working days to supply it)
 * const f = deferredFollowUp({ decision, acceptedAt: '2024-06-03T10:00:00+08:00', supplied: [{ material: 'kinship-proof', on: '2024-06-07' }], asOf: '2024-06-07', processing });
 * f.status;             // 'cured'
 * f.processing?.change; // 'unchanged': the time limit runs from acceptance (Chengdu's rule)
 * ```
 */
export function deferredFollowUp(input: DeferredFollowUpInput, options?: CheckOptions): DeferredFollowUp {
  const { locale, issues } = checkOptions(options, ['locale']);
  const parsed = inputSchema.safeParse(input, REPORT_INPUT);
  if (!parsed.success) issues.push(...issuesOf(parsed.error, [], locale));
  else {
    const d = parsed.data;
    const accepted = readDateOrInstant(d.acceptedAt).date;
    if (d.asOf < accepted) issues.push(bilingual(['asOf'], 'before-acceptance', { 'zh-CN': `参照日期${d.asOf}早于受理日期${accepted}`, en: `asOf ${d.asOf} is before the acceptance on ${accepted}` }, locale));
    const deferred = new Set<string>();
    for (const m of d.decision.missing) for (const id of [m.id, ...m.alternatives]) deferred.add(id);
    (d.supplied ?? []).forEach((x, i) => {
      const on = readDateOrInstant(x.on).date;
      if (!deferred.has(x.material)) issues.push(bilingual(['supplied', i, 'material'], 'not-deferred', { 'zh-CN': `${x.material}不是容缺受理时欠缺的材料`, en: `${x.material} was not one of the deferred items` }, locale));
      if (on < accepted) issues.push(bilingual(['supplied', i, 'on'], 'before-acceptance', { 'zh-CN': `送达日期${on}早于受理日期${accepted}`, en: `it arrived on ${on}, before the acceptance on ${accepted}` }, locale));
      if (on > d.asOf) issues.push(bilingual(['supplied', i, 'on'], 'after-as-of', { 'zh-CN': `送达日期${on}晚于参照日期${d.asOf}`, en: `it arrived on ${on}, after asOf ${d.asOf}` }, locale));
    });
  }
  if (issues.length > 0 || !parsed.success) throw new ValidationError(TITLE, issues, locale);
  return followUp(parsed.data);
}

function followUp(d: Checked): DeferredFollowUp {
  const decision: Decision = d.decision;
  const rule = decision.rule as unknown as AppliedDeferralRule;
  const officeCite = rule.cite;
  const cureDue = decision.cureDue?.due ?? computeDeadlineTrusted({ start: d.acceptedAt, rule: { unit: decision.cureBy.unit, count: decision.cureBy.count } }).due;
  // the earliest arrival of each deferred item (or an accepted alternative), in time and late
  const arrivals = (d.supplied ?? []).map((x) => ({ material: x.material, at: x.on, on: readDateOrInstant(x.on).date }));
  const outstanding: MaterialId[] = [];
  const late: { material: MaterialId; on: CivilDate }[] = [];
  let curedAt: { at: string; on: CivilDate } | undefined;
  for (const m of decision.missing) {
    const accepts = new Set<string>([m.id, ...m.alternatives]);
    let inTime: { at: string; on: CivilDate } | undefined;
    for (const a of arrivals) {
      if (!accepts.has(a.material)) continue;
      if (a.on <= cureDue) {
        if (inTime === undefined || a.on < inTime.on) inTime = a;
      } else if (!late.some((l) => l.material === a.material && l.on === a.on)) late.push({ material: a.material, on: a.on });
    }
    if (inTime === undefined) outstanding.push(m.id);
    else if (curedAt === undefined || inTime.on > curedAt.on || (inTime.on === curedAt.on && inTime.at > curedAt.at)) curedAt = inTime;
  }
  const reasons: AcceptanceReason[] = [materialReason('acceptance.follow-up.arrival-counts', {}, ARRIVAL)];
  for (const l of late) reasons.push(materialReason('acceptance.follow-up.late', { material: MATERIAL_LABELS[l.material].en, on: l.on, cureDue }, officeCite));
  const base = { cureDue, outstanding: Object.freeze(outstanding), late: Object.freeze(late.map((l) => Object.freeze(l))), rule };
  const before = d.processing?.due;

  if (outstanding.length === 0 && curedAt !== undefined) {
    reasons.push(materialReason('acceptance.follow-up.cured', { curedOn: curedAt.on, cureDue }, officeCite));
    const processing = before === undefined ? undefined : movedWhenCured(decision.clock, before, curedAt, d.processing?.deadline.rule as DeadlineRule, officeCite, reasons);
    return freeze({ status: 'cured', curedOn: curedAt.on, ...base, ...(processing ? { processing } : {}), reasons });
  }
  if (d.asOf <= cureDue) {
    reasons.push(materialReason('acceptance.follow-up.waiting', { count: outstanding.length, cureDue }, officeCite));
    let processing: ProcessingMove | undefined;
    if (before !== undefined) {
      if (decision.clock === 'runs') {
        processing = { change: 'holds', before, after: before };
        reasons.push(materialReason('acceptance.follow-up.due-holds', { due: before }, officeCite));
      } else {
        processing = { change: 'pending', before };
        reasons.push(materialReason('acceptance.follow-up.due-pending', {}, officeCite));
      }
    }
    return freeze({ status: 'waiting', ...base, ...(processing ? { processing } : {}), reasons });
  }
  const consequence = decision.onFailure;
  const code = consequence === 'terminate' ? 'acceptance.follow-up.terminated' : consequence === 'refuse' ? 'acceptance.follow-up.refused' : 'acceptance.follow-up.withdrawn';
  reasons.push(materialReason(code, { count: outstanding.length, cureDue }, consequence === 'terminate' ? XIAN : officeCite));
  if (before !== undefined) reasons.push(materialReason('acceptance.follow-up.due-stopped', {}, officeCite));
  return freeze({ status: 'ended', consequence, ...base, ...(before === undefined ? {} : { processing: { change: 'stopped', before } }), reasons });
}

/** The due date once cured: it stands (issued on the cure day if that is later), or is counted again from the cure. */
function movedWhenCured(clock: 'runs' | 'starts-at-cure', before: CivilDate, cured: { at: string; on: CivilDate }, rule: DeadlineRule, officeCite: Citation, reasons: AcceptanceReason[]): ProcessingMove {
  if (clock === 'runs') {
    if (cured.on <= before) {
      reasons.push(materialReason('acceptance.follow-up.due-unchanged', { due: before }, XIAN));
      return { change: 'unchanged', before, after: before };
    }
    reasons.push(materialReason('acceptance.follow-up.due-waits', { before, after: cured.on }, XIAN));
    return { change: 'waits-for-materials', before, after: cured.on };
  }
  try {
    const deadline = computeDeadlineTrusted({ start: cured.at, rule });
    reasons.push(materialReason('acceptance.follow-up.due-recounted', { from: cured.on, due: deadline.due }, officeCite));
    return { change: 'recounted', before, after: deadline.due, deadline };
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
    reasons.push(materialReason('acceptance.follow-up.due-unknown', { from: cured.on }, officeCite));
    return { change: 'unknown', before };
  }
}

function freeze(f: DeferredFollowUp): DeferredFollowUp {
  if (f.processing) Object.freeze(f.processing);
  Object.freeze(f.reasons);
  return Object.freeze(f);
}
