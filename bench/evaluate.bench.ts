/**
 * `evaluate` throughput on three workloads. Run with `npm run bench`.
 *
 * - the README sample (a first HK/Macau permit and a G endorsement, Chengdu) again and again;
 * - a day at one office: 512 different applications at Chengdu on one day (local and
 *   out-of-province applicants of every age, passports, permits, endorsements, materials that
 *   differ), taken in turn;
 * - service-wide: 512 applications generated over 2008–2025 at six offices, taken in turn;
 * - the sample at Beijing, collected and posted (Beijing sets no postage: the quote is partial).
 *
 * The pools are fixed (seeded fast-check samples) and hold only schema-valid applications. The
 * first is what the target is about; the second is a portal's or kiosk's day; the third
 * is nearly cold: almost every application falls on a day (a `PolicyView`) no other one uses, so
 * the plans for that day are built for it alone.
 */
import fc from 'fast-check';
import { bench, describe } from 'vitest';
import { SAMPLE_APPLICATION, evaluate, parseApplication } from '../src/index.js';
import type { Application } from '../src/eligibility/application.js';
import { applicationArb, officeDayArb } from '../test/evaluate/evaluate-fixtures.js';

function pool(arb: fc.Arbitrary<Application>, seed: number): Application[] {
  const out: Application[] = [];
  for (const a of fc.sample(arb, { seed, numRuns: 4096 })) {
    try {
      parseApplication(a);
      out.push(a);
    } catch {
      // not schema-valid (e.g. a minor's date of birth after the acceptance): not part of the workload
    }
    if (out.length === 512) break;
  }
  return out;
}

const officeDay = pool(officeDayArb, 20250124);
const serviceWide = pool(applicationArb, 2008);
let sink: unknown;
let i = 0;
// long runs after a warm-up: the first calls on a day build its plans, and the harness's own pauses average out
const options = { time: 3000, warmupTime: 1000 };

/**
 * Postal delivery where the office sets no postage price (Beijing: 336 of the 337 prefectures
 * have none in the data) against collection at the same office: the quote is partial (the
 * postage line unpriced), not rebuilt as a failure on every call, so the two cost the same.
 */
const beijing = (delivery: 'post' | 'collect'): Application =>
  ({
    ...SAMPLE_APPLICATION,
    applicant: { ...SAMPLE_APPLICATION.applicant, residentId: '110105199003151239', hukou: '110105' },
    office: { division: '110100' },
    delivery,
  }) as Application;
const beijingPost = beijing('post');
const beijingCollect = beijing('collect');

describe('evaluate: postal delivery where the office prices none, against collection', () => {
  bench('collect at Beijing', () => {
    sink = evaluate(beijingCollect);
  }, options);
  bench('post at Beijing (postage unpriced)', () => {
    sink = evaluate(beijingPost);
  }, options);
});

describe('evaluate', () => {
  bench('evaluate(SAMPLE_APPLICATION)', () => {
    sink = evaluate(SAMPLE_APPLICATION);
  }, options);
  bench(`a day at one office (${officeDay.length} applications in turn)`, () => {
    sink = evaluate(officeDay[i++ & 511]);
  }, options);
  bench(`service-wide (${serviceWide.length} applications in turn, 2008–2025)`, () => {
    sink = evaluate(serviceWide[i++ & 511]);
  }, options);
});
export { sink };
