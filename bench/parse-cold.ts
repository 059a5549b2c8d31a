/**
 * parseApplication on a new (date, office) at every call: the applications of
 * bench/evaluate-cold.ts (the sample at 12 offices on every day of 2004-01-01..2025-12-31,
 * shuffled), parsed alone. Prints calls per second, and the same for one application parsed
 * again and again (the warm figure).
 *
 * Run: `node --import tsx bench/parse-cold.ts` (PARSE_CALLS limits the number of applications).
 */
import { SAMPLE_APPLICATION, parseApplication } from '../src/eligibility/application.js';
import { coldApplications, cpuMs } from './cold-applications.js';


const pool = coldApplications().slice(0, Number(process.env.PARSE_CALLS ?? Infinity));
let sink: unknown;
// warm-up on the sample (compiles the parser)
for (let i = 0; i < 2000; i++) sink = parseApplication(SAMPLE_APPLICATION);
// Rates per second of this process's CPU time (user + system), which other processes on a
// shared machine disturb less than the wall clock.
const colds: number[] = [];
const warms: number[] = [];
for (let round = 0; round < Number(process.env.PARSE_ROUNDS ?? 5); round++) {
  let t0 = cpuMs();
  for (const a of pool) sink = parseApplication(a);
  colds.push((pool.length / (cpuMs() - t0)) * 1000);
  t0 = cpuMs();
  for (let i = 0; i < pool.length; i++) sink = parseApplication(SAMPLE_APPLICATION);
  warms.push((pool.length / (cpuMs() - t0)) * 1000);
}
const median = (xs: number[]): string => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1] as number).toLocaleString('en');
console.log(`parseApplication on a new (date, office): ${median(colds)}/s; the sample again and again: ${median(warms)}/s (per CPU second, medians of ${colds.length} rounds of ${pool.length})`);
void sink;
