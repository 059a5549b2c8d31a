/** `churujing calendar`: working days on the State Council calendar. @module */
import { addWorkingDays, describeDay, isWorkingDay } from '../../deadlines/working-days.js';
import { daysFromCivil, formatCivilDate } from '../../rules/civil-date.js';
import type { Command } from '../context.js';
import { InputProblem } from '../input.js';

const KIND = { workday: ['工作日', 'working day'], weekend: ['周末', 'weekend'], holiday: ['放假', 'day off'], 'make-up-workday': ['调休上班', 'make-up working day'] } as const;

export const calendarCommand: Command = {
  name: 'calendar',
  summary: 'working days: is-working-day <date>, add <date> <n>, year <yyyy>',
  usage: 'churujing calendar is-working-day <date> | add <date> <n> | year <yyyy> [--lang zh-CN|en] [--json]',
  example: 'churujing calendar add 2025-01-24 7        # 2025-02-10',
  options: {},
  optionHelp: ['is-working-day <date>  whether a date is a working day, and why', 'add <date> <n>         the n-th working day after (before, for n < 0) the date', 'year <yyyy>            the days off and make-up working days of a year, with their holidays'],
  run(args, ctx) {
    const [sub, a, b, ...more] = args.positionals;
    const L = ctx.lang === 'zh-CN' ? 0 : 1;
    if (sub === 'is-working-day' && a !== undefined && b === undefined) {
      const d = describeDay(a);
      const name = d.holiday ? ` (${d.holiday[ctx.lang]})` : '';
      ctx.out(ctx.json ? JSON.stringify(d, null, 2) : `${d.date}: ${KIND[d.kind][L]}${name}`);
      return 0;
    }
    if (sub === 'add' && a !== undefined && b !== undefined && more.length === 0) {
      if (!/^-?\d+$/.test(b)) throw new InputProblem([`${b} is not a whole number of working days`]);
      const due = addWorkingDays(a, Number(b));
      ctx.out(ctx.json ? JSON.stringify({ date: a, workingDays: Number(b), result: due }) : due);
      return 0;
    }
    if (sub === 'year' && a !== undefined && b === undefined) {
      if (!/^\d{4}$/.test(a)) throw new InputProblem([`${a} is not a year`]);
      const y = Number(a);
      isWorkingDay(`${a}-01-01`); // a year outside the calendar raises CalendarRangeError here
      const days = [];
      for (let day = daysFromCivil(y, 1, 1); day <= daysFromCivil(y, 12, 31); day++) {
        const d = describeDay(formatCivilDate(day));
        if (d.kind === 'holiday' || d.kind === 'make-up-workday') days.push(d);
      }
      if (ctx.json) ctx.out(JSON.stringify(days, null, 2));
      else ctx.out(days.map((d) => `${d.date}  ${KIND[d.kind][L]}  ${d.holiday?.[ctx.lang] ?? ''}`.trimEnd()).join('\n'));
      return 0;
    }
    throw new InputProblem([`usage: ${this.usage}`]);
  },
};
