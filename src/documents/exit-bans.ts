/**
 * Exit bans (不准出境) — decided at the border, whatever document is held — as one dated set
 * table of ground codes, and {@link exitBans}, which matches the host's facts against it. Kept
 * apart from document refusals (`documentRefusals`): a person may hold a valid document and
 * still be banned from leaving, or be refused a document without an exit ban.
 *
 * - 1986-02-01 to 2013-06-30: 中华人民共和国公民出境入境管理法 art. 8 (exit not approved: five
 *   cases) and art. 9 (1) (border control stops a person with an invalid document);
 * - from 2013-07-01: 出境入境管理法 art. 12 (six cases).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Issue } from '../rules/errors.js';
import { throwIfAny } from './checks.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type SetMember, type SetTableData, defineSetTable } from '../rules/table.js';
import { borderOffenceReason, borderOffenceSchema } from './border-offence-bar.js';
import { VERIFIED_THROUGH } from './document-form.js';
import { cite, type Instrument, LAW_EXIT_ENTRY_1985, LAW_EXIT_ENTRY_2012 } from '../rules/instruments/index.js';
import { type DocumentReason, reasonOf } from './reasons.js';
import { readFlagsInput } from './refusals.js';
import { deepFreeze } from '../rules/snapshot.js';

/**
 * Codes of exit-ban grounds.
 *
 * @example
 * ```ts
 * EXIT_BAN_GROUNDS.includes('refuses-inspection'); // true
 * ```
 */
export const EXIT_BAN_GROUNDS = Object.freeze([
  'no-valid-document',
  'refuses-inspection',
  'serving-sentence',
  'criminal-suspect',
  'civil-case-court-notice',
  'border-offence-bar',
  'national-security-objection',
  'reeducation-through-labour',
  'other-legal-ground',
] as const);

/**
 * An exit-ban ground.
 *
 * @example
 * ```ts
 * const g: ExitBanGround = 'civil-case-court-notice';
 * ```
 */
export type ExitBanGround = (typeof EXIT_BAN_GROUNDS)[number];

/**
 * The exit-ban table (`document.exit-ban-grounds`), national only.
 *
 * @example
 * ```ts
 * policyAt(policy, '2013-07-01').has(EXIT_BAN_TABLE, 'border-offence-bar'); // true
 * ```
 */
export const EXIT_BAN_TABLE = defineSetTable({ id: 'document.exit-ban-grounds', label: { 'zh-CN': '不准出境情形', en: 'Exit-ban grounds' }, member: /* @__PURE__ */ z.enum(EXIT_BAN_GROUNDS) });

type Item = readonly [ExitBanGround, string];

const LAW_1985: readonly Item[] = [
  ['criminal-suspect', '第八条第（一）项'],
  ['civil-case-court-notice', '第八条第（二）项'],
  ['serving-sentence', '第八条第（三）项'],
  ['reeducation-through-labour', '第八条第（四）项'],
  ['national-security-objection', '第八条第（五）项'],
  ['no-valid-document', '第九条第（一）项'],
];
const LAW_2013: readonly Item[] = [
  ['no-valid-document', '第十二条第（一）项'],
  ['refuses-inspection', '第十二条第（一）项'],
  ['serving-sentence', '第十二条第（二）项'],
  ['criminal-suspect', '第十二条第（二）项'],
  ['civil-case-court-notice', '第十二条第（三）项'],
  ['border-offence-bar', '第十二条第（四）项'],
  ['national-security-objection', '第十二条第（五）项'],
  ['other-legal-ground', '第十二条第（六）项'],
];

const members = (list: readonly Item[], instrument: Instrument, from: string, to?: string): SetMember[] =>
  list.map(([member, art]) => {
    const m: SetMember = { member, from, ...(to === undefined ? {} : { to }), cite: cite(instrument, { article: art }) };
    return member === 'border-offence-bar'
      ? { ...m, uncertain: 'Art. 12 (4) bans exit until the "规定年限" has passed; the length is taken from 护照法 art. 14 (6 months to 3 years), the only instrument seen that sets one.' }
      : m;
  });

/**
 * Data of the exit-ban table, sorted by `from`.
 *
 * @example
 * ```ts
 * EXIT_BAN_NATIONAL['document.exit-ban-grounds']?.members.length; // 14
 * ```
 */
export const EXIT_BAN_NATIONAL: Readonly<Record<string, SetTableData>> = deepFreeze({
  'document.exit-ban-grounds': {
    kind: 'set',
    verifiedThrough: VERIFIED_THROUGH,
    members: [...members(LAW_1985, LAW_EXIT_ENTRY_1985, '1986-02-01', '2013-06-30'), ...members(LAW_2013, LAW_EXIT_ENTRY_2012, '2013-07-01')],
  },
});

/**
 * Schema of the facts the host system supplies for {@link exitBans}; every field optional,
 * absent meaning "not the case": `noValidDocument`, `refusesInspection`, `servingSentence`,
 * `criminalSuspect`, `civilCaseCourtNotice` (a court barred exit), `nationalSecurityObjection`,
 * `reeducationThroughLabour`, `otherLegalGround`, and `repatriatedOrConvictedBorderOffence`
 * (`{ endedOn, barMonths? }`).
 *
 * @example
 * ```ts
 * exitBanFlagsSchema.parse({ civilCaseCourtNotice: true });
 * ```
 */
export const exitBanFlagsSchema = /* @__PURE__ */ z.strictObject({
  noValidDocument: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  refusesInspection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  servingSentence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  criminalSuspect: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  civilCaseCourtNotice: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  nationalSecurityObjection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  reeducationThroughLabour: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  otherLegalGround: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  repatriatedOrConvictedBorderOffence: /* @__PURE__ */ z.optional(borderOffenceSchema),
});

/**
 * The facts the host system supplies for {@link exitBans}.
 *
 * @example
 * ```ts
 * const flags: ExitBanFlags = { servingSentence: true };
 * ```
 */
export type ExitBanFlags = z.input<typeof exitBanFlagsSchema>;

const BOOLEAN_FLAGS = {
  noValidDocument: 'no-valid-document',
  refusesInspection: 'refuses-inspection',
  servingSentence: 'serving-sentence',
  criminalSuspect: 'criminal-suspect',
  civilCaseCourtNotice: 'civil-case-court-notice',
  nationalSecurityObjection: 'national-security-objection',
  reeducationThroughLabour: 'reeducation-through-labour',
  otherLegalGround: 'other-legal-ground',
} as const satisfies Record<string, ExitBanGround>;

/**
 * Input of {@link exitBans}.
 *
 * @example
 * ```ts
 * const input: ExitBanInput = { view: policyAt(policy, '2025-01-24'), flags: { criminalSuspect: true } };
 * ```
 */
export interface ExitBanInput {
  /** The policy on the day of the intended exit. */
  readonly view: PolicyView;
  readonly flags: ExitBanFlags;
}

/**
 * The reasons the person may not leave on the view's date given the host's facts: one per
 * ground that is both in the facts and in force then, with the citation of its article. An
 * empty list means no exit ban applies.
 *
 * @throws `ValidationError` listing every problem of the input (not an object, unknown keys, a
 * bad view, `flags` that do not match `exitBanFlagsSchema`), or a fixed bar outside the range.
 * @example
 * ```ts
 * exitBans({ view: policyAt(policy, '2013-06-30'), flags: { reeducationThroughLabour: true } }).map((r) => r.code);
 * // ['document.exit-ban.reeducation-through-labour'] (1985 law art. 8 (4))
 * exitBans({ view: policyAt(policy, '2013-07-01'), flags: { reeducationThroughLabour: true } }); // []
 * ```
 */
export function exitBans(input: ExitBanInput): DocumentReason[] {
  const issues: Issue[] = [];
  const { view, flags } = readFlagsInput(input, ['view', 'flags'], exitBanFlagsSchema, issues);
  throwIfAny(issues, { 'zh-CN': '不准出境情形查询的输入无效', en: 'Invalid exit-ban input' });
  return exitBansTrusted({ view: view as PolicyView, flags: flags as ExitBanFlags });
}

/** An exit-ban ground in force on a view: its entry, whether it is read past the verified date, its reason (built per call for the border-offence bar). */
interface BanHit {
  readonly m: SetMember;
  readonly unverified: boolean;
  readonly reason: DocumentReason | undefined;
}

/** The exit-ban grounds in force on the view, each with its reason, and the table's "unverified" reason. */
function exitBanPlan(view: PolicyView): { readonly hits: ReadonlyMap<ExitBanGround, BanHit>; readonly unverified: DocumentReason } {
  // reads the table alone, not the date: shared by the days whose members are the same
  return view.tracked(['exit-bans.plan'], (v) => {
    const hits = new Map<ExitBanGround, BanHit>();
    for (const m of v.members(EXIT_BAN_TABLE)) {
      const ground = m.member as ExitBanGround;
      const reason = ground === 'border-offence-bar' ? undefined : reasonOf(`document.exit-ban.${ground}`, {}, m.cite);
      hits.set(ground, deepFreeze({ m, unverified: v.member(EXIT_BAN_TABLE, ground)?.unverified === true, reason }));
    }
    // the map is never handed out nor changed after this
    return Object.freeze({ hits, unverified: deepFreeze(reasonOf('document.unverified', { table: EXIT_BAN_TABLE.id })) });
  });
}

const FLAG_ENTRIES = Object.entries(BOOLEAN_FLAGS) as [keyof typeof BOOLEAN_FLAGS, (typeof BOOLEAN_FLAGS)[keyof typeof BOOLEAN_FLAGS]][];

/**
 * The trusted core of {@link exitBans}: the same reasons for a valid input (a view, flags that
 * match `exitBanFlagsSchema`), without checking it. The grounds in force and their
 * reasons are computed once for the days whose table answers alike (`view.tracked`); the list
 * returned is new on each call (its reasons are frozen and shared).
 *
 * @throws `ValidationError` for a fixed border-offence bar outside the range in force (as the public function).
 * @internal
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100', beyondVerified: 'flag' });
 * exitBansTrusted({ view, flags: {} }); // []
 * ```
 */
export function exitBansTrusted(input: ExitBanInput): DocumentReason[] {
  const { view, flags } = input;
  const reasons: DocumentReason[] = [];
  const offence = flags.repatriatedOrConvictedBorderOffence;
  let any = offence !== undefined;
  if (!any) for (const [flag] of FLAG_ENTRIES) if (flags[flag] === true) any = true;
  if (!any) return reasons;
  const plan = exitBanPlan(view);
  let unverified = false;
  for (const [flag, ground] of FLAG_ENTRIES) {
    const h = flags[flag] === true ? plan.hits.get(ground) : undefined;
    if (h?.reason) {
      unverified ||= h.unverified;
      reasons.push(h.reason);
    }
  }
  if (offence) {
    const h = plan.hits.get('border-offence-bar');
    if (h) unverified ||= h.unverified;
    const r = h ? borderOffenceReason(view, offence, 'exit-ban', ['flags', 'repatriatedOrConvictedBorderOffence'], h.m.cite) : undefined;
    if (r) reasons.push(r);
  }
  if (unverified) reasons.push(plan.unverified);
  return reasons;
}
