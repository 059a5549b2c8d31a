#!/usr/bin/env node
// Prints the min+gzip size of the calendar-only entry, whole and as a typical kiosk import,
// with the bytes each source file contributes. Usage: node scripts/bundle-size.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const cases = {
  'churujing/calendar (whole entry)': "export * from './src/calendar.ts';",
  '{ addWorkingDays, isWorkingDay }': "export { addWorkingDays, isWorkingDay } from './src/calendar.ts';",
};
for (const [label, contents] of Object.entries(cases)) {
  for (const charset of ['ascii', 'utf8']) {
    const r = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, charset,
    });
    const out = r.outputFiles[0].contents;
    console.log(`${label} [${charset}]: ${out.length} B min, ${gzipSync(out).length} B min+gzip`);
    if (charset === 'utf8' && process.argv.includes('--files')) {
      const inputs = Object.values(r.metafile.outputs)[0].inputs;
      for (const [f, v] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) console.log(`  ${f} ${v.bytesInOutput}`);
    }
  }
}
