#!/usr/bin/env node
/**
 * The `churujing` command (package `bin`): evaluate, quote, deadline, calendar,
 * validate-policy, diff, merge-diffs, test, schema. See `churujing --help`.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { main } from './cli/main.js';

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const code = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') || text.startsWith('\r') ? text : `${text}\n`),
  cwd: process.cwd(),
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
  version,
});
process.exitCode = code;
