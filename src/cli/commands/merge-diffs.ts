/** `churujing merge-diffs <file>…`: merge the `--json` outputs of diff shards. @module */
import { mergeOutcomeDiffs, type OutcomeDiff } from '../../impact/diff-outcomes.js';
import { intOption } from '../args.js';
import type { Command } from '../context.js';
import { formatDiff } from '../format.js';
import { InputProblem, readData } from '../input.js';
import { isOutcomeDiff } from './diff.js';

export const mergeDiffsCommand: Command = {
  name: 'merge-diffs',
  summary: 'merge the --json outputs of diff shards into one result',
  usage: 'churujing merge-diffs <file>… [--keep N] [--json]',
  example: 'churujing merge-diffs shard-1.json shard-2.json shard-3.json --json > whole.json',
  options: { keep: { type: 'string' } },
  optionHelp: ['<file>…       outputs of churujing diff --json --shard k/n (one per shard)', '--keep <N>    how many changed applications to keep (default 20)'],
  run(args, ctx) {
    const problems: string[] = [];
    const keep = intOption(args.values, 'keep', problems) ?? 20;
    if (args.positionals.length === 0) problems.push('merge-diffs needs the files to merge');
    const diffs: OutcomeDiff[] = [];
    for (const f of args.positionals) {
      const d = readData(f, ctx.cwd);
      if (isOutcomeDiff(d)) diffs.push(d);
      else problems.push(`${f} is not the --json output of churujing diff`);
    }
    if (problems.length > 0) throw new InputProblem(problems);
    const merged = mergeOutcomeDiffs(diffs, { keep });
    ctx.out(ctx.json ? JSON.stringify(merged, null, 2) : formatDiff(merged, [], ctx.lang));
    return 0;
  },
};
