/**
 * `evaluate` on a typical application (the README sample: a first HK/Macau permit and a G
 * endorsement, Chengdu). Run with `npm run bench`.
 */
import { bench, describe } from 'vitest';
import { SAMPLE_APPLICATION, evaluate } from '../src/index.js';

let sink: unknown;
describe('evaluate', () => {
  bench('evaluate(SAMPLE_APPLICATION)', () => {
    sink = evaluate(SAMPLE_APPLICATION);
  });
});
export { sink };
