/**
 * The KeyTrie against a plain model: a map from the key's parts (each told apart as a Map tells
 * keys apart) to the value computed first. Keys share prefixes, are prefixes of one another, are
 * strings or arrays, and a computation may itself use the cache (it is walked again after).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTrie } from '../../src/rules/key-trie.js';

const part = fc.constantFrom<unknown>('a', 'b', 'c', 0, 1, -0, Number.NaN, true, undefined, '__proto__');
const key = fc.oneof(fc.constantFrom<string | unknown[]>('a', 'b', '__proto__'), fc.array(part, { maxLength: 5 }));

/** A model key: each part as a Map would tell it apart (NaN is NaN, -0 is 0). */
function modelKey(k: string | readonly unknown[]): string {
  const parts = typeof k === 'string' ? [k] : k;
  return JSON.stringify(parts.map((p) => (p === undefined ? ['u'] : typeof p === 'number' ? ['n', Number.isNaN(p) ? 'NaN' : String(p === 0 ? 0 : p)] : [typeof p, p])));
}

describe('KeyTrie', () => {
  it('gives the value first computed for every key, like a map of whole keys (no limit reached)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.option(key, { nil: undefined })), { maxLength: 60 }), (ops) => {
        const trie = new KeyTrie(10_000);
        const model = new Map<string, number>();
        let n = 0;
        const get = (k: string | readonly unknown[]): number => {
          const want = model.get(modelKey(k));
          const got = trie.get(k, () => {
            const v = n++;
            model.set(modelKey(k), v);
            return v;
          });
          if (want !== undefined) expect(got).toBe(want);
          return got;
        };
        for (const [k, inner] of ops) {
          // a computation that uses the cache itself
          if (inner !== undefined && !model.has(modelKey(k))) {
            const got = trie.get(k, () => {
              get(inner);
              const v = n++;
              model.set(modelKey(k), v);
              return v;
            });
            expect(got).toBe(model.get(modelKey(k)));
          } else get(k);
        }
        for (const k of ops.map(([k]) => k)) expect(trie.get(k, () => -1)).toBe(model.get(modelKey(k)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps at most its limit of values, and gives what it computes after a reset', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 80 }), fc.integer({ min: 1, max: 8 }), (keys, limit) => {
        const trie = new KeyTrie(limit);
        let computed = 0;
        for (const k of keys) {
          const v = trie.get(k, () => ++computed);
          expect(trie.get(k, () => -1)).toBe(v);
        }
        // every value kept is one computed; at most `limit` are kept
        let kept = 0;
        for (const k of new Map(keys.map((k) => [modelKey(k), k])).values()) if (trie.get(k, () => -1) !== -1) kept++;
        expect(kept).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });
});
