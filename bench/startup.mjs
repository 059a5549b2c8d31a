#!/usr/bin/env node
// Start-up: a fresh Node process until its first evaluate result, against a fresh process that
// imports chinese-days (a calendar library of about the same purpose), run alternately so that
// both see the same machine. Whole processes, timed from spawn to exit with the clock of this
// (parent) process; the figure quoted is the median of the per-pair ratios.
//
//   npm run build && npm run bench:startup            (21 pairs; --runs N to change, --check to
//                                                      exit 1 when the median ratio is over 4)
// The same with hyperfine: hyperfine -N -w 3 "node --input-type=module -e \"…\"" …
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('dist/ is missing: run `npm run build` first (the processes import the built package).');
  process.exit(2);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? fallback : Number(process.argv[i + 1]);
};
const RUNS = arg('--runs', 21);
const LIMIT = 4;

const PROGRAMS = {
  'churujing: import, first evaluate': "import { evaluate, SAMPLE_APPLICATION } from 'churujing'; if (evaluate(SAMPLE_APPLICATION).status !== 'accepted') process.exit(3);",
  'churujing/kiosk: import, first canSelfServe':
    "import { canSelfServe, kioskPolicy, policyAt } from 'churujing/kiosk'; const r = canSelfServe(policyAt(kioskPolicy(), '2024-05-06', { division: '440304' }), { kiosk: '440304', applicant: { hukou: '440304' }, permit: { form: 'card' }, service: { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'L' } } }); if (!r.ok) process.exit(3);",
  'chinese-days: import, first isWorkday': "import cd from 'chinese-days'; if (cd.isWorkday('2025-01-26') !== true) process.exit(3);",
  'node alone': '',
};
const BASELINE = 'chinese-days: import, first isWorkday';

function once(code) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${code}\n${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const names = Object.keys(PROGRAMS);
for (const n of names) for (let i = 0; i < 3; i++) once(PROGRAMS[n]); // warm the file cache
const times = Object.fromEntries(names.map((n) => [n, []]));
for (let i = 0; i < RUNS; i++) for (const n of names) times[n].push(once(PROGRAMS[n]));

console.log(`start-up of a fresh process, ${RUNS} runs each, alternating (Node ${process.version}):`);
for (const n of names) console.log(`  ${n.padEnd(44)} median ${median(times[n]).toFixed(1)} ms  (min ${Math.min(...times[n]).toFixed(1)}, max ${Math.max(...times[n]).toFixed(1)})`);
let worst = 0;
for (const n of names.filter((x) => x.startsWith('churujing'))) {
  const ratio = median(times[n].map((t, i) => t / times[BASELINE][i]));
  worst = Math.max(worst, ratio);
  console.log(`  ${n} / chinese-days: ${ratio.toFixed(2)}× (median of the ${RUNS} pairs; target ≤ ${LIMIT}×)`);
}
if (process.argv.includes('--check') && worst > LIMIT) process.exit(1);
