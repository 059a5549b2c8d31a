/**
 * The shipped scenario files (scenarios/*.yaml) run in the suite, each citing the instrument its
 * expectation comes from; and the runner itself: failures say path, expected and actual; bad
 * input lists every problem; both ways of writing expectations; the short form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, withChanges } from '../../src/builtin/builtin-policy.js';
import { parseApplication, SAMPLE_APPLICATION } from '../../src/eligibility/application.js';
import { ValidationError } from '../../src/rules/errors.js';
import { scenarioFileSchema, scenarioJsonSchema } from '../../src/scenarios/scenario-schema.js';
import { runScenarios } from '../../src/scenarios/run-scenarios.js';
import { expandShortApplication, shortApplicationSchema } from '../../src/scenarios/short-application.js';

const DIR = 'scenarios';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') || f.endsWith('.json'));

describe('the shipped scenarios', () => {
  const all = files.map((f) => ({ file: f, data: parse(readFileSync(join(DIR, f), 'utf8')) as unknown }));

  it('there are at least 40, each with a name and a cited source (issuer and title)', () => {
    const scenarios = all.flatMap(({ data }) => scenarioFileSchema.parse(data).scenarios);
    expect(scenarios.length).toBeGreaterThanOrEqual(40);
    for (const s of scenarios) {
      for (const c of Array.isArray(s.source) ? s.source : [s.source]) {
        expect(c.issuer.length, s.name).toBeGreaterThan(0);
        expect(c.title.length, s.name).toBeGreaterThan(0);
      }
    }
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  for (const { file, data } of all) {
    it(`${file}: every scenario passes`, { timeout: 60_000 }, () => {
      const run = runScenarios(data);
      const failed = run.results.filter((r) => !r.ok).map((r) => ({ name: r.name, failures: r.failures }));
      expect(failed).toEqual([]);
      expect(run.passed).toBeGreaterThan(0);
    });
  }
});

const source = { issuer: 'test', title: 'test' };
const short = { applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['hkmo-permit', 'hong-kong:G:12:single'], acceptedAt: '2025-01-24T10:00:00+08:00', delivery: 'post' };

describe('runScenarios', () => {
  it('a failing expectation says path, expected and actual; the others pass', () => {
    const run = runScenarios([
      {
        name: 'sample',
        source,
        application: short,
        expect: [
          { path: 'fees.totalFen', equals: 9999 },
          { path: 'status', oneOf: ['accepted', 'accepted-deferred'] },
          { path: 'services[1].chosen', contains: { entries: 'single' } },
          { path: 'services[0].reasons', includesCode: 'document.validity.adult' },
          { path: '', excludesCode: 'evaluate.permit-missing' },
          { path: 'fees.lines[item=delivery.post].amountFen', exists: true },
        ],
      },
    ]);
    expect(run).toMatchObject({ passed: 0, failed: 1 });
    expect(run.results[0]!.failures).toEqual([{ path: 'fees.totalFen', check: 'equals', expected: 9999, actual: 8500, ok: false }]);
    expect(run.results[0]!.checks).toHaveLength(6);
  });

  it('the mapping form means the same as the list form', () => {
    const run = runScenarios({ scenarios: [{ name: 'm', source, application: short, expect: { status: 'accepted', 'fees.totalFen': 8500, 'services[0].reasons': { includesCode: 'document.form.card' } } }] });
    expect(run.results[0]!.checks.map((c) => [c.path, c.check, c.ok])).toEqual([
      ['status', 'equals', true],
      ['fees.totalFen', 'equals', true],
      ['services[0].reasons', 'includesCode', true],
    ]);
  });

  it('file changes and scenario changes apply, on the policy given', () => {
    const cite = { issuer: 'what-if', title: 'cheaper' };
    const policy = withChanges(defaultPolicy(), [{ op: 'set', table: 'fee.hkmo-permit.issue', from: '2025-01-01', value: 5000, cite }]);
    const run = runScenarios(
      {
        changes: [{ op: 'set', table: 'fee.hkmo-endorsement.single', from: '2025-01-01', value: 1000, cite }],
        scenarios: [
          { name: 'a', source, application: short, expect: { 'fees.totalFen': 5000 + 1000 + 1000 } },
          { name: 'b', source, application: short, changes: [{ op: 'set', table: 'fee.hkmo-permit.issue', from: '2025-01-01', value: 4000, cite }], expect: { 'fees.totalFen': 4000 + 1000 + 1000 } },
        ],
      },
      { policy },
    );
    expect(run.results.map((r) => [r.ok, r.failures])).toEqual([
      [true, []],
      [true, []],
    ]);
  });

  it('bad input: every problem at once, with paths into the input', () => {
    let issues: string[] = [];
    try {
      runScenarios({
        scenarios: [
          { name: 'bad date', source, application: { ...short, acceptedAt: '2025-01-24T10:00:00' }, expect: { status: 'accepted' } },
          { name: 'bad change', source, application: short, changes: [{ op: 'set', table: 'no.such.table', from: '2025-01-01', value: 1, cite: source }], expect: { status: 'accepted' } },
          { name: 'bad path', source, application: short, expect: [{ path: 'fees..total', equals: 1 }] },
        ],
      });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      issues = e.issues.map((i) => `${i.path.join('.')} ${i.code}`);
    }
    expect(issues).toEqual(['scenarios.2.expect.0.path invalid-path']);
    try {
      runScenarios({
        scenarios: [
          { name: 'bad date', source, application: { ...short, acceptedAt: '2025-01-24T10:00:00' }, expect: { status: 'accepted' } },
          { name: 'bad change', source, application: short, changes: [{ op: 'set', table: 'no.such.table', from: '2025-01-01', value: 1, cite: source }], expect: { status: 'accepted' } },
        ],
        changes: [{ op: 'set', table: 'fee.photo', from: '2025-01-01', value: 'free', cite: source }],
      });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      issues = e.issues.map((i) => `${i.path.join('.')} ${i.code}`);
    }
    // the file's change is reported once, at the file's path; each scenario's at its own
    expect(issues).toEqual(['changes.0.value invalid_type', 'scenarios.0.application.acceptedAt invalid-instant', 'scenarios.1.changes.0.table unknown-table']);
    expect(() => runScenarios({ scenarios: [{ name: 'x', source, application: short }] })).toThrow(ValidationError);
  });

  it('a full application is taken as it is', () => {
    const run = runScenarios([{ name: 'full', source, application: SAMPLE_APPLICATION as never, expect: { 'fees.totalFen': 8500 } }]);
    expect(run.passed).toBe(1);
  });
});

describe('the short form of an application', () => {
  it('defaults the identity number, office, channel, materials and a held permit', () => {
    const a = expandShortApplication(shortApplicationSchema.parse({ applicant: { hukou: 510104, birthDate: '1990-03-15', sex: 'female' }, services: ['hong-kong:G:3:double', 'passport:renewal'], acceptedAt: '2025-01-24' }));
    const { derived } = parseApplication(a);
    expect([derived.birthDate, derived.sex, a.applicant.hukou, a.office.division, a.channel, a.delivery]).toEqual(['1990-03-15', 'female', '510104', '510100', 'hall-window', 'collect']);
    expect(a.services).toEqual([
      { kind: 'endorsement', destination: 'hong-kong', type: 'G', option: { validityMonths: 3, entries: 'double' } },
      { kind: 'document', document: 'passport', action: 'renewal' },
    ]);
    expect(a.existingDocuments).toEqual([{ type: 'hkmo-permit', form: 'card', issued: '2024-01-25', expires: '2034-01-24' }]);
  });

  it('the scenario file JSON Schema describes the format', () => {
    const schema = scenarioJsonSchema();
    expect(schema).toMatchObject({ type: 'object', required: ['scenarios'] });
    expect(Object.keys((schema as { properties: object }).properties)).toEqual(['schema', 'changes', 'scenarios']);
  });
});
