/**
 * Size budget of the calendar-only entry `churujing/calendar` (src/calendar.ts), the one meant
 * for browser bundles and kiosks: minified ESM for the browser, gzipped. It must not pull in zod
 * or luxon. A kiosk that imports the working-day arithmetic gets at most 4.5 KiB (the typed errors with their summaries and identity-number masking included) (the notices'
 * citations live in their own module and are left out); the whole entry, with describeDay,
 * calendarCoverage (which carry the citations) and extendCalendar, has a looser ceiling that
 * guards against regressions.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUDGET = 4608;
const WHOLE_ENTRY_CEILING = 6656;

const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent',
  metafile: true,
  absWorkingDir: root,
} as const;

/** Minified and gzipped byte counts of one build, and the inputs it bundled. */
async function measure(options: Parameters<typeof build>[0]): Promise<{ min: number; gzip: number; inputs: string[] }> {
  const result = await build({ ...common, ...options });
  const out = result.outputFiles?.[0];
  if (!out) throw new Error('esbuild produced no output');
  return { min: out.contents.byteLength, gzip: gzipSync(out.contents).byteLength, inputs: Object.keys(result.metafile?.inputs ?? {}) };
}

describe('bundle size of churujing/calendar', () => {
  it(`whole entry src/calendar.ts: gzip <= ${WHOLE_ENTRY_CEILING} bytes`, async () => {
    const whole = await measure({ entryPoints: ['src/calendar.ts'] });
    console.log(`src/calendar.ts (all exports): ${whole.min} B minified, ${whole.gzip} B gzip`);
    expect(whole.inputs.some((p) => p.includes('node_modules'))).toBe(false); // no zod, no luxon
    expect(whole.gzip, 'gzip bytes of src/calendar.ts, minified ESM for the browser').toBeLessThanOrEqual(WHOLE_ENTRY_CEILING);
  });

  it(`a calendar-only import { addWorkingDays, isWorkingDay, workingDaysBetween }: gzip <= ${BUDGET} bytes`, async () => {
    const typical = await measure({
      stdin: {
        contents: "export { addWorkingDays, isWorkingDay, workingDaysBetween } from './src/calendar.ts';\n",
        resolveDir: root,
        sourcefile: 'typical.ts',
        loader: 'ts',
      },
    });
    console.log(`import { addWorkingDays, isWorkingDay, workingDaysBetween }: ${typical.min} B minified, ${typical.gzip} B gzip`);
    expect(typical.inputs.some((p) => p.includes('node_modules'))).toBe(false);
    expect(typical.gzip, 'gzip bytes of a bundle importing addWorkingDays and isWorkingDay').toBeLessThanOrEqual(BUDGET);
  });
});
