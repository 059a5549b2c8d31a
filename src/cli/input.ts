/**
 * Reading the CLI's inputs: a file or standard input (`-`), as JSON or YAML (by the file's
 * extension, else JSON and then YAML); JSON Lines read a chunk at a time (so a file of a million
 * applications is never held in memory); scenario files found from paths, directories and globs.
 *
 * @module
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** A problem with an input the user gave: reported, exit code 2. */
export class InputProblem extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** The text of a file, or of standard input for `-`. */
export function readText(path: string, cwd: string): string {
  try {
    return path === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(cwd, path), 'utf8');
  } catch (e) {
    throw new InputProblem([`cannot read ${path === '-' ? 'standard input' : path}: ${(e as Error).message}`]);
  }
}

/** A JSON or YAML document. */
export function parseData(text: string, name: string): unknown {
  const yaml = /\.ya?ml$/i.test(name);
  if (!yaml) {
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      if (/\.json$/i.test(name)) throw new InputProblem([`${name} is not JSON: ${(e as Error).message}`]);
    }
  }
  try {
    return parseYaml(text) as unknown;
  } catch (e) {
    throw new InputProblem([`${name} is neither JSON nor YAML: ${(e as Error).message.split('\n')[0]}`]);
  }
}

/** A JSON or YAML file (or standard input). */
export function readData(path: string, cwd: string): unknown {
  return parseData(readText(path, cwd), path === '-' ? 'standard input' : path);
}

/** One line of a JSON Lines file: its number (from 1) and the value, or `undefined` with the error. */
export interface JsonLine {
  readonly line: number;
  readonly value: unknown;
  readonly error?: string;
}

/**
 * The lines of a JSON Lines file (or standard input), read 64 KiB at a time; blank lines are
 * skipped. `keep(n)` says whether line `n` (counting non-blank lines from 0) is wanted: the
 * others are not parsed (shards read only their own).
 */
export function* readJsonLines(path: string, cwd: string, keep: (index: number) => boolean = () => true): Generator<JsonLine & { readonly index: number }> {
  let fd: number;
  try {
    fd = path === '-' ? 0 : openSync(resolve(cwd, path), 'r');
  } catch (e) {
    throw new InputProblem([`cannot read ${path}: ${(e as Error).message}`]);
  }
  const buffer = Buffer.alloc(1 << 16);
  let rest = '';
  let line = 0;
  let index = 0;
  const decoder = new TextDecoder('utf-8');
  try {
    for (;;) {
      let n: number;
      try {
        n = readSync(fd, buffer, 0, buffer.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((e as NodeJS.ErrnoException).code === 'EOF') n = 0;
        else throw e;
      }
      const chunk = n === 0 ? decoder.decode() : decoder.decode(buffer.subarray(0, n), { stream: true });
      const text = rest + chunk;
      const parts = text.split('\n');
      rest = n === 0 ? '' : (parts.pop() as string);
      for (const raw of parts) {
        line++;
        const s = raw.trim();
        if (s === '') continue;
        const i = index++;
        if (!keep(i)) continue;
        try {
          yield { line, index: i, value: JSON.parse(s) as unknown };
        } catch (e) {
          yield { line, index: i, value: undefined, error: (e as Error).message };
        }
      }
      if (n === 0) break;
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

/** A glob pattern (`*`, `**`, `?`) as a regular expression over `/`-separated relative paths. */
function globRegExp(pattern: string): RegExp {
  const segments = pattern.split('/');
  let re = '';
  segments.forEach((seg, i) => {
    if (seg === '**') {
      re += '(?:[^/]+/)*';
      return;
    }
    re += seg.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    if (i < segments.length - 1) re += '/';
  });
  return new RegExp(`^${re}$`);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

/** The scenario files named by paths, directories (every .yaml, .yml, .json under them) and globs, sorted, without repeats. */
export function scenarioFiles(patterns: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  const problems: string[] = [];
  for (const p of patterns) {
    if (/[*?]/.test(p)) {
      const base = p.split('/').findIndex((s) => /[*?]/.test(s));
      const root = resolve(cwd, p.split('/').slice(0, base).join('/') || '.');
      const re = globRegExp(p.split('/').slice(base).join('/'));
      const found = existsSync(root) ? walk(root).filter((f) => re.test(relative(root, f).split(sep).join('/'))) : [];
      if (found.length === 0) problems.push(`no file matches ${p}`);
      for (const f of found) out.add(f);
      continue;
    }
    const path = resolve(cwd, p);
    if (!existsSync(path)) problems.push(`${p} does not exist`);
    else if (statSync(path).isDirectory()) {
      const found = walk(path).filter((f) => SCENARIO_FILE.test(f));
      if (found.length === 0) problems.push(`${p} has no .yaml, .yml or .json file`);
      for (const f of found) out.add(f);
    } else out.add(path);
  }
  if (problems.length > 0) throw new InputProblem(problems);
  return [...out].sort();
}
