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
export { citationSchema } from './rules/citation.js';
export { isDateOrInstant, toShanghaiDate, toShanghaiTime, type Instant, type InstantInput, type LuxonDateTimeLike, type ShanghaiTime } from './rules/instant.js';
export { deadlineRuleSchema, type DeadlineRule } from './deadlines/deadline-rule.js';
export {
  computeDeadline,
  deadlineInputSchema,
  type Deadline,
  type DeadlineInput,
  type MakeUpDay,
  type SkippedDay,
} from './deadlines/compute-deadline.js';
export { deadlineStatus, type DeadlineStatus, type DeadlineStatusOptions } from './deadlines/deadline-status.js';
export { showValue } from './rules/errors.js';
export { civilDateSchema, periodOf, showPeriod, spanOf, type Period, type Span } from './rules/period.js';
export {
  defineSetTable,
  defineValueTable,
  labelSchema,
  setMemberSchema,
  tableDataSchema,
  valueEntrySchema,
  type Label,
  type SetMember,
  type SetTableData,
  type SetTableSpec,
  type TableData,
  type TableSpec,
  type ValueEntry,
  type ValueTableData,
  type ValueTableSpec,
} from './rules/table.js';
export { changeSchema, policyJsonSchema, policySchema, type Change, type LocalMeasures, type Policy } from './rules/policy.js';
export {
  PolicyView,
  UnknownTableError,
  UnverifiedDateError,
  policyAt,
  type PolicyAtOptions,
  type ResolvedValue,
  type RuleSource,
} from './rules/policy-at.js';
export { PolicyValidationError, parsePolicy, validatePolicyWith, type PolicyValidation } from './rules/validate-policy.js';
export { materialize } from './rules/apply-changes.js';
export { revertChanges, withChangesUsing } from './rules/with-changes.js';
export {
  catalogueProblems,
  defineReasons,
  renderReason,
  type Locale,
  type Reason,
  type ReasonCatalogue,
  type ReasonDef,
} from './rules/reasons.js';
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
export { BUILTIN_TABLES, REASONS, defaultPolicy, reasonMessage, validatePolicy, withChanges } from './builtin/builtin-policy.js';
export { instruments, type Evidence, type EvidenceLevel, type Instrument, type InstrumentKind, type Quote, type Source } from './builtin/instruments.js';
export { quoteFees } from './builtin/quote-fees.js';
export { endorsementOptions } from './builtin/endorsement-options.js';
export { fen, formatCny, sumFen, yuan, type Fen } from './fees/money.js';
export {
  FEE_ITEM_TABLES,
  FEE_LOCAL,
  FEE_NATIONAL,
  FEE_TABLES,
  POSTAGE,
  SUSPENDED_REISSUE_FREE,
  feeLabel,
  type PostageRule,
} from './fees/fee-tables.js';
export { FEE_REASONS } from './fees/fee-reasons.js';
export {
  feeItemSchema,
  feeQuoteInputSchema,
  hkmoEndorsementBand,
  quoteFeesAt,
  type FeeItem,
  type FeeLine,
  type FeeQuote,
  type FeeQuoteInput,
  type QuoteFeesOptions,
} from './fees/quote-fees.js';
export * from './documents/index.js';
export * from './documents/endorsements/index.js';
export {
  InvalidResidentIdError,
  RESIDENT_ID_REASONS,
  computeResidentIdCheckCharacter,
  isValidResidentId,
  parseResidentId,
  residentIdSchema,
  type ResidentId,
  type ResidentIdIssueCode,
  type ResidentIdOptions,
} from './eligibility/resident-id.js';
export {
  APPLICATION_REASONS,
  CHANNELS,
  DOCUMENT_ACTIONS,
  SAMPLE_APPLICATION,
  URGENT_GROUNDS,
  applicationApplicantSchema,
  applicationJsonSchema,
  applicationSchema,
  documentServiceSchema,
  endorsementServiceSchema,
  heldDocumentSchema,
  heldEndorsementSchema,
  parseApplication,
  serviceSchema,
  toEndorsementApplicant,
  type Application,
  type ApplicationDerived,
  type ApplicationIssueCode,
  type ApplicationService,
  type ParseApplicationOptions,
  type ParsedApplication,
} from './eligibility/application.js';
export * from './deadlines/processing-limits.js';
export * from './eligibility/materials.js';
export {
  ACCEPTANCE_RANK,
  acceptanceDecision,
  type AcceptanceDecision,
  type AcceptanceInput,
  type AcceptanceNotice,
  type AppliedDeferralRule,
  type NoticeItem,
} from './eligibility/deferred-acceptance.js';
export { materialsChecklist, type Checklist, type ChecklistInput, type ChecklistItem, type RequirementReason, type ServiceChecklist } from './eligibility/checklist.js';
export {
  PLACE_LOCAL,
  PLACE_NATIONAL,
  PLACE_REASONS,
  PLACE_TABLES,
  applicationPlace,
  applicationPlaceInputSchema,
  type ApplicationPlaceInput,
  type PlaceDecision,
  type PlaceRoute,
  type WhereToApply,
} from './eligibility/application-place.js';
export { channelAllowed, channelInputSchema, type ChannelDecision, type ChannelInput } from './eligibility/channels.js';
export { canSelfServe, canSelfServeValidated, selfServeInputSchema, type SelfServeInput, type SelfServeOptions, type SelfServeResult } from './eligibility/self-service.js';
export { deferredFollowUp, type DeferredFollowUp, type DeferredFollowUpInput, type ProcessingMove } from './eligibility/deferred-follow-up.js';
export type { CheckOptions } from './eligibility/call-options.js';
export { placeApplicantSchema, type PlaceApplicant } from './eligibility/place-applicant.js';
export { serviceSchema as placeServiceSchema, type Service as PlaceService } from './eligibility/place-services.js';
export { CHANNELS as PLACE_CHANNELS, type Channel as PlaceChannel, type PlaceReason } from './eligibility/place-reasons.js';
export { DEFAULT_SCHEME_LOOKUPS, type SchemeLookups } from './eligibility/place-lookups.js';
export { evaluate, type EvaluateOptions, type Evaluation, type ExplainedReason, type ServiceDecision } from './evaluate/evaluate.js';
export { EVALUATE_REASONS } from './evaluate/evaluate-reasons.js';
export { PROCESSING_REASON_CATALOGUE } from './deadlines/processing-reasons.js';
export type { ProcessingCommon } from './deadlines/processing-deadline.js';
export type { ChannelCondition, PlaceReasonCode, PlaceRouteName, RouteCondition } from './eligibility/place-reasons.js';
export type { Area, EndorsementDestination, ServiceAction } from './eligibility/place-services.js';
export type { RegimeAtPlace } from './eligibility/place-lookups.js';
export { CHANNEL_CONDITIONS, PLACE_ROUTES, ROUTE_CONDITIONS } from './eligibility/place-reasons.js';
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
