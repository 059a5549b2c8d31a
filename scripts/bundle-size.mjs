#!/usr/bin/env node
// Bundle sizes of the built package as a consumer's bundler sees it (after `npm run build`):
// esbuild bundles an import of `churujing` (resolved through package.json's exports to dist/)
// for the browser, minified and tree-shaken, and the result is gzipped.
//   node scripts/bundle-size.mjs            sizes of the budgeted imports
//   node scripts/bundle-size.mjs --files    and the bytes each file contributes
// test/bundle-size.test.ts checks the same imports of the sources against their budgets.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Resolves `churujing` and its subpaths to the built files, as a consumer's bundler would through `exports` (import condition). */
const self = {
  name: 'churujing-self',
  setup(b) {
    b.onResolve({ filter: /^churujing(\/.*)?$/ }, (args) => {
      const entry = pkg.exports[args.path === 'churujing' ? '.' : `.${args.path.slice('churujing'.length)}`];
      if (!entry) return { errors: [{ text: `${args.path} is not exported` }] };
      return { path: join(root, entry.import.default) };
    });
  },
};

const CASES = {
  'calendar functions from the root': "export { addWorkingDays, isWorkingDay, workingDaysBetween } from 'churujing';",
  'churujing/kiosk (whole)': "export * from 'churujing/kiosk';",
  'evaluate (with the built-in policy)': "export { evaluate } from 'churujing';",
  'churujing/calendar (whole)': "export * from 'churujing/calendar';",
};

for (const [label, contents] of Object.entries(CASES)) {
  const r = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, metafile: true, logLevel: 'silent', plugins: [self],
  });
  const out = r.outputFiles[0].contents;
  console.log(`${label}: ${out.length} B min, ${gzipSync(out).length} B min+gzip (${(gzipSync(out).length / 1024).toFixed(1)} KB)`);
  if (process.argv.includes('--files')) {
    const inputs = Object.values(r.metafile.outputs)[0].inputs;
    for (const [f, v] of Object.entries(inputs).filter(([, v]) => v.bytesInOutput > 0).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) console.log(`  ${f} ${v.bytesInOutput}`);
  }
}
for (const f of ['dist/browser/churujing.js', 'dist/browser/churujing.global.js']) {
  if (!existsSync(join(root, f))) continue;
  const b = readFileSync(join(root, f));
  console.log(`${f}: ${b.length} B min, ${gzipSync(b).length} B min+gzip (${(gzipSync(b).length / 1024).toFixed(1)} KB)`);
}
