/**
 * Every document table in one place, for assembling the built-in policy: the specs, the
 * national data, the local measures (division code → table id → data) and the reason
 * catalogue.
 *
 * @module
 */
import type { TableData, TableSpec } from '../rules/table.js';
import { BORDER_OFFENCE_BAR, BORDER_OFFENCE_BAR_NATIONAL } from './border-offence-bar.js';
import { DOCUMENT_FORM_LOCAL, DOCUMENT_FORM_NATIONAL, DOCUMENT_FORM_SPECS } from './document-form.js';
import { EXIT_BAN_NATIONAL, EXIT_BAN_TABLE } from './exit-bans.js';
import { DOCUMENT_FINGERPRINT_NATIONAL, DOCUMENT_FINGERPRINT_TABLES } from './fingerprints.js';
import { RENEWAL_GROUNDS_NATIONAL, RENEWAL_GROUND_TABLES, REPLACEMENT_GROUNDS_NATIONAL, REPLACEMENT_GROUND_TABLES } from './grounds.js';
import { REFUSAL_GROUNDS_NATIONAL, REFUSAL_GROUND_TABLES } from './refusals.js';
import { DOCUMENT_VALIDITY_NATIONAL, DOCUMENT_VALIDITY_TABLES } from './validity.js';
import { deepFreeze } from '../rules/snapshot.js';
import { frozenSpecs } from './checks.js';

export { DOCUMENT_REASONS } from './reasons.js';

/**
 * The specs of every document table.
 *
 * @example
 * ```ts
 * DOCUMENT_TABLES.map((s) => s.id).includes('document.validity.passport'); // true
 * ```
 */
export const DOCUMENT_TABLES: readonly TableSpec[] = /* @__PURE__ */ frozenSpecs([
  ...DOCUMENT_FORM_SPECS,
  ...Object.values(DOCUMENT_VALIDITY_TABLES),
  ...Object.values(DOCUMENT_FINGERPRINT_TABLES),
  ...Object.values(RENEWAL_GROUND_TABLES),
  ...Object.values(REPLACEMENT_GROUND_TABLES),
  ...Object.values(REFUSAL_GROUND_TABLES),
  BORDER_OFFENCE_BAR,
  EXIT_BAN_TABLE,
] as TableSpec[]);

/**
 * National data of every document table, by table id.
 *
 * @example
 * ```ts
 * Object.keys(DOCUMENT_NATIONAL).length === DOCUMENT_TABLES.length; // true
 * ```
 */
export const DOCUMENT_NATIONAL: Readonly<Record<string, TableData>> = /* @__PURE__ */ deepFreeze({
  ...DOCUMENT_FORM_NATIONAL,
  ...DOCUMENT_VALIDITY_NATIONAL,
  ...DOCUMENT_FINGERPRINT_NATIONAL,
  ...RENEWAL_GROUNDS_NATIONAL,
  ...REPLACEMENT_GROUNDS_NATIONAL,
  ...REFUSAL_GROUNDS_NATIONAL,
  ...BORDER_OFFENCE_BAR_NATIONAL,
  ...EXIT_BAN_NATIONAL,
});

/**
 * Local measures of the document tables: GB/T 2260 division code → table id → data
 * (Guangdong's HK/Macau card pilot, Fujian's Taiwan card pilot).
 *
 * @example
 * ```ts
 * Object.keys(DOCUMENT_LOCAL['440000'] ?? {}); // ['document.form.hkmo-permit']
 * ```
 */
export const DOCUMENT_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = DOCUMENT_FORM_LOCAL;
