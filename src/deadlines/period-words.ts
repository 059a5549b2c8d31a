/**
 * A counted period in words: the counting sentence, the days skipped (consecutive days off with
 * the same reason as one range) and made up, the due date and, past the published calendar,
 * what was assumed. Everything of a deadline's explanation after its start sentences.
 *
 * @module
 */
import { type CivilDate, isoWeekday } from '../rules/civil-date.js';
import type { CalendarData } from './calendar-build.js';
import type { MakeUpDay, SkippedDay } from './compute-deadline.js';
import type { DeadlineRule } from './deadline-rule.js';
import { runText } from './period-days.js';
import type { ProvisionalMark } from './provisional-calendar.js';

const WEEKDAYS_ZH = ['', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
const WEEKDAYS_EN = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The days a count passes over, with their day indices (parallel to the listed days); `undefined` while none.
 *
 * @internal
 * @example
 * ```ts
 * const none: PeriodDays = { skipped: undefined, skippedAt: undefined, makeUpDays: undefined, makeUpAt: undefined };
 * ```
 */
export interface PeriodDays {
  skipped: SkippedDay[] | undefined;
  skippedAt: number[] | undefined;
  makeUpDays: MakeUpDay[] | undefined;
  makeUpAt: number[] | undefined;
}

/** Skipped days in words: consecutive days with the same reason as one range (see `runText`). */
function skippedRanges(d: CalendarData, at: readonly number[]): { 'zh-CN': string; en: string } {
  let zh = '';
  let en = '';
  for (let k = 0; k < at.length; ) {
    const i = at[k] as number;
    const run = runText(d, i);
    if (k > 0) {
      zh += '、';
      en += ', ';
    }
    zh += run[0];
    en += run[1];
    // the listed days of the run are its days from i on (consecutive indices)
    k += run[2] - i;
  }
  return { 'zh-CN': zh, en };
}

/** The zh-CN counting sentences already made, by `count * 2 + unit` (bounded: cleared past 64). */
const COUNT_SENTENCES = new Map<number, string>();

/** The zh-CN counting sentence of a unit and count (the same string each time). */
function countSentence(unit: DeadlineRule['unit'], count: number): string {
  const key = count * 2 + (unit === 'working-days' ? 0 : 1);
  let s = COUNT_SENTENCES.get(key);
  if (s === undefined) {
    s = unit === 'working-days' ? `自受理次日起计算${count}个工作日（受理当日不计入）。` : `自受理次日起计算${count}日（自然日，受理当日不计入）。`;
    if (COUNT_SENTENCES.size >= 64) COUNT_SENTENCES.clear();
    COUNT_SENTENCES.set(key, s);
  }
  return s;
}

/** The provisional sentence: what was assumed past the published calendar. */
function explainProvisional(m: ProvisionalMark): { 'zh-CN': string; en: string } {
  const zhDays = m.assumed.map((a) => `${a.date}（${a.holiday['zh-CN']}${a.basis === 'substitute' ? '补假' : ''}）`).join('、');
  const enDays = m.assumed.map((a) => `${a.date} (${a.holiday.en}${a.basis === 'substitute' ? ', given back for a weekend' : ''})`).join(', ');
  return {
    'zh-CN':
      `【暂定】${m.publishedThrough}之后尚无国务院办公厅的放假安排：按《全国年节及纪念日放假办法》推定法定节假日` +
      `${zhDays ? `${zhDays}` : '（期间无法定节假日）'}，调休上班日未知，未计入。`,
    en:
      ` [Provisional] No State Council arrangement after ${m.publishedThrough}: statutory days off assumed from 全国年节及纪念日放假办法` +
      `${enDays ? ` (${enDays})` : ' (none in the period)'}; make-up working days are unknown and not counted.`,
  };
}

/**
 * The counting, skipped days, make-up days and due date in words (everything after the start
 * sentences), `d` the calendar's data the days are indices of.
 *
 * @internal
 * @example
 * ```ts
 * const none: PeriodDays = { skipped: undefined, skippedAt: undefined, makeUpDays: undefined, makeUpAt: undefined };
 * explainPeriod('working-days', 1, '2025-01-23', '2025-01-24', parseCivilDate('2025-01-24'), d, none, undefined, false, undefined).en;
 * // '1 working days counted from the day after 2025-01-23 (the start day does not count). Due 2025-01-24 (Friday).'
 * ```
 */
export function explainPeriod(
  unit: DeadlineRule['unit'],
  count: number,
  receivedOn: CivilDate,
  due: CivilDate,
  dueDay: number,
  d: CalendarData,
  days: PeriodDays,
  rolledForwardFrom: CivilDate | undefined,
  dueIsMakeUp: boolean,
  mark: ProvisionalMark | undefined,
): { 'zh-CN': string; en: string } {
  const ranges = days.skippedAt ? skippedRanges(d, days.skippedAt) : undefined;
  let zh: string;
  let en: string;
  if (unit === 'working-days') {
    zh = countSentence(unit, count);
    en = `${count} working days counted from the day after ${receivedOn} (the start day does not count).`;
    if (ranges) {
      zh += `期间跳过非工作日：${ranges['zh-CN']}。`;
      en += ` Non-working days skipped: ${ranges.en}.`;
    }
    if (days.makeUpDays && days.makeUpAt) {
      let mzh = '';
      let men = '';
      const at = days.makeUpAt;
      days.makeUpDays.forEach((m, i) => {
        const w = isoWeekday(d.first + (at[i] as number));
        mzh += `${i ? '、' : ''}${m.date}（${WEEKDAYS_ZH[w]}，${m.holiday['zh-CN']}调休）`;
        men += `${i ? ', ' : ''}${m.date} (${WEEKDAYS_EN[w]}, ${m.holiday.en})`;
      });
      zh += `调休上班日${mzh}计为工作日。`;
      en += ` Make-up working days counted: ${men}.`;
    }
  } else {
    zh = countSentence(unit, count);
    en = `${count} calendar days counted from the day after ${receivedOn} (the start day does not count).`;
    if (rolledForwardFrom !== undefined) {
      zh += `期间届满日${rolledForwardFrom}为非工作日：${ranges?.['zh-CN'] ?? ''}，顺延至下一个工作日。`;
      en += ` The last day, ${rolledForwardFrom}, is not a working day: ${ranges?.en ?? ''}; so the deadline moves to the next working day.`;
    }
  }
  const w = isoWeekday(dueDay);
  zh += `办结期限：${due}（${WEEKDAYS_ZH[w]}${dueIsMakeUp ? '，调休上班日' : ''}）。`;
  en += ` Due ${due} (${WEEKDAYS_EN[w]}${dueIsMakeUp ? ', a make-up working day' : ''}).`;
  if (mark) {
    const p = explainProvisional(mark);
    zh += p['zh-CN'];
    en += p.en;
  }
  return { 'zh-CN': zh, en };
}

