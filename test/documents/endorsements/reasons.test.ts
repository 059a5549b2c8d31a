/**
 * Messages are rendered from codes by locale maps; every code a decision emits is in the
 * catalogue with both locales.
 */
import { describe, expect, it } from 'vitest';
import { renderReason, type Reason } from '../../../src/rules/reasons.js';
import { ENDORSEMENT_REASONS } from '../../../src/documents/endorsements/reasons.js';
import { endorsementOptions } from '../../../src/builtin/endorsement-options.js';
import { POLICY, run } from './fixture.js';
import { APPLICANTS, representativeRequests } from './requests.js';

describe('endorsement reasons', () => {
  it('every code emitted for the representative requests over the years is catalogued, with its parameters', () => {
    const seen = new Set<string>();
    for (const date of ['1990-01-01', '2003-09-01', '2009-04-01', '2016-04-01', '2019-08-01', '2020-03-01', '2023-05-15', '2024-12-01', '2025-11-30']) {
      for (const req of representativeRequests(date)) {
        for (const variant of [req, { ...req, applicant: { hukou: '320302' } }, { ...req, division: '650102' }]) {
          const r = endorsementOptions(variant, { policy: POLICY });
          const reasons: Reason[] = [...(r.status === 'refused' ? r.reasons : r.options.flatMap((o) => o.notes)), ...r.refused.flatMap((x) => x.reasons)];
          for (const x of reasons) {
            const def = ENDORSEMENT_REASONS[x.code as keyof typeof ENDORSEMENT_REASONS];
            expect(def, x.code).toBeDefined();
            expect(Object.keys(x.params).sort(), x.code).toEqual([...(def?.params ?? [])].sort());
            seen.add(x.code);
          }
        }
      }
    }
    expect(seen.size).toBeGreaterThan(15);
    expect(APPLICANTS.length).toBe(4);
  });

  it('renders in zh-CN and en (golden)', () => {
    const r = run({ applicant: { hukou: '610113' }, type: 'G', date: '2024-03-05' });
    if (r.status !== 'refused') throw new Error('expected refused');
    const reason = r.reasons[0] as Reason;
    expect(renderReason(reason, 'zh-CN', ENDORSEMENT_REASONS)).toMatchInlineSnapshot(`"户籍地（610113）和居住证所在地（—）均不是个人旅游签注开放城市"`);
    expect(renderReason(reason, 'en', ENDORSEMENT_REASONS)).toMatchInlineSnapshot(`"Neither the hukou (610113) nor the residence permit (—) is in an individual-visit scheme city"`);
    const s = run({ applicant: { hukou: '440304' }, type: 'G', date: '2020-02-01' });
    if (s.status !== 'refused') throw new Error('expected refused');
    expect(renderReason(s.reasons[0] as Reason, 'zh-CN', ENDORSEMENT_REASONS)).toMatchInlineSnapshot(`"2020-02-01时暂停办理此类旅游签注（G签注，目的地：香港）"`);
  });

  it('a tourism suspension names the destination in the message locale, and keeps its id in the parameters', () => {
    const names = { 'hong-kong': ['香港', 'Hong Kong'], macau: ['澳门', 'Macau'] } as const;
    for (const destination of ['hong-kong', 'macau'] as const) {
      const r = run({ applicant: { hukou: '440304' }, type: 'G', destination, date: '2020-02-01' });
      if (r.status !== 'refused') throw new Error('expected refused');
      const reason = r.reasons.find((x) => x.code === 'endorsement.tourism.suspended') as Reason;
      expect(reason.params).toEqual({ type: 'G', destination, date: '2020-02-01' });
      const [zh, en] = [renderReason(reason, 'zh-CN', ENDORSEMENT_REASONS), renderReason(reason, 'en', ENDORSEMENT_REASONS)];
      expect(zh).toContain(`目的地：${names[destination][0]}`);
      expect(en).toBe(`On 2020-02-01 G tourist endorsements for ${names[destination][1]} were suspended`);
      expect(`${zh} ${en}`).not.toContain(destination);
    }
  });

  it('a parameter value without a name, and a malformed names table, render the value as is', () => {
    const reason = { code: 'endorsement.tourism.suspended', params: { type: 'L', destination: 'taiwan', date: '2020-02-01' } };
    expect(renderReason(reason, 'en', ENDORSEMENT_REASONS)).toBe('On 2020-02-01 L tourist endorsements for taiwan were suspended');
    const odd = { 'x.y': { params: ['d'], 'zh-CN': '去{d}', en: 'to {d}', names: { d: { a: 'not a label', __proto__: { b: { 'zh-CN': '乙', en: 'B' } } } } } };
    expect(renderReason({ code: 'x.y', params: { d: 'a' } }, 'zh-CN', odd as never)).toBe('去a');
    expect(renderReason({ code: 'x.y', params: { d: 'b' } }, 'en', odd as never)).toBe('to b');
  });
});
