import { describe, expect, it } from 'vitest';
import { CalendarRangeError, deadlineStatus, InvalidDateError, ValidationError } from '../../src/index.js';

// Due Monday 2025-02-10; Saturday 02-08 is a make-up working day (国办发明电〔2024〕12号).
describe('deadlineStatus', () => {
  it('is on-track while more than the warning margin is left', () => {
    // (02-06, 02-10] holds 02-07, 02-08 (worked), 02-10
    expect(deadlineStatus('2025-02-10', '2025-02-06', { warnWithinWorkingDays: 2 })).toEqual({
      status: 'on-track',
      due: '2025-02-10',
      asOf: '2025-02-06',
      workingDaysLeft: 3,
    });
  });

  it('is due-soon within the margin, the due day included', () => {
    expect(deadlineStatus('2025-02-10', '2025-02-07', { warnWithinWorkingDays: 2 }).status).toBe('due-soon');
    expect(deadlineStatus('2025-02-10', '2025-02-10', { warnWithinWorkingDays: 0 })).toMatchObject({ status: 'due-soon', workingDaysLeft: 0 });
    // Sunday 02-09 is not a working day: only 02-10 is left
    expect(deadlineStatus('2025-02-10', '2025-02-09', { warnWithinWorkingDays: 0 }).status).toBe('on-track');
  });

  it('is overdue the day after the due date, counting the working days past', () => {
    expect(deadlineStatus('2025-02-10', '2025-02-11')).toMatchObject({ status: 'overdue', workingDaysLeft: -1 });
    // 2025-02-10T17:00Z is 01:00 on 02-11 in Beijing
    expect(deadlineStatus('2025-02-10', '2025-02-10T17:00:00Z').status).toBe('overdue');
    expect(deadlineStatus('2025-02-10', '2025-02-10T15:59:00Z').status).toBe('due-soon');
  });

  it('defaults to a 2-working-day warning', () => {
    expect(deadlineStatus('2025-02-10', '2025-02-07').status).toBe('due-soon');
    expect(deadlineStatus('2025-02-10', '2025-02-06').status).toBe('on-track');
  });

  it('rejects bad input with typed errors', () => {
    expect(() => deadlineStatus('2025-02-30', '2025-02-07')).toThrow(InvalidDateError);
    expect(() => deadlineStatus('2025-02-10', '2025-02-07T10:00')).toThrow(InvalidDateError);
    expect(() => deadlineStatus('2025-02-10', '2025-02-07', { warnWithinWorkingDays: -1 })).toThrow(ValidationError);
    expect(() => deadlineStatus('2027-02-10', '2025-02-07')).toThrow(CalendarRangeError);
  });
});
