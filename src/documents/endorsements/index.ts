/**
 * Endorsements (签注) of the HK/Macau and Taiwan permits: catalogue, tables, reasons and
 * {@link endorsementOptions}.
 *
 * @module
 */
export * from './catalogue.js';
export { ENDORSEMENT_LOCAL, ENDORSEMENT_NATIONAL, ENDORSEMENT_REASONS, ENDORSEMENT_TABLES } from './tables.js';
export type { EndorsementReasonCode } from './reasons.js';
export { type EndorsementDecisionBase, type EndorsementOptions, type EndorsementOptionsSettings, type GrantedOption, type RefusedOption } from './endorsement-options.js';
export type { RuleRef } from './lookup.js';
export { applicantSchema, divisionCodeSchema, endorsementRequestSchema, permitSchema, zoneSchema, type Applicant, type EndorsementRequest, type Permit, type Zone } from './request.js';
export {
  ADMISSION_KINDS,
  BUSINESS_KINDS,
  Q_PURPOSES,
  RELATIONS,
  TALENT_CATEGORIES,
  optionRuleSchema,
  optionSetsSchema,
  type AdmissionKind,
  type BusinessKind,
  type Conditions,
  type Entries,
  type OptionRule,
  type OptionSets,
  type QPurpose,
  type Relation,
  type Stay,
  type TalentCategory,
  type Validity,
} from './option.js';
export { endorsementEndDate } from './dates.js';
export type { CityRegime } from './hkmo-g-city-regimes.js';
export type { TourismSuspension } from './hkmo-tourism-suspension.js';
export type { PlaceRule } from './place.js';
