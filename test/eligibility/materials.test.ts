/**
 * The materials catalogue and checklists. Each expectation names where it is read from; the data
 * sits in src/eligibility with the same citations.
 *
 * Sources of the dates and lists used here:
 * - 公安部令第96号 art. 4 (materials: form + photo; ID card + 户口簿 + copies; under 16: guardian
 *   accompanies, consents, guardian's ID; registered personnel: approval), art. 11 (replacement:
 *   statement, the damaged passport); in force 2007-12-15 as the document module reads it;
 * - 公安部令第118号 + e-passport from 2012-05-15 (fingerprints 16+); HK/Macau card: Guangdong
 *   2014-05-20, nationwide 2014-09-15; Taiwan card: Fujian 2016-12-26, nationwide 2017-04-24;
 * - 公安部公告 of 2015-12-28 (nia.gov.cn): each document needs only form + ID card + photo; the
 *   户口簿 and photocopies dropped; endorsements: form + permit + purpose materials; T: kinship
 *   proof and the relative's HK/Macau ID; applying for the permit and the endorsement together
 *   needs no permit (item 8);
 * - 公安部 2016-03-29: from 2016-04-01 居住证 holders apply where they live with ID card +
 *   居住证, other materials as locals; 国家移民管理局 2019-03-26: 全国通办 from 2019-04-01,
 *   「申请材料与户籍地一致」, no hukou or residence condition.
 */
import { describe, expect, it } from 'vitest';
import { type ApplicantFacts, type ChecklistInput, type MaterialService, materialsChecklist } from '../../src/eligibility/checklist.js';
import {
  MATERIAL_IDS,
  MATERIAL_LABELS,
  MATERIAL_LOCAL,
  MATERIAL_NATIONAL,
  MATERIAL_REASONS,
  MATERIAL_RULE_TABLES,
  MATERIAL_TABLES,
  MATERIALS_COVERED_FROM,
  isMaterialId,
} from '../../src/eligibility/materials.js';
import { formatCivilDate, parseCivilDate } from '../../src/rules/civil-date.js';
import { ChurujingError, ValidationError } from '../../src/rules/errors.js';
import { UnverifiedDateError, policyAt } from '../../src/rules/policy-at.js';
import type { Change, Policy } from '../../src/rules/policy.js';
import { catalogueProblems } from '../../src/rules/reasons.js';
import type { ValueTableData } from '../../src/rules/table.js';
import { parsePolicy } from '../../src/rules/validate-policy.js';

function materialPolicy(changes: readonly Change[] = []): Policy {
  return parsePolicy(
    {
      schema: 'churujing.policy/1',
      id: 'test',
      national: MATERIAL_NATIONAL,
      local: Object.fromEntries(Object.entries(MATERIAL_LOCAL).map(([c, t]) => [c, { tables: t }])),
      changes,
    },
    MATERIAL_TABLES,
  );
}

const POLICY = materialPolicy();
const shift = (d: string, n: number) => formatCivilDate(parseCivilDate(d) + n);

const ADULT: ApplicantFacts = { ageOnAcceptance: 40, route: 'hukou-place' };
const passport = (action: 'first-issue' | 'renewal' | 'replacement' = 'first-issue', ground?: string): MaterialService =>
  ground === undefined ? { kind: 'document', document: 'passport', action } : { kind: 'document', document: 'passport', action, ground };

function checklist(date: string, division: string | undefined, services: MaterialService[], applicant: ApplicantFacts = ADULT, presented: string[] = [], policy = POLICY) {
  const view = policyAt(policy, date, division === undefined ? {} : { division });
  return materialsChecklist({ view, services, applicant, presented });
}
const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);
const required = (date: string, division: string | undefined, services: MaterialService[], applicant: ApplicantFacts = ADULT, policy = POLICY) =>
  ids(checklist(date, division, services, applicant, [], policy).items);

describe('the bundle', () => {
  it('validates as a policy and every table has national data', () => {
    expect(POLICY.id).toBe('test');
    expect(new Set(MATERIAL_TABLES.map((t) => t.id)).size).toBe(MATERIAL_TABLES.length);
    for (const t of MATERIAL_TABLES) expect(MATERIAL_NATIONAL[t.id], t.id).toBeDefined();
    expect(Object.keys(MATERIAL_NATIONAL).sort()).toEqual(MATERIAL_TABLES.map((t) => t.id).sort());
  });

  it('every entry cites an instrument, national and local, and says how far it is verified', () => {
    const tables = [...Object.values(MATERIAL_NATIONAL), ...Object.values(MATERIAL_LOCAL).flatMap((t) => Object.values(t))];
    for (const t of tables) {
      expect(t.verifiedThrough).toBe('2025-11-30');
      for (const e of (t as ValueTableData).entries) {
        expect(e.cite.issuer.length).toBeGreaterThan(0);
        expect(e.cite.title.length).toBeGreaterThan(0);
      }
    }
  });

  it('every requirement table starts at or after the catalogue start', () => {
    for (const { table } of MATERIAL_RULE_TABLES) {
      const first = (MATERIAL_NATIONAL[table.id] as ValueTableData).entries[0];
      expect(first && first.from >= MATERIALS_COVERED_FROM, table.id).toBe(true);
    }
  });

  it('the reason catalogue is complete in both locales and covers every rule', () => {
    expect(catalogueProblems(MATERIAL_REASONS)).toEqual([]);
    for (const s of MATERIAL_RULE_TABLES) expect(MATERIAL_REASONS[s.reason], s.reason).toBeDefined();
  });

  it('every material has a zh-CN and English name', () => {
    for (const id of MATERIAL_IDS) {
      expect(MATERIAL_LABELS[id]['zh-CN'].length).toBeGreaterThan(0);
      expect(MATERIAL_LABELS[id].en.length).toBeGreaterThan(0);
    }
    expect(isMaterialId('kinship-proof')).toBe(true);
    expect(isMaterialId('passport-photo')).toBe(false);
  });
});

describe('negative fixtures: one bad table per failure mode', () => {
  const cite = { issuer: 'test', title: 'test' };
  function problems(changes: readonly Change[]) {
    try {
      materialPolicy(changes);
    } catch (e) {
      return (e as ChurujingError).issues.map((i) => [i.path.join('.'), i.code]);
    }
    return [];
  }
  const base = { material: 'kinship-proof', weight: 'secondary', services: [{ kind: 'endorsement', destinations: ['hong-kong'], types: ['T'] }] };

  it('an unknown material id, weight, endorsement type or condition is rejected with its path', () => {
    expect(problems([{ op: 'set', table: 'materials.hkmo-T.kinship-proof', from: '2026-01-01', value: { ...base, material: 'nope' }, cite }])).toEqual([['changes.0.value.material', 'invalid_value']]);
    expect(problems([{ op: 'set', table: 'materials.hkmo-T.kinship-proof', from: '2026-01-01', value: { ...base, weight: 'optional' }, cite }])).toEqual([['changes.0.value.weight', 'invalid_value']]);
    expect(problems([{ op: 'set', table: 'materials.hkmo-T.kinship-proof', from: '2026-01-01', value: { ...base, services: [{ kind: 'endorsement', destinations: ['hong-kong'], types: ['Z'] }] }, cite }])).toEqual([
      ['changes.0.value.services.0.types.0', 'custom'],
    ]);
    expect(problems([{ op: 'set', table: 'materials.hkmo-T.kinship-proof', from: '2026-01-01', value: { ...base, when: [{ age: 'adult' }] }, cite }])).toEqual([['changes.0.value.when.0.age', 'invalid_value']]);
  });

  it('a 容缺 rule with an unknown deferrable material or a zero cure period is rejected', () => {
    const value = { deferrable: ['nope'], curePeriod: { count: 0, unit: 'working-days' }, clock: 'runs', onFailure: 'terminate', creditBlock: true };
    expect(problems([{ op: 'set', table: 'acceptance.deferred', division: '110100', from: '2026-01-01', value, cite }])).toEqual([
      ['changes.0.value.deferrable.0', 'invalid_value'],
      ['changes.0.value.curePeriod.count', 'too_small'],
    ]);
  });

  it('a requirement table with a gap between entries is rejected (continuous)', () => {
    const photo = MATERIAL_NATIONAL['materials.photo'] as ValueTableData;
    const [first, second] = photo.entries as [ValueTableData['entries'][number], ValueTableData['entries'][number]];
    const gapped = { ...photo, entries: [{ ...first, to: '2015-12-20' }, second] };
    try {
      parsePolicy({ schema: 'churujing.policy/1', id: 'bad', national: { ...MATERIAL_NATIONAL, 'materials.photo': gapped }, local: {}, changes: [] }, MATERIAL_TABLES);
      throw new Error('accepted');
    } catch (e) {
      expect((e as ChurujingError).issues.map((i) => [i.path.join('.'), i.code])).toEqual([['national.materials.photo.entries.1.from', 'gap']]);
    }
  });
});

describe('the household register and photocopies (公安部公告 2015-12-28)', () => {
  it('a passport renewal on 2015-12-27 needs the 户口簿 and copies; on 2015-12-28 it does not', () => {
    const before = required('2015-12-27', '510100', [passport('renewal', 'validity-expiring')]);
    const after = required('2015-12-28', '510100', [passport('renewal', 'validity-expiring')]);
    expect(before).toEqual(['application-form', 'resident-id-card', 'hukou-booklet', 'copies-of-id', 'photo-capture', 'fingerprints', 'applicant-presence', 'old-passport']);
    expect(after).toEqual(['application-form', 'resident-id-card', 'photo-capture', 'fingerprints', 'applicant-presence', 'old-passport']);
  });

  it('the 户口簿 was core (identity), the copies secondary; the dropping entry cites the announcement', () => {
    const c = checklist('2015-12-27', '510100', [passport('renewal')]);
    expect(c.items.find((i) => i.id === 'hukou-booklet')?.weight).toBe('core');
    expect(c.items.find((i) => i.id === 'copies-of-id')?.weight).toBe('secondary');
    const v = policyAt(POLICY, '2015-12-28').value(MATERIAL_RULE_TABLES.find((s) => s.table.id === 'materials.hukou-booklet')!.table);
    expect(v).toMatchObject({ inForce: false, reason: 'ended', cite: { issuer: '公安部', published: '2015-12-28' } });
  });

  it('an endorsement alone needs only the form and the permit from 2015-12-28 (item 4)', () => {
    expect(required('2016-01-04', '110100', [{ kind: 'endorsement', destination: 'hong-kong', type: 'L' }])).toEqual(['application-form', 'valid-permit']);
  });
});

describe('the residence permit (2016-04-01 measure; 全国通办 2019-04-01)', () => {
  const rp: ApplicantFacts = { ageOnAcceptance: 30, route: 'non-hukou-scheme', residencePermitBased: true };
  it('a residence-permit holder’s passport in Shenzhen in 2017 needs the 居住证', () => {
    const c = checklist('2017-06-01', '440300', [passport()], rp);
    const item = c.items.find((i) => i.id === 'residence-permit');
    expect(item).toMatchObject({ weight: 'secondary', present: false });
    expect(item?.why[0]?.cite.effective).toBe('2016-04-01');
  });

  it('on 2019-04-01 it does not: the same materials as at the hukou place', () => {
    expect(required('2019-04-01', '440300', [passport()], { ageOnAcceptance: 30, route: 'cross-province' })).not.toContain('residence-permit');
    // even if the caller still names the old route, the rule has ended
    expect(required('2019-04-01', '440300', [passport()], rp)).not.toContain('residence-permit');
    expect(required('2019-03-31', '440300', [passport()], rp)).toContain('residence-permit');
  });

  it('G as a residence-permit holder stays tied to the permit after 2019-04-01, and it is core', () => {
    const c = checklist('2025-01-24', '440300', [{ kind: 'endorsement', destination: 'hong-kong', type: 'G' }], { ageOnAcceptance: 30, route: 'cross-province', residencePermitBased: true });
    expect(c.items.find((i) => i.id === 'residence-permit')?.weight).toBe('core');
  });

  it('in 2017 the two rules merge: the G rule makes the permit core', () => {
    const c = checklist('2017-06-01', '440300', [passport(), { kind: 'endorsement', destination: 'hong-kong', type: 'G' }], rp);
    const item = c.items.find((i) => i.id === 'residence-permit');
    expect(item?.weight).toBe('core');
    expect(item?.services).toEqual([0, 1]);
    expect(item?.why.map((w) => w.table)).toEqual(['materials.non-hukou.residence-permit', 'materials.hkmo-G.residence-permit']);
  });

  it('the 43-city scheme (2013-07-01): employees add social insurance, students an enrolment certificate', () => {
    expect(required('2013-07-01', '510100', [passport()], { ageOnAcceptance: 30, route: 'non-hukou-scheme', schemeBasis: 'employed' })).toEqual(
      expect.arrayContaining(['social-insurance-proof', 'residence-permit']),
    );
    expect(required('2013-07-01', '510100', [passport()], { ageOnAcceptance: 20, route: 'non-hukou-scheme', schemeBasis: 'student' })).toContain('enrolment-proof');
    expect(required('2013-07-01', '510100', [passport()], { ageOnAcceptance: 30, route: 'non-hukou-scheme', schemeBasis: 'relative' })).toEqual(
      expect.arrayContaining(['kinship-proof', 'local-relative-id']),
    );
  });

  it('the relatives route (2018-02-01 → 2019-03-31) needs the relative’s ID and proof of kinship', () => {
    const rr: ApplicantFacts = { ageOnAcceptance: 30, route: 'relatives-route' };
    expect(required('2018-01-31', '510100', [passport()], rr)).not.toContain('local-relative-id');
    expect(required('2018-02-01', '510100', [passport()], rr)).toEqual(expect.arrayContaining(['kinship-proof', 'local-relative-id']));
    expect(required('2019-04-01', '510100', [passport()], rr)).not.toContain('local-relative-id');
  });
});

describe('minors and fingerprints (办法 art. 4(3); 公安部令第118号)', () => {
  it('a 15-year-old needs the guardian: presence (or a written authorisation), consent, ID, proof of guardianship; no fingerprints', () => {
    const c = checklist('2025-01-24', '510100', [passport()], { ageOnAcceptance: 15, route: 'hukou-place' });
    expect(ids(c.items)).toEqual(['application-form', 'resident-id-card', 'photo-capture', 'applicant-presence', 'guardian-presence', 'guardian-consent', 'guardian-id', 'relationship-proof']);
    const weights = Object.fromEntries(c.items.map((i) => [i.id, i.weight]));
    expect(weights).toMatchObject({ 'guardian-presence': 'core', 'guardian-consent': 'core', 'guardian-id': 'core', 'relationship-proof': 'secondary' });
    expect(c.items.find((i) => i.id === 'resident-id-card')?.alternatives).toEqual(['temporary-id', 'hukou-booklet']);
    expect(c.items.find((i) => i.id === 'guardian-presence')?.alternatives).toEqual(['guardian-authorisation']);
    expect(c.items[1]?.why[0]?.params).toEqual({ age: 15 });
  });

  it('an under-16 applicant may show the 户口簿 instead of an ID card', () => {
    const c = checklist('2025-01-24', '510100', [passport()], { ageOnAcceptance: 10, route: 'hukou-place' }, ['hukou-booklet']);
    expect(c.items.find((i) => i.id === 'resident-id-card')).toMatchObject({ present: true, presentAs: 'hukou-booklet' });
  });

  it('fingerprints for passports from 2012-05-15 (the e-passport), for 16 and over, unless fingers are missing', () => {
    expect(required('2012-05-14', undefined, [passport()])).not.toContain('fingerprints');
    expect(required('2012-05-15', undefined, [passport()])).toContain('fingerprints');
    expect(required('2012-05-15', undefined, [passport()], { ageOnAcceptance: 15, route: 'hukou-place' })).not.toContain('fingerprints');
    expect(required('2012-05-15', undefined, [passport()], { ageOnAcceptance: 16, route: 'hukou-place' })).toContain('fingerprints');
    expect(required('2012-05-15', undefined, [passport()], { ...ADULT, fingersUnavailable: true })).not.toContain('fingerprints');
  });

  it('HK/Macau permit fingerprints: Guangzhou from 2014-05-20 (Guangdong pilot), Beijing from 2014-09-15', () => {
    const permit: MaterialService = { kind: 'document', document: 'hkmo-permit', action: 'first-issue' };
    expect(required('2014-05-19', '440100', [permit])).not.toContain('fingerprints');
    expect(required('2014-05-20', '440100', [permit])).toContain('fingerprints');
    expect(required('2014-05-20', '110100', [permit])).not.toContain('fingerprints');
    expect(required('2014-09-15', '110100', [permit])).toContain('fingerprints');
    const g = checklist('2014-09-15', '440100', [permit]).items.find((i) => i.id === 'fingerprints');
    expect(g?.why[0]?.source).toEqual({ level: 'national' }); // the pilot ended on 2014-09-14
  });

  it('Taiwan permit fingerprints: Xiamen from 2016-12-26 (Fujian), Chengdu from 2017-04-24', () => {
    const permit: MaterialService = { kind: 'document', document: 'taiwan-permit', action: 'first-issue' };
    expect(required('2016-12-26', '350200', [permit])).toContain('fingerprints');
    expect(required('2016-12-26', '510100', [permit])).not.toContain('fingerprints');
    expect(required('2017-04-24', '510100', [permit])).toContain('fingerprints');
  });
});

describe('other requirement rules', () => {
  it('registered state personnel add the approval letter (办法 art. 4(4)), core', () => {
    const c = checklist('2025-01-24', '510100', [passport()], { ...ADULT, registeredPersonnel: true });
    expect(c.items.find((i) => i.id === 'approval-letter')?.weight).toBe('core');
  });

  it('a replacement needs the statement; for damage also the damaged passport (办法 art. 11)', () => {
    expect(required('2025-01-24', '510100', [passport('replacement', 'lost')])).toContain('loss-statement');
    expect(required('2025-01-24', '510100', [passport('replacement', 'lost')])).not.toContain('damaged-document');
    expect(required('2025-01-24', '510100', [passport('replacement', 'damaged')])).toEqual(expect.arrayContaining(['loss-statement', 'damaged-document']));
  });

  it('a permit with its endorsement in one application needs no valid permit (2015 announcement, item 8); the form is listed once (Beijing)', () => {
    const c = checklist('2025-01-24', '110100', [{ kind: 'document', document: 'hkmo-permit', action: 'first-issue' }, { kind: 'endorsement', destination: 'hong-kong', type: 'G' }, { kind: 'endorsement', destination: 'macau', type: 'T' }]);
    expect(ids(c.items)).not.toContain('valid-permit');
    expect(c.items.find((i) => i.id === 'application-form')?.services).toEqual([0, 1, 2]);
    expect(ids(c.services[1]?.items ?? [])).toEqual(['application-form']);
    expect(ids(c.services[2]?.items ?? [])).toEqual(['application-form', 'kinship-proof', 'relative-hkmo-id']);
    // a Taiwan permit does not carry an HK endorsement
    const t = checklist('2025-01-24', '110100', [{ kind: 'document', document: 'taiwan-permit', action: 'first-issue' }, { kind: 'endorsement', destination: 'hong-kong', type: 'L' }]);
    expect(ids(t.services[1]?.items ?? [])).toEqual(['application-form', 'valid-permit']);
  });

  it('business (S) materials depend on the applicant’s kind: filed employers’ staff only bring the dispatch letter (Beijing; Chengdu looks the licence and the insurance up itself from 2018)', () => {
    const s: MaterialService = { kind: 'endorsement', destination: 'hong-kong', type: 'S' };
    expect(required('2025-01-24', '110100', [s], { ...ADULT, business: { kind: 'filed-employer' } })).toEqual(['application-form', 'valid-permit', 'dispatch-letter']);
    expect(required('2025-01-24', '110100', [s], { ...ADULT, business: { kind: 'unfiled-employer' } })).toEqual([
      'application-form',
      'valid-permit',
      'business-licence',
      'social-insurance-proof',
      'dispatch-letter',
    ]);
    expect(required('2025-01-24', '110100', [s], { ...ADULT, business: { kind: 'sole-trader' } })).toEqual(['application-form', 'valid-permit', 'business-licence']);
  });

  it('Taiwan: exchanges need the 台办 approval; group tours no longer need the invoice from 2015-12-28', () => {
    expect(required('2025-01-24', '510100', [{ kind: 'endorsement', destination: 'taiwan', type: 'F' }])).toContain('tao-approval');
    const l: MaterialService = { kind: 'endorsement', destination: 'taiwan', type: 'L' };
    expect(required('2015-12-27', '510100', [l])).toContain('tour-operator-invoice');
    expect(required('2015-12-28', '510100', [l])).not.toContain('tour-operator-invoice');
  });

  it('the talent endorsement exists from 2023-02-20 and needs the talent certification', () => {
    const t: MaterialService = { kind: 'endorsement', destination: 'hong-kong', type: 'talent' };
    expect(required('2023-02-19', '440300', [t])).not.toContain('talent-certificate');
    expect(required('2023-02-20', '440300', [t])).toContain('talent-certificate');
  });

  it('urgent handling adds the evidence of its reason (办法 art. 5), secondary', () => {
    const c = checklist('2025-01-24', '510100', [passport()], { ...ADULT, urgent: true });
    expect(c.items.find((i) => i.id === 'urgent-evidence')?.weight).toBe('secondary');
  });

  it('presented and defective: a defective item counts as missing, to be corrected', () => {
    const view = policyAt(POLICY, '2025-01-24', { division: '510100' });
    const c = materialsChecklist({ view, services: [passport()], applicant: ADULT, presented: ['application-form', 'resident-id-card', 'photo-capture'], defective: ['photo-capture'] });
    expect(c.items.find((i) => i.id === 'photo-capture')).toMatchObject({ present: false, defective: true });
    expect(c.items.find((i) => i.id === 'application-form')).toMatchObject({ present: true, presentAs: 'application-form' });
    expect(ids(c.missing)).toEqual(['photo-capture', 'fingerprints', 'applicant-presence']);
    expect(c.complete).toBe(false);
  });
});

describe('bad input: one ValidationError listing every problem', () => {
  const view = policyAt(POLICY, '2025-01-24', { division: '510100' });
  function issues(input: unknown) {
    try {
      materialsChecklist(input as ChecklistInput);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).issues.map((i) => [i.path.join('.'), i.code]);
    }
    throw new Error('no error');
  }

  it('lists every unknown material id', () => {
    expect(issues({ view, services: [passport()], applicant: ADULT, presented: ['application-form', 'passport-photo', 'hukou'] })).toEqual([
      ['presented.1', 'unknown-material'],
      ['presented.2', 'unknown-material'],
    ]);
  });

  it('lists cross-field problems together', () => {
    expect(
      issues({
        view,
        services: [{ kind: 'document', document: 'exit-entry-permit', action: 'first-issue' }, { kind: 'endorsement', destination: 'taiwan', type: 'talent' }, { kind: 'endorsement', destination: 'hong-kong', type: 'S' }],
        applicant: { ageOnAcceptance: 30, under16: true, route: 'non-hukou-scheme' },
        presented: ['photo-capture'],
        defective: ['fingerprints'],
      }),
    ).toEqual([
      ['services.0.document', 'not-catalogued'],
      ['services.1.type', 'unknown-endorsement-type'],
      ['applicant.business', 'missing-business-kind'],
      ['applicant.under16', 'age-mismatch'],
      ['applicant.schemeBasis', 'missing-scheme-basis'],
      ['defective.0', 'not-presented'],
    ]);
  });

  it('rejects a view that is not a PolicyView and dates before the catalogue', () => {
    expect(issues({ view: {}, services: [passport()], applicant: ADULT, presented: [] })).toEqual([['view', 'invalid-type']]);
    expect(issues({ view: policyAt(POLICY, shift(MATERIALS_COVERED_FROM, -1)), services: [passport()], applicant: ADULT, presented: [] })).toEqual([['view.date', 'before-coverage']]);
    expect(() => checklist(MATERIALS_COVERED_FROM, undefined, [passport()])).not.toThrow();
  });

  it('never throws anything but typed errors', () => {
    for (const bad of [null, 1, 'x', [], { view }, { view, services: [], applicant: ADULT, presented: [] }]) {
      expect(() => materialsChecklist(bad as never)).toThrow(ChurujingError);
    }
  });

  it('past the verified date: UnverifiedDateError, or a flagged result', () => {
    expect(() => checklist('2025-12-01', undefined, [passport()])).toThrow(UnverifiedDateError);
    const c = materialsChecklist({ view: policyAt(POLICY, '2025-12-01', { beyondVerified: 'flag' }), services: [passport()], applicant: ADULT, presented: [] });
    expect(c.unverified).toBe(true);
  });
});

describe('what-if: the other readings, as change sets', () => {
  it('an office treating the residence permit as core (the route’s basis) instead of secondary', () => {
    const table = 'materials.non-hukou.residence-permit';
    const entry = (MATERIAL_NATIONAL[table] as ValueTableData).entries[1]!;
    const core = materialPolicy([{ op: 'set', table, from: '2016-04-01', to: '2019-03-31', value: { ...(entry.value as object), weight: 'core' }, cite: { issuer: 'what-if', title: 'Residence permit as a core material' } }]);
    const rp: ApplicantFacts = { ageOnAcceptance: 30, route: 'non-hukou-scheme', residencePermitBased: true };
    expect(checklist('2017-06-01', '440300', [passport()], rp, [], core).items.find((i) => i.id === 'residence-permit')?.weight).toBe('core');
  });

  it('Chengdu looking kinship up itself ("数据跑", 2018 press report): no kinship proof for T there', () => {
    const shared = materialPolicy([{ op: 'end', table: 'materials.hkmo-T.kinship-proof', division: '510100', from: '2018-05-01', cite: { issuer: '成都市公安局出入境管理局', title: 'what-if: 数据跑' } }]);
    const t: MaterialService = { kind: 'endorsement', destination: 'hong-kong', type: 'T' };
    expect(required('2019-06-03', '510104', [t], ADULT, shared)).not.toContain('kinship-proof');
    expect(required('2019-06-03', '110101', [t], ADULT, shared)).toContain('kinship-proof');
  });

  it('the 办法 in force only from 2008-03-15 (the other reported date): the first months re-cited to the 实施细则', () => {
    const table = 'materials.hukou-booklet';
    const value = (MATERIAL_NATIONAL[table] as ValueTableData).entries[0]!.value;
    const cite = { issuer: '公安部、外交部、交通部', title: '中华人民共和国公民出境入境管理法实施细则', note: 'what-if: 公安部令第96号 in force 2008-03-15' };
    const later = materialPolicy([{ op: 'set', table, from: '2007-12-15', to: '2008-03-14', value, cite }]);
    const why = (d: string) => checklist(d, undefined, [passport()], ADULT, [], later).items.find((i) => i.id === 'hukou-booklet')?.why[0]?.cite;
    expect(why('2008-01-02')?.title).toBe('中华人民共和国公民出境入境管理法实施细则');
    expect(why('2008-03-15')?.number).toBe('公安部令第96号');
  });
});

describe('boundary sweep: the day before, on and after every from/to of every table', () => {
  const places: { id: string; division?: string; data: ValueTableData }[] = [
    ...Object.entries(MATERIAL_NATIONAL).map(([id, data]) => ({ id, data: data as ValueTableData })),
    ...Object.entries(MATERIAL_LOCAL).flatMap(([division, tables]) => Object.entries(tables).map(([id, data]) => ({ id, division, data: data as ValueTableData }))),
  ];
  for (const p of places) {
    it(`${p.id} (${p.division ?? 'national'})`, () => {
      const spec = MATERIAL_TABLES.find((t) => t.id === p.id);
      if (spec?.kind !== 'value') throw new Error(p.id);
      for (const e of p.data.entries) {
        const days = [shift(e.from, -1), e.from, shift(e.from, 1), ...(e.to === undefined ? [] : [shift(e.to, -1), e.to, shift(e.to, 1)])].filter((d) => d >= MATERIALS_COVERED_FROM && d <= '2025-11-30');
        for (const d of days) {
          const r = policyAt(POLICY, d, p.division === undefined ? {} : { division: p.division }).value(spec);
          const inside = d >= e.from && (e.to === undefined || d <= e.to);
          if (inside) {
            if (e.value === null) expect(r, d).toMatchObject({ inForce: false, reason: 'ended' });
            else expect(r, d).toMatchObject({ inForce: true, value: e.value, period: { from: e.from } });
          } else if (r.inForce) {
            expect(r.period.from, d).not.toBe(e.from);
          }
        }
      }
    });
  }
});
