/**
 * The place, channel and kiosk tables of the built-in policy (routes of application, scheme
 * cities, channels, kiosks) as a {@link PolicyPart}.
 *
 * @module
 */
import { PLACE_LOCAL, PLACE_NATIONAL, PLACE_REASONS, PLACE_TABLES } from '../eligibility/application-place.js';
import type { PolicyPart } from './policy-part.js';

/**
 * The place part.
 *
 * @internal
 * @example
 * ```ts
 * PLACE_PART.national['kiosk.services']?.kind; // 'value'
 * ```
 */
export const PLACE_PART: PolicyPart = { tables: PLACE_TABLES, national: PLACE_NATIONAL, local: PLACE_LOCAL, reasons: PLACE_REASONS };
