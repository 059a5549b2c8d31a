/**
 * The trusted core of the materials checklist, materialsChecklistTrusted (what evaluate calls on
 * an input it has already checked), against the public materialsChecklist:
 * - the public function is the check plus the core: both give the same result (deep-equal and
 *   the same JSON, key order included), or the same error;
 * - a result obtained through a warm view (its plans memoised by earlier calls with other
 *   inputs, many one fact away) deep-equals the result on a fresh policy (structuredClone
 *   compiles anew): the proof that the plan key names every input the checklist depends on;
 * - what the memo shares is frozen, so no caller can change a later caller's checklist.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChecklistInput, checkChecklistInput, materialsChecklist, materialsChecklistTrusted } from '../../src/eligibility/checklist.js';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';
import { type Case, SAMPLE_SERVICES, checklistCase, date, OFFICES, outcome, run } from './checklist-trusted-arbitraries.js';

const viewOf = (policy: Policy, d: string, office: string | undefined, flag = true) =>
  policyAt(policy, d, office === undefined ? (flag ? { beyondVerified: 'flag' } : {}) : flag ? { division: office, beyondVerified: 'flag' } : { division: office });

const inputOf = (c: Case, view: ChecklistInput['view']): ChecklistInput => ({ view, ...c });

describe('materialsChecklistTrusted', () => {
  it('the public function is the check plus the core (same result, same JSON, or the same error)', () => {
    const policy = defaultPolicy();
    fc.assert(
      fc.property(date, fc.constantFrom(...OFFICES), fc.boolean(), fc.array(checklistCase, { minLength: 1, maxLength: 3 }), (d, office, flag, cases) => {
        const view = viewOf(policy, d, office, flag);
        for (const c of cases) {
          const input = inputOf(c, view);
          const pub = outcome(() => materialsChecklist(input));
          const core = outcome(() => materialsChecklistTrusted(checkChecklistInput(input)));
          expect(core).toEqual(pub);
          expect(JSON.stringify(core)).toBe(JSON.stringify(pub));
          // the inputs are already valid and plain: the core on them as given agrees too
          if ('ok' in pub) expect(JSON.stringify(outcome(() => materialsChecklistTrusted(input)))).toBe(JSON.stringify(pub));
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('a result through a warm view deep-equals the result on a fresh policy', () => {
    const warm = defaultPolicy();
    fc.assert(
      fc.property(run, fc.boolean(), fc.nat(), fc.array(fc.nat()), ({ date: d, office, cases }, flag, pick, shuffle) => {
        const w = viewOf(warm, d, office, flag);
        const warmResults = cases.map((c) => JSON.stringify(outcome(() => materialsChecklistTrusted(inputOf(c, w)))));
        const onFresh = (order: readonly number[]) => {
          const fresh = structuredClone(warm);
          for (const i of order) expect(JSON.stringify(outcome(() => materialsChecklistTrusted(inputOf(cases[i] as Case, viewOf(fresh, d, office, flag)))))).toBe(warmResults[i]);
        };
        // one case alone on a fresh policy (nothing memoised at all)
        onFresh([pick % cases.length]);
        // every case on fresh policies, in the other order and in a random one: a plan key
        // missing a fact gives a case the plan of another case on one side and its own on the other
        const indexes = cases.map((_, i) => i);
        onFresh([...indexes].reverse());
        const random = [...indexes];
        shuffle.forEach((r, i) => {
          const a = i % random.length;
          const b = r % random.length;
          [random[a], random[b]] = [random[b] as number, random[a] as number];
        });
        onFresh(random);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('the sample application: what was presented is applied per call on one plan', () => {
    const view = viewOf(defaultPolicy(), '2025-01-24', '510100');
    const sample = { view, services: SAMPLE_SERVICES, applicant: { ageOnAcceptance: 34, route: 'in-province' as const } };
    const full = ['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence'];
    expect(materialsChecklistTrusted({ ...sample, presented: full }).complete).toBe(true);
    const partial = materialsChecklistTrusted({ ...sample, presented: ['application-form', 'temporary-id', 'photo-capture'] });
    expect(partial.missing.map((i) => i.id)).toEqual(['fingerprints', 'applicant-presence']);
    expect(partial.items.find((i) => i.id === 'resident-id-card')).toMatchObject({ present: true, presentAs: 'temporary-id' });
    const defective = materialsChecklistTrusted({ ...sample, presented: full, defective: ['photo-capture'] });
    expect(defective.missing).toEqual([expect.objectContaining({ id: 'photo-capture', present: false, defective: true })]);
    expect(materialsChecklistTrusted({ ...sample, presented: full }).complete).toBe(true);
    expect(materialsChecklistTrusted({ ...sample, presented: full })).toEqual(materialsChecklist({ ...sample, presented: full }));
  }, 60_000);

  it('grounds the rules name are told apart; other grounds (any text) give the same checklist', () => {
    const view = viewOf(defaultPolicy(), '2025-01-24', '510100');
    const replace = (ground: string) => materialsChecklistTrusted({ view, services: [{ kind: 'document', document: 'passport', action: 'replacement', ground }], applicant: { ageOnAcceptance: 30, route: 'hukou-place' }, presented: [] });
    expect(replace('damaged').items.map((i) => i.id)).toContain('damaged-document');
    expect(replace('lost').items.map((i) => i.id)).not.toContain('damaged-document');
    for (const g of ['x|d,AB', 'lost', '3:ab']) expect(replace(g).items).toEqual(replace('lost').items);
  }, 60_000);

  it('what the memo shares is frozen', () => {
    const view = viewOf(defaultPolicy(), '2025-01-24', '510100');
    const c = materialsChecklistTrusted({ view, services: SAMPLE_SERVICES, applicant: { ageOnAcceptance: 12, route: 'hukou-place' }, presented: ['hukou-booklet'] });
    expect(Object.isFrozen(c)).toBe(true);
    for (const item of [...c.items, ...c.services.flatMap((s) => s.items)]) {
      expect(Object.isFrozen(item) && Object.isFrozen(item.alternatives) && Object.isFrozen(item.services) && Object.isFrozen(item.why) && Object.isFrozen(item.label)).toBe(true);
      for (const w of item.why) expect(Object.isFrozen(w) && Object.isFrozen(w.params)).toBe(true);
    }
    expect(() => (c.items[0]?.why as unknown[]).push(null)).toThrow();
  }, 60_000);
});
