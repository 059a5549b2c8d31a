/**
 * The trusted core of the channel decision, channelAllowedTrusted (what evaluate calls on an
 * input it has already checked), against the public channelAllowed:
 * - the public function is the check plus the core: both give the same result, or the same error;
 * - the core on the raw (valid) input, and the kiosk without its memo, agree with it;
 * - a result obtained through a warm view deep-equals the result on a fresh policy
 *   (structuredClone compiles anew), also on a what-if policy with another minimum age for
 *   online renewal: the proof that the memo key names every input the decision depends on;
 * - over many days of one warm policy (plans shared between the days whose rules answer alike),
 *   each result deep-equals the decision computed directly (no plan shared) on a fresh policy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelAllowed, channelAllowedTrusted, checkChannelInput } from '../../src/eligibility/channels.js';
import { DEFAULT_SCHEME_LOOKUPS } from '../../src/eligibility/place-lookups.js';
import { canSelfServe } from '../../src/eligibility/self-service.js';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { CODE_DAYS, DAY_SHIFTS, flipRun, manyDays, outcome, run as looseRun, tightRun } from './place-trusted-arbitraries.js';

/** Loose runs (any inputs, variants of a base case), tight ones (small domains: many pairs differ by one fact) and flip runs (a base case and every one-fact variant of it). */
const run = fc.oneof({ weight: 1, arbitrary: looseRun }, { weight: 1, arbitrary: tightRun }, { weight: 2, arbitrary: flipRun });
const view = (policy: Policy, date: string, office: string, flag = true) => policyAt(policy, date, flag ? { division: office, beyondVerified: 'flag' } : { division: office });
const UNMEMOISED = { isSchemeCity: DEFAULT_SCHEME_LOOKUPS.isSchemeCity, cityRegime: DEFAULT_SCHEME_LOOKUPS.cityRegime };

const WHAT_IF_CITE = { issuer: 'what-if', title: 'Other thresholds' };
const WHAT_IF: readonly Change[] = [
  { op: 'set', table: 'channel.online-renewal', from: '2025-01-01', value: { services: ['passport', 'hkmo-permit', 'taiwan-permit'], actions: ['renewal', 'replacement'], minAge: 18, excludes: ['registered-personnel'] }, cite: WHAT_IF_CITE },
  { op: 'set', table: 'channel.agency', from: '2010-01-01', value: { services: ['hkmo.L', 'hkmo.G', 'passport'], actions: ['renewal'], minAge: 60 }, cite: WHAT_IF_CITE },
];

describe('channelAllowedTrusted', () => {
  it('the public function is the check plus the core; the core on the raw input agrees; the kiosk decision is canSelfServe', () => {
    const policy = defaultPolicy();
    fc.assert(
      fc.property(run, fc.boolean(), ({ date, office, cases }, flag) => {
        const v = view(policy, date, office, flag);
        for (const c of cases) {
          const input = { ...c.channel, view: v };
          const pub = outcome(() => channelAllowed(input));
          expect(outcome(() => channelAllowedTrusted(checkChannelInput(input)))).toEqual(pub);
          expect(outcome(() => channelAllowedTrusted(input))).toEqual(pub);
          expect(outcome(() => channelAllowedTrusted(input, UNMEMOISED))).toEqual(pub);
          if (input.channel === 'kiosk' && input.permit) {
            const k = outcome(() => canSelfServe(v, { kiosk: office, applicant: input.applicant, permit: input.permit ?? { form: 'booklet' }, service: input.service }));
            const expected = 'ok' in k ? { ok: k.ok.ok ? { status: 'allowed', channel: 'kiosk', immediate: k.ok.immediate, reasons: k.ok.reasons } : { status: 'not-allowed', channel: 'kiosk', reasons: k.ok.reasons } } : k;
            expect(pub).toEqual(expected);
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('a result through a warm view deep-equals the result on a fresh policy (also a what-if one)', () => {
    const warmPolicies = [defaultPolicy(), withChanges(defaultPolicy(), WHAT_IF)];
    fc.assert(
      fc.property(run, fc.boolean(), fc.constantFrom(0, 1), ({ date, office, cases }, flag, which) => {
        const warm = warmPolicies[which] as Policy;
        const w = view(warm, date, office, flag);
        const warmResults = cases.map((c) => outcome(() => channelAllowedTrusted({ ...c.channel, view: w })));
        const f = view(structuredClone(warm), date, office, flag);
        for (let i = cases.length - 1; i >= 0; i--) expect(outcome(() => channelAllowedTrusted({ ...(cases[i] as (typeof cases)[number]).channel, view: f }))).toEqual(warmResults[i]);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('over many days of one warm policy, each result deep-equals the direct decision on a fresh policy', () => {
    const warmPolicies = [defaultPolicy(), withChanges(defaultPolicy(), WHAT_IF)];
    fc.assert(
      fc.property(run, DAY_SHIFTS, CODE_DAYS, fc.boolean(), fc.constantFrom(0, 1), ({ date, office, cases }, shifts, codeDays, flag, which) => {
        const warm = warmPolicies[which] as Policy;
        const fresh = structuredClone(warm);
        for (const d of manyDays(date, shifts, codeDays)) {
          const w = view(warm, d, office, flag);
          const f = view(fresh, d, office, flag);
          for (const c of cases) {
            if (c.channel.channel === 'kiosk') continue;
            expect(outcome(() => channelAllowedTrusted({ ...c.channel, view: w }))).toEqual(outcome(() => channelAllowedTrusted({ ...c.channel, view: f }, UNMEMOISED)));
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('results are frozen (they are shared through the memo)', () => {
    const v = view(defaultPolicy(), '2025-01-24', '510100');
    const applicant = { hukou: '510104', birthDate: '1990-03-15' };
    for (const channel of ['window', 'kiosk', 'online', 'post', 'police-station', 'agency'] as const) {
      for (const service of [
        { kind: 'document', document: 'passport', action: 'renewal' },
        { kind: 'endorsement', endorsement: { destination: 'hong-kong', type: 'G', entries: 'single' } },
      ] as const) {
        const d = channelAllowedTrusted({ view: v, channel, service, applicant, permit: { form: 'card' }, priorDocumentValid: true });
        expect(Object.isFrozen(d) && Object.isFrozen(d.reasons) && d.reasons.every((r) => Object.isFrozen(r) && Object.isFrozen(r.params))).toBe(true);
      }
    }
  });
});
