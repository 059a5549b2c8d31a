/**
 * The kiosk entry carries no schema library, so its `policyAt` resolves only policies the package
 * built, validated or compiled (they need no check), and refuses any other with a typed error
 * that says how to validate it. On the policies it accepts it gives the very views of the root's
 * `policyAt`.
 */
import { describe, expect, it, vi } from 'vitest';
import { defaultPolicy } from '../../src/builtin/builtin-policy.js';
import { KIOSK_POLICY_TABLES } from '../../src/builtin/kiosk-policy.js';
import { ChurujingError, UnknownDivisionError, ValidationError, canSelfServe, kioskPolicy, policyAt as kioskPolicyAt } from '../../src/kiosk.js';
import { policyAt } from '../../src/rules/policy-at.js';
import { parsePolicy, validatePolicyWith } from '../../src/rules/validate-policy.js';

const problems = (f: () => unknown): { path: string; code: string; zh: string | undefined }[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof ChurujingError) return e.issues.map((i) => ({ path: i.path.join('.'), code: i.code, zh: i.messages?.['zh-CN'] }));
    throw e;
  }
  throw new Error('no error');
};

const REQUEST = {
  kiosk: '440304',
  applicant: { hukou: '440304' },
  permit: { form: 'card' as const, expiry: '2030-01-01' },
  service: { kind: 'endorsement' as const, endorsement: { destination: 'hong-kong' as const, type: 'L' } },
};

describe("the kiosk entry's policyAt", () => {
  it('resolves the kiosk and built-in policies, and validated ones, as the root policyAt does', () => {
    const json = JSON.parse(JSON.stringify(kioskPolicy()));
    const validated = parsePolicy(json, KIOSK_POLICY_TABLES);
    for (const p of [kioskPolicy(), defaultPolicy(), validated]) {
      const v = kioskPolicyAt(p, '2024-05-06', { division: '440304' });
      expect(v).toBe(policyAt(p, '2024-05-06', { division: '440304' }));
      expect(v.value('kiosk.services').inForce).toBe(true);
      expect(canSelfServe(v, REQUEST).ok).toBe(true);
    }
    const viaValidate = validatePolicyWith(JSON.parse(JSON.stringify(kioskPolicy())), KIOSK_POLICY_TABLES);
    expect(viaValidate.ok).toBe(true);
    if (viaValidate.ok) expect(kioskPolicyAt(viaValidate.policy, '2019-04-01').date).toBe('2019-04-01');
  });

  it('resolves a policy the root policyAt has resolved once, and refuses one it has not', () => {
    const resolvedOnce = JSON.parse(JSON.stringify(kioskPolicy()));
    policyAt(resolvedOnce, '2024-05-06');
    expect(kioskPolicyAt(resolvedOnce, '2024-05-07', { division: '440304' }).division).toBe('440304');
    const neverSeen = JSON.parse(JSON.stringify(kioskPolicy()));
    expect(() => kioskPolicyAt(neverSeen, '2024-05-06')).toThrow(ValidationError);
    expect(problems(() => kioskPolicyAt(neverSeen, '2024-05-06'))).toEqual([{ path: 'policy', code: 'unknown-policy', zh: expect.stringContaining('parsePolicy') }]);
    // nothing was read from it: it is not even frozen
    expect(Object.isFrozen(neverSeen)).toBe(false);
  });

  it('lists every problem at once, and reports an unknown division alone as the root does', () => {
    expect(problems(() => kioskPolicyAt({ schema: 'x' } as never, '2024-02-30', { division: 5 } as never)).map((p) => [p.path, p.code])).toEqual([
      ['date', 'invalid-date'],
      ['policy', 'unknown-policy'],
      ['options.division', 'invalid_type'],
    ]);
    // in the order the root's policyAt lists them
    expect(problems(() => policyAt({ schema: 'x' } as never, '2024-02-30', { division: 5 } as never)).map((p) => p.path)).toEqual(['date', 'schema', 'id', 'national', 'local', 'changes', 'options.division']);
    expect(() => kioskPolicyAt(kioskPolicy(), '2024-05-06', { division: '449999' })).toThrow(UnknownDivisionError);
    expect(() => policyAt(kioskPolicy(), '2024-05-06', { division: '449999' })).toThrow(UnknownDivisionError);
  });

  it('reads a trusted policy without checking its tables again', async () => {
    vi.resetModules();
    const table = await import('../../src/rules/table.js');
    const spy = vi.spyOn(table.tableDataSchema, 'safeParse');
    const fresh = await import('../../src/kiosk.js');
    const view = fresh.policyAt(fresh.kioskPolicy(), '2024-05-06', { division: '440304' });
    expect(fresh.canSelfServe(view, REQUEST).ok).toBe(true);
    expect(spy).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
