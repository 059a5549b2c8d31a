import { ChurujingError } from '../../src/rules/errors.js';

/**
 * What a call gave, for comparing two ways of computing the same thing: its value, or the typed
 * error it raised (class, code, message and every issue, as plain data). Any other exception is
 * a crash and is rethrown: bad input must give a typed error.
 */
export function outcome<T>(f: () => T): { readonly ok: T } | { readonly threw: string; readonly code: string; readonly message: string; readonly issues: readonly unknown[] } {
  try {
    return { ok: f() };
  } catch (e) {
    if (!(e instanceof ChurujingError)) throw e;
    return { threw: e.constructor.name, code: e.code, message: e.message, issues: e.issues.map((i) => ({ path: [...i.path], code: i.code, message: i.message })) };
  }
}
