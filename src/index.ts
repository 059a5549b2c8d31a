/**
 * churujing (出入境): the rules of mainland China's exit-entry document services as a pure,
 * effective-dated library. This entry holds everything; `churujing/calendar` holds the
 * working-day calendar alone for small browser bundles.
 *
 * @example
 * ```ts
 * import { computeDeadline } from 'churujing';
 * const d = computeDeadline({ start: '2025-01-24T10:00:00+08:00', rule: { unit: 'working-days', count: 7 } });
 * d.due; // '2025-02-10'
 * ```
 * @module churujing
 */
export * from './calendar.js';
export { isDateOrInstant, toShanghaiDate, toShanghaiTime, type Instant, type InstantInput, type LuxonDateTimeLike, type ShanghaiTime } from './rules/instant.js';
export type { DeadlineRule } from './deadlines/deadline-rule.js';
export {
  computeDeadline,
  type Deadline,
  type DeadlineInput,
  type MakeUpDay,
  type SkippedDay,
} from './deadlines/compute-deadline.js';
export { deadlineStatus, type DeadlineStatus, type DeadlineStatusOptions } from './deadlines/deadline-status.js';
export { showPeriod, type Period } from './rules/period.js';
export type {
  Label,
  SetMember,
  SetTableData,
  SetTableHead,
  SetTableSpec,
  TableData,
  TableHead,
  TableSpec,
  ValueEntry,
  ValueTableData,
  ValueTableHead,
  ValueTableSpec,
} from './rules/table.js';
export { policyJsonSchema, type Change, type LocalMeasures, type Policy } from './rules/policy.js';
export {
  PolicyView,
  UnknownTableError,
  UnverifiedDateError,
  policyAt,
  type PolicyAtOptions,
  type ResolvedMember,
  type ResolvedValue,
  type RuleSource,
} from './rules/policy-at.js';
export type { LocalizedText } from './rules/errors.js';
export { EVIDENCE_LEVELS, INSTRUMENT_KINDS } from './rules/citation-types.js';
export type { Exclusion } from './eligibility/place-tables.js';
export type { LocalPracticeReason } from './eligibility/local-practice-reasons.js';
export { PolicyValidationError, type PolicyValidation } from './rules/validate-policy.js';
export { revertChanges } from './rules/with-changes.js';
export type { Locale, Reason, ReasonCatalogue, ReasonDef } from './rules/reasons.js';
export {
  DIVISIONS_AS_OF,
  DIVISIONS_SOURCE,
  UnknownDivisionError,
  divisionOf,
  isDivisionCode,
  prefectureCodeOf,
  provinceCodeOf,
  type Division,
} from './rules/divisions.js';
export { HISTORY_FIRST_EDITION, HISTORY_LAST_EDITION, HISTORY_SOURCE, divisionHistory, divisionOn, isDivisionCodeOn, listDivisions, type DatedDivision, type DivisionHistory, type DivisionLevel, type DivisionOnDate, type DivisionSuccessor, type ListDivisionsOptions } from './rules/division-history.js';
export { MAX_SUGGESTIONS, suggestDivisions, type DivisionSuggestion, type SuggestionReason } from './rules/division-suggest.js';
export { REASONS, defaultPolicy, materialize, reasonMessage, validatePolicy, withChanges } from './builtin/builtin-policy.js';
export { instruments, type Evidence, type EvidenceLevel, type Instrument, type InstrumentKind, type Quote, type Source } from './builtin/instruments.js';
export { quoteFees } from './builtin/quote-fees.js';
export { endorsementOptions } from './builtin/endorsement-options.js';
export { fen, formatCny, sumFen, yuan, type Fen } from './fees/money.js';
export { feeLabel, type PostageRule } from './fees/fee-tables.js';
export type {
  FeeItem,
  FeeLine,
  FeeQuote,
  FeeQuoteInput,
  PricedFeeLine,
  QuoteFeesOptions,
  UnpricedFeeLine,
} from './fees/quote-fees.js';
export { ageOn, isSixteenOrOver } from './documents/age.js';
export type { BorderOffence } from './documents/border-offence-bar.js';
export { documentFormAt, type DocumentFormResult } from './documents/document-form.js';
export { DOCUMENT_FORM_LABELS, DOCUMENT_FORMS, DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, isDocumentType, type DocumentForm, type DocumentType } from './documents/document-types.js';
export { EXIT_BAN_GROUNDS, exitBans, type ExitBanFlags, type ExitBanGround, type ExitBanInput } from './documents/exit-bans.js';
export { expiryDate, type Term } from './documents/expiry-date.js';
export { fingerprintsFor, type FingerprintDocumentType, type FingerprintInput, type FingerprintResult, type FingerprintRule, type FingerprintsByForm } from './documents/fingerprints.js';
export { GROUND_CODES, GROUND_LABELS, renewalGrounds, replacementGrounds, type Ground, type GroundCode, type GroundsDocumentType, type GroundsResult } from './documents/grounds.js';
export type { DocumentReason, DocumentReasonCode, DocumentReasonParams } from './documents/reasons.js';
export { REFUSAL_GROUNDS, documentRefusals, type DocumentRefusalFlags, type DocumentRefusalInput, type RefusalGround } from './documents/refusals.js';
export { validityFor, type ValidityApplied, type ValidityByForm, type ValidityDocumentType, type ValidityInput, type ValidityResult, type ValidityRule } from './documents/validity.js';
export {
  DESTINATIONS,
  ENDORSEMENT_CATALOGUE,
  ENDORSEMENT_TYPES,
  HKMO_TYPES,
  TAIWAN_TYPES,
  isTypeOfDestination,
  type CatalogueEntry,
  type Destination,
  type EndorsementType,
  type HkmoEndorsementType,
  type TaiwanEndorsementType,
} from './documents/endorsements/catalogue.js';
export type { EndorsementReasonCode } from './documents/endorsements/reasons.js';
export type { EndorsementDecisionBase, EndorsementOptions, EndorsementOptionsSettings, GrantedOption, RefusedOption } from './documents/endorsements/endorsement-options.js';
export type { RuleRef } from './documents/endorsements/lookup.js';
export type { Applicant, EndorsementRequest, Permit, Zone } from './documents/endorsements/request.js';
export {
  ADMISSION_KINDS,
  BUSINESS_KINDS,
  Q_PURPOSES,
  RELATIONS,
  TALENT_CATEGORIES,
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
} from './documents/endorsements/option.js';
export { endorsementEndDate } from './documents/endorsements/dates.js';
export type { CityRegime } from './documents/endorsements/hkmo-g-city-regimes.js';
export type { TourismSuspension } from './documents/endorsements/hkmo-tourism-suspension.js';
export type { PlaceRule } from './documents/endorsements/place.js';
export {
  InvalidResidentIdError,
  computeResidentIdCheckCharacter,
  isValidResidentId,
  parseResidentId,
  type ResidentId,
  type ResidentIdIssueCode,
  type ResidentIdOptions,
} from './eligibility/resident-id.js';
export {
  CHANNELS,
  DOCUMENT_ACTIONS,
  SAMPLE_APPLICATION,
  URGENT_GROUNDS,
  applicationJsonSchema,
  parseApplication,
  type Application,
  type ApplicationDerived,
  type ApplicationIssueCode,
  type ApplicationService,
  type ParseApplicationOptions,
  type ParsedApplication,
} from './eligibility/application.js';
export { CHANNEL_LABELS, DOCUMENT_ACTION_LABELS } from './eligibility/application-labels.js';
export {
  PROCESSING_URGENT_GROUNDS,
  processingDeadline,
  type ProcessingCandidate,
  type ProcessingCandidateStatus,
  type ProcessingInput,
  type ProcessingResult,
  type ProcessingRoute,
  type ProcessingService,
  type ProcessingUrgentGround,
  type ProcessingUrgentRequest,
  type ResolvedProcessingService,
} from './deadlines/processing-deadline.js';
export { PROCESSING_CHANNELS, type InProvinceTreatment, type LocalCommitment, type LocalCommitmentKey, type ProcessingChannel, type ProcessingLimit, type ProcessingServiceKey } from './deadlines/processing-tables.js';
export type { ProcessingReason, ProcessingReasonCode, ProcessingReasonParams } from './deadlines/processing-reasons.js';
export { MATERIAL_IDS, MATERIAL_LABELS, isMaterialId, type MaterialId } from './eligibility/materials-catalogue.js';
export {
  APPLICATION_ROUTES,
  MATERIALS_COVERED_FROM,
  MATERIALS_VERIFIED_THROUGH,
  type ApplicationRoute,
  type DocumentAction,
  type MaterialCondition,
  type MaterialDocument,
  type MaterialRule,
  type MaterialRuleSpec,
  type MaterialWeight,
  type SchemeBasis,
  type ServiceSelector,
} from './eligibility/materials-rules.js';
export type { DeferredAcceptanceRule } from './eligibility/acceptance-table.js';
export type { AcceptanceReason, MaterialReasonCode, MaterialReasonParams } from './eligibility/materials-reasons.js';
export {
  acceptanceDecision,
  type AcceptanceDecision,
  type AcceptanceInput,
  type AcceptanceNotice,
  type AppliedDeferralRule,
  type NoticeItem,
} from './eligibility/deferred-acceptance.js';
export { materialsChecklist, type Checklist, type ChecklistInput, type ChecklistItem, type RequirementReason, type ServiceChecklist } from './eligibility/checklist.js';
export {
  applicationPlace,
  type ApplicationPlaceInput,
  type PlaceDecision,
  type PlaceRoute,
  type WhereToApply,
} from './eligibility/application-place.js';
export { channelAllowed, type ChannelDecision, type ChannelInput } from './eligibility/channels.js';
export { canSelfServe, canSelfServeValidated, type SelfServeInput, type SelfServeOptions, type SelfServeResult } from './eligibility/self-service.js';
export { deferredFollowUp, type DeferredFollowUp, type DeferredFollowUpInput, type ProcessingMove } from './eligibility/deferred-follow-up.js';
export type { CheckOptions } from './eligibility/call-options.js';
export type { PlaceApplicant } from './eligibility/place-applicant.js';
export type { Service as PlaceService } from './eligibility/place-services.js';
export type { Channel as PlaceChannel, PlaceReason } from './eligibility/place-reasons.js';
export type { SchemeLookups } from './eligibility/place-lookups.js';
export { evaluate, type EvaluateOptions, type Evaluation, type ExplainedReason, type ServiceDecision } from './evaluate/evaluate.js';
export { appointmentCheck, type AppointmentCheck } from './evaluate/appointment-check.js';
export { businessFilingDeadline, greenChannel, localPractices, officeOpenAt, type LocalPracticeOptions, type PracticeInForce } from './builtin/local-practices.js';
export { type KioskHours, type OfficeHours, type OfficeHoursRule, type Session } from './eligibility/office-hours-tables.js';
export type { DayKindName, KioskNow, OfficeOpenResult, OpenStatus } from './eligibility/office-hours.js';
export { PRACTICE_LABELS, type PracticeCode, type WindowImmediateRule } from './eligibility/local-practice-tables.js';
export { APPOINTMENT_CHANNELS, type AppointmentRule } from './eligibility/appointments.js';
export { GREEN_CHANNEL_APPLICANTS, GREEN_CHANNEL_GROUNDS, type GreenChannelDecision, type GreenChannelRequest, type GreenChannelRule } from './deadlines/green-channel.js';
export { HKMO_SCREEN_GROUNDS } from './documents/endorsements/hkmo-offence-screen.js';
export type { ProcessingCommon } from './deadlines/processing-deadline.js';
export type { ChannelCondition, PlaceReasonCode, PlaceRouteName, RouteCondition } from './eligibility/place-reasons.js';
export type { Area, EndorsementDestination, ServiceAction } from './eligibility/place-services.js';
export type { RegimeAtPlace } from './eligibility/place-lookups.js';
export {
  comparePolicies,
  type ComparePoliciesOptions,
  type ItemChange,
  type ItemsDifference,
  type PolicyComparison,
  type TableDifference,
  type TableScope,
} from './impact/compare-policies.js';
export {
  diffOutcomes,
  mergeOutcomeDiffs,
  type DiffOutcomesInput,
  type InvalidApplication,
  type OutcomeChange,
  type OutcomeDiff,
  type PathChange,
  type ReasonChange,
} from './impact/diff-outcomes.js';
export { CHANGE_KINDS, kindOfPath, type ChangeKind, type OutcomeDiffSummary } from './impact/outcome-summary.js';
export { checkOutcomeDiff, type OutcomeExpectations, type OutcomeViolation } from './impact/check-outcome-diff.js';
export {
  scenarioJsonSchema,
  type Scenario,
  type ScenarioFile,
} from './scenarios/scenario-schema.js';
export { expandShortApplication, type ShortApplication } from './scenarios/short-application.js';
export { runScenarios, type CheckResult, type RunScenariosOptions, type ScenarioResult, type ScenarioRun } from './scenarios/run-scenarios.js';
