/**
 * The document tables of the built-in policy (validity, form, fingerprints, grounds, refusals,
 * exit bans) as a {@link PolicyPart}.
 *
 * @module
 */
import { DOCUMENT_LOCAL, DOCUMENT_NATIONAL, DOCUMENT_REASONS, DOCUMENT_TABLES } from '../documents/tables.js';
import type { PolicyPart } from './policy-part.js';

/**
 * The document part.
 *
 * @internal
 * @example
 * ```ts
 * DOCUMENT_PART.tables.some((t) => t.id === 'document.validity.passport'); // true
 * ```
 */
export const DOCUMENT_PART: PolicyPart = { tables: DOCUMENT_TABLES, national: DOCUMENT_NATIONAL, local: DOCUMENT_LOCAL, reasons: DOCUMENT_REASONS };
