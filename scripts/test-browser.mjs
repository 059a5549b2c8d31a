#!/usr/bin/env node
// npm run test:browser: the kiosk example in a real headless Chromium (test/browser/).
// Installs Debian's chromium (and a CJK font, so screenshots are legible) with apt-get when it
// is missing — the machines run as root — builds the package when the browser build is
// missing, then runs the browser tests (vitest.browser.config.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) or set CHROMIUM to a Chromium binary.`);
    process.exit(1);
  }
  console.log(`${CHROMIUM} is missing: installing Debian's chromium with apt-get`);
  run('apt-get', ['update'], { DEBIAN_FRONTEND: 'noninteractive' });
  run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-wqy-microhei'], { DEBIAN_FRONTEND: 'noninteractive' });
}
if (!existsSync(new URL('../dist/browser/churujing.js', import.meta.url))) run('npm', ['run', 'build']);
run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.browser.config.ts']);
