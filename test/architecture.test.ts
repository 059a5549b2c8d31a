/**
 * The floors of the source tree: each imports only from floors below it (or its own).
 * rules (the engine) → areas (documents, deadlines, fees, eligibility) → the assembled built-in
 * policy and evaluate → entry points (src/*.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');
const FLOOR: Record<string, number> = { rules: 0, documents: 1, deadlines: 1, fees: 1, eligibility: 1, builtin: 2, evaluate: 2, impact: 2, testing: 3, scenarios: 3, cli: 3 };

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The top folder of a source file under src/ ('' for an entry point). */
function topOf(file: string): string {
  const rel = relative(SRC, file).split('/');
  return rel.length > 1 ? (rel[0] as string) : '';
}

function floorOf(top: string): number {
  if (top === '') return 4;
  const f = FLOOR[top];
  if (f === undefined) throw new Error(`src/${top} has no floor: add it to the architecture test`);
  return f;
}

describe('architecture: each floor imports only from the floors below it', () => {
  const all = files(SRC);
  it.runIf(process.env.TZ === 'UTC')('no module imports from a higher floor', () => {
    const wrong: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      const from = topOf(file);
      for (const m of text.matchAll(/(?:import|export)[^'"]*from\s+'(\.[^']+)'/g)) {
        const target = resolve(dirname(file), m[1] as string);
        const to = topOf(target);
        if (floorOf(to) > floorOf(from)) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(all.length).toBeGreaterThan(50);
  });
});
