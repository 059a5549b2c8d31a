/**
 * The population a `churujing diff` compares, split into parts that any number of processes
 * or threads can take on their own: a JSON Lines file (part k takes lines k, k + n, k + 2n …) or
 * applications generated from a seed in chunks of 1,000 (part k takes chunks k, k + n …; chunk c
 * is `fc.sample` of the arbitrary with a seed made from the user's seed and c, so application i
 * is the same whatever the split). Global indices are kept, so parts merge.
 *
 * @module
 */
import type { ApplicationArbitraryOptions } from '../testing/application-arbitrary.js';
import { InputProblem, readJsonLines } from './input.js';

/** Where the applications come from. */
export type DiffSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'generate'; readonly count: number; readonly seed: number; readonly options: ApplicationArbitraryOptions };

/** A part of the population: the applications, their global indices, and lines that were not JSON. */
export interface SourcePart {
  readonly applications: Iterable<unknown>;
  readonly indexOf: (position: number) => number;
  readonly badLines: { line: number; error: string }[];
}

/** Applications per generated chunk. */
export const CHUNK = 1000;

/** The fast-check seed of chunk `c` of a population generated from `seed`. */
export function chunkSeed(seed: number, c: number): number {
  return (Math.imul(seed ^ 0x5bd1e995, 0x9e3779b1) + Math.imul(c + 1, 0x85ebca6b)) | 0;
}

/** Part `part` of `parts` of a population; `tick` is called for each application read. */
export async function sourcePart(source: DiffSource, part: number, parts: number, cwd: string, tick: () => void = () => {}): Promise<SourcePart> {
  const badLines: { line: number; error: string }[] = [];
  if (source.kind === 'file') {
    const path = source.path;
    function* apps(): Generator<unknown> {
      for (const l of readJsonLines(path, cwd, (i) => i % parts === part)) {
        tick();
        if (l.error !== undefined) badLines.push({ line: l.line, error: l.error });
        yield l.value;
      }
    }
    return { applications: apps(), indexOf: (p) => part + p * parts, badLines };
  }
  let fc: typeof import('fast-check').default;
  let arbitrary: typeof import('../testing/application-arbitrary.js').applicationArbitrary;
  try {
    fc = (await import('fast-check')).default;
    arbitrary = (await import('../testing/application-arbitrary.js')).applicationArbitrary;
  } catch (e) {
    throw new InputProblem([`--generate needs the fast-check package (a peer dependency of churujing): npm install --save-dev fast-check (${(e as Error).message.split('\n')[0]})`]);
  }
  const { count, seed } = source;
  const arb = arbitrary(source.options);
  const chunks = Math.ceil(count / CHUNK);
  function* apps(): Generator<unknown> {
    for (let c = part; c < chunks; c += parts) {
      const size = Math.min(CHUNK, count - c * CHUNK);
      for (const a of fc.sample(arb, { seed: chunkSeed(seed, c), numRuns: size })) {
        tick();
        yield a;
      }
    }
  }
  return { applications: apps(), indexOf: (p) => (part + Math.floor(p / CHUNK) * parts) * CHUNK + (p % CHUNK), badLines };
}
