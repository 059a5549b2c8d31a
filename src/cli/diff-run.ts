/**
 * One part of a `churujing diff`, as run in the main thread or in a worker thread: read the
 * policies and the changes, take the part of the population, diff the outcomes.
 *
 * @module
 */
import { diffOutcomes, type OutcomeDiff } from '../impact/diff-outcomes.js';
import { loadPolicy } from './context.js';
import { type DiffSource, sourcePart } from './diff-source.js';

/** What a part needs (plain data: it crosses to worker threads). */
export interface DiffJob {
  readonly source: DiffSource;
  readonly part: number;
  readonly parts: number;
  readonly cwd: string;
  readonly policyFile?: string;
  readonly changesFile: string;
  readonly keep: number;
  readonly asOf?: string;
}

/** The result of a part. */
export interface DiffPartResult {
  readonly diff: OutcomeDiff;
  readonly badLines: readonly { line: number; error: string }[];
}

/** Runs one part; `tick` is called for every application read. */
export async function runDiffPart(job: DiffJob, tick: () => void = () => {}): Promise<DiffPartResult> {
  const { baseline, policy } = loadPolicy({ ...(job.policyFile === undefined ? {} : { policy: job.policyFile }), changes: job.changesFile }, job.cwd);
  const part = await sourcePart(job.source, job.part, job.parts, job.cwd, tick);
  const diff = diffOutcomes({ baseline, candidate: policy, applications: part.applications, indexOf: part.indexOf, keep: job.keep, ...(job.asOf === undefined ? {} : { asOf: job.asOf }) });
  return { diff, badLines: part.badLines };
}
