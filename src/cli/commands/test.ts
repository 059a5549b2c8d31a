/** `churujing test <files/dirs/globs>`: run scenario files. @module */
import { relative } from 'node:path';
import { ChurujingError, type Issue } from '../../rules/errors.js';
import { runScenarios, type ScenarioRun } from '../../scenarios/run-scenarios.js';
import { type Command, loadPolicy, POLICY_HELP, POLICY_OPTIONS } from '../context.js';
import { formatIssues, formatScenarioRuns } from '../format.js';
import { InputProblem, readData, scenarioFiles } from '../input.js';

export const testCommand: Command = {
  name: 'test',
  summary: 'run scenario files (YAML or JSON): exit 1 when an expectation fails',
  usage: 'churujing test <file|dir|glob>… [--policy file] [--changes file] [--lang zh-CN|en] [--json]',
  example: "churujing test scenarios/ 'more/**/*.yaml'",
  options: POLICY_OPTIONS,
  optionHelp: ['<file|dir|glob>    scenario files; a directory means every .yaml, .yml and .json file under it', ...POLICY_HELP],
  run(args, ctx) {
    if (args.positionals.length === 0) throw new InputProblem(['test needs scenario files, directories or globs']);
    const files = scenarioFiles(args.positionals, ctx.cwd);
    const { policy } = loadPolicy(args.values, ctx.cwd);
    const runs: { file: string; run: ScenarioRun }[] = [];
    const bad: { file: string; issues: readonly Issue[] }[] = [];
    for (const path of files) {
      const file = relative(ctx.cwd, path) || path;
      try {
        runs.push({ file, run: runScenarios(readData(path, ctx.cwd), { policy, locale: ctx.lang }) });
      } catch (e) {
        if (e instanceof InputProblem) bad.push({ file, issues: e.problems.map((message) => ({ path: [], code: 'unreadable', message })) });
        else if (e instanceof ChurujingError) bad.push({ file, issues: e.issues });
        else throw e;
      }
    }
    const failed = runs.reduce((n, r) => n + r.run.failed, 0);
    if (ctx.json) ctx.out(JSON.stringify({ passed: runs.reduce((n, r) => n + r.run.passed, 0), failed, files: runs, invalid: bad }, null, 2));
    else ctx.out(formatScenarioRuns(runs, ctx.lang));
    for (const b of bad) ctx.err(`${b.file}:\n${formatIssues(b.issues, ctx.lang)}`);
    return bad.length > 0 ? 2 : failed > 0 ? 1 : 0;
  },
};
