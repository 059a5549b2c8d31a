/**
 * What every command gets: the locale, `--json`, where to write, the working directory, and the
 * policy the user asked for (`--policy`, `--changes`), read and checked.
 *
 * @module
 */
import { defaultPolicy, validatePolicy, withChanges } from '../builtin/builtin-policy.js';
import { ChurujingError, type Issue, type Locale, ValidationError } from '../rules/errors.js';
import type { Change, Policy } from '../rules/policy.js';
import type { OptionSpec, ParsedArgs } from './args.js';
import { InputProblem, readData } from './input.js';

/** Where a command writes and what it was asked. */
export interface Context {
  readonly lang: Locale;
  readonly json: boolean;
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Progress lines go to standard error only when it is a terminal. */
  readonly progress: ((text: string) => void) | undefined;
}

/** One subcommand. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly example: string;
  readonly options: OptionSpec;
  /** Lines describing each option for `--help`. */
  readonly optionHelp: readonly string[];
  run(args: ParsedArgs, ctx: Context): Promise<number> | number;
}

/** The options that choose a policy. */
export const POLICY_OPTIONS: OptionSpec = { policy: { type: 'string' }, changes: { type: 'string' } };
export const POLICY_HELP = ['--policy <file>    a policy file (JSON or YAML, churujing.policy/1) instead of the built-in one', '--changes <file>   what-if changes on top (a list, or { changes: [...] })'];

/** The changes of a change-set file: a list, or an object with `changes`. */
export function changesOf(data: unknown, name: string): Change[] {
  if (Array.isArray(data)) return data as Change[];
  if (typeof data === 'object' && data !== null && Array.isArray((data as { changes?: unknown }).changes)) return (data as { changes: Change[] }).changes;
  throw new InputProblem([`${name} is not a change set: expected a list of changes, or { changes: [...] }`]);
}

/** The policy of `--policy` (default the built-in one) with `--changes` on top, or every problem. */
export function loadPolicy(values: ParsedArgs['values'], cwd: string): { readonly baseline: Policy; readonly policy: Policy; readonly changes: readonly Change[] } {
  let baseline = defaultPolicy();
  const file = values['policy'];
  if (typeof file === 'string') {
    const r = validatePolicy(readData(file, cwd));
    if (!r.ok) throw new ValidationError({ 'zh-CN': `政策文件${file}无效`, en: `Invalid policy file ${file}` }, r.issues);
    baseline = r.policy;
  }
  const changesFile = values['changes'];
  if (typeof changesFile !== 'string') return { baseline, policy: baseline, changes: [] };
  const changes = changesOf(readData(changesFile, cwd), changesFile);
  try {
    return { baseline, policy: withChanges(baseline, changes), changes };
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
    const issues: Issue[] = e.issues.map((i) => ({ ...i, path: typeof i.path[1] === 'number' && i.path[0] === 'changes' ? [i.path[1] - baseline.changes.length, ...i.path.slice(2)] : i.path }));
    throw new ValidationError({ 'zh-CN': `变更文件${changesFile}无效`, en: `Invalid change set ${changesFile}` }, issues);
  }
}
