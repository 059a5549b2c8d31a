/**
 * `churujing diff --changes <file> (--applications <file.jsonl> | --generate N --seed S)`: the
 * outcome diff of a change set over a population, in parts (`--shard k/n` for job runners,
 * `--workers N` for threads) whose outputs merge.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { checkOutcomeDiff, type OutcomeExpectations } from '../../impact/check-outcome-diff.js';
import { mergeOutcomeDiffs, type OutcomeDiff } from '../../impact/diff-outcomes.js';
import { CHANGE_KINDS, type ChangeKind } from '../../impact/outcome-summary.js';
import { isCivilDate } from '../../rules/civil-date.js';
import { type Issue, ValidationError } from '../../rules/errors.js';
import { intOption } from '../args.js';
import type { Command, Context } from '../context.js';
import { type DiffJob, type DiffPartResult, runDiffPart } from '../diff-run.js';
import type { DiffSource } from '../diff-source.js';
import { formatDiff } from '../format.js';
import { InputProblem } from '../input.js';

/** Runs the parts of a job in worker threads and merges them. */
function inWorkers(jobs: readonly DiffJob[], keep: number, progress: (n: number) => void): Promise<DiffPartResult> {
  const results = jobs.map(
    (job) =>
      new Promise<DiffPartResult>((resolve, reject) => {
        const w = new Worker(new URL('../diff-worker.js', import.meta.url), { workerData: job });
        w.on('message', (m: { kind: string; read?: number; result?: DiffPartResult; error?: { name: string; message: string; issues?: Issue[]; problems?: string[] } }) => {
          if (m.read) progress(m.read);
          if (m.kind === 'done') resolve(m.result as DiffPartResult);
          if (m.kind === 'error') {
            const e = m.error as NonNullable<typeof m.error>;
            reject(e.problems ? new InputProblem(e.problems) : e.issues ? new ValidationError(e.message, e.issues) : new Error(e.message));
          }
        });
        w.on('error', reject);
      }),
  );
  return Promise.all(results).then((parts) => ({ diff: mergeOutcomeDiffs(parts.map((p) => p.diff), { keep }), badLines: parts.flatMap((p) => p.badLines).sort((a, b) => a.line - b.line) }));
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'what a change set changes over a population of applications (counts, reasons, offices, dates, examples)',
  usage: 'churujing diff --changes <file> (--applications <file.jsonl> | --generate N --seed S [--from D --to D --offices-under C]) [--workers N] [--shard k/n] [--keep N] [--expect-only kinds] [--expect-none-ineligible] [--expect-offices-under C] [--json]',
  example: 'churujing diff --changes fee-cut.yaml --generate 10000 --seed 42 --from 2025-01-01 --to 2026-06-30 --expect-only fees',
  options: {
    policy: { type: 'string' },
    changes: { type: 'string' },
    applications: { type: 'string' },
    generate: { type: 'string' },
    seed: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'offices-under': { type: 'string' },
    workers: { type: 'string' },
    shard: { type: 'string' },
    keep: { type: 'string' },
    'as-of': { type: 'string' },
    'expect-only': { type: 'string' },
    'expect-none-ineligible': { type: 'boolean' },
    'expect-offices-under': { type: 'string' },
  },
  optionHelp: [
    '--changes <file>           the change set (JSON or YAML): the candidate is the baseline with these changes',
    '--policy <file>            the baseline policy (default: the built-in one)',
    '--applications <file>      the population, one application a line (JSON Lines; - for standard input)',
    '--generate <N> --seed <S>  or N applications generated from seed S (needs fast-check), optionally',
    '  --from, --to <date>      …accepted between these dates, --offices-under <digits> …at these offices',
    '--workers <N>              split the work over N worker threads (default 1)',
    '--shard <k/n>              take only part k of n (for job runners); merge the --json outputs with merge-diffs',
    '--keep <N>                 how many changed applications to keep as examples (default 20)',
    '--expect-only <kinds>      exit 1 unless changes are only of these kinds (comma-separated: fees,processing,…)',
    '--expect-none-ineligible   exit 1 if any application becomes ineligible',
    '--expect-offices-under <C> exit 1 if applications at other offices change',
  ],
  async run(args, ctx: Context) {
    const v = args.values;
    const problems: string[] = [];
    const changesFile = v['changes'];
    if (typeof changesFile !== 'string') problems.push('--changes <file> is required');
    const file = v['applications'];
    const count = intOption(v, 'generate', problems, 1);
    const seed = intOption(v, 'seed', problems);
    if ((file === undefined) === (count === undefined)) problems.push('give one of --applications <file> and --generate <N>');
    if (count !== undefined && seed === undefined && !problems.some((p) => p.includes('--seed'))) problems.push('--generate needs --seed <S> (the population is reproducible from it)');
    for (const k of ['from', 'to', 'as-of'] as const) if (typeof v[k] === 'string' && !isCivilDate(v[k])) problems.push(`--${k} must be a date YYYY-MM-DD`);
    const workers = intOption(v, 'workers', problems, 1) ?? 1;
    const keep = intOption(v, 'keep', problems) ?? 20;
    let shard = { k: 1, n: 1 };
    if (typeof v['shard'] === 'string') {
      const m = /^(\d+)\/(\d+)$/.exec(v['shard']);
      if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) problems.push(`--shard must be k/n with 1 ≤ k ≤ n (got ${v['shard']})`);
      else shard = { k: Number(m[1]), n: Number(m[2]) };
    }
    const expectations: { -readonly [K in keyof OutcomeExpectations]: OutcomeExpectations[K] } = {};
    if (typeof v['expect-only'] === 'string') {
      const kinds = v['expect-only'].split(',').map((s) => s.trim()).filter(Boolean);
      const unknown = kinds.filter((k) => !(CHANGE_KINDS as readonly string[]).includes(k));
      if (unknown.length > 0) problems.push(`--expect-only: unknown kind ${unknown.join(', ')} (kinds: ${CHANGE_KINDS.join(', ')})`);
      expectations.onlyKinds = kinds as ChangeKind[];
    }
    if (v['expect-none-ineligible'] === true) expectations.noneBecomeIneligible = true;
    if (typeof v['expect-offices-under'] === 'string') {
      if (!/^\d{1,6}$/.test(v['expect-offices-under'])) problems.push('--expect-offices-under takes the first digits of a division code');
      expectations.onlyOfficesUnder = v['expect-offices-under'];
    }
    if (problems.length > 0) throw new InputProblem(problems);
    const source: DiffSource =
      typeof file === 'string'
        ? { kind: 'file', path: file }
        : { kind: 'generate', count: count as number, seed: seed as number, options: { ...(typeof v['from'] === 'string' ? { from: v['from'] } : {}), ...(typeof v['to'] === 'string' ? { to: v['to'] } : {}), ...(typeof v['offices-under'] === 'string' ? { officesUnder: v['offices-under'] } : {}) } };
    const parts = shard.n * workers;
    const job = (w: number): DiffJob => ({
      source,
      part: (shard.k - 1) * workers + w,
      parts,
      cwd: ctx.cwd,
      changesFile: changesFile as string,
      keep,
      ...(typeof v['policy'] === 'string' ? { policyFile: v['policy'] } : {}),
      ...(typeof v['as-of'] === 'string' ? { asOf: v['as-of'] } : {}),
    });
    let read = 0;
    const started = performance.now();
    const progress = (n: number) => {
      read += n;
      if (ctx.progress && read % 1000 < n) ctx.progress(`\r${read.toLocaleString('en-US')} applications, ${Math.round(read / ((performance.now() - started) / 1000)).toLocaleString('en-US')}/s`);
    };
    const result = workers === 1 ? await runDiffPart(job(0), () => progress(1)) : await inWorkers(Array.from({ length: workers }, (_, w) => job(w)), keep, progress);
    if (ctx.progress) ctx.progress('\n');
    const violations = Object.keys(expectations).length > 0 ? checkOutcomeDiff(result.diff, expectations) : [];
    ctx.out(ctx.json ? JSON.stringify({ ...result.diff, ...(violations.length > 0 ? { violations } : {}) }, null, 2) : formatDiff(result.diff, violations, ctx.lang));
    if (result.badLines.length > 0) {
      ctx.err(result.badLines.map((b) => `${file}:${b.line}: not JSON: ${b.error}`).join('\n'));
      return 2;
    }
    return violations.length > 0 ? 1 : 0;
  },
};

/** Reads a diff written by `churujing diff --json`. */
export function isOutcomeDiff(v: unknown): v is OutcomeDiff {
  return typeof v === 'object' && v !== null && typeof (v as OutcomeDiff).summary === 'object' && Array.isArray((v as OutcomeDiff).changes) && Array.isArray((v as OutcomeDiff).invalid);
}
