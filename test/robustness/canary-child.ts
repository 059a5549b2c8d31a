/**
 * The canary calls in a fresh process (run by determinism.test.ts under another time zone):
 * prints what each call gives, as JSON lines of text, for the parent to compare with its own.
 * Usage: tsx test/robustness/canary-child.ts <calls> <seed>
 */
import * as calendarEntry from '../../src/calendar.js';
import * as rootEntry from '../../src/index.js';
import * as kioskEntry from '../../src/kiosk.js';
import * as testingEntry from '../../src/testing.js';
import { targetsOf } from './harness.js';
import { canary, merged, recipesFor } from './run.js';

const [calls, seed] = process.argv.slice(2).map(Number) as [number, number];
const api = merged(rootEntry, calendarEntry, kioskEntry, testingEntry);
const targets = targetsOf(api);
const texts = canary(api, targets, recipesFor(targets, calls, seed));
process.stdout.write(JSON.stringify({ zone: process.env.TZ, targets: targets.map((t) => t.name), texts }));
