/** `churujing quote [file|-]`: a fee quote. @module */
import { quoteFees } from '../../builtin/quote-fees.js';
import type { FeeQuoteInput } from '../../fees/quote-fees.js';
import { type Command, loadPolicy, POLICY_HELP, POLICY_OPTIONS } from '../context.js';
import { formatQuote } from '../format.js';
import { InputProblem, readData } from '../input.js';

export const quoteCommand: Command = {
  name: 'quote',
  summary: 'quote the fees of items on an acceptance date at an office',
  usage: 'churujing quote [file|-] | --item <item> [--item …] --date <date> --division <code> [--delivery post|collect] [--json]',
  example: 'churujing quote --item passport.issue --item hkmo-permit.issue --date 2019-07-01 --division 510100 --delivery post',
  options: { ...POLICY_OPTIONS, item: { type: 'string', multiple: true }, date: { type: 'string' }, division: { type: 'string' }, delivery: { type: 'string' } },
  optionHelp: [
    '[file|-]           the quote input, JSON or YAML ({ items, acceptedOn, division, applicant?, delivery? })',
    '--item <item>      a fee item (passport.issue, hkmo-permit.issue, taiwan-permit.card …); repeat for more',
    '--date <date>      the acceptance date (it chooses the fee schedule)',
    '--division <code>  the office',
    '--delivery <how>   post or collect',
    ...POLICY_HELP,
  ],
  run(args, ctx) {
    const v = args.values;
    let input: unknown;
    if (v['item'] !== undefined || v['date'] !== undefined || v['division'] !== undefined) {
      if (args.positionals.length > 0) throw new InputProblem(['give either a file or --item/--date/--division, not both']);
      const items = (v['item'] as string[] | undefined) ?? [];
      input = { items: items.map((item) => ({ item })), acceptedOn: v['date'], division: v['division'], ...(typeof v['delivery'] === 'string' ? { delivery: v['delivery'] } : {}) };
    } else input = readData(args.positionals[0] ?? '-', ctx.cwd);
    const { policy } = loadPolicy(v, ctx.cwd);
    const q = quoteFees(input as FeeQuoteInput, { policy, locale: ctx.lang });
    ctx.out(ctx.json ? JSON.stringify(q, null, 2) : formatQuote(q, ctx.lang));
    return 0;
  },
};
