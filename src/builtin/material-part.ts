/**
 * The materials tables of the built-in policy (requirement rules, deferred acceptance 容缺受理)
 * as a {@link PolicyPart}.
 *
 * @module
 */
import { MATERIAL_LOCAL, MATERIAL_NATIONAL, MATERIAL_REASONS, MATERIAL_TABLES } from '../eligibility/materials.js';
import type { PolicyPart } from './policy-part.js';

/**
 * The materials part.
 *
 * @internal
 * @example
 * ```ts
 * MATERIAL_PART.tables.length > 0; // true
 * ```
 */
export const MATERIAL_PART: PolicyPart = { tables: MATERIAL_TABLES, national: MATERIAL_NATIONAL, local: MATERIAL_LOCAL, reasons: MATERIAL_REASONS };
