/**
 * Groups of services the route tables name together: the three documents, the HK/Macau
 * endorsements but talent, the Taiwan endorsements but settlement.
 *
 * @module
 */
import type { ServiceKey } from './place-services.js';

/**
 * The documents a place route covers: passport, HK/Macau permit, Taiwan permit.
 *
 * @internal
 * @example
 * ```ts
 * DOCUMENT_SERVICES.includes('passport'); // true
 * ```
 */
export const DOCUMENT_SERVICES: readonly ServiceKey[] = ['passport', 'hkmo-permit', 'taiwan-permit'];

/**
 * The HK/Macau endorsements a place route covers (talent endorsements go by the place of work).
 *
 * @internal
 * @example
 * ```ts
 * HKMO_ENDORSEMENT_SERVICES.includes('hkmo.G'); // true
 * ```
 */
export const HKMO_ENDORSEMENT_SERVICES: readonly ServiceKey[] = ['hkmo.T', 'hkmo.S', 'hkmo.L', 'hkmo.G', 'hkmo.Q', 'hkmo.D'];

/**
 * The Taiwan endorsements but settlement (D), which is applied for at the hukou place.
 *
 * @internal
 * @example
 * ```ts
 * TAIWAN_SERVICES_BUT_SETTLEMENT.includes('taiwan.D'); // false
 * ```
 */
export const TAIWAN_SERVICES_BUT_SETTLEMENT: readonly ServiceKey[] = ['taiwan.L', 'taiwan.G', 'taiwan.T', 'taiwan.J', 'taiwan.Y', 'taiwan.F', 'taiwan.X', 'taiwan.C', 'taiwan.Q'];
