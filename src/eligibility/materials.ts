/**
 * Application materials: the catalogue of material ids, the dated requirement rules (which
 * materials each service needs on a date, each `core` or `secondary`) and the 容缺受理 table,
 * bundled for the built-in policy as `MATERIAL_TABLES` / `MATERIAL_NATIONAL` /
 * `MATERIAL_LOCAL` / `MATERIAL_REASONS`.
 *
 * @module
 */
import type { TableData, TableSpec } from '../rules/table.js';
import { DEFERRED_ACCEPTANCE_LOCAL, DEFERRED_ACCEPTANCE_NATIONAL, DEFERRED_ACCEPTANCE_TABLE } from './acceptance-table.js';
import { MATERIAL_RULE_LOCAL, MATERIAL_RULE_NATIONAL, MATERIAL_RULE_TABLES } from './materials-rules.js';

export { MATERIAL_IDS, MATERIAL_LABELS, isMaterialId, materialIdSchema, type MaterialId } from './materials-catalogue.js';
export {
  APPLICATION_ROUTES,
  DOCUMENT_ACTIONS,
  MATERIAL_DOCUMENTS,
  MATERIAL_RULE_LOCAL,
  MATERIAL_RULE_NATIONAL,
  MATERIAL_RULE_TABLES,
  MATERIALS_COVERED_FROM,
  MATERIALS_VERIFIED_THROUGH,
  SCHEME_BASES,
  materialConditionSchema,
  materialRuleSchema,
  serviceSelectorSchema,
  type ApplicationRoute,
  type DocumentAction,
  type MaterialCondition,
  type MaterialDocument,
  type MaterialRule,
  type MaterialRuleSpec,
  type MaterialWeight,
  type SchemeBasis,
  type ServiceSelector,
} from './materials-rules.js';
export {
  CHENGDU_DEFERRED_FROM,
  DEFERRED_ACCEPTANCE_LOCAL,
  DEFERRED_ACCEPTANCE_NATIONAL,
  DEFERRED_ACCEPTANCE_TABLE,
  deferredAcceptanceRuleSchema,
  type DeferredAcceptanceRule,
} from './acceptance-table.js';
export { MATERIAL_REASONS, materialReason, type AcceptanceReason, type MaterialReasonCode, type MaterialReasonParams } from './materials-reasons.js';

/**
 * The specs of every materials table: the requirement rules and the 容缺受理 table.
 *
 * @example
 * ```ts
 * MATERIAL_TABLES.map((s) => s.id).includes('acceptance.deferred'); // true
 * ```
 */
export const MATERIAL_TABLES: readonly TableSpec[] = /* @__PURE__ */ Object.freeze([...MATERIAL_RULE_TABLES.map((s) => s.table), DEFERRED_ACCEPTANCE_TABLE] as TableSpec[]);

/**
 * National data of every materials table, by table id.
 *
 * @example
 * ```ts
 * Object.keys(MATERIAL_NATIONAL).length === MATERIAL_TABLES.length; // true
 * ```
 */
export const MATERIAL_NATIONAL: Readonly<Record<string, TableData>> = /* @__PURE__ */ Object.freeze({ ...MATERIAL_RULE_NATIONAL, ...DEFERRED_ACCEPTANCE_NATIONAL });

function mergeLocal(...groups: readonly Readonly<Record<string, Readonly<Record<string, TableData>>>>[]): Record<string, Readonly<Record<string, TableData>>> {
  const out: Record<string, Record<string, TableData>> = {};
  for (const g of groups) for (const [code, tables] of Object.entries(g)) Object.assign((out[code] ??= {}), tables);
  return out;
}

/**
 * Local measures of the materials tables: GB/T 2260 division code → table id → data
 * (Guangdong and Fujian card pilots' fingerprints; Chengdu's 容缺受理).
 *
 * @example
 * ```ts
 * Object.keys(MATERIAL_LOCAL); // ['440000', '350000', '510100']
 * ```
 */
export const MATERIAL_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = Object.freeze(mergeLocal(MATERIAL_RULE_LOCAL, DEFERRED_ACCEPTANCE_LOCAL));
