/**
 * The built package, as a user gets it: `npm run build` once, then
 * - the JSON Schema files (churujing/schemas/*.json) equal the schemas the library gives at run time;
 * - the `churujing` command, spawned as a process: output, exit codes (0 ok, 1 expectations
 *   failed, 2 bad input with every problem listed), --help with an example, --json, the same
 *   answers in every host time zone, diff shards and workers that merge into one run's result;
 * - every command of docs/testers.md, and its property test run in a project of its own that
 *   imports churujing and churujing/testing through the package's exports.
 * Building takes minutes and writes dist/: it runs in one of the time-zone projects only
 * (CHURUJING_BUILT=1 skips the build and tests the dist/ already there).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, jsonSchemaOf } from '../../src/cli/json-schemas.js';
import { applicationJsonSchema } from '../../src/eligibility/application.js';
import { policyJsonSchema } from '../../src/rules/policy.js';
import { scenarioJsonSchema } from '../../src/scenarios/scenario-schema.js';

const ROOT = resolve('.');
const CLI = join(ROOT, 'dist/cli.js');
let work = '';

interface Run {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

function cli(args: readonly string[], options: { input?: string; tz?: string; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, TZ: options.tz ?? 'Asia/Shanghai', LANG: 'C' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 600_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const FEE_CUT = 'examples/testers/changes/passport-fee-halved.yaml';
const SHORT = JSON.stringify({ applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: ['hkmo-permit', 'hong-kong:G:12:single'], acceptedAt: '2025-01-24T10:00:00+08:00', delivery: 'post' });

describe.runIf(process.env.TZ === 'UTC')('the built package', { timeout: 900_000 }, () => {
  beforeAll(() => {
    if (process.env['CHURUJING_BUILT'] !== '1') execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe', timeout: 1_200_000 });
    work = mkdtempSync(join(tmpdir(), 'churujing-cli-'));
  }, 1_300_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  describe('JSON Schema files', () => {
    it('each churujing/schemas/<name>.json equals the schema the library gives at run time', () => {
      const require = createRequire(join(ROOT, 'package.json'));
      for (const name of JSON_SCHEMA_NAMES) {
        const file = require.resolve(`churujing/schemas/${name}.json`);
        expect(JSON.parse(readFileSync(file, 'utf8')), name).toEqual(jsonSchemaOf(name));
      }
      const { $id, title, $schema, ...application } = jsonSchemaOf('application');
      void [$id, title, $schema];
      const { $schema: _s, ...runtime } = applicationJsonSchema();
      void _s;
      expect(application).toEqual(runtime);
      expect(jsonSchemaOf('policy')).toMatchObject({ properties: (policyJsonSchema() as { properties: unknown }).properties });
      expect(jsonSchemaOf('scenario')).toMatchObject({ properties: (scenarioJsonSchema() as { properties: unknown }).properties });
      expect(JSON.parse(cli(['schema', 'change-set']).out)).toEqual(jsonSchemaOf('change-set'));
    });
  });

  describe('churujing (spawned)', () => {
    it('evaluate: readable in both languages, --json for machines, the same in every host time zone', () => {
      const zh = cli(['evaluate', '-', '--lang', 'zh-CN'], { input: SHORT });
      expect(zh.code).toBe(0);
      expect(zh.out).toContain('结论: 已受理');
      expect(zh.out).toContain('合计: 85元');
      const en = cli(['evaluate', '-', '--lang', 'en'], { input: SHORT });
      expect(en.out).toContain('status: accepted');
      const json = JSON.parse(cli(['evaluate', '--json'], { input: SHORT }).out);
      expect(json).toMatchObject({ status: 'accepted', fees: { totalFen: 8500 }, services: [{ processing: { due: '2025-02-10' } }, {}] });
      for (const tz of ['UTC', 'America/Los_Angeles']) expect(cli(['evaluate', '-', '--lang', 'en'], { input: SHORT, tz }).out).toBe(en.out);
    });

    it('bad input: exit 2 and every problem listed, no stack trace', () => {
      const bad = cli(['evaluate', '-'], { input: JSON.stringify({ applicant: { hukou: '510104', birthDate: '1990-02-30' }, services: ['passport'], acceptedAt: '2025-01-24T10:00' }) });
      expect(bad.code).toBe(2);
      expect(bad.err).toMatch(/applicant\.birthDate/);
      expect(bad.err).not.toMatch(/\bat .+\.js:\d+/);
      const usage = cli(['quote', '--bogus', '--lang', 'fr', '--keep']);
      expect(usage.code).toBe(2);
      expect(usage.err).toContain('unknown option --bogus');
      expect(usage.err).toContain('--lang must be zh-CN or en');
      expect(usage.err).toContain('unknown option --keep');
      expect(cli(['frobnicate']).code).toBe(2);
      const quote = cli(['quote', '--item', 'passport.issuee', '--date', '2019-13-01', '--division', '51']);
      expect(quote.code).toBe(2);
      expect(quote.err.split('\n').filter((l) => l.startsWith('  ')).length).toBe(3);
    });

    it('--help per command, each with an example', () => {
      for (const c of ['evaluate', 'quote', 'deadline', 'calendar', 'validate-policy', 'diff', 'merge-diffs', 'test', 'schema']) {
        const h = cli([c, '--help']);
        expect(h.code, c).toBe(0);
        expect(h.out, c).toMatch(/Usage: churujing /);
        expect(h.out, c).toMatch(/Example:\n {2}(churujing|echo) /);
      }
      expect(cli(['--help']).out).toContain('Commands:');
    });

    it('quote, deadline, calendar', () => {
      expect(cli(['quote', '--item', 'passport.issue', '--item', 'hkmo-permit.issue', '--date', '2019-07-01', '--division', '510100', '--json']).out).toContain('"totalFen": 18000');
      // received after the 17:00 cutoff on Monday 2025-03-03: counted from Tuesday, 7 working days end Thursday 03-13
      const d = cli(['deadline', '--start', '2025-03-03T17:30:00+08:00', '--working-days', '7', '--cutoff', '17:00', '--json']);
      expect(JSON.parse(d.out).due).toBe('2025-03-13');
      expect(cli(['calendar', 'add', '2025-01-24', '7']).out.trim()).toBe('2025-02-10');
      expect(cli(['calendar', 'is-working-day', '2025-01-26', '--lang', 'zh-CN']).out).toContain('调休上班');
      const year = cli(['calendar', 'year', '2025', '--json']);
      expect(JSON.parse(year.out).filter((x: { kind: string }) => x.kind === 'make-up-workday').map((x: { date: string }) => x.date)).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
      expect(cli(['calendar', 'year', '1999']).code).toBe(2);
    });

    it('validate-policy: 0 valid, 1 with the problems listed, 2 when the file cannot be read', () => {
      const policyFile = join(work, 'policy.json');
      writeFileSync(policyFile, JSON.stringify({ schema: 'churujing.policy/1', id: 'empty', national: {}, local: {}, changes: [] }));
      expect(cli(['validate-policy', policyFile]).code).toBe(0);
      writeFileSync(policyFile, JSON.stringify({ schema: 'churujing.policy/1', id: 'x', national: { 'fee.passport.issue': { kind: 'value', verifiedThrough: '2025-12-31', entries: [{ from: '2020-01-01', value: 'cheap', cite: { issuer: 'a', title: 'b' } }, { from: '2019-01-01', value: 1, cite: { issuer: 'a', title: 'b' } }] } }, local: {}, changes: [] }));
      const bad = cli(['validate-policy', policyFile]);
      expect(bad.code).toBe(1);
      expect(bad.out).toMatch(/national\.fee\.passport\.issue\.entries\.0\.value/);
      expect(bad.out).toMatch(/entries\.1\.from/);
      writeFileSync(policyFile, '{ not json');
      expect(cli(['validate-policy', policyFile]).code).toBe(2);
    });

    it('test: scenario files pass (0), a failing expectation prints path, expected and actual (1), an invalid file lists its problems (2)', () => {
      const ok = cli(['test', 'scenarios/', 'examples/testers/scenarios/*.yaml']);
      expect(ok.code, ok.err).toBe(0);
      expect(ok.out).toMatch(/\d+ passed, 0 failed\n?$/);
      const failing = join(work, 'failing.yaml');
      writeFileSync(failing, `scenarios:\n  - name: wrong total\n    source: { issuer: test, title: test }\n    application: { applicant: { hukou: '510104', birthDate: '1990-03-15' }, services: [passport], acceptedAt: '2025-01-24' }\n    expect: { fees.totalFen: 1 }\n`);
      const f = cli(['test', failing]);
      expect(f.code).toBe(1);
      expect(f.out).toContain('✗ wrong total');
      expect(f.out).toMatch(/fees\.totalFen equals: expected 1, actual 12000/);
      const invalid = join(work, 'invalid.yaml');
      writeFileSync(invalid, `scenarios:\n  - name: no source\n    application: { applicant: { hukou: '510104' }, services: [passport], acceptedAt: '2025-01-24' }\n    expect: { status: accepted }\n`);
      const i = cli(['test', invalid, '--json']);
      expect(i.code).toBe(2);
      expect(i.err).toMatch(/scenarios\.0\.source/);
    });

    it('diff: shards and workers merge into what one run gives; a JSON Lines population gives the same', () => {
      const args = ['diff', '--changes', FEE_CUT, '--generate', '3000', '--seed', '9', '--from', '2025-11-01', '--to', '2026-02-28', '--keep', '15', '--json'];
      const whole = cli(args);
      expect(whole.code, whole.err).toBe(0);
      const w = JSON.parse(whole.out);
      expect(w.summary.applications).toBe(3000);
      expect(w.summary.changed).toBeGreaterThan(0);
      const shards = [1, 2, 3].map((k) => {
        const file = join(work, `shard-${k}.json`);
        const r = cli([...args, '--shard', `${k}/3`]);
        expect(r.code, r.err).toBe(0);
        writeFileSync(file, r.out);
        return file;
      });
      expect(JSON.parse(cli(['merge-diffs', ...shards, '--keep', '15', '--json']).out)).toEqual(w);
      expect(JSON.parse(cli([...args, '--workers', '2']).out)).toEqual(w);
      // the same population written as JSON Lines
      const lines = join(work, 'apps.jsonl');
      const gen = spawnSync(process.execPath, ['-e', `import('fast-check').then(async ({ default: fc }) => { const { applicationArbitrary } = await import(${JSON.stringify(join(ROOT, 'dist/testing.js'))}); const { chunkSeed } = await import(${JSON.stringify(join(ROOT, 'dist/cli/diff-source.js'))}); const arb = applicationArbitrary({ from: '2025-11-01', to: '2026-02-28' }); for (let c = 0; c < 3; c++) for (const a of fc.sample(arb, { seed: chunkSeed(9, c), numRuns: 1000 })) process.stdout.write(JSON.stringify(a) + '\\n'); })`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      writeFileSync(lines, gen.stdout);
      expect(JSON.parse(cli(['diff', '--changes', FEE_CUT, '--applications', lines, '--keep', '15', '--json']).out)).toEqual(w);
    });

    it('diff: expectations decide the exit code', () => {
      const base = ['diff', '--changes', FEE_CUT, '--generate', '1500', '--seed', '3', '--from', '2025-12-01', '--to', '2026-01-31'];
      expect(cli([...base, '--expect-only', 'fees', '--expect-none-ineligible']).code).toBe(0);
      const broken = cli([...base, '--expect-only', 'processing', '--lang', 'en']);
      expect(broken.code).toBe(1);
      expect(broken.out).toContain('✗ onlyKinds');
      expect(cli(['diff', '--generate', 'x']).code).toBe(2);
    });
  });

  describe('docs/testers.md', () => {
    const doc = readFileSync('docs/testers.md', 'utf8');

    it('every churujing command of the guide runs, with the exit code it says', () => {
      const commands = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => (m[1] as string).split('\n')).filter((l) => l.startsWith('churujing '));
      expect(commands.length).toBeGreaterThanOrEqual(6);
      for (const line of commands) {
        const [command, comment] = line.split(/\s+#\s*/);
        const args = (command as string).trim().split(/\s+/).slice(1);
        const r = cli(args);
        const expected = comment?.match(/exits (\d)/)?.[1];
        expect(r.code, `${line}\n${r.err}`).toBe(expected === undefined ? 0 : Number(expected));
        expect(r.out.length, line).toBeGreaterThan(0);
      }
    });

    it('the property test shown is the example file, and it passes in a project of its own, importing the built package', () => {
      const example = readFileSync('examples/testers/property.test.ts', 'utf8');
      expect(doc).toContain(example.trim());
      const project = join(work, 'tester-project');
      mkdirSync(join(project, 'node_modules'), { recursive: true });
      symlinkSync(ROOT, join(project, 'node_modules', 'churujing'), 'dir');
      for (const dep of ['fast-check', 'vitest', 'typescript']) symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
      for (const f of ['property.test.ts', 'vitest.config.ts']) copyFileSync(join('examples/testers', f), join(project, f));
      writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'tester-project', private: true, type: 'module' }));
      writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, include: ['*.ts'] }));
      // the package's types serve a consumer (node16 resolution, through the exports map)
      const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
      expect(tsc.status, tsc.stdout).toBe(0);
      const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--root', project], { cwd: project, encoding: 'utf8', env: { ...process.env, TZ: 'Asia/Shanghai' }, timeout: 600_000 });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toMatch(/3 passed/);
    });
  });
});
