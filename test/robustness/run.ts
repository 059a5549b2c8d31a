/**
 * The robustness runs, shared by the test files and the child process: the bulk of generated
 * calls, the canary calls compared across instances, processes and time zones, and the
 * exported constants written into one by one.
 */
import fc from 'fast-check';
import { type Api, type Recipe, type Target, Tally, argsOf, check, deeplyFrozen, describe, recipe, scribbleAll, seedsFor, show } from './harness.js';

/** The entry points the suite covers, with the label that qualifies a name one of them shares with another for a different value. */
export const ENTRIES = ['churujing', 'churujing/calendar', 'churujing/kiosk', 'churujing/testing'] as const;

/**
 * Every entry's exports as one namespace, each value once: a value another entry already
 * exports (the root re-exports the calendar entry; the kiosk entry re-exports `policyAt`,
 * `isDivisionCode`, `prefectureCodeOf`, the errors and `canSelfServe`, which the root also exports as
 * `canSelfServeValidated`) keeps the first name it was met under, in sorted order; a name
 * already taken by another value is qualified with its entry (`churujing/kiosk:name`).
 * Entries in the order of `ENTRIES`.
 */
export function merged(...namespaces: Api[]): Api {
  const out: Record<string, unknown> = {};
  const seen = new Set<unknown>();
  namespaces.forEach((ns, i) => {
    for (const name of Object.keys(ns).sort()) {
      const value = ns[name];
      if (seen.has(value) && value !== null && (typeof value === 'object' || typeof value === 'function')) continue;
      seen.add(value);
      out[Object.hasOwn(out, name) ? `${ENTRIES[i]}:${name}` : name] = value;
    }
  });
  return out;
}

export function recipesFor(targets: readonly Target[], n: number, seed: number): Recipe[] {
  return fc.sample(recipe(targets.length), { seed, numRuns: n });
}

/**
 * The bulk run in module instance `b`: every call checked, what it returned (and its arguments)
 * written into; every `againEvery`-th call made again at once and compared; every
 * `freshEvery`-th call also made in the untouched instance `a` and compared (which also catches
 * writes that changed a later answer of another function).
 */
export function bulk(b: Api, a: Api, targets: readonly Target[], recipes: readonly Recipe[], freshEvery: number, againEvery = 2): Tally {
  const tally = new Tally();
  recipes.forEach((r, i) => {
    const t = targets[r.target] as Target;
    tally.count(t.name);
    const args = argsOf(seedsFor(b), t, r);
    const first = check(b, t, args);
    for (const f of first.failures) tally.add(f.cls, t.name, `${show(t, r)} → ${f.detail}`);
    scribbleAll(first.value);
    scribbleAll(args);
    if (i % againEvery === 0) {
      const again = check(b, t, argsOf(seedsFor(b), t, r));
      if (again.text !== first.text) tally.add('answer-changed-after-write', t.name, `${show(t, r)}: ${first.text.slice(0, 120)} ≠ ${again.text.slice(0, 120)}`);
    }
    if (i % freshEvery === 0) {
      const fresh = check(a, t, argsOf(seedsFor(a), t, r));
      if (fresh.text !== first.text) tally.add('differs-from-fresh-instance', t.name, `${show(t, r)}: ${fresh.text.slice(0, 120)} ≠ ${first.text.slice(0, 120)}`);
    }
  });
  return tally;
}

/** What each canary call gives in an instance (text per call; nothing written into). */
export function canary(api: Api, targets: readonly Target[], recipes: readonly Recipe[]): string[] {
  return recipes.map((r) => {
    const t = targets[r.target] as Target;
    return check(api, t, argsOf(seedsFor(api), t, r)).text;
  });
}

/** The names of the exported values that are not functions (constants), sorted. */
export function constantsOf(api: Api): string[] {
  return Object.keys(api)
    .filter((k) => typeof api[k] !== 'function')
    .sort();
}

/**
 * Writes into each exported constant of instance `c` in turn, and after each runs the canary
 * calls and compares them with the untouched instance `a`: a constant after which an answer
 * newly differs is blamed for it.
 */
export function constantsRun(c: Api, a: Api, targets: readonly Target[], recipes: readonly Recipe[]): Tally {
  const tally = new Tally();
  const expected = canary(a, targets, recipes);
  const bad = new Set<number>();
  for (const name of constantsOf(c)) {
    if (deeplyFrozen(c[name])) continue; // nothing to write into
    scribbleAll(c[name]);
    const got = canary(c, targets, recipes);
    got.forEach((text, i) => {
      tally.count(name);
      if (text === expected[i] || bad.has(i)) return;
      bad.add(i);
      const r = recipes[i] as Recipe;
      const t = targets[r.target] as Target;
      tally.add('differs-from-fresh-instance', `${name} → ${t.name}`, `${show(t, r)}: ${(expected[i] as string).slice(0, 100)} ≠ ${text.slice(0, 100)}`);
    });
  }
  return tally;
}

export { describe };
