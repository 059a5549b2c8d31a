/**
 * Working-day arithmetic: churujing vs chinese-days and date-fns. Run with `npm run bench`
 * (`vitest bench --run`).
 *
 * Every bench takes the same pre-generated inputs (seeded LCG, so runs are comparable): dates
 * uniformly in 2010-01-01..2025-12-31 and n in 1..250. One iteration processes one input,
 * cycling through the array. Every contender gets a `YYYY-MM-DD` string and returns one, so
 * the parsing and formatting it needs is part of its cost.
 *
 * date-fns addBusinessDays skips weekends only (no holidays, no make-up days): it is here as
 * the cost of a plain "business days" helper, not as a correct answer.
 */
import chineseDays from 'chinese-days';
import { addBusinessDays, format, lightFormat, parseISO } from 'date-fns';
import { bench, describe } from 'vitest';
import * as churujing from '../src/calendar.js';

// Every contender's functions bound once. Under the test runner, an imported name is resolved
// through a getter of its module record on every use (about 10–15 ns a call here, more than
// isWorkingDay itself); a bundled or native-ESM program does not pay that, so neither does
// the bench, for any contender.
const { addWorkingDays, isWorkingDay } = churujing;
const { findWorkday, isWorkday } = chineseDays;

const SIZE = 4096;
const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2010, 0, 1) / DAY_MS;
const LAST = Date.UTC(2025, 11, 31) / DAY_MS;

/** Numerical Recipes LCG, 32 bits; `next()` is uniform in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const rand = lcg(20250124);
const dates: string[] = [];
const counts: number[] = [];
for (let i = 0; i < SIZE; i++) {
  const day = FIRST + Math.floor(rand() * (LAST - FIRST + 1));
  dates.push(new Date(day * DAY_MS).toISOString().slice(0, 10));
  counts.push(1 + Math.floor(rand() * 250));
}
const MASK = SIZE - 1; // SIZE is a power of two

// Results go here so that no engine can drop the calls as dead code.
let sink: unknown;

// Warm-up: builds churujing's default calendar and its date strings (done once, on first use) outside the timing.
sink = addWorkingDays(dates[0] as string, counts[0] as number);
sink = isWorkday(dates[0] as string);

/*
 * Each iteration processes a batch of inputs: with one input per iteration the harness's own
 * per-iteration cost (timing each call, ~50–100 ns) is larger than churujing's and would cap
 * the ratios; batching amortises it so that the ratio reflects the functions themselves. The
 * contenders run side by side in one describe block, on the same inputs in the same order, so
 * the "faster than" ratios of the summary are from the same run (targets: addWorkingDays
 * >= 1,500x chinese-days findWorkday, isWorkingDay >= 40x isWorkday).
 */
const BATCH_ADD = 64;
const BATCH_IS = 1024;

describe(`addWorkingDays, ${BATCH_ADD} inputs per iteration`, () => {
  let a = 0;
  bench(`churujing addWorkingDays ×${BATCH_ADD}`, () => {
    for (let j = 0; j < BATCH_ADD; j++) {
      const k = a++ & MASK;
      sink = addWorkingDays(dates[k] as string, counts[k] as number);
    }
  });

  let b = 0;
  bench(`chinese-days findWorkday ×${BATCH_ADD}`, () => {
    for (let j = 0; j < BATCH_ADD; j++) {
      const k = b++ & MASK;
      sink = findWorkday(counts[k] as number, dates[k] as string);
    }
  });

  let c = 0;
  bench(`date-fns addBusinessDays (parseISO + format) ×${BATCH_ADD}`, () => {
    for (let j = 0; j < BATCH_ADD; j++) {
      const k = c++ & MASK;
      sink = format(addBusinessDays(parseISO(dates[k] as string), counts[k] as number), 'yyyy-MM-dd');
    }
  });

  let d = 0;
  bench(`date-fns addBusinessDays (parseISO + lightFormat) ×${BATCH_ADD}`, () => {
    for (let j = 0; j < BATCH_ADD; j++) {
      const k = d++ & MASK;
      sink = lightFormat(addBusinessDays(parseISO(dates[k] as string), counts[k] as number), 'yyyy-MM-dd');
    }
  });
});

describe(`isWorkingDay, ${BATCH_IS} inputs per iteration`, () => {
  let a = 0;
  bench(`churujing isWorkingDay ×${BATCH_IS}`, () => {
    for (let j = 0; j < BATCH_IS; j++) sink = isWorkingDay(dates[a++ & MASK] as string);
  });

  let b = 0;
  bench(`chinese-days isWorkday ×${BATCH_IS}`, () => {
    for (let j = 0; j < BATCH_IS; j++) sink = isWorkday(dates[b++ & MASK] as string);
  });
});

export { sink };
