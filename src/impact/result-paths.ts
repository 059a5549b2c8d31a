/**
 * Paths into evaluation results, written the way people read them: `status`,
 * `fees.totalFen`, `services[0].processing.due`, `fees.lines[item=passport.issue].amountFen`.
 * A segment is a property name, an array index `[0]`, or a selector `[key=value]` that picks
 * the first element of an array whose `key` equals `value`. Outcome diffs report changes with
 * these paths and scenario expectations name the values they check with them.
 *
 * @module
 */

/** One step of a path: a property, an index, or a `[key=value]` selector. */
export type PathSegment = string | number | { readonly key: string; readonly value: string };

const NAME = /^[A-Za-z_$][\w$-]*$/;

/**
 * The path written as text.
 *
 * @example
 * ```ts
 * formatPath(['services', 0, 'processing', 'due']); // 'services[0].processing.due'
 * formatPath(['fees', 'lines', { key: 'item', value: 'passport.issue' }]); // 'fees.lines[item=passport.issue]'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const s of path) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (typeof s === 'object') out += `[${s.key}=${s.value}]`;
    else out += out === '' ? (NAME.test(s) ? s : `[${JSON.stringify(s)}]`) : NAME.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`;
  }
  return out;
}

/**
 * A path read from text, or a message saying what is wrong with it.
 *
 * @example
 * ```ts
 * parsePath('services[0].processing.due'); // { ok: true, path: ['services', 0, 'processing', 'due'] }
 * parsePath('fees.lines[item=passport.issue].amountFen').ok; // true
 * parsePath('fees..total').ok; // false
 * ```
 */
export function parsePath(text: string): { readonly ok: true; readonly path: PathSegment[] } | { readonly ok: false; readonly message: string } {
  const path: PathSegment[] = [];
  let i = 0;
  const fail = (why: string) => ({ ok: false as const, message: `${why} at character ${i + 1} of ${JSON.stringify(text)}` });
  if (text === '') return { ok: true, path };
  while (i < text.length) {
    const c = text[i];
    if (c === '[') {
      const close = text.startsWith('["', i) ? text.indexOf('"]', i + 2) + 1 : text.indexOf(']', i);
      if (close <= i) return fail('unclosed [');
      const inner = text.slice(i + 1, close);
      if (/^\d+$/.test(inner)) path.push(Number(inner));
      else if (inner.startsWith('"')) {
        try {
          path.push(String(JSON.parse(inner)));
        } catch {
          return fail('bad quoted name');
        }
      } else {
        const eq = inner.indexOf('=');
        if (eq <= 0) return fail('expected [index], [key=value] or ["name"]');
        path.push({ key: inner.slice(0, eq), value: inner.slice(eq + 1) });
      }
      i = close + 1;
    } else {
      if (path.length > 0) {
        if (c !== '.') return fail('expected . or [');
        i++;
      }
      const m = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i));
      if (!m) return fail('expected a name');
      path.push(m[0]);
      i += m[0].length;
    }
  }
  return { ok: true, path };
}

/**
 * The value at a path (`undefined` when some step is missing). Property steps read own
 * properties only (`__proto__` is data).
 *
 * @example
 * ```ts
 * valueAt({ fees: { totalFen: 8500 } }, ['fees', 'totalFen']); // 8500
 * ```
 */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (typeof s === 'number') v = Array.isArray(v) ? v[s] : undefined;
    else if (typeof s === 'object') v = Array.isArray(v) ? v.find((x) => x !== null && typeof x === 'object' && Object.hasOwn(x, s.key) && String((x as Record<string, unknown>)[s.key]) === s.value) : undefined;
    else v = Object.hasOwn(v, s) ? (v as Record<string, unknown>)[s] : undefined;
  }
  return v;
}
