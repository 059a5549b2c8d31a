import { describe, expect, it } from 'vitest';
import {
  CalendarRangeError,
  computeDeadline,
  InvalidDateError,
  ValidationError,
  type DeadlineRule,
} from '../../src/index.js';

// Expected dates are worked out by hand from the State Council notices (cited per case),
// not produced by the code under test.
const wd = (count: number, extra: Partial<DeadlineRule> = {}): DeadlineRule => ({ unit: 'working-days', count, ...extra });
const cd = (count: number, extra: Partial<DeadlineRule> = {}): DeadlineRule => ({ unit: 'calendar-days', count, ...extra });

describe('computeDeadline: working days', () => {
  it('Friday 2025-01-24 + 7 WD → Monday 2025-02-10 (2025 notice 国办发明电〔2024〕12号: 01-28–02-04 off, Sun 01-26 and Sat 02-08 worked)', () => {
    const d = computeDeadline({ start: '2025-01-24', rule: wd(7) });
    expect(d.due).toBe('2025-02-10');
    expect(d.receivedOn).toBe('2025-01-24');
    expect(d.makeUpDays.map((m) => m.date)).toEqual(['2025-01-26', '2025-02-08']);
    expect(d.makeUpDays.every((m) => m.holiday.key === 'spring-festival')).toBe(true);
    // (01-24, 02-10] has 17 calendar days: 7 counted, 10 skipped
    expect(d.skipped.map((s) => s.date)).toEqual([
      '2025-01-25',
      '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04',
      '2025-02-09',
    ]);
    expect(d.skipped[0]).toEqual({ date: '2025-01-25', kind: 'weekend' });
    expect(d.skipped[1]).toMatchObject({ kind: 'holiday', holiday: { 'zh-CN': '春节', en: 'Spring Festival' } });
    expect(d.skipped[5]).toMatchObject({ date: '2025-02-01', kind: 'weekend', holiday: { key: 'spring-festival' } });
  });

  it('the start day never counts, and a start on a non-working day counts from the next working day', () => {
    // Sunday 2025-10-05 is inside the 2025 National Day break (10-01–10-08 off): day 1 is Thursday 10-09.
    expect(computeDeadline({ start: '2025-10-05', rule: wd(1) }).due).toBe('2025-10-09');
    // Saturday 2025-10-11 is a make-up working day; starting on it, day 1 is Monday 10-13.
    expect(computeDeadline({ start: '2025-10-11', rule: wd(1) }).due).toBe('2025-10-13');
    // An ordinary Thursday: day 1 is Friday.
    expect(computeDeadline({ start: '2025-03-13', rule: wd(1) }).due).toBe('2025-03-14');
  });

  it('count 0 is the received day itself, or the next working day', () => {
    expect(computeDeadline({ start: '2025-03-14', rule: wd(0) }).due).toBe('2025-03-14');
    expect(computeDeadline({ start: '2025-01-28', rule: wd(0) }).due).toBe('2025-02-05');
  });

  it('uses the late-December days set by the next year\'s notice (2008 notice: Sat 2007-12-29 worked)', () => {
    expect(computeDeadline({ start: '2007-12-28', rule: wd(1) }).due).toBe('2007-12-29');
    expect(computeDeadline({ start: '2007-12-28', rule: wd(2) }).due).toBe('2008-01-02');
  });

  it('explains in zh-CN and en, naming the holidays and make-up days', () => {
    const d = computeDeadline({ start: '2025-01-24T10:00:00+08:00', rule: wd(7) });
    expect(d.explanation.en).toContain('2025-01-28 to 2025-02-04 (Spring Festival)');
    expect(d.explanation.en).toContain('2025-01-26 (Sunday, Spring Festival)');
    expect(d.explanation.en).toContain('Due 2025-02-10 (Monday)');
    expect(d.explanation['zh-CN']).toContain('2025-01-28至2025-02-04（春节）');
    expect(d.explanation['zh-CN']).toContain('受理当日不计入');
    expect(d.explanation['zh-CN']).toContain('办结期限：2025-02-10（星期一）');
  });
});

describe('computeDeadline: instants and the cut-off', () => {
  it('an instant at or after the cut-off counts as received the next day', () => {
    // Thursday 17:30 Beijing time, cut-off 17:00 → received Friday 03-14 → 1 WD → Monday 03-17.
    const late = computeDeadline({ start: '2025-03-13T17:30:00+08:00', rule: wd(1, { cutoff: '17:00' }) });
    expect(late.start).toEqual({ input: '2025-03-13T17:30:00+08:00', date: '2025-03-13', time: '17:30', afterCutoff: true });
    expect(late.receivedOn).toBe('2025-03-14');
    expect(late.due).toBe('2025-03-17');
    expect(late.explanation.en).toContain('After the 17:00 cut-off');
    // exactly at the cut-off counts as late; a minute before does not
    expect(computeDeadline({ start: '2025-03-13T17:00:00+08:00', rule: wd(1, { cutoff: '17:00' }) }).receivedOn).toBe('2025-03-14');
    expect(computeDeadline({ start: '2025-03-13T16:59:59+08:00', rule: wd(1, { cutoff: '17:00' }) }).due).toBe('2025-03-14');
  });

  it('converts other offsets to Beijing time first', () => {
    // 09:30Z = 17:30 in Shanghai (UTC+8, no DST since 1991)
    expect(computeDeadline({ start: '2025-03-13T09:30:00Z', rule: wd(1, { cutoff: '17:00' }) }).receivedOn).toBe('2025-03-14');
    // 16:30Z on the 13th is 00:30 on the 14th in Shanghai
    const d = computeDeadline({ start: '2025-03-13T16:30:00Z', rule: wd(1) });
    expect(d.start.date).toBe('2025-03-14');
    expect(d.due).toBe('2025-03-17');
    // New York afternoon of the 13th (-04:00 in March) is the early 14th in Shanghai
    expect(computeDeadline({ start: '2025-03-13T13:00:00-04:00', rule: wd(0) }).start.date).toBe('2025-03-14');
  });

  it('a civil date has no time, so the cut-off does not apply', () => {
    const d = computeDeadline({ start: '2025-03-13', rule: wd(1, { cutoff: '00:00' }) });
    expect(d.start.afterCutoff).toBe(false);
    expect(d.due).toBe('2025-03-14');
  });
});

describe('computeDeadline: calendar days (护照法 art. 6: 15 days)', () => {
  it('moves a last day that is not a working day to the next working day (民法典 art. 203)', () => {
    // 2025-09-16 + 15 = 10-01, inside the National Day break 10-01–10-08 → Thursday 10-09.
    const d = computeDeadline({ start: '2025-09-16', rule: cd(15) });
    expect(d.rolledForwardFrom).toBe('2025-10-01');
    expect(d.due).toBe('2025-10-09');
    expect(d.skipped).toHaveLength(8);
    expect(d.skipped.every((s) => s.holiday?.key === 'national-day-mid-autumn')).toBe(true);
    expect(d.explanation.en).toContain('moves to the next working day');
  });

  it('keeps a last day that is a make-up working day (Sat 2025-02-08)', () => {
    const d = computeDeadline({ start: '2025-01-24', rule: cd(15) });
    expect(d.due).toBe('2025-02-08');
    expect(d.rolledForwardFrom).toBeUndefined();
    expect(d.explanation.en).toContain('a make-up working day');
  });

  it('moves an ordinary Sunday to Monday', () => {
    expect(computeDeadline({ start: '2025-03-01', rule: cd(15) }).due).toBe('2025-03-17');
  });

  it('carries the citation slot of the rule into the result', () => {
    const cite = { issuer: '全国人民代表大会常务委员会', title: '中华人民共和国护照法', article: '第六条' };
    expect(computeDeadline({ start: '2025-03-01', rule: cd(15, { cite }) }).rule.cite).toEqual(cite);
  });
});

describe('computeDeadline: bad input', () => {
  it('lists every schema problem at once', () => {
    try {
      computeDeadline({ start: '2025-01-24T10:00:00', rule: { unit: 'weeks', count: -1, cutoff: '25:00' } } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.')).sort();
      expect(paths).toEqual(['rule.count', 'rule.cutoff', 'rule.unit', 'start']);
    }
  });

  it('rejects unknown rule fields, a non-integer count and a foreign calendar', () => {
    expect(() => computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: 1.5 } })).toThrow(ValidationError);
    expect(() => computeDeadline({ start: '2025-01-24', rule: { unit: 'working-days', count: 1, days: 2 } as never })).toThrow(ValidationError);
    expect(() => computeDeadline({ start: '2025-01-24', rule: wd(1), calendar: {} as never })).toThrow(ValidationError);
    expect(() => computeDeadline(undefined as never)).toThrow(ValidationError);
  });

  it('rejects a start that is neither a date nor an instant with an offset', () => {
    for (const start of ['2024-02-30', '2025-01-24T10:00:00', '2025-01-24 10:00+08:00', 'tomorrow']) {
      expect(() => computeDeadline({ start, rule: wd(1) }), start).toThrow(ValidationError);
    }
  });

  it('raises CalendarRangeError when the period leaves the calendar', () => {
    expect(() => computeDeadline({ start: '2026-12-28', rule: wd(10) })).toThrow(CalendarRangeError);
    expect(() => computeDeadline({ start: '2003-12-30', rule: wd(1) })).toThrow(CalendarRangeError);
    expect(() => computeDeadline({ start: '2026-12-20', rule: cd(15) })).toThrow(CalendarRangeError);
  });

  it('keeps InvalidDateError for a date read outside the schema', () => {
    expect(new InvalidDateError('x', []).code).toBe('invalid-date');
  });
});
