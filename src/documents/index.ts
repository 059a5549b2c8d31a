/**
 * Documents: the catalogue, which form is issued where and when, validity, fingerprints,
 * renewal and replacement grounds, document refusals and exit bans, with their tables.
 *
 * @example
 * ```ts
 * import { DOCUMENT_LOCAL, DOCUMENT_NATIONAL, DOCUMENT_TABLES, validityFor } from './documents/index.js';
 * ```
 * @module
 */
export { AGE_RULE, ageOn, isSixteenOrOver } from './age.js';
export { BORDER_OFFENCE_BAR, borderOffenceBarSchema, borderOffenceSchema, lastDayOfPeriod, type BorderOffence } from './border-offence-bar.js';
export { DOCUMENT_FORM_TABLES, documentFormAt, type DocumentFormResult } from './document-form.js';
export {
  DOCUMENT_FORM_LABELS,
  DOCUMENT_FORMS,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  documentFormSchema,
  documentTypeSchema,
  isDocumentType,
  type DocumentForm,
  type DocumentType,
} from './document-types.js';
export { EXIT_BAN_GROUNDS, EXIT_BAN_TABLE, exitBanFlagsSchema, exitBans, type ExitBanFlags, type ExitBanGround, type ExitBanInput } from './exit-bans.js';
export { EXPIRY_RULE, expiryDate, type Term } from './expiry-date.js';
export {
  DOCUMENT_FINGERPRINT_TABLES,
  fingerprintRuleSchema,
  fingerprintsByFormSchema,
  fingerprintsFor,
  type FingerprintDocumentType,
  type FingerprintInput,
  type FingerprintResult,
  type FingerprintRule,
  type FingerprintsByForm,
} from './fingerprints.js';
export {
  GROUND_CODES,
  GROUND_LABELS,
  RENEWAL_GROUND_TABLES,
  REPLACEMENT_GROUND_TABLES,
  renewalGrounds,
  replacementGrounds,
  type Ground,
  type GroundCode,
  type GroundsDocumentType,
  type GroundsResult,
} from './grounds.js';
export { documentReason, type DocumentReason, type DocumentReasonCode, type DocumentReasonParams } from './reasons.js';
export {
  REFUSAL_GROUNDS,
  REFUSAL_GROUND_TABLES,
  documentRefusalFlagsSchema,
  documentRefusals,
  type DocumentRefusalFlags,
  type DocumentRefusalInput,
  type RefusalGround,
} from './refusals.js';
export { DOCUMENT_LOCAL, DOCUMENT_NATIONAL, DOCUMENT_REASONS, DOCUMENT_TABLES } from './tables.js';
export {
  DOCUMENT_VALIDITY_TABLES,
  termSchema,
  validityByFormSchema,
  validityFor,
  validityRuleSchema,
  type ValidityApplied,
  type ValidityByForm,
  type ValidityDocumentType,
  type ValidityInput,
  type ValidityResult,
  type ValidityRule,
} from './validity.js';
