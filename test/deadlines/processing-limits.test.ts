/**
 * Processing time limits: the tables, the limits they give on cited dates, the choice of the
 * shortest applicable limit, the other readings as what-if changes, and a boundary sweep.
 *
 * Expected dates are worked out by hand from the limits (cited per case) and the State Council
 * holiday notices; they are not produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import {
  PROCESSING_LOCAL,
  PROCESSING_NATIONAL,
  PROCESSING_REASONS,
  PROCESSING_TABLES,
  processingDeadline,
  type ProcessingCandidate,
  type ProcessingInput,
  type ProcessingResult,
} from '../../src/deadlines/processing-limits.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { ValidationError } from '../../src/rules/errors.js';
import { type PolicyView, UnverifiedDateError, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { catalogueProblems, renderReason } from '../../src/rules/reasons.js';
import type { TableData, TableSpec } from '../../src/rules/table.js';
import { PolicyValidationError, parsePolicy, validatePolicyWith } from '../../src/rules/validate-policy.js';

// ---- the policy, built as the maintainer will build it -------------------------------------

function processingPolicy(changes: readonly Change[] = []): Policy {
  return parsePolicy(
    {
      schema: 'churujing.policy/1',
      id: 'test',
      national: PROCESSING_NATIONAL,
      local: Object.fromEntries(Object.entries(PROCESSING_LOCAL).map(([c, t]) => [c, { tables: t }])),
      changes,
    },
    PROCESSING_TABLES,
  );
}

const POLICY = processingPolicy();
const WHAT_IF = { issuer: 'what-if', title: 'The other reading, as a change' };

type Rest = Omit<ProcessingInput, 'view' | 'acceptedAt'>;

function at(date: string, division?: string, policy: Policy = POLICY): PolicyView {
  return policyAt(policy, date, division === undefined ? {} : { division });
}

function run(date: string, division: string | undefined, rest: Rest, policy: Policy = POLICY): ProcessingResult {
  return processingDeadline({ view: at(date, division, policy), acceptedAt: date, ...rest });
}

function due(r: ProcessingResult): { due: string; unit: string; count: number; kind: string; table: string | undefined } {
  if (r.kind !== 'due') throw new Error(`expected a due date, got ${r.kind}`);
  return { due: r.due, unit: r.rule.unit, count: r.rule.count, kind: r.applied.kind, table: r.applied.table };
}

const passport: Rest = { service: { kind: 'passport' }, route: 'hukou-place' };
const hkmoPermit: Rest = { service: { kind: 'hkmo-permit' }, route: 'hukou-place' };
const reEndorsement: Rest = { service: { kind: 'endorsement' }, route: 'hukou-place' };

// ---- the tables ------------------------------------------------------------------------------

describe('the processing tables', () => {
  const all: { id: string; division?: string; data: TableData }[] = [
    ...Object.entries(PROCESSING_NATIONAL).map(([id, data]) => ({ id, data })),
    ...Object.entries(PROCESSING_LOCAL).flatMap(([division, tables]) => Object.entries(tables).map(([id, data]) => ({ id, division, data }))),
  ];

  it('load through the policy validator, with national data for every spec and nothing else', () => {
    expect(Object.keys(PROCESSING_NATIONAL).sort()).toEqual(PROCESSING_TABLES.map((s) => s.id).sort());
    expect(POLICY.national).toEqual(PROCESSING_NATIONAL);
    expect(Object.keys(PROCESSING_LOCAL).sort()).toEqual(['230100', '440100', '610100']);
  });

  it('are verified through 2025-11-30, and every continuous table is in force on that day', () => {
    for (const t of all) expect(t.data.verifiedThrough, t.id).toBe('2025-11-30');
    for (const spec of PROCESSING_TABLES) {
      if (spec.kind !== 'value' || !spec.continuous) continue;
      const r = at('2025-11-30').value(spec);
      // the non-hukou schemes were folded into 全国通办 on 2019-04-01 (value null)
      if (spec.id === 'processing.route.non-hukou-scheme') expect(r).toMatchObject({ inForce: false, reason: 'ended' });
      else expect(r, spec.id).toMatchObject({ inForce: true });
    }
  });

  it('cite an instrument in every entry, and say why an uncertain one is uncertain', () => {
    for (const t of all) {
      for (const item of t.data.kind === 'value' ? t.data.entries : t.data.members) {
        expect(item.cite.issuer.length * item.cite.title.length, `${t.id} ${item.from}`).toBeGreaterThan(0);
        if (item.uncertain !== undefined) expect(item.uncertain.length, `${t.id} ${item.from}`).toBeGreaterThan(40);
      }
    }
  });

  it('put local measures only in tables that allow them (the office commitments and the acceptance-day flag)', () => {
    const specs = new Map(PROCESSING_TABLES.map((s) => [s.id, s]));
    for (const t of all.filter((x) => x.division !== undefined)) expect(specs.get(t.id)?.local, t.id).toBe(true);
    const bad = validatePolicyWith(
      { schema: 'churujing.policy/1', id: 'x', national: PROCESSING_NATIONAL, local: { '440100': { tables: { 'processing.national.passport': PROCESSING_NATIONAL['processing.national.passport'] } } }, changes: [] },
      PROCESSING_TABLES,
    );
    expect(bad.ok === false && bad.issues.map((i) => i.code)).toEqual(['not-local']);
  });

  // Negative fixtures: one bad table per failure mode.
  const cite = { issuer: 'x', title: 'y' };
  const cases: readonly { name: string; table: string; data: unknown; code: string }[] = [
    { name: 'a limit of zero days', table: 'processing.national.passport', data: { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2018-09-01', value: { unit: 'working-days', count: 0 }, cite }] }, code: 'too_small' },
    { name: 'a unit that is not one', table: 'processing.national.passport', data: { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2018-09-01', value: { unit: 'weeks', count: 1 }, cite }] }, code: 'invalid_value' },
    { name: 'a limit without a citation', table: 'processing.national.passport', data: { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2018-09-01', value: { unit: 'working-days', count: 7 } }] }, code: 'invalid_type' },
    {
      name: 'a gap in a continuous table',
      table: 'processing.national.passport',
      data: { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2007-01-01', to: '2014-07-23', value: { unit: 'calendar-days', count: 15 }, cite }, { from: '2014-07-25', value: { unit: 'working-days', count: 10 }, cite }] },
      code: 'gap',
    },
    { name: 'an office commitment for no channel', table: 'processing.local.passport', data: { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2013-07-01', value: {}, cite }] }, code: 'custom' },
    { name: 'an in-province treatment that does not exist', table: 'processing.route.in-province', data: { kind: 'value', verifiedThrough: '2025-11-30', entries: [{ from: '2018-02-01', value: 'nearby', cite }] }, code: 'invalid_value' },
    { name: 'a priority-only member that is not a service', table: 'processing.urgent.priority-only', data: { kind: 'set', verifiedThrough: '2025-11-30', members: [{ member: 'visa', from: '2003-01-01', cite }] }, code: 'invalid_value' },
  ];
  it.each(cases)('reject $name', ({ table, data, code }) => {
    const input = { schema: 'churujing.policy/1', id: 'bad', national: { ...PROCESSING_NATIONAL, [table]: data }, local: {}, changes: [] };
    expect(() => parsePolicy(input, PROCESSING_TABLES)).toThrow(PolicyValidationError);
    const r = validatePolicyWith(input, PROCESSING_TABLES);
    expect(r.ok === false && r.issues.some((i) => i.code === code)).toBe(true);
  });

  it('have a reason catalogue with both locales using exactly the declared parameters', () => {
    expect(catalogueProblems(PROCESSING_REASONS)).toEqual([]);
    for (const code of Object.keys(PROCESSING_REASONS)) expect(code.startsWith('processing.')).toBe(true);
  });
});

// ---- national limits at the hukou place --------------------------------------------------

describe('national limits at the hukou place, by acceptance date', () => {
  it('passport 2018-08-31 → 10 WD, due 2018-09-14; 2018-09-01 → 7 WD, due 2018-09-11 (NIA measures from 2018-09-01; 公安部公告 2015-12-28 item 10)', () => {
    expect(due(run('2018-08-31', undefined, passport))).toEqual({ due: '2018-09-14', unit: 'working-days', count: 10, kind: 'national', table: 'processing.national.passport' });
    const r = run('2018-09-01', undefined, passport);
    expect(due(r)).toEqual({ due: '2018-09-11', unit: 'working-days', count: 7, kind: 'national', table: 'processing.national.passport' });
    expect(r.kind === 'due' && r.rule.cite).toMatchObject({ issuer: '国家移民管理局', effective: '2018-09-01' });
    // Saturday 2018-09-01: day 1 is Monday 09-03; no holiday until the Mid-Autumn Festival (09-24).
    expect(r.kind === 'due' && r.deadline.skipped.map((s) => s.date)).toEqual(['2018-09-02', '2018-09-08', '2018-09-09']);
  });

  it('a shorter limit can make a later acceptance due earlier: deadlines are not monotonic across a reform', () => {
    const before = run('2018-08-31', undefined, passport);
    const after = run('2018-09-01', undefined, passport);
    expect(before.kind === 'due' && after.kind === 'due' && after.due < before.due).toBe(true);
  });

  it('passport 2014-07-24 → 15 calendar days; 2014-07-25 → 10 WD; both due 2014-08-08 (MPS interpretation 2014-08-05: "15个自然日"; MPS measures of 2014-07-25)', () => {
    expect(due(run('2014-07-24', undefined, passport))).toMatchObject({ due: '2014-08-08', unit: 'calendar-days', count: 15 });
    expect(due(run('2014-07-25', undefined, passport))).toMatchObject({ due: '2014-08-08', unit: 'working-days', count: 10 });
  });

  it('HK/Macau permit 2014-07-24 → 15 WD, due 2014-08-14; 2014-07-25 → 10 WD, due 2014-08-08 (work norms art. 5; MPS measures 2014)', () => {
    expect(due(run('2014-07-24', undefined, hkmoPermit))).toMatchObject({ due: '2014-08-14', count: 15 });
    expect(due(run('2014-07-25', undefined, hkmoPermit))).toMatchObject({ due: '2014-08-08', count: 10 });
  });

  it('endorsement on a permit held 2014-07-24 → 10 WD, due 2014-08-07; 2014-07-25 → 7 WD, due 2014-08-05; still 7 WD after 2018-09-01', () => {
    expect(due(run('2014-07-24', undefined, reEndorsement))).toMatchObject({ due: '2014-08-07', count: 10, table: 'processing.national.endorsement' });
    expect(due(run('2014-07-25', undefined, reEndorsement))).toMatchObject({ due: '2014-08-05', count: 7 });
    // The 2018 measures named documents only; the limit of 7 WD for endorsements dates from 2014.
    const r = run('2018-09-03', undefined, reEndorsement);
    expect(r.kind === 'due' && r.rule.cite).toMatchObject({ published: '2015-12-28', article: '第十项（办理时限）' });
  });

  it('Taiwan permit follows the same national limits (MPS 2014 interpretation: 15 WD before 2014-07-25)', () => {
    expect(due(run('2014-07-24', undefined, { service: { kind: 'taiwan-permit' }, route: 'hukou-place' }))).toMatchObject({ due: '2014-08-14', count: 15 });
    expect(due(run('2020-06-01', undefined, { service: { kind: 'taiwan-permit' }, route: 'hukou-place' }))).toMatchObject({ due: '2020-06-10', count: 7 });
  });

  it('before 2007 a passport has only the 实施细则 maximum: 30 days (art. 5), e.g. 2005-03-01 → 2005-03-31', () => {
    const r = run('2005-03-01', undefined, passport);
    expect(due(r)).toMatchObject({ due: '2005-03-31', unit: 'calendar-days', count: 30, kind: 'statutory' });
    expect(r.candidates.find((c) => c.kind === 'national')).toMatchObject({ status: 'not-in-force', table: 'processing.national.passport' });
  });

  it('an endorsement applied for with a new permit follows the permit (and says so)', () => {
    const r = run('2020-06-01', undefined, { service: { kind: 'endorsement', reEndorsement: false }, route: 'hukou-place' });
    expect(due(r)).toMatchObject({ due: '2020-06-10', table: 'processing.national.hkmo-permit' });
    expect(r.service).toEqual({ kind: 'endorsement', key: 'hkmo-permit', destination: 'hkmo', tourist: false });
    expect(r.reasons[0]?.code).toBe('processing.endorsement-with-permit');
  });
});

// ---- routes away from the hukou place ---------------------------------------------------

describe('applications away from the hukou place', () => {
  it('cross-province passport 2019-04-01 → 20 calendar days: 04-21 is a Sunday, so due Monday 2019-04-22 (NIA guide "跨省异地……20日"; 全国通办)', () => {
    const r = run('2019-04-01', undefined, { service: { kind: 'passport' }, route: 'cross-province' });
    expect(due(r)).toEqual({ due: '2019-04-22', unit: 'calendar-days', count: 20, kind: 'national', table: 'processing.route.cross-province' });
    // the 20 days replace the passport law's 15 (an extension the law allows), rather than competing with them
    expect(r.candidates[0]).toMatchObject({ kind: 'statutory', status: 'superseded', limit: { unit: 'calendar-days', count: 15 } });
    expect(r.kind === 'due' && r.deadline.rolledForwardFrom).toBe('2019-04-21');
  });

  it('cross-province before 全国通办 has no national norm: the statutory 15 days apply (2019-03-29 → 2019-04-15)', () => {
    const r = run('2019-03-29', undefined, { service: { kind: 'passport' }, route: 'cross-province' });
    expect(due(r)).toMatchObject({ due: '2019-04-15', kind: 'statutory', count: 15 });
    expect(r.candidates[1]).toMatchObject({ kind: 'national', status: 'not-in-force', table: 'processing.route.cross-province' });
  });

  it('non-hukou schemes 2013-07-01 → 30 days, due 2013-07-31 (MPS announcement 2013-06-27); folded into 全国通办 on 2019-04-01', () => {
    expect(due(run('2013-07-01', undefined, { service: { kind: 'passport' }, route: 'non-hukou-scheme' }))).toMatchObject({ due: '2013-07-31', count: 30, unit: 'calendar-days' });
    const ended = run('2019-04-01', undefined, { service: { kind: 'passport' }, route: 'non-hukou-scheme' });
    expect(ended.candidates[1]).toMatchObject({ status: 'not-in-force', table: 'processing.route.non-hukou-scheme', cite: { effective: '2019-04-01' } });
    expect(due(ended)).toMatchObject({ kind: 'statutory', due: '2019-04-16' });
  });

  it('in-province away from the hukou place: as at the hukou place from 2018-02-01 (MPS 8 measures), statutory before', () => {
    expect(due(run('2018-01-31', undefined, { service: { kind: 'passport' }, route: 'in-province' }))).toMatchObject({ kind: 'statutory', due: '2018-02-22' });
    const r = run('2018-02-01', undefined, { service: { kind: 'passport' }, route: 'in-province' });
    expect(due(r)).toMatchObject({ due: '2018-02-14', count: 10, table: 'processing.national.passport' });
    expect(r.kind === 'due' && r.applied.reasons[0]?.code).toBe('processing.national.in-province');
    expect(r.kind === 'due' && r.uncertain.some((u) => u.includes('非常住户口所在地'))).toBe(true);
  });

  it('the exit-entry permit has no route norms: its statutory 15 days apply everywhere', () => {
    const r = run('2020-06-01', undefined, { service: { kind: 'exit-entry-permit' }, route: 'cross-province' });
    expect(r.candidates[1]).toMatchObject({ kind: 'national', status: 'not-applicable', reasons: [{ code: 'processing.national.not-covered' }] });
    expect(due(r)).toMatchObject({ kind: 'statutory', count: 15, unit: 'calendar-days' });
  });
});

// ---- local commitments -------------------------------------------------------------------

describe('office commitments (local measures)', () => {
  it('Harbin 2014-10-15 passport → 7 WD, due 2014-10-24, beating the national 10 (press report, Oct 2014)', () => {
    const r = run('2014-10-15', '230100', passport);
    expect(due(r)).toEqual({ due: '2014-10-24', unit: 'working-days', count: 7, kind: 'local', table: 'processing.local.passport' });
    expect(r.candidates.find((c) => c.kind === 'national')).toMatchObject({ status: 'applies', due: '2014-10-29' });
    expect(r.kind === 'due' && r.applied.source).toEqual({ level: 'local', division: '230100' });
    expect(r.kind === 'due' && r.uncertain.some((u) => u.includes('press report'))).toBe(true);
  });

  it('Harbin: Taiwan permit 5 WD (2014-10-22), HK/Macau tourist re-endorsement 3 WD (2014-10-20); before the report the national limit (2014-09-30 → 2014-10-20 over the National Day break)', () => {
    expect(due(run('2014-10-15', '230100', { service: { kind: 'taiwan-permit' }, route: 'hukou-place' }))).toMatchObject({ due: '2014-10-22', count: 5 });
    expect(due(run('2014-10-15', '230100', { service: { kind: 'endorsement', endorsementCategory: 'tourist' }, route: 'hukou-place' }))).toMatchObject({ due: '2014-10-20', count: 3, table: 'processing.local.hkmo-endorsement.tourist' });
    // 10-01–10-07 off, Saturday 10-11 worked (国办发明电〔2013〕28号)
    expect(due(run('2014-09-30', '230100', passport))).toMatchObject({ due: '2014-10-20', kind: 'national', count: 10 });
  });

  it('Guangzhou online tourist re-endorsement → 3 WD; kiosk re-endorsement → 3 WD; at the window → 5 WD (Guangzhou notice, from 2013-07-01)', () => {
    const online = run('2016-03-02', '440100', { service: { kind: 'endorsement', endorsementCategory: 'tourist' }, route: 'hukou-place', channel: 'online' });
    expect(due(online)).toMatchObject({ due: '2016-03-07', count: 3, table: 'processing.local.hkmo-endorsement.tourist' });
    expect(online.kind === 'due' && online.applied.channel).toBe('online');
    expect(due(run('2016-03-02', '440100', { ...reEndorsement, channel: 'kiosk' }))).toMatchObject({ due: '2016-03-07', count: 3 });
    expect(due(run('2016-03-02', '440100', reEndorsement))).toMatchObject({ due: '2016-03-09', count: 5 });
    // a non-tourist endorsement online: 5 WD (the tourist 3 WD does not apply)
    expect(due(run('2016-03-02', '440100', { service: { kind: 'endorsement', endorsementCategory: 'other' }, route: 'hukou-place', channel: 'online' }))).toMatchObject({ count: 5 });
  });

  it('Guangzhou online passport → 8 WD; from 2018-09-01 the national 7 WD is shorter than its 10', () => {
    expect(due(run('2016-03-02', '440100', { ...passport, channel: 'online' }))).toMatchObject({ due: '2016-03-14', count: 8, kind: 'local' });
    const r = run('2019-06-03', '440100', passport);
    expect(due(r)).toMatchObject({ due: '2019-06-13', count: 7, kind: 'national' });
    expect(r.candidates.filter((c) => c.kind === 'local')).toMatchObject([{ status: 'applies', limit: { count: 10 }, due: '2019-06-18' }]);
  });

  it('a district of Guangzhou gets the city\'s commitments; other offices get none', () => {
    expect(due(run('2016-03-02', '440104', { ...reEndorsement, channel: 'kiosk' }))).toMatchObject({ count: 3, kind: 'local' });
    const beijing = run('2016-03-02', '110105', { ...reEndorsement, channel: 'kiosk' });
    expect(due(beijing)).toMatchObject({ count: 7, kind: 'national' });
    expect(beijing.candidates.filter((c) => c.kind === 'local')).toMatchObject([{ status: 'not-in-force', reasons: [{ code: 'processing.local.none' }] }]);
    expect(run('2016-03-02', undefined, reEndorsement).candidates.find((c) => c.kind === 'local')?.reasons[0]?.code).toBe('processing.local.no-division');
  });

  it('Xi\'an endorsements: 5 WD from 2014, 3 WD from 2017 (华商报 2018-04-04: "由5个工作日缩短为3个工作日"), for Taiwan too', () => {
    expect(due(run('2016-03-02', '610100', { service: { kind: 'endorsement', destination: 'taiwan' }, route: 'hukou-place' }))).toMatchObject({ due: '2016-03-09', count: 5 });
    expect(due(run('2017-03-01', '610100', reEndorsement))).toMatchObject({ due: '2017-03-06', count: 3 });
  });
});

// ---- urgent applications -------------------------------------------------------------------

describe('urgent applications', () => {
  const funeral = { ground: 'funeral', proven: true } as const;

  it('urgent passport → 5 WD (公安部令第96号 arts. 5 and 14): 2016-03-02 → 2016-03-09', () => {
    const r = run('2016-03-02', undefined, { ...passport, urgent: funeral });
    expect(due(r)).toEqual({ due: '2016-03-09', unit: 'working-days', count: 5, kind: 'urgent', table: 'processing.urgent.passport' });
    expect(r.kind === 'due' && r.rule.cite).toMatchObject({ number: '公安部令第96号', article: '第五条、第十四条' });
    expect(r.kind === 'due' && r.applied.reasons.map((x) => x.code)).toEqual(['processing.urgent.applies', 'processing.urgent.ground.funeral', 'processing.limit.working-days']);
  });

  it('an unproven ground changes nothing', () => {
    const r = run('2016-03-02', undefined, { ...passport, urgent: { ground: 'study-start', proven: false } });
    expect(due(r)).toMatchObject({ kind: 'national', count: 10 });
    expect(r.candidates.at(-1)).toMatchObject({ kind: 'urgent', status: 'not-applicable', reasons: [{ code: 'processing.urgent.not-proven' }, { code: 'processing.urgent.ground.study-start' }] });
  });

  it('urgent exit-entry permit → 5 WD instead of 15 days', () => {
    expect(due(run('2016-03-02', undefined, { service: { kind: 'exit-entry-permit' }, route: 'hukou-place', urgent: { ground: 'business-emergency', proven: true } }))).toMatchObject({ due: '2016-03-09', kind: 'urgent' });
    expect(due(run('2016-03-02', undefined, { service: { kind: 'exit-entry-permit' }, route: 'hukou-place' }))).toMatchObject({ due: '2016-03-17', kind: 'statutory' });
  });

  it('urgent HK/Macau permit: "priority" without a number — listed, but the ordinary limit gives the date', () => {
    const r = run('2020-06-01', undefined, { ...hkmoPermit, urgent: funeral });
    expect(due(r)).toMatchObject({ due: '2020-06-10', kind: 'national' });
    expect(r.candidates.at(-1)).toMatchObject({ kind: 'urgent', status: 'priority-only', table: 'processing.urgent.priority-only', reasons: [{ code: 'processing.urgent.priority-only' }, { code: 'processing.urgent.ground.funeral' }] });
  });

  it('urgent passport under the passport law alone (2007-01-01 to 2007-12-14): "及时办理", no number (护照法 art. 6)', () => {
    const r = run('2007-06-01', undefined, { ...passport, urgent: funeral });
    expect(r.candidates.at(-1)).toMatchObject({ status: 'priority-only', cite: { article: '第六条第四款' } });
    expect(due(r)).toMatchObject({ kind: 'national', due: '2007-06-18' });
  });
});

// ---- the other readings, as what-if changes --------------------------------------------------

describe('the other readings of uncertain facts, as change sets', () => {
  it('cross-province "20 working days" instead of 20 days: 2019-04-01 → 2019-04-29 (Sunday 04-28 worked for May Day)', () => {
    const p = processingPolicy([{ op: 'set', table: 'processing.route.cross-province', from: '2019-04-01', value: { unit: 'working-days', count: 20 }, cite: WHAT_IF }]);
    expect(due(run('2019-04-01', undefined, { service: { kind: 'passport' }, route: 'cross-province' }, p))).toMatchObject({ due: '2019-04-29', unit: 'working-days', count: 20 });
  });

  it('in-province applications timed as cross-province from 2019-04-01: 2019-04-01 → 2019-04-22 instead of 2019-04-11', () => {
    expect(due(run('2019-04-01', undefined, { service: { kind: 'passport' }, route: 'in-province' }))).toMatchObject({ due: '2019-04-11' });
    const p = processingPolicy([{ op: 'set', table: 'processing.route.in-province', from: '2019-04-01', value: 'cross-province', cite: WHAT_IF }]);
    const r = run('2019-04-01', undefined, { service: { kind: 'passport' }, route: 'in-province' }, p);
    expect(due(r)).toMatchObject({ due: '2019-04-22', table: 'processing.route.cross-province' });
    expect(r.kind === 'due' && r.applied.reasons[0]?.code).toBe('processing.national.in-province-as-cross-province');
  });

  it('non-hukou schemes "30 working days": 2013-07-01 → 2013-08-12', () => {
    const p = processingPolicy([{ op: 'set', table: 'processing.route.non-hukou-scheme', from: '2013-07-01', to: '2019-03-31', value: { unit: 'working-days', count: 30 }, cite: WHAT_IF }]);
    expect(due(run('2013-07-01', undefined, { service: { kind: 'passport' }, route: 'non-hukou-scheme' }, p))).toMatchObject({ due: '2013-08-12', unit: 'working-days' });
  });

  it('公安部令第96号 in force only from 2008-03-15: an urgent passport on 2008-01-10 gets priority, not 5 WD', () => {
    expect(due(run('2008-01-10', undefined, { ...passport, urgent: { ground: 'funeral', proven: true } }))).toMatchObject({ due: '2008-01-17', kind: 'urgent' });
    const p = processingPolicy([
      { op: 'set', table: 'processing.urgent.passport', from: '2007-12-15', to: '2008-03-14', value: null, cite: WHAT_IF },
      { op: 'add-member', table: 'processing.urgent.priority-only', member: 'passport', from: '2007-12-15', to: '2008-03-14', cite: WHAT_IF },
    ]);
    const r = run('2008-01-10', undefined, { ...passport, urgent: { ground: 'funeral', proven: true } }, p);
    expect(due(r)).toMatchObject({ due: '2008-01-25', kind: 'national' });
    expect(r.candidates.at(-1)).toMatchObject({ status: 'priority-only' });
  });

  it('the 1986 办法 read as 60 days: a cross-province HK/Macau permit before 全国通办 (2018-10-08) is due 60 days on', () => {
    const rest: Rest = { service: { kind: 'hkmo-permit' }, route: 'cross-province' };
    expect(due(run('2018-10-08', undefined, rest))).toMatchObject({ kind: 'statutory', count: 30, due: '2018-11-07' });
    const p = processingPolicy([{ op: 'set', table: 'processing.statutory.hkmo-permit', from: '1986-12-25', value: { unit: 'calendar-days', count: 60 }, cite: WHAT_IF }]);
    expect(due(run('2018-10-08', undefined, rest, p))).toMatchObject({ kind: 'statutory', count: 60, due: '2018-12-07' });
  });

  it('a local commitment that lapsed: Harbin\'s Taiwan permit 5 WD ended on 2018-09-01', () => {
    const taiwan: Rest = { service: { kind: 'taiwan-permit' }, route: 'hukou-place' };
    expect(due(run('2020-06-01', '230100', taiwan))).toMatchObject({ kind: 'local', count: 5 });
    const p = processingPolicy([{ op: 'end', table: 'processing.local.taiwan-permit', division: '230100', from: '2018-09-01', cite: WHAT_IF }]);
    expect(due(run('2020-06-01', '230100', taiwan, p))).toMatchObject({ kind: 'national', count: 7 });
  });

  it('an office that counts the acceptance day as day 1 (Guangzhou, what-if from 2019-01-01): 5 WD from 2019-01-02 → 2019-01-08 instead of 01-09', () => {
    const rest: Rest = { ...reEndorsement, channel: 'online' };
    expect(due(run('2019-01-02', '440100', rest))).toMatchObject({ due: '2019-01-09' });
    const p = processingPolicy([{ op: 'set', table: 'processing.acceptance-day-counts', division: '440100', from: '2019-01-01', value: true, cite: WHAT_IF }]);
    const r = run('2019-01-02', '440100', rest, p);
    expect(due(r)).toMatchObject({ due: '2019-01-08', count: 5 });
    expect(r.kind === 'due' && [r.acceptanceDayCounts, r.deadline.rule.count]).toEqual([true, 4]);
    expect(r.reasons.map((x) => x.code)).toContain('processing.acceptance-day-counts');
  });
});

// ---- the result as data ----------------------------------------------------------------------

describe('the result', () => {
  it('is data: the due date, the rule with its citation, every candidate with why, the explanation and reasons in both locales', () => {
    const r = run('2016-03-02', '440100', { service: { kind: 'endorsement', endorsementCategory: 'tourist' }, route: 'hukou-place', channel: 'online' });
    if (r.kind !== 'due') throw new Error('expected due');
    expect(r.rule).toEqual({ unit: 'working-days', count: 3, cite: expect.objectContaining({ issuer: '广州市公安局出入境管理部门', effective: '2013-07-01' }) });
    expect(r.candidates.map((c: ProcessingCandidate) => [c.kind, c.status, c.channel ?? null, c.limit?.count ?? null, c.due ?? null])).toEqual([
      ['statutory', 'superseded', null, 30, null],
      ['national', 'applies', null, 7, '2016-03-11'],
      ['local', 'applies', 'all', 5, '2016-03-09'],
      ['local', 'applies', 'online', 5, '2016-03-09'],
      ['local', 'applies', 'online', 3, '2016-03-07'],
      ['urgent', 'not-applicable', null, null, null],
    ]);
    expect(r.explanation['zh-CN']).toBe('自受理次日起计算3个工作日（受理当日不计入）。期间跳过非工作日：2016-03-05至2016-03-06（周末）。办结期限：2016-03-07（星期一）。');
    expect(r.reasons.map((x) => renderReason(x, 'en', PROCESSING_REASONS))).toEqual([
      'The shortest applicable limit applies: due 2016-03-07',
      'Commitment of the office (440100) for online applications',
      '3 working days',
      'Time spent on investigations and checks elsewhere does not count towards the limit',
    ]);
    expect(r.reasons.map((x) => renderReason(x, 'zh-CN', PROCESSING_REASONS))[0]).toBe('取各项适用时限中最短者，办结期限为2016-03-07');
    expect(r.unverified).toBe(false);
  });

  it('says when no limit gives a date: an exit-entry permit before 公安部令第96号', () => {
    const r = run('2006-03-02', undefined, { service: { kind: 'exit-entry-permit' }, route: 'hukou-place' });
    expect(r.kind).toBe('no-limit');
    expect(r.reasons.map((x) => x.code)).toEqual(['processing.no-limit']);
    expect(r.candidates[0]).toMatchObject({ kind: 'statutory', status: 'not-in-force' });
  });

  it('takes an instant: its Shanghai date must be the view\'s date', () => {
    const r = processingDeadline({ view: at('2018-09-01'), acceptedAt: '2018-08-31T17:30:00Z', ...passport });
    expect(due(r)).toMatchObject({ due: '2018-09-11' });
    expect(r.kind === 'due' && r.deadline.start).toEqual({ input: '2018-08-31T17:30:00Z', date: '2018-09-01', time: '01:30', afterCutoff: false });
    expect(() => processingDeadline({ view: at('2018-08-31'), acceptedAt: '2018-08-31T17:30:00Z', ...passport })).toThrow(ValidationError);
  });

  it('rejects bad input with one ValidationError listing every problem', () => {
    try {
      processingDeadline({
        view: {} as PolicyView,
        service: { kind: 'passport', destination: 'taiwan' } as never,
        route: 'abroad' as never,
        channel: 'fax' as never,
        urgent: { ground: 'boredom', proven: 'yes' } as never,
        acceptedAt: '2018-9-1',
      });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.')).sort();
      expect(paths).toEqual(['acceptedAt', 'channel', 'route', 'service.destination', 'urgent.ground', 'urgent.proven', 'view'].sort());
    }
    expect(() => processingDeadline(null as never)).toThrow(ValidationError);
    expect(() => processingDeadline({ view: at('2018-09-01'), acceptedAt: '2018-09-02', ...passport })).toThrow(/view is at 2018-09-01/);
  });

  it('past the verified date: a typed error, or with beyondVerified "flag" a result marked unverified', () => {
    expect(() => processingDeadline({ view: policyAt(POLICY, '2025-12-01'), acceptedAt: '2025-12-01', ...passport })).toThrow(UnverifiedDateError);
    const r = processingDeadline({ view: policyAt(POLICY, '2025-12-01', { beyondVerified: 'flag' }), acceptedAt: '2025-12-01', ...passport });
    expect(r.unverified).toBe(true);
    expect(r.reasons.filter((x) => x.code === 'processing.unverified').map((x) => x.params['table'])).toContain('processing.national.passport');
  });

  it('outside the working-day calendar (before 2004): a result of kind unknown with its reason, not an error', () => {
    const r = run('2003-06-02', undefined, passport);
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.publishedThrough).toBe('2026-12-31');
    expect(r.reasons.map((x) => x.code)).toContain('processing.beyond-calendar');
    // the limits that apply are still listed, marked as past the calendar
    const applicable = r.candidates.filter((c) => c.status === 'applies');
    expect(applicable.length).toBeGreaterThan(0);
    for (const c of applicable) {
      expect(c.due).toBeUndefined();
      expect(c.dueBeyondCalendar).toBe(true);
    }
  });
});

// ---- boundary sweep ----------------------------------------------------------------------------

interface Dated {
  readonly from: string;
  readonly to?: string;
}
const day = (d: string): number => parseCivilDate(d);
const date = (n: number): string => formatCivilDate(n);
const itemsOf = (t: TableData): readonly Dated[] => (t.kind === 'value' ? t.entries : t.members);

/** Every (table, place): nationally, and at each division with local data for the table. */
function places(): { spec: TableSpec; division?: string; items: readonly Dated[] }[] {
  const out: { spec: TableSpec; division?: string; items: readonly Dated[] }[] = [];
  for (const spec of PROCESSING_TABLES) {
    const national = PROCESSING_NATIONAL[spec.id] as TableData;
    out.push({ spec, items: itemsOf(national) });
    for (const [division, tables] of Object.entries(PROCESSING_LOCAL)) {
      const local = tables[spec.id];
      if (local) out.push({ spec, division, items: [...itemsOf(national), ...itemsOf(local)] });
    }
  }
  return out;
}

function starts(items: readonly Dated[]): Set<number> {
  const s = new Set<number>();
  for (const i of items) {
    s.add(day(i.from));
    if (i.to !== undefined) s.add(day(i.to) + 1);
  }
  return s;
}

function snapshot(view: PolicyView, spec: TableSpec): string {
  return spec.kind === 'value' ? JSON.stringify(view.value(spec)) : JSON.stringify([...view.members(spec)].sort((a, b) => (a.member + a.from < b.member + b.from ? -1 : 1)));
}

/** What a table literally says on a date at a division (local chain first, then national): the entry's value, or undefined. */
function literal(id: string, d: string, division?: string): unknown {
  const chain = division === undefined ? [] : [division, `${division.slice(0, 4)}00`, `${division.slice(0, 2)}0000`];
  for (const code of chain) {
    const t = PROCESSING_LOCAL[code]?.[id];
    const hit = t?.kind === 'value' ? t.entries.find((e) => e.from <= d && (e.to === undefined || d <= e.to)) : undefined;
    if (hit) return hit.value;
  }
  const t = PROCESSING_NATIONAL[id];
  const hit = t?.kind === 'value' ? t.entries.find((e) => e.from <= d && (e.to === undefined || d <= e.to)) : undefined;
  return hit?.value;
}

describe('boundary sweep: every from/to of every table, the day before, on and after', () => {
  const all = places();

  it('covers every table, national and local', () => {
    expect(new Set(all.map((p) => p.spec.id))).toEqual(new Set(PROCESSING_TABLES.map((s) => s.id)));
  });

  it.each(all.map((p) => ({ id: p.spec.id, division: p.division ?? 'national', p })))('$id ($division): the lookup changes exactly where the data starts or stops something', ({ p }) => {
    const s = starts(p.items);
    for (const item of p.items) {
      for (const point of [item.from, item.to].filter((x): x is string => x !== undefined)) {
        const days = [day(point) - 1, day(point), day(point) + 1];
        const shots = days.map((d) => snapshot(at(date(d), p.division), p.spec));
        for (let i = 1; i < days.length; i++) {
          expect({ on: date(days[i] as number), changed: shots[i] !== shots[i - 1] }).toEqual({ on: date(days[i] as number), changed: s.has(days[i] as number) });
        }
      }
    }
  });

  // processingDeadline on each of those days (inside the calendar): every candidate that names a
  // table shows what the table literally says there, and every emitted reason has a message.
  const probes: readonly Rest[] = [
    passport,
    hkmoPermit,
    reEndorsement,
    { service: { kind: 'taiwan-permit' }, route: 'hukou-place' },
    { service: { kind: 'endorsement', destination: 'taiwan' }, route: 'hukou-place', channel: 'online' },
    { service: { kind: 'endorsement', endorsementCategory: 'tourist' }, route: 'hukou-place', channel: 'online' },
    { ...reEndorsement, channel: 'kiosk' },
    { service: { kind: 'exit-entry-permit' }, route: 'hukou-place', urgent: { ground: 'funeral', proven: true } },
    { ...passport, urgent: { ground: 'visa-expiring', proven: true } },
    { ...hkmoPermit, urgent: { ground: 'funeral', proven: true } },
    { service: { kind: 'passport' }, route: 'in-province' },
    { service: { kind: 'hkmo-permit' }, route: 'cross-province' },
    { service: { kind: 'passport' }, route: 'non-hukou-scheme' },
  ];
  const dates = [...new Set(all.flatMap((p) => p.items.flatMap((i) => [i.from, ...(i.to === undefined ? [] : [i.to])])))]
    .flatMap((d) => [day(d) - 1, day(d), day(d) + 1])
    .filter((n) => n > day('2004-01-01') && n <= day('2025-11-30'))
    .map(date);

  it(`processingDeadline agrees with a literal reading of the tables on ${dates.length} boundary days`, () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const d of dates) {
      for (const division of [undefined, '440100', '230100', '610100']) {
        for (const probe of probes) {
          const r = run(d, division, probe);
          for (const c of r.candidates) {
            if (c.table === undefined || c.table === 'processing.urgent.priority-only') continue;
            const v = literal(c.table, d, division);
            checked++;
            if (c.status === 'not-in-force') {
              if (v !== undefined && v !== null) wrong.push(`${d} ${division} ${c.table}: not in force, but the data says ${JSON.stringify(v)}`);
            } else if (c.kind === 'local') {
              const limit = (v as Record<string, unknown> | undefined)?.[c.channel ?? 'all'];
              if (JSON.stringify(limit) !== JSON.stringify(c.limit)) wrong.push(`${d} ${division} ${c.table}/${c.channel}: ${JSON.stringify(c.limit)} ≠ ${JSON.stringify(limit)}`);
            } else if (c.kind !== 'national' || c.table !== 'processing.route.in-province') {
              if (JSON.stringify(v) !== JSON.stringify(c.limit)) wrong.push(`${d} ${division} ${c.table}: ${JSON.stringify(c.limit)} ≠ ${JSON.stringify(v)}`);
            }
          }
          for (const reason of [...r.reasons, ...r.candidates.flatMap((c) => c.reasons)]) {
            expect(PROCESSING_REASONS[reason.code], reason.code).toBeDefined();
            for (const locale of ['zh-CN', 'en'] as const) expect(renderReason(reason, locale, PROCESSING_REASONS)).not.toMatch(/\{\w+\}/);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);
});
