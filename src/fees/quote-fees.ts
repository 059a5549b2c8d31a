/**
 * Itemised fee quotes: one line per item, each with its label, amount in fen, the notice that
 * set it and any exemption applied; the total is the sum of the lines.
 *
 * @module
 */
import * as z from 'zod';
import type { Citation } from '../rules/citation.js';
import type { CivilDate } from '../rules/civil-date.js';
import { type Issue, ValidationError } from '../rules/errors.js';
import { isDateOrInstant, readDateOrInstant } from '../rules/instant.js';
import { civilDateSchema, type Period } from '../rules/period.js';
import { type MemoPart,type PolicyAtOptions, type PolicyView, type ResolvedValue, type RuleSource, policyAt } from '../rules/policy-at.js';
import type { Policy } from '../rules/policy.js';
import type { Reason } from '../rules/reasons.js';
import type { Label, ValueTableSpec } from '../rules/table.js';
import { FEE_ITEM_TABLES, POSTAGE, SUSPENDED_REISSUE_FREE } from './fee-tables.js';
import { type Fen, fen, sumFen } from './money.js';
import { deepFreeze } from '../rules/snapshot.js';

// the labels go into every quote: nobody may change them
for (const spec of FEE_ITEM_TABLES.values()) deepFreeze(spec.label);
deepFreeze(POSTAGE.label);

const quantity = z.number().int().min(1).max(99).optional();

/**
 * Items priced by a single table: `passport.issue`, `hkmo-permit.issue` …
 *
 * @internal
 * @example
 * ```ts
 * SIMPLE_ITEMS.includes('passport.issue'); // true
 * ```
 */
export const SIMPLE_ITEMS = [
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
] as const;

/**
 * Schema of one requested fee item. Endorsements name their validity and entries; the fee band
 * follows from them (single, double, multiple up to 1 year, over 1 to 2 years, over 2 and
 * under 3 years, 3 years or more).
 *
 * @example
 * ```ts
 * feeItemSchema.parse({ item: 'hkmo-endorsement', validityMonths: 12, entries: 'multi' });
 * ```
 */
export const feeItemSchema = z.discriminatedUnion('item', [
  z.object({ item: z.enum(SIMPLE_ITEMS), quantity }).strict(),
  z
    .object({
      item: z.literal('hkmo-endorsement'),
      validityMonths: z.number().int().min(1).max(120),
      entries: z.enum(['single', 'double', 'multi']),
      /** A tourist endorsement left unused by the 2020 suspension, issued again. */
      reissueOfSuspended: z.boolean().optional(),
      quantity,
    })
    .strict(),
  z.object({ item: z.literal('taiwan-endorsement'), entries: z.enum(['single', 'multi']), quantity }).strict(),
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
 * Schema of the input of {@link quoteFeesAt}.
 *
 * @example
 * ```ts
 * feeQuoteInputSchema.parse({ items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100' });
 * ```
 */
export const feeQuoteInputSchema = z
  .object({
    items: z.array(feeItemSchema).min(1),
    /** Acceptance date or instant: it chooses the fee schedule. */
    acceptedOn: z.string().refine(isDateOrInstant, 'expected a civil date YYYY-MM-DD or an ISO 8601 instant with an offset'),
    /** GB/T 2260 code of the accepting office. */
    division: z.string().regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code'),
    applicant: z.object({ birthDate: civilDateSchema.optional(), disabled: z.boolean().optional() }).strict().optional(),
    delivery: z.enum(['collect', 'post']).optional(),
    /** The photo is taken at the office. */
    photo: z.boolean().optional(),
  })
  .strict();

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
 * One line of a quote.
 *
 * @example
 * ```ts
 * const line: FeeLine = quote.lines[0]; // { item: 'passport.issue', amountFen: 12000, cite: { number: '发改价格〔2019〕914号', … }, … }
 * ```
 */
export interface FeeLine {
  /** Fee item code, e.g. `hkmo-endorsement.multi-1y`, `delivery.post`. */
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
 * A fee quote: lines and their total.
 *
 * @example
 * ```ts
 * const q: FeeQuote = quoteFees({ items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100' });
 * q.totalFen; // 12000
 * ```
 */
export interface FeeQuote {
  readonly acceptedOn: CivilDate;
  readonly division: string;
  readonly lines: readonly FeeLine[];
  readonly totalFen: Fen;
}

/**
 * The fee band (fee table) of an HK/Macau endorsement from its validity and entries, as the
 * fee notices define the bands: single; double; multiple up to 1 year; over 1 and up to 2
 * years; over 2 and under 3 years; 3 years or more.
 *
 * @example
 * ```ts
 * hkmoEndorsementBand(3, 'multi');  // 'hkmo-endorsement.multi-1y' (3-month multi-entry T)
 * hkmoEndorsementBand(36, 'multi'); // 'hkmo-endorsement.multi-3y'
 * ```
 */
export function hkmoEndorsementBand(validityMonths: number, entries: 'single' | 'double' | 'multi'): string {
  if (entries === 'single') return 'hkmo-endorsement.single';
  if (entries === 'double') return 'hkmo-endorsement.double';
  if (validityMonths <= 12) return 'hkmo-endorsement.multi-1y';
  if (validityMonths <= 24) return 'hkmo-endorsement.multi-2y';
  if (validityMonths < 36) return 'hkmo-endorsement.multi-lt3y';
  return 'hkmo-endorsement.multi-3y';
}

function itemCode(i: FeeItem): string {
  if (i.item === 'hkmo-endorsement') return hkmoEndorsementBand(i.validityMonths, i.entries);
  if (i.item === 'taiwan-endorsement') return `taiwan-endorsement.${i.entries}`;
  return i.item;
}

function ageOnDate(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) >= birth.slice(5) ? years : years - 1;
}

/**
 * Prices the items of an application on a policy view (the rules in force on the acceptance
 * date at the office). Lower level than {@link quoteFees}: the caller resolved the policy.
 *
 * @throws `ValidationError` listing every problem: schema issues, items with no fee on the date
 * (e.g. before the earliest table, or a 2-year endorsement before 2005-03-01), postage where the
 * office sets none.
 * @example
 * ```ts
 * const view = policyAt(defaultPolicy(), '2019-07-01', { division: '510100' });
 * quoteFeesAt(view, { items: [{ item: 'passport.issue' }], acceptedOn: '2019-07-01', division: '510100' }).totalFen; // 12000
 * ```
 */
export function quoteFeesAt(view: PolicyView, input: FeeQuoteInput): FeeQuote {
  return quoteOn(view, input);
}

/** The quote itself (no memo): `quoteFeesAt` for any input, and what `quoteFeesTrusted` computes once per key. */
function quoteOn(view: PolicyView, input: FeeQuoteInput): FeeQuote {
  const issues: Issue[] = [];
  const lines: FeeLine[] = [];
  /** A line from a resolved fee entry; an exemption keeps the unit price and charges 0. */
  const line = (item: string, label: Label, qty: number, unitFen: number, r: Extract<ResolvedValue<unknown>, { inForce: true }>, exemption?: Reason): FeeLine => ({
    item,
    label,
    quantity: qty,
    unitFen: fen(unitFen),
    amountFen: exemption ? fen(0) : fen(unitFen * qty),
    cite: r.cite,
    period: r.period,
    source: r.source,
    unverified: r.unverified,
    ...(exemption ? { exemption } : {}),
    ...(r.uncertain === undefined ? {} : { uncertain: r.uncertain }),
  });
  const price = (code: string, spec: ValueTableSpec<number>, qty: number, path: PropertyKey[], exemption?: Reason) => {
    const r = view.value(spec);
    if (r.inForce) lines.push(line(code, spec.label, qty, r.value, r, exemption));
    else issues.push({ path, code: 'not-priced', message: `no fee is set for ${code} on ${view.date} (${r.reason})` });
  };
  input.items.forEach((i, n) => {
    const code = itemCode(i);
    const spec = FEE_ITEM_TABLES.get(code);
    if (!spec) {
      issues.push({ path: ['items', n, 'item'], code: 'unknown-item', message: `unknown fee item ${code}` });
      return;
    }
    let exemption: Reason | undefined;
    if (i.item === 'hkmo-endorsement' && i.reissueOfSuspended) {
      const free = view.value(SUSPENDED_REISSUE_FREE);
      if (free.inForce && free.value) exemption = { code: 'fee.exemption.suspended-reissue', params: {}, cite: free.cite };
    }
    price(code, spec, i.quantity ?? 1, ['items', n], exemption);
  });
  if (input.photo) {
    const spec = FEE_ITEM_TABLES.get('photo');
    if (spec) price('photo', spec, 1, ['photo']);
  }
  if (input.delivery === 'post') {
    const r = view.value(POSTAGE);
    if (!r.inForce) {
      issues.push({ path: ['delivery'], code: 'not-priced', message: `the office (${input.division}) sets no postal delivery fee on ${view.date}` });
    } else {
      const rule = r.value;
      const qty = rule.per === 'parcel' ? 1 : input.items.reduce((sum, i) => sum + (i.quantity ?? 1), 0);
      const birth = input.applicant?.birthDate;
      const age = birth === undefined ? undefined : ageOnDate(birth, view.date);
      let exemption: Reason | undefined;
      if (age !== undefined && age >= 60 && rule.freeFor.includes('age-60-plus')) exemption = { code: 'fee.exemption.age-60-plus', params: { age }, cite: r.cite };
      else if (input.applicant?.disabled && rule.freeFor.includes('disabled')) exemption = { code: 'fee.exemption.disabled', params: {}, cite: r.cite };
      lines.push(line('delivery.post', POSTAGE.label, qty, rule.fen, r, exemption));
    }
  }
  if (issues.length) throw new ValidationError('Cannot quote these fees', issues);
  return { acceptedOn: view.date, division: input.division, lines, totalFen: sumFen(lines.map((l) => l.amountFen)) };
}

/** The postage facts of a quote: the age on the view's date when it may waive the fee, and disability. */
function postageKey(view: PolicyView, input: FeeQuoteInput): string {
  if (input.delivery !== 'post') return '';
  const birth = input.applicant?.birthDate;
  const age = birth === undefined ? undefined : ageOnDate(birth, view.date);
  // only an age of 60 or over can change the line (and then it is quoted in the exemption)
  return `post${age !== undefined && age >= 60 ? age : ''}${input.applicant?.disabled ? '+disabled' : ''}`;
}

/**
 * The trusted core of {@link quoteFeesAt} (and of {@link quoteFees} after its schema check):
 * the same quote for an input that matches {@link feeQuoteInputSchema} on the view at the
 * acceptance date, without checking it. A quote depends on the view, the items (fee band,
 * quantity, re-issue), the photo, the delivery, the postage facts and the division: it is
 * computed once per view for each and shared (frozen).
 *
 * @throws `ValidationError` as {@link quoteFeesAt} for items with no fee on the date or postage the office does not price.
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
  const key: MemoPart[] = ['fees.quote', input.division, input.photo === true, postageKey(view, input)];
  for (const i of input.items) key.push(itemCode(i), i.quantity ?? 1, i.item === 'hkmo-endorsement' && i.reissueOfSuspended === true);
  return view.memo(key, () => deepFreeze(quoteOn(view, input)));
}

/**
 * Options of {@link quoteFees}.
 *
 * @example
 * ```ts
 * const o: QuoteFeesOptions = { policy: withChanges(defaultPolicy(), changes), beyondVerified: 'flag' };
 * ```
 */
export interface QuoteFeesOptions {
  /** Defaults to the built-in policy. */
  readonly policy?: Policy;
  readonly beyondVerified?: PolicyAtOptions['beyondVerified'];
}

/**
 * {@link quoteFees} under a given policy (the public function, which defaults the policy to the
 * built-in one, lives above the areas).
 *
 * @internal
 * @example
 * ```ts
 * quoteFeesUnder(policy, input, {}); // as quoteFees(input, { policy })
 * ```
 */
export function quoteFeesUnder(policy: Policy, input: FeeQuoteInput, options: Omit<QuoteFeesOptions, 'policy'>): FeeQuote {
  const r = feeQuoteInputSchema.safeParse(input);
  if (!r.success) throw new ValidationError('Invalid fee quote input', r.error.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })));
  const date = readDateOrInstant(r.data.acceptedOn, ['acceptedOn']).date;
  const view = policyAt(policy, date, { division: r.data.division, ...(options.beyondVerified ? { beyondVerified: options.beyondVerified } : {}) });
  return quoteFeesTrusted(view, r.data);
}
