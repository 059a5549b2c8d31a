/**
 * Every TypeScript example of the guides runs: the ```ts blocks of README.md and docs/*.md are
 * extracted, type-checked against the sources and executed, each as a module of its own, with
 * `churujing`, `churujing/calendar`, `churujing/kiosk` and `churujing/testing` mapped to src/.
 * A statement followed on its line by `// <literal>` — a string, a number, true, false, null,
 * undefined, or an array or object of those, before any explanation — must give that literal
 * (`e.status; // 'accepted'`), so a doc cannot rot silently. A comment that is not a whole
 * literal (`// ['…', …]`, `// 'a' | 'b'`) is prose. A block marked ```ts no-run is only parsed.
 *
 * docs/testers.md is exercised by the testers' toolkit tests (test/package/built-package.test.ts):
 * its blocks are fragments of the commands and files it names, so it is not run here.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { extractBlocks, literalAt, type DocBlock } from './docs-support/blocks.js';

const ROOT = resolve('.');
const PAGES = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md') && f !== 'testers.md').map((f) => `docs/${f}`)].sort();
const ENTRIES: Readonly<Record<string, string>> = {
  churujing: 'src/index.js',
  'churujing/calendar': 'src/calendar.js',
  'churujing/kiosk': 'src/kiosk.js',
  'churujing/testing': 'src/testing.js',
};
/** A dot-folder: neither tsc's `include` nor vitest's test glob picks it up; removed after the run. */
const WORK = join(ROOT, 'test', '.docs-examples', `${process.pid}-${(process.env.TZ ?? 'tz').replace(/\W/g, '_')}`);

interface Check {
  readonly line: number;
  readonly text: string;
  readonly expected: unknown;
}

interface Module {
  readonly block: DocBlock;
  readonly file: string;
  readonly checks: readonly Check[];
  /** Generated line → line of the Markdown page (1-based). */
  readonly lineOf: (generatedLine: number) => number;
  readonly source: string;
}

const PRELUDE_LINES = 1;

/** The block as a module: imports re-pointed at the sources, each checked statement reporting its value. */
function toModule(block: DocBlock, index: number): Module {
  const sf = ts.createSourceFile('block.ts', block.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const checks: Check[] = [];
  const pageDir = dirname(resolve(block.page));
  const lineOfPos = (pos: number) => block.line + sf.getLineAndCharacterOfPosition(pos).line;

  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const spec = node.moduleSpecifier;
      if (spec && ts.isStringLiteral(spec)) {
        const target = ENTRIES[spec.text] ?? (spec.text.startsWith('.') ? resolve(pageDir, spec.text) : undefined);
        if (target !== undefined) {
          const to = relative(WORK, resolve(ROOT, target)).replace(/\\/g, '/');
          edits.push({ start: spec.getStart(sf), end: spec.end, text: JSON.stringify(to.startsWith('.') ? to : `./${to}`) });
        }
      }
      return;
    }
    if (ts.isExpressionStatement(node) || ts.isVariableStatement(node)) {
      const literal = trailingLiteral(block.code, node.end);
      if (literal !== undefined) {
        const id = checks.length;
        checks.push({ line: lineOfPos(node.getStart(sf)), text: block.code.slice(node.getStart(sf), node.end), expected: literal.value });
        if (ts.isExpressionStatement(node)) {
          edits.push({ start: node.getStart(sf), end: node.end, text: `__check(${id}, (${node.expression.getText(sf)}));` });
        } else {
          const decls = node.declarationList.declarations;
          const name = decls.length === 1 && ts.isIdentifier(decls[0]!.name) ? decls[0]!.name.text : undefined;
          if (name === undefined) throw new Error(`${block.page}:${lineOfPos(node.getStart(sf))}: a checked declaration must declare one name`);
          edits.push({ start: node.end, end: node.end, text: ` __check(${id}, ${name});` });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);

  let code = block.code;
  for (const e of edits.sort((a, b) => b.start - a.start)) code = code.slice(0, e.start) + e.text + code.slice(e.end);
  const prelude = `const __check: (i: number, v: unknown) => void = (globalThis as any).__docsChecks[${index}];`;
  return {
    block,
    file: join(WORK, `block-${index}.ts`),
    checks,
    lineOf: (g) => block.line + g - 1 - PRELUDE_LINES,
    source: `${prelude}\n${code}\nexport {};\n`,
  };
}

/** The literal a `//` comment right after `end` (on the same line) starts with, if it is one. */
function trailingLiteral(code: string, end: number): { value: unknown } | undefined {
  const rest = code.slice(end);
  const m = /^[ \t]*\/\/[ \t]*(.*)/.exec(rest);
  if (!m) return undefined;
  return literalAt(m[1] as string);
}

const BLOCKS = PAGES.flatMap((page) => extractBlocks(page, readFileSync(page, 'utf8')));
const RUNNABLE = BLOCKS.filter((b) => !b.noRun);
const MODULES = RUNNABLE.map((b, i) => toModule(b, i));
mkdirSync(WORK, { recursive: true });
for (const m of MODULES) writeFileSync(m.file, m.source);
// (the parent folder stays: the other time-zone projects may be writing theirs)
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('docs: the examples', () => {
  it('the guides have examples, checked results among them, and few blocks marked no-run', () => {
    expect(PAGES).toContain('docs/getting-started.md');
    expect(RUNNABLE.length).toBeGreaterThanOrEqual(30);
    expect(MODULES.reduce((n, m) => n + m.checks.length, 0)).toBeGreaterThanOrEqual(120);
    expect(BLOCKS.length - RUNNABLE.length).toBeLessThanOrEqual(Math.ceil(BLOCKS.length / 10));
    for (const b of BLOCKS.filter((x) => x.noRun)) {
      const sf = ts.createSourceFile('b.ts', b.code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
      expect((sf as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, `${b.page}:${b.line}`).toEqual([]);
    }
  });

  // Static: the host time zone does not matter, so once.
  it.runIf(process.env.TZ === 'Asia/Shanghai')('every runnable example type-checks against the sources', () => {
    const config = ts.parseJsonConfigFileContent(ts.readConfigFile('tsconfig.json', (f) => ts.sys.readFile(f)).config, ts.sys, ROOT);
    const program = ts.createProgram(MODULES.map((m) => m.file), { ...config.options, noEmit: true, noUnusedLocals: false });
    const problems: string[] = [];
    for (const m of MODULES) {
      const sf = program.getSourceFile(m.file);
      for (const d of [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)]) {
        const line = d.start === undefined || sf === undefined ? 0 : sf.getLineAndCharacterOfPosition(d.start).line + 1;
        problems.push(`${m.block.page}:${m.lineOf(line)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);

  for (const [i, m] of MODULES.entries()) {
    it(`${m.block.page}:${m.block.line} runs and gives what its comments say`, async () => {
      const seen = new Map<number, unknown>();
      const g = globalThis as unknown as { __docsChecks?: Record<number, (id: number, v: unknown) => void> };
      g.__docsChecks ??= {};
      g.__docsChecks[i] = (id, v) => void seen.set(id, v);
      await import(pathToFileURL(m.file).href);
      for (const [id, c] of m.checks.entries()) {
        expect(seen.has(id), `${m.block.page}:${c.line} was not reached: ${c.text}`).toBe(true);
        expect(seen.get(id), `${m.block.page}:${c.line}: ${c.text}`).toEqual(c.expected);
      }
    }, 120_000);
  }
});

describe('docs: the literal reader', () => {
  it('reads whole literals before an explanation, and nothing else', () => {
    expect(literalAt("'accepted'")).toEqual({ value: 'accepted' });
    expect(literalAt('8500 (60 + 15 + 10 yuan)')).toEqual({ value: 8500 });
    expect(literalAt('true: every line is priced')).toEqual({ value: true });
    expect(literalAt("['a', 2, { b: null, 'c d': [false] }]")).toEqual({ value: ['a', 2, { b: null, 'c d': [false] }] });
    expect(literalAt('undefined')).toEqual({ value: undefined });
    expect(literalAt('-1.5')).toEqual({ value: -1.5 });
    expect(literalAt("'a\\'b'")).toEqual({ value: "a'b" });
    expect(literalAt("'accepted' | 'not-accepted'")).toBeUndefined();
    expect(literalAt("['材料齐全，可以受理。', …]")).toBeUndefined();
    expect(literalAt('2025-02-10')).toBeUndefined();
    expect(literalAt('card permit, 10 years')).toBeUndefined();
    expect(literalAt('{ inForce: true, … }')).toBeUndefined();
    expect(literalAt('')).toBeUndefined();
  });

  it('finds the ts blocks of a page, with their lines and no-run marks', () => {
    const page = ['# T', '', '```ts', 'a; // 1', '```', '', '```ts no-run', 'b;', '```', '```sh', 'c', '```', ''].join('\n');
    expect(extractBlocks('x.md', page)).toEqual([
      { page: 'x.md', line: 4, code: 'a; // 1\n', noRun: false },
      { page: 'x.md', line: 8, code: 'b;\n', noRun: true },
    ]);
  });
});
