/**
 * The county and history data of the division catalogue stays out of bundles that do not use it:
 * the province/prefecture lookups of src/rules/divisions.ts, and the kiosk entry, never pull in
 * src/rules/division-history-data.ts (the names) nor src/rules/division-codes-data.ts (the codes);
 * checking a code on a date (src/rules/division-codes.ts, what the application check and so
 * `evaluate` use) carries the codes without the names. Sizes are minified ESM for the browser, gzipped, measured as
 * test/bundle-size.test.ts measures them; the ceilings guard against regressions.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LIGHT_CEILING = 10 * 1024;
const DATA_CEILING = 52 * 1024;
const HISTORY_CEILING = 64 * 1024;
const CODES_CEILING = 18 * 1024;

async function measure(contents: string): Promise<{ min: number; gzip: number; inputs: string[]; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
    absWorkingDir: root,
  });
  const out = result.outputFiles?.[0];
  if (!out) throw new Error('esbuild produced no output');
  return { min: out.contents.byteLength, gzip: gzipSync(out.contents).byteLength, inputs: Object.keys(result.metafile?.inputs ?? {}), text: out.text };
}

const carriesHistory = (inputs: readonly string[]) => inputs.some((p) => p.includes('division-history-data'));
const carriesCodes = (inputs: readonly string[]) => inputs.some((p) => p.includes('division-codes-data'));

describe('bundle size of the division catalogue', () => {
  it(`province/prefecture lookups: no county data, gzip <= ${LIGHT_CEILING} bytes`, async () => {
    const light = await measure("export { divisionOf, isDivisionCode, listDivisions, prefectureCodeOf, provinceCodeOf, UnknownDivisionError } from './src/rules/divisions.ts';\n");
    console.log(`divisions.ts lookups: ${light.min} B minified, ${light.gzip} B gzip`);
    expect(carriesHistory(light.inputs)).toBe(false);
    expect(light.inputs.some((p) => p.includes('node_modules'))).toBe(false);
    expect(light.gzip).toBeLessThanOrEqual(LIGHT_CEILING);
  });

  it('checking a code carries no names: the code checks and the kiosk entry leave them out, divisionOf brings them', async () => {
    // names of prefectures that nothing but the catalogue mentions, in both languages
    // (esbuild writes characters outside ASCII as \\uXXXX escapes)
    const names = ['呼伦贝尔市', 'Hulunbuir', '延边朝鲜族自治州', 'Yanbian', '石家庄市', 'Xishuangbanna'].map((n) =>
      n.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`),
    );
    const checks = await measure("export { divisionLevel, isDivisionCode, prefectureCodeOf, provinceCodeOf } from './src/rules/divisions.ts';\n");
    const kiosk = await measure("export * from './src/kiosk.ts';\n");
    const named = await measure("export { divisionOf } from './src/rules/divisions.ts';\n");
    for (const name of names) {
      expect(named.text, name).toContain(name);
      expect(checks.text, name).not.toContain(name);
      expect(kiosk.text, name).not.toContain(name);
    }
    expect(checks.gzip, 'the names weigh over 2 KB gzipped').toBeLessThan(named.gzip - 2 * 1024);
  });

  it('the kiosk entry carries no county data', async () => {
    const kiosk = await measure("export * from './src/kiosk.ts';\n");
    expect(carriesHistory(kiosk.inputs)).toBe(false);
    expect(carriesCodes(kiosk.inputs)).toBe(false);
  });

  it(`checking codes on a date carries the codes without the names: gzip <= ${CODES_CEILING} bytes, and so does evaluate`, async () => {
    const codes = await measure("export { codeOnDate, codesMeant, wasEverListed } from './src/rules/division-codes.ts';\n");
    console.log(`division-codes.ts checks: ${codes.min} B minified, ${codes.gzip} B gzip`);
    expect(carriesCodes(codes.inputs)).toBe(true);
    expect(carriesHistory(codes.inputs)).toBe(false);
    expect(codes.inputs.some((p) => p.includes('node_modules'))).toBe(false);
    expect(codes.gzip).toBeLessThanOrEqual(CODES_CEILING);
    const evaluate = await measure("export { evaluate } from './src/evaluate/evaluate.ts';\n");
    expect(carriesHistory(evaluate.inputs)).toBe(false);
  });

  it(`dated lookups carry the data: data gzip <= ${DATA_CEILING}, divisionOn and friends gzip <= ${HISTORY_CEILING} bytes`, async () => {
    const data = await measure("export { HISTORY_NAMES, HISTORY_SYLLABLES } from './src/rules/division-history-data.ts';\nexport { DIVISION_CODE_RECORDS } from './src/rules/division-codes-data.ts';\n");
    const history = await measure("export { divisionOn, isDivisionCodeOn, divisionHistory, listDivisions } from './src/rules/division-history.ts';\nexport { suggestDivisions } from './src/rules/division-suggest.ts';\n");
    console.log(`division-history-data.ts: ${data.min} B minified, ${data.gzip} B gzip; with the dated functions: ${history.min} B minified, ${history.gzip} B gzip`);
    expect(carriesHistory(history.inputs)).toBe(true);
    expect(history.inputs.some((p) => p.includes('node_modules'))).toBe(false); // no zod
    expect(data.gzip).toBeLessThanOrEqual(DATA_CEILING);
    expect(history.gzip).toBeLessThanOrEqual(HISTORY_CEILING);
  });
});
