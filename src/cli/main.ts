/**
 * The `churujing` command: dispatch to a subcommand, print what it returns, map what goes wrong
 * to exit codes — 0 ok, 1 expectations failed (or a policy with problems), 2 bad input or usage
 * (every problem listed, no stack trace), 3 an internal error.
 *
 * @module
 */
import { ChurujingError, isLocale, type Locale } from '../rules/errors.js';
import { readArgs } from './args.js';
import { calendarCommand } from './commands/calendar.js';
import { deadlineCommand } from './commands/deadline.js';
import { diffCommand } from './commands/diff.js';
import { evaluateCommand } from './commands/evaluate.js';
import { mergeDiffsCommand } from './commands/merge-diffs.js';
import { quoteCommand } from './commands/quote.js';
import { schemaCommand } from './commands/schema.js';
import { testCommand } from './commands/test.js';
import { validatePolicyCommand } from './commands/validate-policy.js';
import type { Command, Context } from './context.js';
import { formatIssues } from './format.js';
import { InputProblem } from './input.js';

const COMMANDS: readonly Command[] = [evaluateCommand, quoteCommand, deadlineCommand, calendarCommand, validatePolicyCommand, diffCommand, mergeDiffsCommand, testCommand, schemaCommand];

/** Where the command writes, and the facts of its process. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stderrIsTTY: boolean;
  readonly version: string;
}

function overview(version: string): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `churujing ${version} — mainland China's exit-entry rules from the command line`,
    '',
    'Usage: churujing <command> [options]     churujing <command> --help',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options of every command: --lang zh-CN|en (readable output), --json (for machines), --help',
    'Exit codes: 0 ok, 1 expectations failed, 2 bad input (every problem listed), 3 internal error',
    '',
    `Example: ${evaluateCommand.example}`,
  ].join('\n');
}

function help(c: Command): string {
  return [`churujing ${c.name} — ${c.summary}`, '', `Usage: ${c.usage}`, '', ...c.optionHelp.map((l) => `  ${l}`), '  --lang zh-CN|en    language of the output (default: from LANG, else en)', '  --json             JSON output', '', 'Example:', `  ${c.example}`].join('\n');
}

/** Runs the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview(io.version));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(io.version);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command ${JSON.stringify(name)}\n\n${overview(io.version)}`);
    return 2;
  }
  const args = readArgs(rest, command.options);
  if (args.values['help'] === true) {
    io.out(help(command));
    return 0;
  }
  const problems = [...args.problems];
  const langOption = args.values['lang'];
  let lang: Locale = (io.env['LC_ALL'] ?? io.env['LANG'] ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  if (langOption !== undefined) {
    if (isLocale(langOption)) lang = langOption;
    else problems.push(`--lang must be zh-CN or en (got ${JSON.stringify(langOption)})`);
  }
  if (problems.length > 0) {
    io.err(`${problems.map((p) => `churujing ${name}: ${p}`).join('\n')}\n\nUsage: ${command.usage}`);
    return 2;
  }
  const ctx: Context = { lang, json: args.values['json'] === true, cwd: io.cwd, out: io.out, err: io.err, progress: io.stderrIsTTY ? (t) => io.err(t) : undefined };
  try {
    return await command.run(args, ctx);
  } catch (e) {
    if (e instanceof InputProblem) {
      io.err(e.problems.map((p) => `churujing ${name}: ${p}`).join('\n'));
      return 2;
    }
    if (e instanceof ChurujingError) {
      io.err(`churujing ${name}: ${e.messageIn(lang).split(':')[0]}\n${formatIssues(e.issues, lang)}`);
      return 2;
    }
    io.err(`churujing ${name}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    return 3;
  }
}
