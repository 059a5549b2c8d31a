/**
 * Outcome diffs and generation. Run with `npm run bench`. Each op handles a batch of 512
 * applications: applications per second = ops/s × 512.
 *
 * - diffOutcomes against two plain evaluate calls (baseline and candidate) per application, on
 *   two populations: a day at one office (Chengdu, 2025-01-24) and 2008–2025 at six offices. The
 *   change (a passport fee from 2008) differs on every day of both, so every application is
 *   evaluated under the baseline (parsed once, its reads noted), and under the candidate only
 *   when it read the passport fee (what the candidate decides from tables the two share it finds
 *   already decided under the baseline).
 * - the same diff with the change from 2025-07-01 over applications of 2025: the first half of
 *   the year cannot differ and is only validated.
 * - applicationArbitrary: generated applications per second (fc.sample in chunks of 1,000, as
 *   `churujing diff --generate` does), and generated plus validated by parseApplication.
 */
import fc from 'fast-check';
import { bench, describe } from 'vitest';
import { defaultPolicy, withChanges } from '../src/builtin/builtin-policy.js';
import { type Application, parseApplication } from '../src/eligibility/application.js';
import { evaluate } from '../src/evaluate/evaluate.js';
import { diffOutcomes } from '../src/impact/diff-outcomes.js';
import type { Change } from '../src/rules/policy.js';
import { applicationArbitrary } from '../src/testing/application-arbitrary.js';
import { applicationArb, officeDayArb } from '../test/evaluate/evaluate-fixtures.js';

const N = 512;
const cite = { issuer: 'what-if', title: 'bench' };
const baseline = defaultPolicy();
const everyDay = withChanges(baseline, [{ op: 'set', table: 'fee.passport.issue', from: '2008-01-01', value: 9900, cite }] as Change[]);
const midYear = withChanges(baseline, [{ op: 'set', table: 'fee.passport.issue', from: '2025-07-01', value: 6000, cite }] as Change[]);

const sample = (arb: fc.Arbitrary<Application>, seed: number) => fc.sample(arb, { seed, numRuns: N });
const officeDay = sample(officeDayArb, 20250124);
const serviceWide = sample(applicationArb, 2008);
const year2025 = sample(applicationArbitrary({ from: '2025-01-01', to: '2025-12-31', services: ['passport', 'hkmo-permit', 'hong-kong:G'], channels: ['hall-window'] }), 2025);

let sink: unknown;
const options = { time: 3000, warmupTime: 1000 };

function twoEvaluates(apps: readonly Application[], candidate: typeof baseline): void {
  for (const a of apps) {
    sink = evaluate(a, { policy: baseline });
    sink = evaluate(a, { policy: candidate });
  }
}

describe(`a day at one office: ${N} applications`, () => {
  bench('two evaluate calls per application (baseline, candidate)', () => twoEvaluates(officeDay, everyDay), options);
  bench('diffOutcomes (every application evaluated twice and compared)', () => {
    sink = diffOutcomes({ baseline, candidate: everyDay, applications: officeDay, keep: 20 });
  }, options);
});

describe(`2008–2025 at six offices: ${N} applications`, () => {
  bench('two evaluate calls per application (baseline, candidate)', () => twoEvaluates(serviceWide, everyDay), options);
  bench('diffOutcomes (every application evaluated twice and compared)', () => {
    sink = diffOutcomes({ baseline, candidate: everyDay, applications: serviceWide, keep: 20 });
  }, options);
});

describe(`2025, a change from 07-01: ${N} applications`, () => {
  bench('two evaluate calls per application (baseline, candidate)', () => twoEvaluates(year2025, midYear), options);
  bench('diffOutcomes (the first half validated only)', () => {
    sink = diffOutcomes({ baseline, candidate: midYear, applications: year2025, keep: 20 });
  }, options);
});

describe('applicationArbitrary: 1,000 applications', () => {
  const arb = applicationArbitrary();
  let seed = 0;
  bench('generated (fc.sample)', () => {
    sink = fc.sample(arb, { seed: seed++, numRuns: 1000 });
  }, { time: 3000 });
  bench('generated and validated (parseApplication)', () => {
    for (const a of fc.sample(arb, { seed: seed++, numRuns: 1000 })) sink = parseApplication(a);
  }, { time: 3000 });
});

export { sink };
