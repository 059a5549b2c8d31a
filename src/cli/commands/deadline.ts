/** `churujing deadline`: a processing deadline on the working-day calendar. @module */
import { computeDeadline, type DeadlineInput } from '../../deadlines/compute-deadline.js';
import type { Command } from '../context.js';
import { formatDeadline } from '../format.js';
import { InputProblem, readData } from '../input.js';

export const deadlineCommand: Command = {
  name: 'deadline',
  summary: 'count a deadline in working or calendar days from an acceptance date or instant',
  usage: 'churujing deadline [file|-] | --start <date|instant> (--working-days N | --calendar-days N) [--cutoff HH:mm] [--json]',
  example: 'churujing deadline --start 2025-01-24T16:45:00+08:00 --working-days 7 --cutoff 17:00',
  options: { start: { type: 'string' }, 'working-days': { type: 'string' }, 'calendar-days': { type: 'string' }, cutoff: { type: 'string' } },
  optionHelp: [
    '[file|-]                the input, JSON or YAML ({ start, rule: { unit, count, cutoff? } })',
    '--start <date|instant>  the acceptance date, or an instant with its offset',
    '--working-days <n>      n working days, from the day after (State Council calendar)',
    '--calendar-days <n>     n days; a last day off moves to the next working day',
    '--cutoff <HH:mm>        an instant at or after it counts from the next day',
  ],
  run(args, ctx) {
    const v = args.values;
    let input: unknown;
    if (v['start'] !== undefined) {
      if (args.positionals.length > 0) throw new InputProblem(['give either a file or --start, not both']);
      const wd = v['working-days'];
      const cd = v['calendar-days'];
      if ((wd === undefined) === (cd === undefined)) throw new InputProblem(['give one of --working-days and --calendar-days']);
      const count = Number(wd ?? cd);
      input = { start: v['start'], rule: { unit: wd !== undefined ? 'working-days' : 'calendar-days', count: Number.isFinite(count) ? count : String(wd ?? cd), ...(typeof v['cutoff'] === 'string' ? { cutoff: v['cutoff'] } : {}) }, locale: ctx.lang };
    } else input = { locale: ctx.lang, ...(readData(args.positionals[0] ?? '-', ctx.cwd) as object) };
    const d = computeDeadline(input as DeadlineInput);
    ctx.out(ctx.json ? JSON.stringify(d, null, 2) : formatDeadline(d, ctx.lang));
    return 0;
  },
};
