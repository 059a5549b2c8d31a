/**
 * A policy is data: the national baseline, local measures keyed by administrative division
 * code (GB/T 2260), and a layer of what-if changes. It round-trips through JSON unchanged.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type Citation, citationSchema } from './citation.js';
import type { CivilDate } from './civil-date.js';
import type { Instrument } from './instrument.js';
import { instrumentSchema } from './instrument-schema.js';
import { civilDateSchema } from './period.js';
import { type Label, labelSchema, type TableData, tableDataSchema } from './table.js';

const target = { table: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), division: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code'))) };
const note = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)));

/**
 * Schema of one what-if {@link Change}.
 *
 * @example
 * ```ts
 * changeSchema.parse({ op: 'add-member', table: 'endorsement.hkmo.G.cities', member: '320300', from: '2027-01-01', cite: { issuer: 'what-if', title: 'Xuzhou joins' } });
 * ```
 */
export const changeSchema = /* @__PURE__ */ z.discriminatedUnion('op', [
  /* @__PURE__ */ z.strictObject({ op: /* @__PURE__ */ z.literal('set'), ...target, from: civilDateSchema, to: /* @__PURE__ */ z.optional(civilDateSchema), value: /* @__PURE__ */ z.unknown(), cite: citationSchema, note }),
  /* @__PURE__ */ z.strictObject({ op: /* @__PURE__ */ z.literal('end'), ...target, from: civilDateSchema, cite: citationSchema, note }),
  /* @__PURE__ */ z.strictObject({ op: /* @__PURE__ */ z.literal('add-member'), ...target, member: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), from: civilDateSchema, to: /* @__PURE__ */ z.optional(civilDateSchema), cite: citationSchema, note }),
  /* @__PURE__ */ z.strictObject({ op: /* @__PURE__ */ z.literal('remove-member'), ...target, member: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), from: civilDateSchema, to: /* @__PURE__ */ z.optional(civilDateSchema), cite: citationSchema, note }),
]);

/**
 * A what-if change, written as data by policy testers:
 * - `set`: the table's value is `value` from `from` (through `to`, else open-ended);
 * - `end`: the rule stops existing from `from`;
 * - `add-member` / `remove-member`: a member joins or leaves a set for a period.
 * With `division`, the change is a local measure of that division.
 *
 * @example
 * ```ts
 * const halveFee: Change = { op: 'set', table: 'fee.passport.first-issue', from: '2027-01-01', value: 6000, cite: { issuer: 'what-if', title: 'Fee halved' } };
 * ```
 */
export type Change =
  | { readonly op: 'set'; readonly table: string; readonly division?: string; readonly from: CivilDate; readonly to?: CivilDate; readonly value: unknown; readonly cite: Citation; readonly note?: string }
  | { readonly op: 'end'; readonly table: string; readonly division?: string; readonly from: CivilDate; readonly cite: Citation; readonly note?: string }
  | { readonly op: 'add-member' | 'remove-member'; readonly table: string; readonly division?: string; readonly member: string; readonly from: CivilDate; readonly to?: CivilDate; readonly cite: Citation; readonly note?: string };

/**
 * Local measures of one division: its own tables, overriding (values) or extending (sets) the
 * national ones.
 *
 * @example
 * ```ts
 * const harbin: LocalMeasures = { label: { 'zh-CN': '哈尔滨市', en: 'Harbin' }, tables: {} };
 * ```
 */
export interface LocalMeasures {
  readonly label?: Label;
  readonly tables: Readonly<Record<string, TableData>>;
}

/**
 * A whole policy.
 *
 * @example
 * ```ts
 * const p: Policy = { schema: 'churujing.policy/1', id: 'empty', national: {}, local: {}, changes: [] };
 * ```
 */
export interface Policy {
  readonly schema: 'churujing.policy/1';
  readonly id: string;
  readonly title?: Label;
  readonly national: Readonly<Record<string, TableData>>;
  readonly local: Readonly<Record<string, LocalMeasures>>;
  readonly changes: readonly Change[];
  /**
   * Instruments the policy cites that the built-in registry does not hold (a local measure, a
   * notice published after the release): a cite names one by its `instrument` id like any
   * other. A what-if needs none: its cite may be ad hoc (no `instrument`).
   */
  readonly instruments?: readonly Instrument[];
}

/**
 * Schema of a {@link Policy} (structure only; `validatePolicy` also checks values against
 * each table's spec, periods, citations and division codes).
 *
 * @example
 * ```ts
 * policySchema.parse({ schema: 'churujing.policy/1', id: 'empty', national: {}, local: {}, changes: [] });
 * ```
 */
export const policySchema = /* @__PURE__ */ z.strictObject({
  schema: /* @__PURE__ */ z.literal('churujing.policy/1'),
  id: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)),
  title: /* @__PURE__ */ z.optional(labelSchema),
  national: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), tableDataSchema),
  local: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code')), /* @__PURE__ */ z.strictObject({ label: /* @__PURE__ */ z.optional(labelSchema), tables: /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), tableDataSchema) })),
  changes: /* @__PURE__ */ z.array(changeSchema),
  instruments: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(instrumentSchema)),
});

/**
 * The JSON Schema (draft 2020-12) of a policy file, for editors and other languages. Dates are
 * `YYYY-MM-DD` strings; the schema cannot express that they must be real dates, nor what each
 * table's values look like: `validatePolicy` checks those.
 *
 * @example
 * ```ts
 * writeFileSync('policy.schema.json', JSON.stringify(policyJsonSchema(), null, 2));
 * ```
 */
export function policyJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policySchema, { unrepresentable: 'any' }) as Record<string, unknown>;
}
