/**
 * The population of the cold benchmarks (bench/evaluate-cold.ts, bench/parse-cold.ts): the
 * sample application at 12 offices, by a local applicant, on every day of
 * 2004-01-01..2025-12-31 (96,420 distinct (date, office) pairs), in a fixed shuffled order so
 * that no two calls in a row share a day; and the clock both read rates by.
 */
import { SAMPLE_APPLICATION } from '../src/eligibility/application.js';
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

const pad = (n: number): string => String(n).padStart(2, '0');

/** The applications, shuffled by a fixed LCG (every run takes the same order). */
export function coldApplications(): Application[] {
  const out: Application[] = [];
  for (let t = Date.UTC(2004, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86_400_000) {
    const d = new Date(t);
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    for (const [office, hukou, residentId] of OFFICES) {
      out.push({ ...SAMPLE_APPLICATION, applicant: { ...SAMPLE_APPLICATION.applicant, residentId, hukou }, office: { division: office }, acceptedAt: `${day}T10:00:00+08:00` } as Application);
    }
  }
  let seed = 12_345;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as Application, out[i] as Application];
  }
  return out;
}

/** This process's CPU time in milliseconds (user + system, its collector's threads included): what both cold benchmarks read rates by beside the wall clock. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
