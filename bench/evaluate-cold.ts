/**
 * evaluate on a new (date, office) at every call, and the heap it keeps: the sample application
 * at 12 offices on every day of 2004-01-01..2025-12-31 (96,420 distinct pairs, taken in a
 * shuffled order so that no two calls in a row share a day), after a warm-up on other
 * applications. Prints calls per second and the heap retained after a full collection.
 *
 * Run: `npm run bench:cold` (node --expose-gc with tsx).
 */
import { SAMPLE_APPLICATION, evaluate } from '../src/index.js';
import type { Application } from '../src/eligibility/application.js';

const OFFICES: readonly [office: string, hukou: string, id: string][] = [
  ['510100', '510104', '510104199003151237'],
  ['110100', '110105', '110105199003151239'],
  ['440100', '440104', '440104199003151239'],
  ['230100', '230102', '230102199003151237'],
  ['310100', '310104', '31010419900315123X'],
  ['330100', '330106', '330106199003151236'],
  ['420100', '420106', '420106199003151238'],
  ['320100', '320106', '320106199003151234'],
  ['370100', '370102', '370102199003151238'],
  ['610100', '610113', '610113199003151237'],
  ['500000', '500103', '500103199003151239'],
  ['120000', '120101', '120101199003151235'],
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function apps(): Application[] {
  const out: Application[] = [];
  const first = Date.UTC(2004, 0, 1);
  const last = Date.UTC(2025, 11, 31);
  for (let t = first; t <= last; t += 86_400_000) {
    const d = new Date(t);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    for (const [office, hukou, residentId] of OFFICES) {
      out.push({ ...SAMPLE_APPLICATION, applicant: { ...SAMPLE_APPLICATION.applicant, residentId, hukou }, office: { division: office }, acceptedAt: `${day}T10:00:00+08:00` } as Application);
    }
  }
  // a fixed shuffle (LCG), so every run takes the same order
  let seed = 12_345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as Application, out[i] as Application];
  }
  return out;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

const pool = apps().slice(0, Number(process.env.COLD_CALLS ?? Infinity));
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
