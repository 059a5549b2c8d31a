import { defineConfig } from 'tsup';

// `npm run build` empties dist/, runs these three builds, then emits the ESM
// type declarations with tsc (tsconfig.build.json), one .d.ts beside each .js.
const ENTRIES = { index: 'src/index.ts', calendar: 'src/calendar.ts', kiosk: 'src/kiosk.ts', testing: 'src/testing.ts' };

export default defineConfig([
  {
    // ESM, unbundled: one module per source file, so a bundler keeps only the modules (and,
    // with the @__PURE__ annotations, the tables) that an import reaches. `sideEffects: false`.
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    dts: false,
    clean: false,
  },
  {
    // CommonJS for require(): one bundle per entry with shared chunks, with .d.cts types.
    entry: ENTRIES,
    format: ['cjs'],
    outDir: 'dist',
    target: 'es2022',
    splitting: true,
    treeshake: true,
    sourcemap: false,
    dts: { entry: ENTRIES },
    clean: false,
  },
  {
    // For kiosks without a bundler: one ESM file and one IIFE (global `Churujing`), minified,
    // with zod and the built-in policy inside (dist/browser/churujing.js, churujing.global.js).
    entry: { churujing: 'src/browser.ts' },
    format: ['esm', 'iife'],
    globalName: 'Churujing',
    platform: 'browser',
    outDir: 'dist/browser',
    target: 'es2022',
    minify: true,
    noExternal: [/.*/],
    sourcemap: false,
    dts: false,
    clean: false,
  },
]);
