/**
 * The processing-time tables of the built-in policy (time limits in working days, urgent
 * processing) as a {@link PolicyPart}.
 *
 * @module
 */
import { PROCESSING_LOCAL, PROCESSING_NATIONAL, PROCESSING_REASONS, PROCESSING_TABLES } from '../deadlines/processing-limits.js';
import type { PolicyPart } from './policy-part.js';

/**
 * The processing part.
 *
 * @internal
 * @example
 * ```ts
 * PROCESSING_PART.tables.length > 0; // true
 * ```
 */
export const PROCESSING_PART: PolicyPart = { tables: PROCESSING_TABLES, national: PROCESSING_NATIONAL, local: PROCESSING_LOCAL, reasons: PROCESSING_REASONS };
