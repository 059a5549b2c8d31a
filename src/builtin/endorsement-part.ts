/**
 * The endorsement tables of the built-in policy (options, stays, places, scheme cities, city
 * regimes, suspensions) as a {@link PolicyPart}.
 *
 * @module
 */
import { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_REASONS, ENDORSEMENT_TABLES } from '../documents/endorsements/tables.js';
import type { PolicyPart } from './policy-part.js';

/**
 * The endorsement part.
 *
 * @internal
 * @example
 * ```ts
 * ENDORSEMENT_PART.national['endorsement.hkmo.G.cities']?.kind; // 'set'
 * ```
 */
export const ENDORSEMENT_PART: PolicyPart = { tables: ENDORSEMENT_TABLES, national: ENDORSEMENT_NATIONAL, local: ENDORSEMENT_LOCAL, reasons: ENDORSEMENT_REASONS };
