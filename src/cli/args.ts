/**
 * Command-line arguments, read with Node's own `util.parseArgs` (no dependency; stable since
 * Node 20). It stops at the first problem in strict mode, so it runs leniently here and every
 * problem — unknown options, missing values, values given to flags — is collected and reported.
 *
 * @module
 */
import { parseArgs } from 'node:util';

/** The options a command takes: `string` options take a value, `boolean` ones do not. */
export type OptionSpec = Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly multiple?: boolean; readonly short?: string }>>;

/** Options every command takes. */
export const COMMON: OptionSpec = { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' }, lang: { type: 'string' } };

/** What was read: the option values, the positionals and every problem found. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
  readonly problems: readonly string[];
}

/** Reads `args` against `spec` (plus the common options), collecting every problem. */
export function readArgs(args: readonly string[], spec: OptionSpec): ParsedArgs {
  const options = { ...COMMON, ...spec };
  const { values, positionals, tokens } = parseArgs({ args: [...args], options: options as never, allowPositionals: true, strict: false, tokens: true });
  const problems: string[] = [];
  for (const t of tokens ?? []) {
    if (t.kind !== 'option') continue;
    const o = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (!o) problems.push(`unknown option ${t.rawName}`);
    else if (o.type === 'string' && t.value === undefined) problems.push(`option ${t.rawName} needs a value`);
    else if (o.type === 'boolean' && t.value !== undefined) problems.push(`option ${t.rawName} takes no value`);
  }
  return { values: values as ParsedArgs['values'], positionals, problems };
}

/** A whole number option, or a problem. */
export function intOption(values: ParsedArgs['values'], name: string, problems: string[], min = 0): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v) || Number(v) < min) {
    problems.push(`--${name} must be a whole number of at least ${min} (got ${JSON.stringify(v)})`);
    return undefined;
  }
  return Number(v);
}
