import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen, formatCny, sumFen, yuan } from '../../src/fees/money.js';
import { ValidationError } from '../../src/rules/errors.js';

describe('money in fen', () => {
  it('formats as offices print it', () => {
    expect(formatCny(yuan(120), 'zh-CN')).toBe('120元');
    expect(formatCny(fen(1550), 'zh-CN')).toBe('15.50元');
    expect(formatCny(fen(5), 'zh-CN')).toBe('0.05元');
    expect(formatCny(yuan(0), 'zh-CN')).toBe('0元');
    expect(formatCny(yuan(120), 'en')).toBe('CNY 120.00');
    expect(formatCny(fen(1505), 'en')).toBe('CNY 15.05');
    expect(formatCny(yuan(120), 'zh-CN', { symbol: true })).toBe('¥120.00');
  });

  it('accepts only whole, non-negative, safe amounts', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) expect(() => fen(bad)).toThrow(ValidationError);
    expect(() => yuan(0.015)).toThrow(ValidationError);
  });

  it('formatting and summing are exact on integers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 }), (amounts) => {
        const total = sumFen(amounts.map(fen));
        const shown = formatCny(total, 'en');
        return Number(shown.slice(4).replace('.', '')) === amounts.reduce((a, b) => a + b, 0);
      }),
    );
  });
});
