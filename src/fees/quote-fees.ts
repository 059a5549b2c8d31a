/**
 * Itemised fee quotes: one line per item, each with its label, amount in fen, the notice that
 * set it and any exemption applied. A quote is partial, not all-or-nothing: an item that cannot
 * be priced (no fee set on the date, postage the office does not price, a figure past the
 * verified date when unverified figures were not asked for) is a line marked unpriced with its
 * reason, every other line stands, and the quote says whether its total is complete.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { type Issue, type Locale, type LocalizedText, ValidationError, isLocale, showValue } from '../rules/errors.js';
import { isDateOrInstant, readDateOrInstant } from '../rules/instant.js';
import { civilDateSchema, type Period } from '../rules/period.js';
import { type MemoPart, type PolicyAtOptions, PolicyView, type ResolvedValue, type RuleSource, UnknownTableError, UnverifiedDateError, policyAt } from '../rules/policy-at.js';
import type { Policy } from '../rules/policy.js';
import { type Reason, renderReason } from '../rules/reasons.js';
import type { Label, ValueTableHead } from '../rules/table.js';
import { parseOrThrow, REPORT_INPUT } from '../rules/zod-issues.js';
import { computeNoted, foundNoted, type Noted } from '../rules/read-notes.js';
import { deepFreeze } from '../rules/snapshot.js';
import { issue, objectIssues, own } from '../documents/checks.js';
import { FEE_REASONS } from './fee-reasons.js';
import { POSTAGE, type PostageRule, SUSPENDED_REISSUE_FREE, feeItemSpec } from './fee-tables.js';
import type { Fen } from './money.js';

const quantity = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(99)));

/** The most items one quote takes (a combined form has a handful). */
const MAX_ITEMS = 100;

/**
 * Items priced by a single table: `passport.issue`, `hkmo-permit.issue` …
 *
 * @internal
 * @example
 * ```ts
 * SIMPLE_ITEMS.includes('passport.issue'); // true
 * ```
 */
export const SIMPLE_ITEMS = Object.freeze([
  'passport.issue',
  'passport.renewal',
  'passport.replacement-lost',
  'passport.annotation',
  'hkmo-permit.issue',
  'hkmo-permit.booklet-annotation',
  'hkmo-one-way-permit.issue',
  'taiwan-permit.booklet',
  'taiwan-permit.card',
  'taiwan-single-trip-permit.issue',
  'exit-entry-permit.single',
  'exit-entry-permit.double',
  'exit-entry-permit.multi',
] as const);

const ENTRIES = ['single', 'double', 'multi'] as const;

/**
 * Schema of one requested fee item. Endorsements name their validity and entries; the fee band
 * follows from them (single, double, multiple up to 1 year, over 1 to 2 years, over 2 and
 * under 3 years, 3 years or more). `quantity` is 1 to 99.
 *
 * @example
 * ```ts
 * feeItemSchema.parse({ item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi' });
 * ```
 */
export const feeItemSchema = /* @__PURE__ */ z.discriminatedUnion('item', [
  /* @__PURE__ */ z.strictObject({ item: /* @__PURE__ */ z.enum(SIMPLE_ITEMS), quantity }),
  /* @__PURE__ */ z.strictObject({
    item: /* @__PURE__ */ z.literal('hkmo-endorsement'),
    validityMonths: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(120)),
    entries: /* @__PURE__ */ z.enum(ENTRIES),
    /** A tourist endorsement left unused by the 2020 suspension, issued again. */
    reissueOfSuspended: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
    quantity,
  }),
  /* @__PURE__ */ z.strictObject({ item: /* @__PURE__ */ z.literal('taiwan-endorsement'), entries: /* @__PURE__ */ z.enum(['single', 'multi']), quantity }),
]);

/**
 * One requested fee item.
 *
 * @example
 * ```ts
 * const items: FeeItem[] = [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 3, entries: 'single', quantity: 2 }];
 * ```
 */
export type FeeItem = z.infer<typeof feeItemSchema>;

/**
 * Schema of the input of {@link quoteFeesAt} and `quoteFees`: 1 to 100 items, the acceptance
 * date or instant, the office's division, and optionally the applicant (birth date, disability:
 * postage exemptions), the delivery and whether the photo is taken at the office.
 *
 * @example
 * ```ts
 * feeQuoteInputSchema.parse({ items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100' });
 * ```
 */
export const feeQuoteInputSchema = /* @__PURE__ */ z.strictObject({
  items: /* @__PURE__ */ z.array(feeItemSchema).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(MAX_ITEMS)),
  /** Acceptance date or instant: it chooses the fee schedule. */
  acceptedOn: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.refine(isDateOrInstant, 'expected an ISO 8601 instant with an explicit offset (2025-01-24T10:00:00+08:00) or a civil date YYYY-MM-DD')),
  /** GB/T 2260 code of the accepting office. */
  division: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code')),
  applicant: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.strictObject({ birthDate: /* @__PURE__ */ z.optional(civilDateSchema), disabled: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()) })),
  delivery: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['collect', 'post'])),
  /** The photo is taken at the office. */
  photo: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
});

/**
 * Input of a fee quote.
 *
 * @example
 * ```ts
 * const input: FeeQuoteInput = { items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100', delivery: 'post' };
 * ```
 */
export type FeeQuoteInput = z.infer<typeof feeQuoteInputSchema>;

/**
 * A priced line of a quote.
 *
 * @example
 * ```ts
 * const line = quote.lines[0]; // { priced: true, item: 'passport.issue', amountFen: 12000, cite: { number: '发改价格〔2019〕914号', … }, … }
 * if (line?.priced) console.log(line.amountFen);
 * ```
 */
export interface PricedFeeLine {
  readonly priced: true;
  /** Fee item code, e.g. `hkmo-endorsement.multi-1y`, `photo`, `delivery.post`. */
  readonly item: string;
  readonly label: Label;
  readonly quantity: number;
  readonly unitFen: Fen;
  /** `unitFen × quantity`, or 0 when exempt. */
  readonly amountFen: Fen;
  readonly cite: Citation;
  /** The fee period the acceptance date falls in. */
  readonly period: Period;
  readonly source: RuleSource;
  /** Why the line is not charged. */
  readonly exemption?: Reason;
  /** Why the figure is not fully verified. */
  readonly uncertain?: string;
  /** The date is past the table's `verifiedThrough` (only with `beyondVerified: 'flag'`). */
  readonly unverified: boolean;
}

/**
 * A line the quote cannot price, with why: `fee.not-priced` (no fee set on the date; `cite` is
 * the entry that ended it, when one did), `fee.postage.not-set` (the office sets no postage),
 * `fee.rule-beyond-verified` (past the table's verified date without `beyondVerified: 'flag'`),
 * `fee.table-missing` (a policy without the table). `message` renders the reason in both
 * locales from `FEE_REASONS`.
 *
 * @example
 * ```ts
 * const line: UnpricedFeeLine = quote.unpriced[0];
 * line.reason.code;       // 'fee.postage.not-set'
 * line.message['zh-CN'];  // '证件邮寄费由各地自定，2019-07-01没有受理地（110100）的邮寄费标准，未计价'
 * ```
 */
export interface UnpricedFeeLine {
  readonly priced: false;
  /** Fee item code, as on a priced line. */
  readonly item: string;
  readonly label: Label;
  readonly quantity: number;
  readonly reason: Reason;
  readonly message: LocalizedText;
  /** The lookup ran past the table's `verifiedThrough`. */
  readonly unverified: boolean;
}

/**
 * One line of a quote, priced or not (`priced` tells which).
 *
 * @example
 * ```ts
 * for (const l of quote.lines) console.log(l.item, l.priced ? l.amountFen : l.message.en);
 * ```
 */
export type FeeLine = PricedFeeLine | UnpricedFeeLine;

/**
 * A fee quote: a line per item in the order asked (then the photo, then postage), priced or
 * marked unpriced with its reason; `totalFen` is the sum of the priced lines and `complete`
 * says whether every line is priced (`unpriced` lists those that are not).
 *
 * @example
 * ```ts
 * const q: FeeQuote = quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '110100', delivery: 'post' });
 * q.totalFen;  // 12000: the passport
 * q.complete;  // false: Beijing sets no postage in the data
 * q.unpriced[0]?.reason.code; // 'fee.postage.not-set'
 * ```
 */
export interface FeeQuote {
  readonly acceptedOn: CivilDate;
  readonly division: string;
  readonly lines: readonly FeeLine[];
  /** The sum of the priced lines. */
  readonly totalFen: Fen;
  /** Every line is priced: `totalFen` is the whole fee. */
  readonly complete: boolean;
  /** The lines not priced (the same objects as in `lines`). */
  readonly unpriced: readonly UnpricedFeeLine[];
}

/**
 * The fee band (fee table) of an HK/Macau endorsement from its validity and entries, as the
 * fee notices define the bands: single; double; multiple up to 1 year; over 1 and up to 2
 * years; over 2 and under 3 years; 3 years or more.
 *
 * @throws `ValidationError` listing every problem: `validityMonths` not a whole number from 1 to
 * 120, `entries` not `single`, `double` or `multi`.
 * @example
 * ```ts
 * hkmoEndorsementBand(3, 'multi');  // 'hkmo-endorsement.multi-1y' (3-month multi-entry T)
 * hkmoEndorsementBand(36, 'multi'); // 'hkmo-endorsement.multi-3y'
 * ```
 */
export function hkmoEndorsementBand(validityMonths: number, entries: 'single' | 'double' | 'multi'): string {
  const issues: Issue[] = [];
  if (!(typeof validityMonths === 'number' && Number.isInteger(validityMonths) && validityMonths >= 1 && validityMonths <= 120)) {
    issues.push(issue(['validityMonths'], 'invalid-number', `expected a whole number of months from 1 to 120, got ${showValue(validityMonths)}`, `应为1至120之间的整月数，实际为${showValue(validityMonths)}`));
  }
  if (!(ENTRIES as readonly unknown[]).includes(entries)) issues.push(issue(['entries'], 'invalid-value', `expected 'single', 'double' or 'multi', got ${showValue(entries)}`, `应为single、double或multi，实际为${showValue(entries)}`));
  if (issues.length) throw new ValidationError({ 'zh-CN': '签注收费档次的输入无效', en: 'Invalid endorsement fee band input' }, issues);
  return bandOf(validityMonths, entries);
}

function bandOf(validityMonths: number, entries: 'single' | 'double' | 'multi'): string {
  if (entries === 'single') return 'hkmo-endorsement.single';
  if (entries === 'double') return 'hkmo-endorsement.double';
  if (validityMonths <= 12) return 'hkmo-endorsement.multi-1y';
  if (validityMonths <= 24) return 'hkmo-endorsement.multi-2y';
  if (validityMonths < 36) return 'hkmo-endorsement.multi-lt3y';
  return 'hkmo-endorsement.multi-3y';
}

function itemCode(i: FeeItem): string {
  if (i.item === 'hkmo-endorsement') return bandOf(i.validityMonths, i.entries);
  if (i.item === 'taiwan-endorsement') return `taiwan-endorsement.${i.entries}`;
  return i.item;
}

/** Whole years on `on` of a person born on `birth` (negative when born later: no exemption then). */
function ageOnDate(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}

type InForce<T> = Extract<ResolvedValue<T>, { inForce: true }>;

/** A table's value on the view, or why the item it prices cannot be priced. */
function lookup<T>(view: PolicyView, spec: ValueTableHead<T>, item: string, division: string, date: string): { readonly r: InForce<T> } | { readonly reason: Reason; readonly unverified: boolean } {
  let r: ResolvedValue<T>;
  try {
    r = view.value(spec);
  } catch (e) {
    // the view was asked for errors past the verified date, or the policy lacks the table: this line only
    if (e instanceof UnverifiedDateError) return { reason: { code: 'fee.rule-beyond-verified', params: { item, date, verifiedThrough: e.verifiedThrough } }, unverified: true };
    if (e instanceof UnknownTableError) return { reason: { code: 'fee.table-missing', params: { item, table: spec.id } }, unverified: false };
    throw e;
  }
  if (r.inForce) return { r };
  const reason: Reason = item === 'delivery.post' ? { code: 'fee.postage.not-set', params: { division, date } } : { code: 'fee.not-priced', params: { item, date } };
  return { reason: r.cite ? { ...reason, cite: r.cite } : reason, unverified: r.unverified };
}

function unpriced(item: string, label: Label, qty: number, reason: Reason, unverified: boolean): UnpricedFeeLine {
  return { priced: false, item, label, quantity: qty, reason, message: { 'zh-CN': renderReason(reason, 'zh-CN', FEE_REASONS), en: renderReason(reason, 'en', FEE_REASONS) }, unverified };
}

/** A line from a resolved fee entry; an exemption keeps the unit price and charges 0. */
function priced(item: string, label: Label, qty: number, unitFen: number, r: InForce<unknown>, exemption?: Reason): PricedFeeLine {
  const line = { priced: true as const, item, label, quantity: qty, unitFen: unitFen as Fen, amountFen: (exemption ? 0 : unitFen * qty) as Fen, cite: r.cite, period: r.period, source: r.source, unverified: r.unverified };
  return { ...line, ...(exemption ? { exemption } : {}), ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }) };
}

/** The quote itself (no memo, no checks): what `quoteFeesTrusted` computes once per key. Never throws for a schema-valid input. */
function quoteOn(view: PolicyView, input: FeeQuoteInput): FeeQuote {
  return { acceptedOn: view.date, ...quoteLines(view, input, view.date) };
}

/** Stands for the acceptance date in the reasons of the lines of a quote shared between days (see {@link onDate}). */
const DATE_SLOT = '\u0000acceptance-date';

/**
 * The quote but its date; `date` is the one written into the reasons of the lines it cannot
 * price ({@link DATE_SLOT} in a quote shared between days). It reads the view's date only for a
 * postage exemption by age.
 */
function quoteLines(view: PolicyView, input: FeeQuoteInput, date: string): Omit<FeeQuote, 'acceptedOn'> {
  const lines: FeeLine[] = [];
  const division = input.division;
  const price = (item: string, spec: ValueTableHead<number>, qty: number, exemption?: { readonly reason: Reason } | { readonly fail: { readonly reason: Reason; readonly unverified: boolean } }) => {
    if (exemption && 'fail' in exemption) {
      lines.push(unpriced(item, spec.label, qty, exemption.fail.reason, exemption.fail.unverified));
      return;
    }
    const found = lookup(view, spec, item, division, date);
    lines.push('r' in found ? priced(item, spec.label, qty, found.r.value, found.r, exemption?.reason) : unpriced(item, spec.label, qty, found.reason, found.unverified));
  };
  for (const i of input.items) {
    const code = itemCode(i);
    const spec = feeItemSpec(code) as ValueTableHead<number>; // every band of the schema has a table
    let exemption: { readonly reason: Reason } | { readonly fail: { readonly reason: Reason; readonly unverified: boolean } } | undefined;
    if (i.item === 'hkmo-endorsement' && i.reissueOfSuspended) {
      const free = lookup(view, SUSPENDED_REISSUE_FREE, code, division, date);
      if ('r' in free) {
        if (free.r.value) exemption = { reason: { code: 'fee.exemption.suspended-reissue', params: {}, cite: free.r.cite } };
      } else if (free.reason.code !== 'fee.not-priced') exemption = { fail: free }; // no rule in force is no exemption; a rule that cannot be read leaves the line open
    }
    price(code, spec, i.quantity ?? 1, exemption);
  }
  if (input.photo) price('photo', feeItemSpec('photo') as ValueTableHead<number>, 1);
  if (input.delivery === 'post') {
    const found = lookup(view, POSTAGE, 'delivery.post', division, date);
    if (!('r' in found)) lines.push(unpriced('delivery.post', POSTAGE.label, 1, found.reason, found.unverified));
    else {
      const rule = found.r.value;
      const qty = rule.per === 'parcel' ? 1 : input.items.reduce((sum, i) => sum + (i.quantity ?? 1), 0);
      const birth = input.applicant?.birthDate;
      // the age matters only under a rule that exempts by age (the date is read then only)
      const age = birth === undefined || !rule.freeFor.includes('age-60-plus') ? undefined : ageOnDate(birth, view.date);
      let exemption: Reason | undefined;
      if (age !== undefined && age >= 60) exemption = { code: 'fee.exemption.age-60-plus', params: { age }, cite: found.r.cite };
      else if (input.applicant?.disabled && rule.freeFor.includes('disabled')) exemption = { code: 'fee.exemption.disabled', params: {}, cite: found.r.cite };
      lines.push(priced('delivery.post', POSTAGE.label, qty, rule.fen, found.r, exemption));
    }
  }
  let total = 0;
  const open: UnpricedFeeLine[] = [];
  for (const l of lines) {
    if (l.priced) total += l.amountFen;
    else open.push(l);
  }
  return { division, lines, totalFen: total as Fen, complete: open.length === 0, unpriced: open };
}

const freeze = Object.freeze;

/** A quote shared between days on `date`: the acceptance date and the reasons of the lines it cannot price written in (frozen). */
function onDate(shared: Omit<FeeQuote, 'acceptedOn'>, date: CivilDate): FeeQuote {
  // the shared parts are deeply frozen already: only what is new here is frozen
  if (shared.unpriced.length === 0) return freeze({ acceptedOn: date, ...shared });
  const lines: FeeLine[] = [];
  const open: UnpricedFeeLine[] = [];
  for (const l of shared.lines) {
    if (l.priced) lines.push(l);
    else {
      let dated = l;
      if (l.reason.params['date'] === DATE_SLOT) {
        const reason = freeze({ ...l.reason, params: freeze({ ...l.reason.params, date }) });
        const line = unpriced(l.item, l.label, l.quantity, reason, l.unverified);
        freeze(line.message);
        dated = freeze(line);
      }
      lines.push(dated);
      open.push(dated);
    }
  }
  return freeze({ acceptedOn: date, division: shared.division, lines: freeze(lines), totalFen: shared.totalFen, complete: shared.complete, unpriced: freeze(open) });
}

/** The postage rule in force on the view, if one can be read. */
function postageRule(view: PolicyView): PostageRule | undefined {
  const found = lookup(view, POSTAGE, 'delivery.post', '', view.date);
  return 'r' in found ? found.r.value : undefined;
}

/** The facts of an applicant that a postage rule's exemptions read: the age on the view's date (60 or over), disability. */
function postageFacts(rule: PostageRule, view: PolicyView, input: FeeQuoteInput): string {
  const birth = input.applicant?.birthDate;
  const age = birth === undefined || !rule.freeFor.includes('age-60-plus') ? undefined : ageOnDate(birth, view.date);
  // only an age of 60 or over can change the line (and then it is quoted in the exemption)
  return `${age !== undefined && age >= 60 ? age : ''}${input.applicant?.disabled && rule.freeFor.includes('disabled') ? '+disabled' : ''}`;
}

/** How many postage-fact variants of one quote are kept (ages 60+ and disability: far fewer in practice). */
const FACTS_LIMIT = 256;

/** The quotes of one key whose postage exemptions depend on the applicant, by their postage facts. */
class ByPostageFacts {
  readonly rule: PostageRule;
  /** With the tables each read (see read-notes.ts): found here, a quote's reads are noted again. */
  readonly quotes = new Map<string, Noted>();
  constructor(rule: PostageRule) {
    this.rule = rule;
  }
}

/**
 * The trusted core of {@link quoteFeesAt} (and of `quoteFees` after its checks): the same quote
 * for an input that matches {@link feeQuoteInputSchema} on the view at the acceptance date and
 * office, without checking it. Never throws: an item it cannot price is an unpriced line. A
 * quote depends on the view, the items (fee band, quantity, re-issue), the photo, the delivery,
 * the division and, where the office's postage rule exempts someone, the applicant's postage
 * facts: it is computed once per view for each and shared (frozen), unpriced lines included.
 * Postal delivery where the office prices no postage is found by the same one lookup as
 * collection: an incomplete quote costs what a complete one does.
 *
 * @internal
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2025-01-24', { division: '510100', beyondVerified: 'flag' });
 * quoteFeesTrusted(view, {
 *   items: [{ item: 'hkmo-permit.issue' }, { item: 'hkmo-endorsement', validityMonths: 12, entries: 'single' }],
 *   acceptedOn: '2025-01-24', division: '510100', delivery: 'post',
 * }).totalFen; // 8500
 * ```
 */
export function quoteFeesTrusted(view: PolicyView, input: FeeQuoteInput): FeeQuote {
  const post = input.delivery === 'post';
  const key: MemoPart[] = ['fees.quote', input.division, input.photo === true, post];
  for (const i of input.items) key.push(itemCode(i), i.quantity ?? 1, i.item === 'hkmo-endorsement' && i.reissueOfSuspended === true);
  const kept = view.memo(key, (): FeeQuote | ByPostageFacts => {
    const rule = post ? postageRule(view) : undefined;
    if (rule !== undefined && rule.freeFor.length > 0) return new ByPostageFacts(rule);
    // no fact of the applicant counts: the lines are shared by every view whose rules read the same (view.tracked), only the date is the view's
    return onDate(view.tracked(key, (v) => deepFreeze(quoteLines(v, input, DATE_SLOT))), view.date);
  });
  if (!(kept instanceof ByPostageFacts)) return kept;
  const facts = postageFacts(kept.rule, view, input);
  const quote = () => deepFreeze(quoteOn(view, input));
  let q = kept.quotes.get(facts);
  if (q === undefined) {
    q = computeNoted(quote);
    if (kept.quotes.size >= FACTS_LIMIT) kept.quotes.clear(); // a cache only
    kept.quotes.set(facts, q);
  }
  return foundNoted(q, quote) as FeeQuote;
}

const TITLE: LocalizedText = { 'zh-CN': '收费报价输入无效', en: 'Invalid fee quote input' };

/** Adds an issue unless `value` is absent or a locale; the locale to write in. */
function localeIssue(value: unknown, path: readonly PropertyKey[], issues: Issue[]): Locale {
  if (value === undefined) return 'en';
  if (isLocale(value)) return value;
  issues.push(issue(path, 'unknown-locale', `unknown locale ${showValue(value)}: use 'zh-CN' or 'en'`, `不支持的语言${showValue(value)}：可用zh-CN或en`));
  return 'en';
}

/**
 * Options of {@link quoteFeesAt}.
 *
 * @example
 * ```ts
 * const o: QuoteFeesAtOptions = { locale: 'zh-CN' };
 * ```
 */
export interface QuoteFeesAtOptions {
  /** The locale of error messages (default `en`; every issue carries both). */
  readonly locale?: Locale;
}

/**
 * Prices the items of an application on a policy view (the rules in force on the acceptance
 * date at the office). Lower level than `quoteFees`: the caller resolved the policy. An item
 * that cannot be priced is an unpriced line with its reason (see {@link FeeQuote}).
 *
 * @throws `ValidationError` listing every problem: a `view` that is not a `PolicyView`, an input
 * that does not match {@link feeQuoteInputSchema}, an `acceptedOn` whose date (Asia/Shanghai)
 * or a `division` other than the view's, options other than `{ locale? }`.
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2019-07-01', { division: '510100' });
 * quoteFeesAt(view, { items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100' }).totalFen; // 12000
 * ```
 */
export function quoteFeesAt(view: PolicyView, input: FeeQuoteInput, options?: QuoteFeesAtOptions): FeeQuote {
  const issues: Issue[] = [];
  const locale = options !== undefined && objectIssues(options, ['options'], ['locale'], issues) ? localeIssue(own(options, 'locale'), ['options', 'locale'], issues) : 'en';
  const isView = view instanceof PolicyView;
  if (!isView) issues.push(issue(['view'], 'invalid-view', `expected a PolicyView (policyAt(policy, date, options)), got ${showValue(view)}`, `应为PolicyView（由policyAt(policy, date, options)得到），实际为${showValue(view)}`));
  const parsed = feeQuoteInputSchema.safeParse(input, REPORT_INPUT);
  if (parsed.success && isView) {
    const date = readDateOrInstant(parsed.data.acceptedOn, ['acceptedOn']).date;
    if (date !== view.date) issues.push(issue(['acceptedOn'], 'date-mismatch', `acceptedOn falls on ${date}, not on the view's date ${view.date}: quote on the view of the acceptance date`, `受理日期为${date}，与视图日期${view.date}不符：应使用受理日期的政策视图`));
    if (parsed.data.division !== view.division) {
      issues.push(issue(['division'], 'division-mismatch', `division ${parsed.data.division} is not the view's (${view.division ?? 'national'}): quote on the view of the accepting office`, `受理地${parsed.data.division}与视图的行政区划（${view.division ?? '全国'}）不符：应使用受理地的政策视图`));
    }
  }
  const data = parseOrThrow(feeQuoteInputSchema, input, TITLE, locale, [], issues);
  return quoteFeesTrusted(view, data);
}

/**
 * Options of `quoteFees`.
 *
 * @example
 * ```ts
 * const o: QuoteFeesOptions = { policy: withChanges(defaultPolicy(), changes), beyondVerified: 'flag', locale: 'zh-CN' };
 * ```
 */
export interface QuoteFeesOptions {
  /** Defaults to the built-in policy. */
  readonly policy?: Policy;
  /** Past a table's `verifiedThrough`: the line is unpriced (`'error'`, the default) or priced and flagged `unverified` (`'flag'`). */
  readonly beyondVerified?: PolicyAtOptions['beyondVerified'];
  /** The locale of error messages (default `en`; every issue carries both). */
  readonly locale?: Locale;
}

/**
 * `quoteFees` under a given policy, with its settings already checked (`extra` holds the
 * problems found in them): the public function, which defaults the policy to the built-in one,
 * lives above the areas.
 *
 * @throws `ValidationError` listing every problem of `input` and `extra`; `UnknownDivisionError`
 * for a division not in the catalogue.
 * @internal
 * @example
 * ```ts
 * quoteFeesUnder(policy, input, {}); // as quoteFees(input, { policy })
 * ```
 */
export function quoteFeesUnder(policy: Policy, input: FeeQuoteInput, settings: Omit<QuoteFeesOptions, 'policy'>, extra: readonly Issue[] = []): FeeQuote {
  const data = parseOrThrow(feeQuoteInputSchema, input, TITLE, settings.locale ?? 'en', [], extra);
  const date = readDateOrInstant(data.acceptedOn, ['acceptedOn']).date;
  const view = policyAt(policy, date, { division: data.division, beyondVerified: settings.beyondVerified === 'flag' ? 'flag' : 'error' });
  return quoteFeesTrusted(view, data);
}
