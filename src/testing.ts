/**
 * `churujing/testing`: fast-check arbitraries for property tests of exit-entry rules — whole
 * applications, civil dates, division codes and what-if change sets — schema-valid by
 * construction, shrinking part by part, reproducible from a seed. Scenario files are run and
 * checked by `runScenarios`, and described by `scenarioJsonSchema()`, in the root entry. An
 * option an arbitrary cannot use is a `ValidationError` when it is built, and every arbitrary
 * is built afresh: a write into one never reaches another.
 * fast-check is a peer dependency: install it in the project that runs the tests.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { evaluate } from 'churujing';
 * import { applicationArbitrary } from 'churujing/testing';
 *
 * test('every fee quote adds up', () => {
 *   fc.assert(fc.property(applicationArbitrary({ from: '2025-01-01', to: '2025-12-31' }), (a) => {
 *     const f = evaluate(a).fees;
 *     return f === undefined || f.totalFen === f.lines.reduce((n, l) => n + l.amountFen, 0);
 *   }), { seed: 2025 });
 * });
 * ```
 * @module churujing/testing
 */
export { applicationArbitrary, type ApplicationArbitraryOptions, type ServicePick } from './testing/application-arbitrary.js';
export { changeSetArbitrary, type ChangeSetArbitraryOptions } from './testing/change-set-arbitrary.js';
export { civilDateArbitrary, type CivilDateArbitraryOptions } from './testing/civil-date-arbitrary.js';
export { divisionArbitrary, type DivisionArbitraryOptions } from './testing/division-arbitrary.js';
export { makeResidentId, type MakeResidentIdInput } from './testing/resident-id.js';
