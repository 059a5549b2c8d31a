/**
 * The fee tables of the built-in policy (each fee item, postage, the 2020 re-issue exemption) as
 * a {@link PolicyPart}.
 *
 * @module
 */
import { FEE_REASONS } from '../fees/fee-reasons.js';
import { FEE_LOCAL, FEE_NATIONAL, FEE_TABLES } from '../fees/fee-tables.js';
import type { PolicyPart } from './policy-part.js';

/**
 * The fee part.
 *
 * @internal
 * @example
 * ```ts
 * FEE_PART.national['fee.passport.issue']?.kind; // 'value'
 * ```
 */
export const FEE_PART: PolicyPart = { tables: FEE_TABLES, national: FEE_NATIONAL, local: FEE_LOCAL, reasons: FEE_REASONS };
