/**
 * Processing time limits as policy data, and the function that applies them. This module is the
 * bundle the built-in policy is assembled from: the table specs, the national data, the local
 * measures (division code → table id → data) and the reason catalogue.
 *
 * @module
 */
import type { ReasonCatalogue } from '../rules/reasons.js';
import type { TableData, TableSpec } from '../rules/table.js';
import { PROCESSING_REASON_CATALOGUE } from './processing-reasons.js';
import { PROCESSING_LOCAL_DATA, PROCESSING_NATIONAL_DATA, PROCESSING_TABLE_SPECS } from './processing-tables.js';

export {
  PROCESSING_URGENT_GROUNDS,
  processingDeadline,
  processingInputSchema,
  processingServiceSchema,
  processingUrgentSchema,
  type ProcessingCandidate,
  type ProcessingCandidateStatus,
  type ProcessingInput,
  type ProcessingResult,
  type ProcessingRoute,
  type ProcessingService,
  type ProcessingUrgentGround,
  type ProcessingUrgentRequest,
  type ResolvedProcessingService,
} from './processing-deadline.js';
export {
  PROCESSING_CHANNELS,
  PROCESSING_SERVICE_KEYS,
  PROCESSING_SPECS,
  localCommitmentSchema,
  processingLimitSchema,
  type InProvinceTreatment,
  type LocalCommitment,
  type LocalCommitmentKey,
  type ProcessingChannel,
  type ProcessingLimit,
  type ProcessingServiceKey,
} from './processing-tables.js';
export { processingReason, type ProcessingReason, type ProcessingReasonCode, type ProcessingReasonParams } from './processing-reasons.js';

/**
 * The specs of every processing table.
 *
 * @example
 * ```ts
 * PROCESSING_TABLES.map((s) => s.id).includes('processing.national.passport'); // true
 * ```
 */
export const PROCESSING_TABLES: readonly TableSpec[] = PROCESSING_TABLE_SPECS;

/**
 * National data of every processing table, by table id (the local-only tables are empty).
 *
 * @example
 * ```ts
 * Object.keys(PROCESSING_NATIONAL).length === PROCESSING_TABLES.length; // true
 * ```
 */
export const PROCESSING_NATIONAL: Readonly<Record<string, TableData>> = PROCESSING_NATIONAL_DATA;

/**
 * Local measures of the processing tables: GB/T 2260 division code → table id → data
 * (Guangzhou 440100, Harbin 230100, Xi'an 610100).
 *
 * @example
 * ```ts
 * Object.keys(PROCESSING_LOCAL['230100'] ?? {}); // ['processing.local.passport', …]
 * ```
 */
export const PROCESSING_LOCAL: Readonly<Record<string, Readonly<Record<string, TableData>>>> = PROCESSING_LOCAL_DATA;

/**
 * The processing reason catalogue: code → parameters and zh-CN / en templates.
 *
 * @example
 * ```ts
 * renderReason({ code: 'processing.chosen', params: { due: '2018-09-11' } }, 'en', PROCESSING_REASONS);
 * // 'The shortest applicable limit applies: due 2018-09-11'
 * ```
 */
export const PROCESSING_REASONS: ReasonCatalogue = PROCESSING_REASON_CATALOGUE;
