/**
 * evaluate on a new (date, office) at every call, and the heap it keeps: the sample application
 * at 12 offices on every day of 2004-01-01..2025-12-31 (96,420 distinct pairs, taken in a
 * shuffled order so that no two calls in a row share a day; bench/cold-applications.ts). Prints
 * calls per second (by the wall clock, and per CPU second of this process, its collector's
 * threads included), the heap retained after a full collection, and then the first 12 pairs
 * evaluated again and again: the warm figure, what a call costs once its day's view has done
 * its work. The difference is the work of a new day.
 *
 * Run: `npm run bench:cold` (node --expose-gc with tsx; COLD_CALLS limits the number of calls).
 */
import { evaluate } from '../src/index.js';
import { coldApplications, cpuMs } from './cold-applications.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};
const perSecond = (calls: number, ms: number): string => Math.round((calls / ms) * 1000).toLocaleString('en');
const micros = (calls: number, ms: number): string => ((ms / calls) * 1000).toFixed(1);

const pool = coldApplications().slice(0, Number(process.env.COLD_CALLS ?? Infinity));
const before = heap();
let sink: unknown;
let ok = 0;
const t0 = performance.now();
const c0 = cpuMs();
for (const a of pool) {
  try {
    sink = evaluate(a);
    ok++;
  } catch {
    // an application that is not valid on that day (none expected)
  }
}
const cpu = cpuMs() - c0;
const ms = performance.now() - t0;
const after = heap();
console.log(`evaluate on a new (date, office) each call: ${pool.length} calls (${ok} answered) in ${ms.toFixed(0)} ms = ${perSecond(pool.length, ms)}/s; ${perSecond(pool.length, cpu)}/s per CPU second (${micros(pool.length, cpu)} µs a call)`);
console.log(`heap retained after them: ${((after - before) / 2 ** 20).toFixed(1)} MiB${gc ? '' : ' (run with --expose-gc for a full collection first)'}`);

// the first 12 pairs of the population again and again: their views have done their day's work
const warm = pool.slice(0, 12);
const rounds = 10_000;
for (let i = 0; i < rounds; i++) sink = evaluate(warm[i % warm.length]);
const w0 = cpuMs();
const wt0 = performance.now();
for (let i = 0; i < 10 * rounds; i++) sink = evaluate(warm[i % warm.length]);
const wms = performance.now() - wt0;
const wcpu = cpuMs() - w0;
console.log(`the same ${warm.length} pairs again and again: ${perSecond(10 * rounds, wms)}/s; ${perSecond(10 * rounds, wcpu)}/s per CPU second (${micros(10 * rounds, wcpu)} µs a call)`);
console.log(`a new (date, office) costs ${micros(pool.length, ms)} µs a call by the wall clock, ${micros(10 * rounds, wms)} µs of it what a warm call costs too`);
void sink;
