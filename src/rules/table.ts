/**
 * Effective-dated tables: the unit of policy data. A *value table* holds one legal quantity as
 * sorted entries `{ from, to?, value, cite }`; a *set table* holds dated members (a city in a
 * scheme, a ground in a list). Each table says how far it is known to be true
 * (`verifiedThrough`). A table *spec* names a table, types its values and says whether it must
 * be continuous and whether local measures may override it.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type Citation, citationSchema } from './citation.js';
import type { CivilDate } from './civil-date.js';
import { civilDateSchema } from './period.js';

/**
 * A name in zh-CN and en.
 *
 * @example
 * ```ts
 * const l: Label = { 'zh-CN': '普通护照', en: 'ordinary passport' };
 * ```
 */
export interface Label {
  readonly 'zh-CN': string;
  readonly en: string;
}

/**
 * Schema of a {@link Label}.
 *
 * @example
 * ```ts
 * labelSchema.parse({ 'zh-CN': '深圳市', en: 'Shenzhen' });
 * ```
 */
export const labelSchema = /* @__PURE__ */ z.strictObject({ 'zh-CN': /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), en: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)) });

/**
 * One dated value. `value: null` means the rule no longer exists from `from` on (it is not
 * "the last value"). `uncertain` records why a figure is not fully verified.
 *
 * @example
 * ```ts
 * const e: ValueEntry<number> = { from: '2024-05-06', value: 14, cite: { issuer: '国家移民管理局', title: '…' } };
 * ```
 */
export interface ValueEntry<T> {
  readonly from: CivilDate;
  readonly to?: CivilDate;
  readonly value: T | null;
  readonly cite: Citation;
  readonly uncertain?: string;
}

/**
 * A value table's data.
 *
 * @example
 * ```ts
 * const t: ValueTableData<number> = { kind: 'value', verifiedThrough: '2025-12-31', entries: [] };
 * ```
 */
export interface ValueTableData<T = unknown> {
  readonly kind: 'value';
  /** Last date the table is known to be true. */
  readonly verifiedThrough: CivilDate;
  readonly entries: readonly ValueEntry<T>[];
}

/**
 * One dated member of a set (e.g. a city in the individual-visit scheme).
 *
 * @example
 * ```ts
 * const m: SetMember = { member: '610100', from: '2024-03-06', cite: { issuer: '国家移民管理局', title: '…' } };
 * ```
 */
export interface SetMember {
  readonly member: string;
  readonly from: CivilDate;
  readonly to?: CivilDate;
  readonly cite: Citation;
  readonly uncertain?: string;
}

/**
 * A set table's data.
 *
 * @example
 * ```ts
 * const t: SetTableData = { kind: 'set', verifiedThrough: '2025-12-31', members: [] };
 * ```
 */
export interface SetTableData {
  readonly kind: 'set';
  readonly verifiedThrough: CivilDate;
  readonly members: readonly SetMember[];
}

/**
 * The data of any table.
 *
 * @example
 * ```ts
 * const t: TableData = { kind: 'set', verifiedThrough: '2025-12-31', members: [] };
 * ```
 */
export type TableData = ValueTableData | SetTableData;

const uncertain = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)));

/**
 * Schema of a value entry, with the table's value schema.
 *
 * @example
 * ```ts
 * valueEntrySchema(z.number()).parse({ from: '2024-05-06', value: 14, cite: { issuer: 'NIA', title: 'x' } });
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function valueEntrySchema<T extends z.ZodMiniType>(value: T) {
  return z.strictObject({ from: civilDateSchema, to: z.optional(civilDateSchema), value: z.nullable(value), cite: citationSchema, uncertain });
}

/**
 * Schema of a set member.
 *
 * @example
 * ```ts
 * setMemberSchema.parse({ member: '610100', from: '2024-03-06', cite: { issuer: 'NIA', title: 'x' } });
 * ```
 */
export const setMemberSchema = /* @__PURE__ */ z.strictObject({ member: /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1)), from: civilDateSchema, to: /* @__PURE__ */ z.optional(civilDateSchema), cite: citationSchema, uncertain });

/**
 * Schema of any table's data, values unchecked (the table's spec checks them).
 *
 * @example
 * ```ts
 * tableDataSchema.parse({ kind: 'set', verifiedThrough: '2025-12-31', members: [] });
 * ```
 */
export const tableDataSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('value'), verifiedThrough: civilDateSchema, entries: /* @__PURE__ */ z.array(valueEntrySchema(/* @__PURE__ */ z.unknown())) }),
  /* @__PURE__ */ z.strictObject({ kind: /* @__PURE__ */ z.literal('set'), verifiedThrough: civilDateSchema, members: /* @__PURE__ */ z.array(setMemberSchema) }),
]);

/**
 * The head of a value table: what a reader needs to name it (id, label, whether it is
 * continuous or may be overridden locally) and the type of its values, without the schema that
 * checks them. A policy view reads a table by its head; only validation needs the schema (see
 * {@link ValueTableSpec}), so code that only reads tables — a kiosk bundle — carries no schema.
 *
 * @example
 * ```ts
 * const stay: ValueTableHead<number> = valueTableHead<number>({ id: 'endorsement.hkmo.S.stay-days', label: { 'zh-CN': '商务签注每次停留天数', en: 'Business endorsement stay per entry' } });
 * ```
 */
export interface ValueTableHead<T> {
  readonly kind: 'value';
  readonly id: string;
  readonly label: Label;
  readonly continuous: boolean;
  readonly local: boolean;
  /** Never set: carries the type of the table's values for a view's `value(head)`. */
  readonly valueType?: T;
}

/**
 * Spec of a value table: its head and the schema of its values; `continuous` tables must have
 * no gaps between their first and last entry; `local` tables may be overridden by local measures.
 *
 * @example
 * ```ts
 * const stay = defineValueTable({ id: 'endorsement.hkmo.S.stay-days', label: { 'zh-CN': '商务签注每次停留天数', en: 'Business endorsement stay per entry' }, value: z.number().int().positive() });
 * ```
 */
export interface ValueTableSpec<T> extends ValueTableHead<T> {
  readonly value: z.ZodMiniType<T>;
}

/**
 * The head of a set table: its id, label and whether local measures may extend it, without the
 * schema of its members (see {@link SetTableSpec}).
 *
 * @example
 * ```ts
 * const cities: SetTableHead = setTableHead({ id: 'endorsement.hkmo.G.cities', label: { 'zh-CN': '个人旅游签注开放城市', en: 'Individual visit scheme cities' } });
 * ```
 */
export interface SetTableHead {
  readonly kind: 'set';
  readonly id: string;
  readonly label: Label;
  readonly local: boolean;
}

/**
 * Spec of a set table: its head and `member`, which checks each member (e.g. a division code).
 *
 * @example
 * ```ts
 * const cities = defineSetTable({ id: 'endorsement.hkmo.G.cities', label: { 'zh-CN': '个人旅游签注开放城市', en: 'Individual visit scheme cities' } });
 * ```
 */
export interface SetTableSpec extends SetTableHead {
  readonly member: z.ZodMiniType<string>;
}

/**
 * Any table head (a spec is a head too).
 *
 * @example
 * ```ts
 * const heads: TableHead[] = [stay, cities];
 * ```
 */
export type TableHead = ValueTableHead<unknown> | SetTableHead;

/**
 * Any table spec.
 *
 * @example
 * ```ts
 * const specs: TableSpec[] = [stay, cities];
 * ```
 */
export type TableSpec = ValueTableSpec<unknown> | SetTableSpec;

/**
 * Declares a value table.
 *
 * @example
 * ```ts
 * const validity = defineValueTable({ id: 'passport.validity-years', label: { 'zh-CN': '护照有效期', en: 'Passport validity' }, value: z.number().int(), continuous: true });
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function defineValueTable<T>(spec: { id: string; label: Label; value: z.ZodMiniType<T>; continuous?: boolean; local?: boolean }): ValueTableSpec<T> {
  return Object.freeze({ kind: 'value', id: spec.id, label: spec.label, value: spec.value, continuous: spec.continuous ?? false, local: spec.local ?? false });
}

/**
 * Declares a set table.
 *
 * @example
 * ```ts
 * const grounds = defineSetTable({ id: 'passport.renewal-grounds', label: { 'zh-CN': '换发事由', en: 'Renewal grounds' } });
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function defineSetTable(spec: { id: string; label: Label; member?: z.ZodMiniType<string>; local?: boolean }): SetTableSpec {
  return Object.freeze({ kind: 'set', id: spec.id, label: spec.label, member: spec.member ?? z.string().check(z.minLength(1)), local: spec.local ?? false });
}

/**
 * Declares the head of a value table (see {@link ValueTableHead}); {@link valueTableSpec} adds
 * the schema of its values.
 *
 * @example
 * ```ts
 * const stay = valueTableHead<number>({ id: 'endorsement.hkmo.S.stay-days', label: { 'zh-CN': '商务签注每次逗留天数', en: 'Business stay per entry' }, continuous: true });
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function valueTableHead<T>(spec: { id: string; label: Label; continuous?: boolean; local?: boolean }): ValueTableHead<T> {
  return Object.freeze({ kind: 'value', id: spec.id, label: spec.label, continuous: spec.continuous ?? false, local: spec.local ?? false });
}

/**
 * Declares the head of a set table (see {@link SetTableHead}); {@link setTableSpec} adds the
 * schema of its members.
 *
 * @example
 * ```ts
 * const cities = setTableHead({ id: 'endorsement.hkmo.G.cities', label: { 'zh-CN': '港澳个人旅游签注开放城市', en: 'G scheme cities' }, local: true });
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function setTableHead(spec: { id: string; label: Label; local?: boolean }): SetTableHead {
  return Object.freeze({ kind: 'set', id: spec.id, label: spec.label, local: spec.local ?? false });
}

/**
 * The spec of a value table: its head with the schema of its values.
 *
 * @example
 * ```ts
 * const spec = valueTableSpec(stay, z.number().check(z.int(), z.positive()));
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function valueTableSpec<T>(head: ValueTableHead<T>, value: z.ZodMiniType<T>): ValueTableSpec<T> {
  return defineValueTable({ id: head.id, label: head.label, value, continuous: head.continuous, local: head.local });
}

/**
 * The spec of a set table: its head with the schema of its members (by default any non-empty
 * string).
 *
 * @example
 * ```ts
 * const spec = setTableSpec(cities, z.string().check(z.regex(/^\d{4}00$/)));
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function setTableSpec(head: SetTableHead, member?: z.ZodMiniType<string>): SetTableSpec {
  return defineSetTable({ id: head.id, label: head.label, local: head.local, ...(member === undefined ? {} : { member }) });
}

/**
 * The type of the values a schema accepts (its output), for a head declared beside its schema.
 *
 * @example
 * ```ts
 * const STAY_VALUE = z.number();
 * const STAY = valueTableHead<SchemaValue<typeof STAY_VALUE>>({ id: 'x.stay', label });
 * ```
 */
export type SchemaValue<S> = S extends z.ZodMiniType<infer T> ? T : never;
