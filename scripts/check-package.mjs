#!/usr/bin/env node
// npm run check:package (after npm run build): packs the package as npm would publish it and
// checks the tarball — attw (are the types right under node10, node16 CJS and ESM, bundlers),
// publint (package.json fields against the files), and the file list (LICENSE, CHANGELOG.md,
// the browser build; no source maps). Exits 1 on any problem.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const dir = mkdtempSync(join(tmpdir(), 'churujing-pack-'));
let failed = false;
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }))[0];
  const tarball = join(dir, packed.filename);
  const files = packed.files.map((f) => f.path);
  console.log(`${packed.filename}: ${files.length} files, ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked`);

  const required = ['LICENSE', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/calendar.js', 'dist/calendar.d.cts', 'dist/kiosk.js', 'dist/kiosk.cjs', 'dist/browser/churujing.js', 'dist/browser/churujing.global.js'];
  const missing = required.filter((f) => !files.includes(f));
  const maps = files.filter((f) => f.endsWith('.map'));
  if (missing.length) console.error(`missing from the package: ${missing.join(', ')}`);
  if (maps.length) console.error(`source maps in the package: ${maps.join(', ')}`);
  failed ||= missing.length > 0 || maps.length > 0;

  for (const [name, args] of [
    ['attw', [tarball, '--format', 'table-flipped', '--no-color']],
    ['publint', ['run', '--strict', tarball]],
  ]) {
    console.log(`\n$ ${name} ${args.join(' ')}`);
    try {
      execFileSync(bin(name), args, { cwd: root, stdio: 'inherit' });
    } catch {
      failed = true;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error('\npackage check failed');
  process.exit(1);
}
console.log('\npackage check passed');
