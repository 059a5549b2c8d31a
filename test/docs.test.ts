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
