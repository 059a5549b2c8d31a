/**
 * Determinism of every export under generated input: the same calls give the same answers
 * twice in one process, and in a fresh process under another host time zone (each zone's run
 * checks the next zone, so the three runs of the suite cover every pair).
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import * as calendarEntry from '../../src/calendar.js';
import * as rootEntry from '../../src/index.js';
import * as kioskEntry from '../../src/kiosk.js';
import * as testingEntry from '../../src/testing.js';
import { targetsOf } from './harness.js';
import { canary, merged, recipesFor } from './run.js';

const ZONES = ['Asia/Shanghai', 'UTC', 'America/Los_Angeles'];
const CALLS = 1500;
const SEED = 4_242;

it(`${CALLS} generated calls answer the same twice, and in a fresh process under another time zone`, () => {
  const here = process.env.TZ ?? 'UTC';
  const other = ZONES[(ZONES.indexOf(here) + 1) % ZONES.length] as string;
  const api = merged(rootEntry, calendarEntry, kioskEntry, testingEntry);
  const targets = targetsOf(api);
  const recipes = recipesFor(targets, CALLS, SEED);
  const first = canary(api, targets, recipes);
  const second = canary(api, targets, recipes);
  const child = JSON.parse(
    execFileSync(resolve('node_modules/.bin/tsx'), [resolve('test/robustness/canary-child.ts'), String(CALLS), String(SEED)], {
      env: { ...process.env, TZ: other },
      maxBuffer: 1 << 30,
    }).toString(),
  ) as { zone: string; targets: string[]; texts: string[] };
  expect(child.zone).toBe(other);
  expect(child.targets).toEqual(targets.map((t) => t.name));
  const differ = (a: readonly string[], b: readonly string[]) =>
    a.flatMap((text, i) => (text === b[i] ? [] : [`${targets[(recipes[i] as { target: number }).target]?.name}: ${text.slice(0, 160)} ≠ ${(b[i] ?? '').slice(0, 160)}`]));
  expect(differ(first, second)).toEqual([]);
  expect(differ(first, child.texts)).toEqual([]);
}, 300_000);
