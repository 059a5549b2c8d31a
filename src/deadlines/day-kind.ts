/**
 * The kind of a day of the built-in calendar, for rules that need only that (office hours): a
 * working day, a day off named by a holiday (the weekend days inside a break included), or a
 * plain weekend day. No description, no citation, no options: what `describeDay` gives beyond
 * this stays out of the bundles that read only the kind (a kiosk's).
 *
 * @module
 */
import { type CalendarData, calendarData, namedDays } from './calendar-build.js';
import { defaultCalendar } from './default-calendar.js';
import { dateIndex, isWork } from './working-days.js';

let builtIn: CalendarData | undefined;

/**
 * The kind of `date` in the built-in calendar, or `undefined` when it is not a real date inside
 * it: `working` (a weekday, or a weekend day worked, 调休), `holiday` (a day off that a holiday
 * names, as `describeDay` gives `holiday`), `rest` (a weekend day outside any break).
 *
 * @internal
 * @example
 * ```ts
 * builtInDayKind('2025-01-28'); // 'holiday' (Spring Festival)
 * builtInDayKind('2025-01-26'); // 'working' (a Sunday worked)
 * builtInDayKind('2025-03-01'); // 'rest'
 * ```
 */
export function builtInDayKind(date: string): 'working' | 'holiday' | 'rest' | undefined {
  const d = (builtIn ??= calendarData(defaultCalendar()));
  const i = dateIndex(date, d);
  if (i < 0) return undefined;
  if (isWork(d.kind[i])) return 'working';
  return namedDays(d).has(d.first + i) ? 'holiday' : 'rest';
}
