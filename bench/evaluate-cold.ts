/**
 * evaluate on a new (date, office) at every call, and the heap it keeps: the sample application
 * at 12 offices on every day of 2004-01-01..2025-12-31 (96,420 distinct pairs, taken in a
 * shuffled order so that no two calls in a row share a day; bench/cold-applications.ts). Prints
 * calls per second and the heap retained after a full collection.
 *
 * Run: `npm run bench:cold` (node --expose-gc with tsx).
 */
import { evaluate } from '../src/index.js';
import { coldApplications } from './cold-applications.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

const pool = coldApplications().slice(0, Number(process.env.COLD_CALLS ?? Infinity));
const before = heap();
let sink: unknown;
let ok = 0;
const t0 = performance.now();
for (const a of pool) {
  try {
    sink = evaluate(a);
    ok++;
  } catch {
    // an application that is not valid on that day (none expected)
  }
}
const ms = performance.now() - t0;
const after = heap();
console.log(`evaluate on a new (date, office) each call: ${pool.length} calls (${ok} answered) in ${ms.toFixed(0)} ms = ${Math.round((pool.length / ms) * 1000).toLocaleString('en')}/s`);
console.log(`heap retained after them: ${((after - before) / 2 ** 20).toFixed(1)} MiB${gc ? '' : ' (run with --expose-gc for a full collection first)'}`);
void sink;
