/**
 * The browser build for kiosk screens without a bundler (`dist/browser/churujing.js`, an ES
 * module, and `dist/browser/churujing.global.js`, the global `Churujing`): the kiosk check with
 * its policy, `evaluate` with the built-in policy, and what a screen needs around them (the
 * identity-number reading, division names, money and Beijing-time formatting).
 *
 * @example
 * ```ts
 * // <script src="churujing.global.js"></script>
 * const { canSelfServe, kioskPolicy, policyAt, toShanghaiDate } = Churujing;
 * // scannedAt: the kiosk's own clock reading, an instant with its offset (the library never reads the clock)
 * const view = policyAt(kioskPolicy(), toShanghaiDate(scannedAt), { division: '440304' });
 * ```
 * @module browser
 */
export * from './kiosk.js';
export { defaultPolicy, reasonMessage } from './builtin/builtin-policy.js';
export { evaluate, type EvaluateOptions, type Evaluation, type ExplainedReason, type ServiceDecision } from './evaluate/evaluate.js';
export { type Application, SAMPLE_APPLICATION, parseApplication } from './eligibility/application.js';
export { InvalidResidentIdError, isValidResidentId, parseResidentId, type ResidentId } from './eligibility/resident-id.js';
export { toShanghaiDate, toShanghaiTime, type Instant, type ShanghaiTime } from './rules/instant.js';
export { formatCny, type Fen } from './fees/money.js';
export { addWorkingDays, isWorkingDay } from './deadlines/working-days.js';
export { divisionOf, type Division } from './rules/divisions.js';
