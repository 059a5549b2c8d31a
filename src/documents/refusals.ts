/**
 * Document refusals — decided when a document is applied for — as dated set tables of ground
 * codes per document type, and {@link documentRefusals}, which matches the facts the host
 * system supplies (court notices, sentences, national-security objections… are not ours to
 * know) against the grounds in force. Exit bans, decided at the border, are a separate
 * predicate (`exitBans`).
 *
 * Grounds by period:
 * - passport, to 2006-12-31: the 1985 law's art. 8 (exit not approved — the passport was the
 *   exit approval); from 2007-01-01: 护照法 art. 13 (seven grounds) and art. 14 (the bar after a
 *   border offence or repatriation);
 * - 出入境通行证: 护照法 arts. 13–14 through 公安部令第96号, which governs both documents;
 * - HK/Macau and Taiwan permits: the 1985 law's art. 8 to 2013-06-30, then the applicant-side
 *   grounds of 出境入境管理法 art. 12 (the permits follow that law by its art. 10);
 * - every document: registered state personnel need their employer's approval (公通字〔2003〕13号).
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Issue } from '../rules/errors.js';
import { issuesOf, REPORT_INPUT } from '../rules/zod-issues.js';
import { documentTypeIssue, isPlainObject, objectIssues, own, throwIfAny, viewIssue } from './checks.js';
import type { PolicyView } from '../rules/policy-at.js';
import { type SetMember, type SetTableData, type SetTableSpec, defineSetTable } from '../rules/table.js';
import { borderOffenceReason, borderOffenceSchema } from './border-offence-bar.js';
import { DOCUMENT_TYPES, DOCUMENT_TYPE_LABELS, type DocumentType } from './document-types.js';
import { VERIFIED_THROUGH } from './document-form.js';
import { cite, type Instrument, CPC_2003_REGISTERED_PERSONNEL, LAW_EXIT_ENTRY_1985, LAW_EXIT_ENTRY_2012, LAW_PASSPORT } from '../rules/instruments/index.js';
import { type DocumentReason, reasonOf } from './reasons.js';
import { deepFreeze } from '../rules/snapshot.js';

/**
 * Codes of document-refusal grounds.
 *
 * @example
 * ```ts
 * REFUSAL_GROUNDS.includes('fraud'); // true
 * ```
 */
export const REFUSAL_GROUNDS = Object.freeze([
  'not-prc-national',
  'identity-unproven',
  'fraud',
  'serving-sentence',
  'civil-case-court-notice',
  'criminal-suspect',
  'national-security-objection',
  'reeducation-through-labour',
  'border-offence-bar',
  'registered-personnel-without-approval',
] as const);

/**
 * A document-refusal ground.
 *
 * @example
 * ```ts
 * const g: RefusalGround = 'serving-sentence';
 * ```
 */
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

/**
 * Schema of the facts the host system supplies for {@link documentRefusals}. Every field is
 * optional; absent means "not the case".
 * - `notPrcNational`, `identityUnproven`, `fraud` (护照法 art. 13 (1)–(3));
 * - `servingSentence`, `civilCaseCourtNotice`, `criminalSuspect`, `nationalSecurityObjection`;
 * - `reeducationThroughLabour` (劳动教养, a ground under the 1985 law);
 * - `repatriatedOrConvictedBorderOffence`: `{ endedOn, barMonths? }` — the day the sentence for
 *   a border offence ended or the person was repatriated, and the bar fixed, if any (护照法 art. 14);
 * - `registeredPersonnel`: present for registered state personnel, with whether the employer's
 *   approval letter was submitted.
 *
 * @example
 * ```ts
 * documentRefusalFlagsSchema.parse({ registeredPersonnel: { approvalLetter: false } });
 * ```
 */
export const documentRefusalFlagsSchema = /* @__PURE__ */ z.strictObject({
  notPrcNational: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  identityUnproven: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  fraud: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  servingSentence: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  civilCaseCourtNotice: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  criminalSuspect: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  nationalSecurityObjection: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  reeducationThroughLabour: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  repatriatedOrConvictedBorderOffence: /* @__PURE__ */ z.optional(borderOffenceSchema),
  registeredPersonnel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ approvalLetter: /* @__PURE__ */ z.boolean() })),
});

/**
 * The facts the host system supplies for {@link documentRefusals}.
 *
 * @example
 * ```ts
 * const flags: DocumentRefusalFlags = { criminalSuspect: true };
 * ```
 */
export type DocumentRefusalFlags = z.input<typeof documentRefusalFlagsSchema>;

const BOOLEAN_FLAGS = {
  notPrcNational: 'not-prc-national',
  identityUnproven: 'identity-unproven',
  fraud: 'fraud',
  servingSentence: 'serving-sentence',
  civilCaseCourtNotice: 'civil-case-court-notice',
  criminalSuspect: 'criminal-suspect',
  nationalSecurityObjection: 'national-security-objection',
  reeducationThroughLabour: 'reeducation-through-labour',
} as const satisfies Record<string, RefusalGround>;

const groundSchema = /* @__PURE__ */ z.enum(REFUSAL_GROUNDS);

/**
 * The refusal-ground tables (`document.refusal-grounds.<type>`), one per document type.
 *
 * @example
 * ```ts
 * policyAt(policy, '2025-01-01').has(REFUSAL_GROUND_TABLES.passport, 'fraud'); // true
 * ```
 */
export const REFUSAL_GROUND_TABLES: Readonly<Record<DocumentType, SetTableSpec>> = Object.freeze(
  Object.fromEntries(
    DOCUMENT_TYPES.map((t) => [
      t,
      defineSetTable({ id: `document.refusal-grounds.${t}`, label: { 'zh-CN': `${DOCUMENT_TYPE_LABELS[t]['zh-CN']}不予签发情形`, en: `Refusal grounds of the ${DOCUMENT_TYPE_LABELS[t].en}` }, member: groundSchema }),
    ]),
  ) as Record<DocumentType, SetTableSpec>,
);

type Item = readonly [RefusalGround, string];

const LAW_1985_ART_8: readonly Item[] = [
  ['criminal-suspect', '第八条第（一）项'],
  ['civil-case-court-notice', '第八条第（二）项'],
  ['serving-sentence', '第八条第（三）项'],
  ['reeducation-through-labour', '第八条第（四）项'],
  ['national-security-objection', '第八条第（五）项'],
];
const PASSPORT_LAW_ARTS_13_14: readonly Item[] = [
  ['not-prc-national', '第十三条第一款第（一）项'],
  ['identity-unproven', '第十三条第一款第（二）项'],
  ['fraud', '第十三条第一款第（三）项'],
  ['serving-sentence', '第十三条第一款第（四）项'],
  ['civil-case-court-notice', '第十三条第一款第（五）项'],
  ['criminal-suspect', '第十三条第一款第（六）项'],
  ['national-security-objection', '第十三条第一款第（七）项'],
  ['border-offence-bar', '第十四条'],
];
const EXIT_ENTRY_LAW_ART_12: readonly Item[] = [
  ['serving-sentence', '第十二条第（二）项'],
  ['criminal-suspect', '第十二条第（二）项'],
  ['civil-case-court-notice', '第十二条第（三）项'],
  ['border-offence-bar', '第十二条第（四）项'],
  ['national-security-objection', '第十二条第（五）项'],
];

function items(list: readonly Item[], instrument: Instrument, from: string, to?: string, uncertain?: string): SetMember[] {
  return list.map(([member, art]) => ({ member, from, ...(to === undefined ? {} : { to }), cite: cite(instrument, { article: art }), ...(uncertain === undefined ? {} : { uncertain }) }));
}

const REGISTERED: SetMember = {
  member: 'registered-personnel-without-approval',
  from: '2003-01-14',
  cite: cite(CPC_2003_REGISTERED_PERSONNEL, { note: 'Registered personnel submit the approval of their employer (同意出境的证明); also 公安部令第96号 art. 4 (4) for passports.' }),
};

const byFrom = (a: SetMember, b: SetMember) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);
const set = (members: SetMember[]): SetTableData => ({ kind: 'set', verifiedThrough: VERIFIED_THROUGH, members: [...members].sort(byFrom) });

const PERMIT_1985 =
  'No permit-specific refusal article was seen: the 1986 HK/Macau rules and the 1991 Taiwan rules rest on the 1985 law, whose art. 8 grounds are applied here.';
const PERMIT_2013 = 'No permit-specific refusal article was seen: the applicant-side exit-ban grounds of 出境入境管理法 art. 12 (which art. 10 extends to the permits) are applied here.';
const EXIT_ENTRY_PERMIT = '公安部令第96号 governs the 出入境通行证 with the passport; the refusal grounds were seen only in the passport articles.';

function permitGrounds(start: string): SetTableData {
  return set([...items(LAW_1985_ART_8, LAW_EXIT_ENTRY_1985, start, '2013-06-30', PERMIT_1985), ...items(EXIT_ENTRY_LAW_ART_12, LAW_EXIT_ENTRY_2012, '2013-07-01', undefined, PERMIT_2013), REGISTERED]);
}

/**
 * Data of the refusal-ground tables, sorted by `from`.
 *
 * @example
 * ```ts
 * REFUSAL_GROUNDS_NATIONAL['document.refusal-grounds.passport']?.members.length; // 14
 * ```
 */
export const REFUSAL_GROUNDS_NATIONAL: Readonly<Record<string, SetTableData>> = deepFreeze({
  'document.refusal-grounds.passport': set([...items(LAW_1985_ART_8, LAW_EXIT_ENTRY_1985, '1986-02-01', '2006-12-31'), ...items(PASSPORT_LAW_ARTS_13_14, LAW_PASSPORT, '2007-01-01'), REGISTERED]),
  'document.refusal-grounds.exit-entry-permit': set([...items(PASSPORT_LAW_ARTS_13_14, LAW_PASSPORT, '2007-01-01', undefined, EXIT_ENTRY_PERMIT), { ...REGISTERED, from: '2007-01-01' }]),
  'document.refusal-grounds.hkmo-permit': permitGrounds('1986-12-25'),
  'document.refusal-grounds.hkmo-one-way-permit': permitGrounds('1986-12-25'),
  'document.refusal-grounds.taiwan-permit': permitGrounds('1992-05-01'),
  'document.refusal-grounds.taiwan-single-trip-permit': permitGrounds('1992-05-01'),
});

/**
 * Reads an input `{ view, flags, …keys }` of the refusal and exit-ban functions: a plain object
 * with only `keys`, a view, and host facts that match `schema` (absent: none); every problem is
 * added to `issues`. The facts parsed, when they are valid. @internal
 */
export function readFlagsInput<S extends z.ZodMiniType>(input: unknown, keys: readonly string[], schema: S, issues: Issue[]): { readonly view: unknown; readonly flags: z.output<S> | undefined; readonly fields: Readonly<Record<string, unknown>> } {
  if (!objectIssues(input, [], keys, issues)) return { view: undefined, flags: undefined, fields: {} };
  const fields: Record<string, unknown> = {};
  for (const k of keys) fields[k] = own(input, k);
  viewIssue(fields['view'], ['view'], issues);
  const r = schema.safeParse(fields['flags'] === undefined ? {} : fields['flags'], REPORT_INPUT);
  if (!r.success) issues.push(...issuesOf(r.error, ['flags']));
  return { view: fields['view'], flags: r.success ? r.data : undefined, fields };
}

/**
 * Input of {@link documentRefusals}.
 *
 * @example
 * ```ts
 * const input: DocumentRefusalInput = { view, type: 'passport', flags: { fraud: true } };
 * ```
 */
export interface DocumentRefusalInput {
  /** The policy at the acceptance date (and office). */
  readonly view: PolicyView;
  readonly type: DocumentType;
  readonly flags: DocumentRefusalFlags;
}

/**
 * The reasons to refuse `type` on the view's date given the host's facts: one reason per
 * ground that is both in the facts and in force for that document then, each with the
 * citation of its article. An empty list means no refusal ground applies. The border-offence
 * bar gives `document.refusal.border-offence-bar` while it certainly runs and
 * `document.refusal.border-offence-bar-possible` between the minimum and the maximum when the
 * host did not say what bar was fixed.
 *
 * @throws `ValidationError` listing every problem of the input (not an object, unknown keys, a
 * bad view or type, `flags` that do not match `documentRefusalFlagsSchema`), or a fixed
 * bar outside the range in force.
 * @example
 * ```ts
 * documentRefusals({ view: policyAt(policy, '2025-01-24'), type: 'passport', flags: { criminalSuspect: true } });
 * // [{ code: 'document.refusal.criminal-suspect', params: {}, cite: { …, article: '第十三条第一款第（六）项' } }]
 * ```
 */
export function documentRefusals(input: DocumentRefusalInput): DocumentReason[] {
  const issues: Issue[] = [];
  const { view, flags, fields } = readFlagsInput(input, ['view', 'type', 'flags'], documentRefusalFlagsSchema, issues);
  if (isPlainObject(input)) documentTypeIssue(fields['type'], ['type'], issues);
  throwIfAny(issues, { 'zh-CN': '不予签发情形查询的输入无效', en: 'Invalid document refusal input' });
  return documentRefusalsTrusted({ view: view as PolicyView, type: fields['type'] as DocumentType, flags: flags as DocumentRefusalFlags });
}

/** A ground in force for a document on a view: its entry, whether it is read past the verified date, its reason (built per call for the border-offence bar). */
interface GroundHit {
  readonly m: SetMember;
  readonly unverified: boolean;
  readonly reason: DocumentReason | undefined;
}

/** The grounds of `type` in force on the view, each with its reason, and the "unverified" reason of the table. */
function refusalPlan(view: PolicyView, type: DocumentType): { readonly hits: ReadonlyMap<RefusalGround, GroundHit>; readonly unverified: DocumentReason } {
  // reads the table alone, not the date: shared by the days whose members are the same
  return view.tracked(['refusals.plan', type], (v) => {
    const spec = REFUSAL_GROUND_TABLES[type];
    const hits = new Map<RefusalGround, GroundHit>();
    for (const m of v.members(spec)) {
      const ground = m.member as RefusalGround;
      const reason = ground === 'border-offence-bar' ? undefined : reasonOf(`document.refusal.${ground}`, {}, m.cite);
      hits.set(ground, deepFreeze({ m, unverified: v.member(spec, ground)?.unverified === true, reason }));
    }
    // the map is never handed out nor changed after this
    return Object.freeze({ hits, unverified: deepFreeze(reasonOf('document.unverified', { table: spec.id })) });
  });
}

const FLAG_ENTRIES = Object.entries(BOOLEAN_FLAGS) as [keyof typeof BOOLEAN_FLAGS, (typeof BOOLEAN_FLAGS)[keyof typeof BOOLEAN_FLAGS]][];

/**
 * The trusted core of {@link documentRefusals}: the same reasons for a valid input (a view, a
 * document type, flags that match `documentRefusalFlagsSchema`), without checking it.
 * The grounds in force and their reasons are computed once for the days whose table answers
 * alike (`view.tracked`); the list returned is new on each call (its reasons are frozen and
 * shared).
 *
 * @throws `ValidationError` for a fixed border-offence bar outside the range in force (as the public function).
 * @internal
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100', beyondVerified: 'flag' });
 * documentRefusalsTrusted({ view, type: 'passport', flags: { criminalSuspect: true } }).map((r) => r.code); // ['document.refusal.criminal-suspect']
 * ```
 */
export function documentRefusalsTrusted(input: DocumentRefusalInput): DocumentReason[] {
  const { view, type, flags } = input;
  const reasons: DocumentReason[] = [];
  const offence = flags.repatriatedOrConvictedBorderOffence;
  const unapproved = flags.registeredPersonnel !== undefined && !flags.registeredPersonnel.approvalLetter;
  let any = offence !== undefined || unapproved;
  if (!any) for (const [flag] of FLAG_ENTRIES) if (flags[flag] === true) any = true;
  if (!any) return reasons;
  const plan = refusalPlan(view, type);
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
    const r = h ? borderOffenceReason(view, offence, 'refusal', ['flags', 'repatriatedOrConvictedBorderOffence'], h.m.cite) : undefined;
    if (r) reasons.push(r);
  }
  if (unapproved) {
    const h = plan.hits.get('registered-personnel-without-approval');
    if (h?.reason) {
      unverified ||= h.unverified;
      reasons.push(h.reason);
    }
  }
  if (unverified) reasons.push(plan.unverified);
  return reasons;
}
