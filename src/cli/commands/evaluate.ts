/** `churujing evaluate [file|-]`: evaluate one application (full or short form). @module */
import { evaluate } from '../../evaluate/evaluate.js';
import type { Application } from '../../eligibility/application.js';
import { ValidationError } from '../../rules/errors.js';
import { issuesOf, REPORT_INPUT } from '../../rules/zod-issues.js';
import { expandParsedShortApplication, shortApplicationSchema } from '../../scenarios/short-application.js';
import { type Command, loadPolicy, POLICY_HELP, POLICY_OPTIONS } from '../context.js';
import { formatEvaluation } from '../format.js';
import { InputProblem, readData } from '../input.js';

/** A full application, or the short form of scenario files expanded. */
export function applicationOf(data: unknown, lang: 'zh-CN' | 'en'): Application {
  const full = typeof data === 'object' && data !== null && Object.hasOwn(data, 'existingDocuments') && Object.hasOwn(data, 'office');
  if (full) return data as Application;
  const short = shortApplicationSchema.safeParse(data, REPORT_INPUT);
  if (!short.success) throw new ValidationError({ 'zh-CN': '申请无效（简写形式）', en: 'Invalid application (short form)' }, issuesOf(short.error, [], lang), lang);
  return expandParsedShortApplication(short.data);
}

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'evaluate an application: eligibility, place, materials, deadlines, fees',
  usage: 'churujing evaluate [file|-] [--as-of YYYY-MM-DD] [--policy file] [--changes file] [--lang zh-CN|en] [--json]',
  example: "echo '{\"applicant\":{\"hukou\":\"510104\",\"birthDate\":\"1990-03-15\"},\"services\":[\"passport\"],\"acceptedAt\":\"2025-01-24\"}' | churujing evaluate -",
  options: { ...POLICY_OPTIONS, 'as-of': { type: 'string' } },
  optionHelp: ['[file|-]           the application, JSON or YAML (full, or the short form of scenario files); - or nothing: standard input', '--as-of <date>     the date you evaluate on (nothing reads the clock)', ...POLICY_HELP],
  run(args, ctx) {
    if (args.positionals.length > 1) throw new InputProblem([`evaluate takes one file, got ${args.positionals.length}`]);
    const app = applicationOf(readData(args.positionals[0] ?? '-', ctx.cwd), ctx.lang);
    const { policy } = loadPolicy(args.values, ctx.cwd);
    const asOf = args.values['as-of'];
    const e = evaluate(app, { policy, ...(typeof asOf === 'string' ? { asOf } : {}) });
    ctx.out(ctx.json ? JSON.stringify(e, null, 2) : formatEvaluation(e, ctx.lang));
    return 0;
  },
};
