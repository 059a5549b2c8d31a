/**
 * Size budgets, measured as a kiosk developer would: esbuild bundling the sources for the
 * browser (ESM, minified, tree-shaken, `sideEffects: false` as package.json declares), gzipped.
 * The published ESM is the same modules one file each (tsup, bundle: false), so a bundler
 * reaches the same code from `churujing` as from the sources here; `node scripts/bundle-size.mjs`
 * measures the built package itself after `npm run build`.
 *
 * - calendar functions imported from the package root: the root re-exports everything, yet
 *   the working-day arithmetic alone must come out (no zod, no policy);
 * - `churujing/kiosk` whole: the kiosk check, its policy (only the tables it reads) and its
 *   input check, without zod;
 * - `evaluate` with the built-in policy;
 * - the calendar-only entry `churujing/calendar`, whole (a looser ceiling guarding against
 *   regressions: it carries the notices' citations).
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

/** Minified and gzipped byte counts of a bundle of `contents` (an ES module importing the sources), and the files it bundled. */
async function measure(contents: string): Promise<{ min: number; gzip: number; inputs: string[]; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'consumer.ts', loader: 'ts' },
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
  // the files that put code into the bundle (esbuild also lists files it read and dropped)
  const inputs = Object.entries(Object.values(result.metafile?.outputs ?? {})[0]?.inputs ?? {}).flatMap(([path, v]) => (v.bytesInOutput > 0 ? [path] : []));
  return { min: out.contents.byteLength, gzip: gzipSync(out.contents).byteLength, inputs, text: out.text };
}

interface Target {
  readonly name: string;
  readonly contents: string;
  /** gzip bytes: the ceiling the suite holds today (a regression fails) */
  readonly budget: number;
  /** gzip bytes: the target of issue 12, where it is not met yet (see the note beside it) */
  readonly target?: number;
  /** Source paths (prefixes) that must not be in the bundle. */
  readonly without: readonly string[];
}

const TARGETS: readonly Target[] = [
  {
    name: 'calendar functions from the package root',
    contents: "export { addWorkingDays, isWorkingDay, workingDaysBetween } from './src/index.ts';",
    // 191 KB before the unbundled build, 7.5 KB before the provisional mode became a value
    // (provisionalYears) the caller imports, 5.7 KB before the notices were written one character
    // a date and the calendar wrote its own dates; what is left (gzip, each part counted as what
    // the bundle loses without it): the notices ~0.55 KB, the error base class with its masking
    // and summary ~0.9 KB, the range error ~0.4 KB, the option and date checks with their messages
    // in both locales ~0.75 KB, the calendar's build and arithmetic
    budget: 5 * KB,
    without: ['node_modules/', 'src/builtin/', 'src/eligibility/', 'src/documents/', 'src/fees/', 'src/deadlines/calendar-citations', 'src/deadlines/provisional-', 'src/deadlines/holiday-names'],
  },
  {
    name: 'churujing/kiosk (canSelfServe with its policy)',
    contents: "export * from './src/kiosk.ts';",
    // issue 12's target, met: 94 KB before the schemas were written with zod/mini, 74 KB before
    // the names of the divisions were kept apart from their codes, 69.5 KB before zod left the
    // kiosk (the tables are read by their heads, the value schemas go with the specs that only
    // validation reads; the kiosk's policyAt resolves only policies the package built or
    // validated; the input is checked by plain functions that report what the zod schema does),
    // 57.8 KB before the residence-permit route's data stood apart from the other routes, office
    // hours read the day's kind without its description, trusted policies came with their changes
    // folded and the division codes were written as runs. What is left: the endorsement rules and
    // reasons (~19 KB), the policy engine (~12 KB), the kiosk tables, office hours and reasons
    // (~8 KB), the instruments the tables cite (~7 KB), the input check (~2.3 KB), the calendar
    // for office hours (~1.5 KB), the division codes (~1.2 KB)
    budget: 50 * KB,
    without: ['node_modules/', 'src/evaluate/', 'src/fees/', 'src/eligibility/materials', 'src/eligibility/checklist', 'src/deadlines/processing-tables', 'src/builtin/builtin-policy', 'src/builtin/fee-part', 'src/rules/zod-issues', 'src/rules/validate-policy'],
  },
  {
    name: 'evaluate with the built-in policy',
    contents: "export { evaluate } from './src/index.ts';",
    // 205 KB before zod/mini; the application check reads the division codes without names
    // (~16 KB, 69 KB with the names before); the rest: eligibility (materials, place, acceptance
    // rules and reasons, ~57 KB), zod (~20 KB, of which the compiled application parser,
    // z.compile, ~8 KB), the policy engine, validation and divisions (~25 KB), deadlines (~22 KB),
    // endorsements (~19 KB), instruments (~14 KB), documents (~13 KB), evaluate (~7 KB), fees (~5 KB).
    // The 120 KB target is not met, and cannot be without dropping what evaluate must carry: by
    // share of the minified bytes, the tables, the instruments they cite and the reasons in both
    // locales are ~48 % (~90 KB gzip; ~77 KB counted as what the bundle loses without each),
    // zod with the application and policy checks ~13 % (~25 KB), leaving 5-18 KB of the target for
    // the decision code, which is ~72 KB
    budget: 192 * KB,
    target: 120 * KB,
    without: ['node_modules/luxon/'],
  },
  {
    name: 'churujing/calendar, whole entry',
    contents: "export * from './src/calendar.ts';",
    budget: 11 * KB,
    without: ['node_modules/'],
  },
];

describe('bundle sizes (esbuild, browser ESM, minified, gzip)', () => {
  for (const t of TARGETS) {
    // bundling does not depend on the host's time zone: measured once, in the UTC project
    const goal = t.target === undefined ? '' : ` (target ${(t.target / KB).toFixed(0)} KB)`;
    it.runIf(process.env.TZ === 'UTC')(`${t.name}: ≤ ${(t.budget / KB).toFixed(1)} KB min+gzip${goal}`, async () => {
      const m = await measure(t.contents);
      console.log(`${t.name}: ${m.min} B minified, ${m.gzip} B min+gzip (${(m.gzip / KB).toFixed(1)} KB)${goal}`);
      const unwanted = m.inputs.filter((p) => t.without.some((w) => p.startsWith(w)));
      expect(unwanted, 'modules that this import must not pull in').toEqual([]);
      expect(m.gzip, `gzip bytes of: ${t.contents}`).toBeLessThanOrEqual(t.budget);
    });
  }

  it.runIf(process.env.TZ === 'UTC')('a module-level table an import does not reach is dropped (the @__PURE__ marks work)', async () => {
    // the kiosk reads the kiosk reasons alone: the route and channel reasons of the same module stay out
    const m = await measure("export { KIOSK_REASON_CATALOGUE } from './src/eligibility/place-reasons.ts';");
    const whole = await measure("export { PLACE_REASON_CATALOGUE } from './src/eligibility/place-reasons.ts';");
    // a route's and a channel's labels (module-level tables that only the whole catalogue reads)
    for (const label of ['Anywhere in the hukou province', 'Police-station service point']) {
      expect(whole.text).toContain(label);
      expect(m.text).not.toContain(label);
    }
    expect(m.gzip).toBeLessThan(whole.gzip);
  });
});
