import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every public export carries TSDoc with an @example (typedoc itself checks links and exports).
function exportsWithoutExample(entry: string): { checked: number; missing: string[] } {
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error(`cannot read ${entry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`no module symbol for ${entry}`);
  const missing: string[] = [];
  let checked = 0;
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    checked++;
    const tags = symbol.getJsDocTags(checker);
    const hasDoc = symbol.getDocumentationComment(checker).length > 0;
    if (!hasDoc || !tags.some((t) => t.name === 'example')) missing.push(exported.name);
  }
  return { checked, missing };
}

describe('public API documentation', () => {
  for (const entry of ['src/index.ts', 'src/calendar.ts', 'src/kiosk.ts', 'src/browser.ts', 'src/testing.ts']) {
    // Static analysis of the sources: the host time zone is irrelevant, so run it once.
    it.runIf(process.env.TZ === 'UTC')(`${entry}: every export has TSDoc with an @example`, () => {
      const { checked, missing } = exportsWithoutExample(entry);
      expect(checked).toBeGreaterThan(entry === 'src/testing.ts' ? 10 : 20);
      expect(missing).toEqual([]);
    }, 120_000); // a TypeScript program per entry: seconds on a busy machine
  }
});

describe('the guides in docs/', () => {
  const pages = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-');

  it('README.md links every page of docs/', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const page of pages.filter((p) => p !== 'README.md')) expect(readme, page).toContain(`](${page}`);
  });

  it('every relative link of the guides reaches a file, and every #anchor a heading of it', () => {
    const broken: string[] = [];
    for (const page of pages) {
      const text = readFileSync(page, 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target as string)) continue;
        const [file, anchor] = (target as string).split('#') as [string, string | undefined];
        const path = file === '' ? page : join(dirname(page), file);
        if (!existsSync(path)) {
          broken.push(`${page}: ${target}`);
          continue;
        }
        if (anchor !== undefined) {
          const headings = readFileSync(path, 'utf8').split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, '')));
          if (!headings.includes(anchor)) broken.push(`${page}: ${target} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});
