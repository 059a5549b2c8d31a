/**
 * Every public entry point keeps its promises under hostile input (issue 10): every function
 * and class exported from `src/index.ts`, `src/calendar.ts`, `src/kiosk.ts` and
 * `src/testing.ts` (found by importing them, so a new export is covered at once; a value two
 * entries export is called once) is called with edited valid arguments and with hostile ones.
 * An arbitrary the testing entry builds is sampled, and the samples are its answer.
 *
 * - only `ChurujingError`s come out, with well-formed `issues`;
 * - no string the library produces holds a whole identity number;
 * - writing into what a call returned (or into its arguments afterwards) does not change the
 *   next answer, and a fresh module instance answers the same;
 * - writing into any exported constant does not change any answer.
 *
 * The bulk (≥ 100,000 calls) runs under one time zone; `npm run test:robustness` runs more
 * (`ROBUSTNESS_CALLS`). Determinism across zones and processes: determinism.test.ts.
 */
import { describe as group, expect, it, vi } from 'vitest';
import * as calendarEntry from '../../src/calendar.js';
import * as rootEntry from '../../src/index.js';
import * as kioskEntry from '../../src/kiosk.js';
import * as testingEntry from '../../src/testing.js';
import { type Api, type Tally, deeplyFrozen, targetsOf } from './harness.js';
import { KNOWN_FAILURES, SKIPPED_TARGETS } from './known-failures.js';
import { bulk, constantsOf, constantsRun, merged, recipesFor } from './run.js';

const CALLS = Number(process.env.ROBUSTNESS_CALLS ?? 100_000);
const SEED = Number(process.env.ROBUSTNESS_SEED ?? 20_251_024);
const BULK_ZONE = 'Asia/Shanghai';

async function freshInstance(): Promise<Api> {
  vi.resetModules();
  const entries = await Promise.all([import('../../src/index.js'), import('../../src/calendar.js'), import('../../src/kiosk.js'), import('../../src/testing.js')]);
  return merged(...entries);
}

/** Failures not known to belong to a module still being fixed, as `class target: example`. */
function unexpected(tally: Tally): string[] {
  const out: string[] = [];
  for (const [cls, byTarget] of tally.failing) {
    for (const [target, x] of byTarget) {
      const fn = target.includes(' → ') ? (target.split(' → ')[0] as string) : target;
      if (!KNOWN_FAILURES.some((k) => k.cls === cls && k.target === fn)) out.push(`${cls} ${target} (${x.count}): ${x.example.slice(0, 400)}`);
    }
  }
  return out;
}

group('robustness: every export under hostile input', () => {
  const b = merged(rootEntry, calendarEntry, kioskEntry, testingEntry);
  const targets = targetsOf(b);

  it('finds the exports by importing the entries', () => {
    expect(targets.length).toBeGreaterThan(40);
    expect(targets.some((t) => t.name === 'evaluate')).toBe(true);
    for (const name of ['kioskPolicy', 'kioskMessage', 'applicationArbitrary', 'changeSetArbitrary', 'civilDateArbitrary', 'divisionArbitrary', 'makeResidentId']) {
      expect(targets.map((t) => t.name)).toContain(name);
    }
    // the kiosk's canSelfServe is the root's canSelfServeValidated: called once, under that name
    expect(kioskEntry.canSelfServe).toBe(rootEntry.canSelfServeValidated);
    expect(targets.filter((t) => t.name.endsWith('canSelfServe')).map((t) => t.name)).toEqual(['canSelfServe']);
  });

  it.runIf(process.env.TZ === BULK_ZONE)(
    `${CALLS} generated calls: typed errors only, no identity number, no write changes a later answer`,
    async () => {
      const a = await freshInstance();
      const tally = bulk(b, a, targets, recipesFor(targets, CALLS, SEED), 16);
      console.log(tally.report());
      if (SKIPPED_TARGETS.size > 0) console.log(`not called (they abort the process): ${[...SKIPPED_TARGETS].map(([t, owner]) => `${t} (${owner})`).join(', ')}`);
      const stale = KNOWN_FAILURES.filter((k) => !tally.failing.get(k.cls)?.has(k.target));
      if (stale.length > 0) console.log(`known failures that did not occur (remove them from known-failures.ts): ${stale.map((k) => `${k.cls} ${k.target}`).join(', ')}`);
      expect(tally.total).toBe(CALLS);
      expect(unexpected(tally)).toEqual([]);
    },
    900_000,
  );

  it.runIf(process.env.TZ === BULK_ZONE)('every exported constant is deeply frozen (so no Map, Set, typed array or zod schema: they cannot be)', () => {
    const writable = constantsOf(b).filter((name) => !deeplyFrozen(b[name]));
    expect(writable).toEqual([]);
  });

  it.runIf(process.env.TZ === BULK_ZONE)(
    'writing into any exported constant changes no answer',
    async () => {
      const a = await freshInstance();
      const c = await freshInstance();
      const tally = constantsRun(c, a, targets, recipesFor(targets, 150, SEED + 1));
      console.log(tally.report());
      expect(unexpected(tally)).toEqual([]);
    },
    600_000,
  );
});
