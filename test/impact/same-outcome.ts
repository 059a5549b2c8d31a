/**
 * The naive reference of the outcome diff tests: two evaluation results compared as JSON, without
 * what a diff skips (rendered messages, next steps, rule periods), lists of reasons in any order.
 */

/** The result as JSON without the parts the diff skips (rendered messages, next steps, rule periods). */
function plain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (k !== 'message' && k !== 'nextSteps' && k !== 'period') out[k] = plain(x);
  return out;
}

/** Reasons compared as lists whose order does not matter: sort every array of reasons. */
function normalised(v: unknown): unknown {
  if (Array.isArray(v)) {
    const items = v.map(normalised);
    return items.every((x) => x !== null && typeof x === 'object' && typeof (x as { code?: unknown }).code === 'string' && 'params' in (x as object)) ? items.map((x) => JSON.stringify(x)).sort() : items;
  }
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]): [string, unknown] => [k, normalised(x)]).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Whether two evaluation results are the same outcome (as diffOutcomes compares them). */
export const sameOutcome = (a: unknown, b: unknown): boolean => JSON.stringify(normalised(plain(a))) === JSON.stringify(normalised(plain(b)));
