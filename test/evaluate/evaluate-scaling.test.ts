/**
 * evaluate scales with its input (issue 10 §4): many materials (repeated ids: a form that
 * sends each box once per service, say) cost linear time — tested as a ratio between n and
 * 10n, never as an absolute time. 100,000 materials took 18 s when presence was checked by a
 * scan per material.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { MATERIAL_IDS } from '../../src/eligibility/materials-catalogue.js';
import { evaluate } from '../../src/evaluate/evaluate.js';

function withMaterials(n: number) {
  const materials = Array.from({ length: n }, (_, i) => MATERIAL_IDS[i % MATERIAL_IDS.length] as string);
  return { ...SAMPLE_APPLICATION, materials };
}

/** The least time of a few runs (the machine may be busy: the least is the nearest to the cost). */
function least(f: () => unknown, runs = 5): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('evaluate scales linearly in the number of materials', () => {
  it('10n materials cost less than 30 times n (quadratic: 100 times)', () => {
    const small = withMaterials(5_000);
    const large = withMaterials(50_000);
    evaluate(small);
    const ratio = least(() => evaluate(large)) / least(() => evaluate(small));
    expect(ratio).toBeLessThan(30);
    // and the answer does not depend on the repetitions
    expect(evaluate(large).materials?.items.map((i) => [i.id, i.present])).toEqual(evaluate(small).materials?.items.map((i) => [i.id, i.present]));
  }, 120_000);
});
