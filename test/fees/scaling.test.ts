/**
 * Time in input size (issue 10 §4): the fee, document and endorsement functions whose input can
 * grow are linear in it, within their documented maxima. Each is timed on n and 10n (the best
 * CPU time of several runs, so a loaded machine's other work does not count); linear code takes
 * about 10 times as long, quadratic 100 times: the bound is 30.
 */
import { describe, expect, it } from 'vitest';
import { fen, sumFen } from '../../src/fees/money.js';
import { quoteFees } from '../../src/builtin/quote-fees.js';
import { endorsementOptions } from '../../src/builtin/endorsement-options.js';
import { validityFor } from '../../src/documents/validity.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { ChurujingError } from '../../src/rules/errors.js';
import type { FeeItem } from '../../src/fees/quote-fees.js';
import type { Relation } from '../../src/documents/endorsements/option.js';
import type { EndorsementRequest } from '../../src/documents/endorsements/request.js';

/** Best CPU time of `runs` runs of `f` (µs of this process: time the machine gives other processes does not count). */
function best(f: () => void, runs = 9): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = process.cpuUsage();
    f();
    const used = process.cpuUsage(t);
    min = Math.min(min, used.user + used.system);
  }
  return min;
}

/** The time ratio of `work(10n)` to `work(n)`, each repeated so that it takes a measurable time. */
function ratio(work: (n: number) => () => void, n: number, repeat: number): number {
  const small = work(n);
  const large = work(10 * n);
  small();
  large();
  return best(() => { for (let i = 0; i < repeat; i++) large(); }) / best(() => { for (let i = 0; i < repeat; i++) small(); });
}

const quiet = (f: () => unknown) => () => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
  }
};

describe('scaling: n against 10n', { timeout: 60_000 }, () => {
  it('sumFen is linear in the number of amounts', () => {
    expect(ratio((n) => { const a = Array.from({ length: n }, (_, i) => fen(i)); return () => sumFen(a); }, 10_000, 20)).toBeLessThan(30);
  });

  it('a bad sum lists every bad amount in linear time', () => {
    expect(ratio((n) => { const a = Array.from({ length: n }, () => 0.5); return quiet(() => sumFen(a as never)); }, 200, 5)).toBeLessThan(30);
  });

  it('quoteFees is linear in the number of items (up to the maximum of 100)', () => {
    const items = (n: number): FeeItem[] => Array.from({ length: n }, (_, i) => (i % 2 ? { item: 'passport.issue', quantity: 1 + (i % 9) } : { item: 'hkmo-endorsement', validityMonths: 1 + (i % 120), entries: 'multi' }));
    expect(ratio((n) => { const input = { items: items(n), acceptedOn: '2019-07-01', division: '510100', delivery: 'post' as const }; return () => quoteFees(input); }, 10, 50)).toBeLessThan(30);
  });

  it('an input with many unknown keys is reported in linear time', () => {
    const view = policyAt(defaultPolicy(), '2025-01-24');
    expect(
      ratio((n) => {
        const input: Record<string, unknown> = { view, type: 'passport', birthDate: '1990-01-01', acceptedOn: '2025-01-24' };
        for (let i = 0; i < n; i++) input[`extra${i}`] = i;
        return quiet(() => validityFor(input as never));
      }, 500, 20),
    ).toBeLessThan(30);
  });

  it('endorsementOptions is linear in the number of relatives (up to the maximum of 50)', () => {
    const relations = ['spouse', 'parent', 'sibling', 'child'] as const;
    const relatives = (n: number) => Array.from({ length: n }, (_, i) => ({ relation: relations[i % 4] as Relation, livesIn: i % 2 ? ('macau' as const) : ('hong-kong' as const) }));
    expect(
      ratio((n) => {
        const r: EndorsementRequest = { applicant: { hukou: '440304', relatives: relatives(n) }, permit: { type: 'hkmo', form: 'card', expiry: '2033-01-01' }, destination: 'hong-kong', type: 'T', date: '2024-12-01', division: '440304' };
        return () => endorsementOptions(r);
      }, 5, 20),
    ).toBeLessThan(30);
  });
});
