/**
 * 容缺受理 follow-up: after an `accepted-deferred` decision, what the supply (or its absence) does
 * to the application and its due date, per the office's rule.
 *
 * Sources:
 * - Chengdu exit-entry bureau, press report of May 2018: core materials complete, secondary ones
 *   supplied within a set period — the built-in local measure (510100; 5 working days, clock runs,
 *   terminate; marked uncertain);
 * - 西安市行政审批服务局, 容缺受理服务模式解释说明 (implementing 国发〔2022〕5号): review goes on
 *   meanwhile; a failure to supply in time terminates the 容缺 handling (终止);
 * - a municipal 容缺受理 procedure (FACTS §5.2, S75): a supplement counts on the day it reaches
 *   the office;
 * - the other readings (the clock starting at the cure; refusal on failure) as what-if changes;
 * - 2024 calendar: 端午节 2024-06-10 (国办发明电〔2023〕7号): 5 working days after 2024-06-03 end
 *   on 2024-06-11; the 7-working-day limit (NIA 2018-09-01) ends on 2024-06-13.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { materialsChecklist } from '../../src/eligibility/checklist.js';
import { type AcceptanceDecision, acceptanceDecision } from '../../src/eligibility/deferred-acceptance.js';
import { deferredFollowUp } from '../../src/eligibility/deferred-follow-up.js';
import { processingDeadline } from '../../src/deadlines/processing-deadline.js';
import { ValidationError } from '../../src/rules/errors.js';
import { policyAt } from '../../src/rules/policy-at.js';
import type { Policy } from '../../src/rules/policy.js';

const ACCEPTED_AT = '2024-06-03T10:00:00+08:00';
const WHAT_IF = { issuer: 'what-if', title: 'Another 容缺 rule' };

/** A Hong Kong family visit (T) at Chengdu on 2024-06-03 without the relative's Hong Kong identity card: accepted under 容缺受理. */
function deferred(policy: Policy = defaultPolicy()): { decision: AcceptanceDecision; processing: ReturnType<typeof processingDeadline> } {
  const view = policyAt(policy, '2024-06-03', { division: '510104' });
  const checklist = materialsChecklist({
    view,
    services: [{ kind: 'endorsement', destination: 'hong-kong', type: 'T' }],
    applicant: { ageOnAcceptance: 39, route: 'hukou-place' },
    presented: ['application-form', 'valid-permit'],
  });
  const decision = acceptanceDecision({ view, checklist, optIn: true, acceptedAt: ACCEPTED_AT });
  const processing = processingDeadline({ view, service: { kind: 'endorsement', destination: 'hkmo', endorsementCategory: 'other', reEndorsement: true }, route: 'hukou-place', acceptedAt: ACCEPTED_AT });
  return { decision, processing };
}

const rule = (value: Record<string, unknown>): Policy =>
  withChanges(defaultPolicy(), [
    {
      op: 'set',
      table: 'acceptance.deferred',
      division: '510100',
      from: '2024-01-01',
      value: { deferrable: ['relative-hkmo-id', 'kinship-proof'], curePeriod: { count: 5, unit: 'working-days' }, clock: 'runs', onFailure: 'terminate', creditBlock: true, ...value },
      cite: WHAT_IF,
    },
  ]);

describe('deferredFollowUp: Chengdu (5 working days to supply; the limit runs from acceptance; terminated on failure)', () => {
  const { decision, processing } = deferred();
  const base = { decision, acceptedAt: ACCEPTED_AT, processing: processing as never };

  it('the set-up: accepted under 容缺受理 on 2024-06-03, items due by 2024-06-11, the endorsement by 2024-06-13', () => {
    expect(decision.status).toBe('accepted-deferred');
    expect(decision.status === 'accepted-deferred' && decision.cureDue?.due).toBe('2024-06-11');
    expect(processing.kind === 'due' && processing.due).toBe('2024-06-13');
  });

  it('supplied on 2024-06-07: cured, the due date stands', () => {
    const f = deferredFollowUp({ ...base, supplied: [{ material: 'relative-hkmo-id', on: '2024-06-07T15:00:00+08:00' }], asOf: '2024-06-07' });
    expect(f).toMatchObject({ status: 'cured', curedOn: '2024-06-07', cureDue: '2024-06-11', outstanding: [], processing: { change: 'unchanged', before: '2024-06-13', after: '2024-06-13' } });
    expect(f.reasons.map((r) => r.code)).toEqual(['acceptance.follow-up.arrival-counts', 'acceptance.follow-up.cured', 'acceptance.follow-up.due-unchanged']);
    expect(f.reasons[1]?.cite?.issuer).toBe(f.rule.cite.issuer);
  });

  it('nothing yet on 2024-06-06: waiting, the due date holds if the item comes in time', () => {
    const f = deferredFollowUp({ ...base, asOf: '2024-06-06' });
    expect(f).toMatchObject({ status: 'waiting', outstanding: ['relative-hkmo-id'], processing: { change: 'holds', after: '2024-06-13' } });
  });

  it('the last day counts (2024-06-11); the day after, the handling is terminated (西安: 终止) and a late item does not count', () => {
    expect(deferredFollowUp({ ...base, supplied: [{ material: 'relative-hkmo-id', on: '2024-06-11' }], asOf: '2024-06-12' }).status).toBe('cured');
    const f = deferredFollowUp({ ...base, supplied: [{ material: 'relative-hkmo-id', on: '2024-06-12' }], asOf: '2024-06-12' });
    expect(f).toMatchObject({ status: 'ended', consequence: 'terminate', outstanding: ['relative-hkmo-id'], late: [{ material: 'relative-hkmo-id', on: '2024-06-12' }], processing: { change: 'stopped' } });
    expect(f.reasons.find((r) => r.code === 'acceptance.follow-up.terminated')?.cite?.issuer).toBe('西安市行政审批服务局');
    expect(deferredFollowUp({ ...base, asOf: '2024-06-12' }).status).toBe('ended');
  });
});

describe('deferredFollowUp: the office’s other readings (what-if)', () => {
  it('the limit counted from the cure (starts-at-cure): supplied on Friday 2024-06-07, 7 working days from then (06-10 a holiday) → 2024-06-19', () => {
    const { decision, processing } = deferred(rule({ clock: 'starts-at-cure' }));
    const f = deferredFollowUp({ decision, acceptedAt: ACCEPTED_AT, supplied: [{ material: 'relative-hkmo-id', on: '2024-06-07' }], asOf: '2024-06-07', processing: processing as never });
    expect(f.processing).toMatchObject({ change: 'recounted', before: '2024-06-13', after: '2024-06-19' });
    expect(deferredFollowUp({ decision, acceptedAt: ACCEPTED_AT, asOf: '2024-06-05', processing: processing as never }).processing).toMatchObject({ change: 'pending' });
  });

  it('a cure period longer than the limit: an item arriving after the due date delays the issue to its arrival', () => {
    const { decision, processing } = deferred(rule({ curePeriod: { count: 10, unit: 'working-days' } }));
    const f = deferredFollowUp({ decision, acceptedAt: ACCEPTED_AT, supplied: [{ material: 'relative-hkmo-id', on: '2024-06-14' }], asOf: '2024-06-14', processing: processing as never });
    expect(f).toMatchObject({ status: 'cured', processing: { change: 'waits-for-materials', before: '2024-06-13', after: '2024-06-14' } });
  });

  it('refusal on failure', () => {
    const { decision } = deferred(rule({ onFailure: 'refuse' }));
    expect(deferredFollowUp({ decision, acceptedAt: ACCEPTED_AT, asOf: '2024-06-20' })).toMatchObject({ status: 'ended', consequence: 'refuse' });
  });
});

describe('deferredFollowUp: every problem of the input at once', () => {
  const { decision } = deferred();

  it('an item that was not deferred, a supply before acceptance, asOf before acceptance', () => {
    try {
      deferredFollowUp({ decision, acceptedAt: ACCEPTED_AT, supplied: [{ material: 'photo-capture', on: '2024-06-01' }], asOf: '2024-06-02' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['asOf:before-acceptance', 'supplied.0.material:not-deferred', 'supplied.0.on:before-acceptance']);
    }
  });

  it('a decision that is not deferred; an unknown material; an unknown locale', () => {
    const accepted = { status: 'accepted', reasons: [], unverified: false } as unknown as AcceptanceDecision;
    expect(() => deferredFollowUp({ decision: accepted, acceptedAt: ACCEPTED_AT, asOf: '2024-06-03' })).toThrow(ValidationError);
    expect(() => deferredFollowUp({ decision, acceptedAt: ACCEPTED_AT, supplied: [{ material: 'photo' as never, on: '2024-06-04' }], asOf: '2024-06-05' })).toThrow(ValidationError);
    expect(() => deferredFollowUp({ decision, acceptedAt: ACCEPTED_AT, asOf: '2024-06-05' }, { locale: 'de' as never })).toThrow(ValidationError);
  });
});
