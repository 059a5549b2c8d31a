/** `churujing validate-policy <file>`: check a policy file. @module */
import { validatePolicy } from '../../builtin/builtin-policy.js';
import type { Command } from '../context.js';
import { formatIssues } from '../format.js';
import { InputProblem, readData } from '../input.js';

export const validatePolicyCommand: Command = {
  name: 'validate-policy',
  summary: 'check a policy file: tables, values, periods, citations, divisions, changes',
  usage: 'churujing validate-policy <file> [--lang zh-CN|en] [--json]',
  example: 'churujing validate-policy my-policy.json',
  options: {},
  optionHelp: ['<file>   the policy, JSON or YAML (churujing.policy/1); exit 1 when it has problems, each listed with its path'],
  run(args, ctx) {
    if (args.positionals.length !== 1) throw new InputProblem(['validate-policy takes exactly one file']);
    const file = args.positionals[0] as string;
    const r = validatePolicy(readData(file, ctx.cwd));
    if (ctx.json) ctx.out(JSON.stringify(r.ok ? { ok: true } : { ok: false, issues: r.issues }, null, 2));
    else if (r.ok) {
      const p = r.policy;
      ctx.out(ctx.lang === 'zh-CN' ? `${file}有效：${Object.keys(p.national).length}张全国表，${Object.keys(p.local).length}个地方，${p.changes.length}项变更` : `${file} is valid: ${Object.keys(p.national).length} national tables, ${Object.keys(p.local).length} divisions with local measures, ${p.changes.length} changes`);
    } else ctx.out(`${ctx.lang === 'zh-CN' ? `${file}有${r.issues.length}个问题：` : `${file} has ${r.issues.length} problem${r.issues.length === 1 ? '' : 's'}:`}\n${formatIssues(r.issues, ctx.lang)}`);
    return r.ok ? 0 : 1;
  },
};
