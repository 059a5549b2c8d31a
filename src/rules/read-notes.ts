/**
 * Which tables a computation read, when a caller asks: an outcome diff evaluates an application
 * under the baseline while noting every table its evaluation read, and need not evaluate it
 * again under the candidate when none of those tables differs between the two on its day.
 *
 * A read is noted as a key: a value table's id, or a set table's id when all its members were
 * listed; `id`, NUL, member for one member looked up (and {@link SOME_MEMBER} once, since a
 * member's answer also depends on the table's `verifiedThrough`); {@link VERIFIED} for a set
 * table's `verifiedThrough` read alone. The caches of the policy core (view memos, shared values,
 * tracked values kept by a segment) keep, with each value, the keys noted while computing it,
 * and note them again whenever the value is found instead of computed: a value kept before
 * anyone asked is computed again once, under notes. Nothing is noted (and nothing costs more
 * than one comparison) while no one asks.
 *
 * @module
 */

/** Suffix of the key noting that some member of a set table was looked up. @internal */
export const SOME_MEMBER = '\u0001';
/** Suffix of the key noting that a set table's `verifiedThrough` was read. @internal */
export const VERIFIED = '\u0002';
/** The key noting that reads were made that cannot be named (a failure remembered without them). @internal */
export const UNKNOWN_READS = '\u0003';

/**
 * The keys of the computation being noted (the innermost), or `undefined` when no one asks: a
 * property of a constant object, which the hot paths of the policy core test without a call.
 *
 * @internal
 */
export const NOTES: { current: Set<string> | undefined } = { current: undefined };

/**
 * Notes a read of a value table, of all the members of a set table, or any other key.
 *
 * @internal
 * @example
 * ```ts
 * noteRead('fee.passport.issue');
 * ```
 */
export function noteRead(key: string): void {
  const c = NOTES.current;
  if (c !== undefined) c.add(key);
}

/**
 * Notes the look-up of one member of a set table.
 *
 * @internal
 * @example
 * ```ts
 * noteMember('endorsement.hkmo.G.cities', '230100');
 * ```
 */
export function noteMember(id: string, member: string): void {
  const c = NOTES.current;
  if (c === undefined) return;
  c.add(`${id}\u0000${member}`);
  c.add(id + SOME_MEMBER);
}

/**
 * Runs `compute` noting its reads: returns its value and the keys it read (also noted for the
 * computation around it, if one is noted). The keys are noted even when `compute` throws.
 *
 * @internal
 * @example
 * ```ts
 * const [result, reads] = withReads(() => evaluateParsed(parsed, options));
 * ```
 */
export function withReads<T>(compute: () => T): [T, ReadonlySet<string>] {
  const outer = NOTES.current;
  const mine = new Set<string>();
  NOTES.current = mine;
  try {
    return [compute(), mine];
  } finally {
    NOTES.current = outer;
    if (outer !== undefined) for (const k of mine) outer.add(k);
  }
}

/**
 * A cached value with the keys read to compute it (`undefined` when it was computed while no one
 * noted).
 *
 * @internal
 */
export class Noted {
  constructor(
    readonly value: unknown,
    public reads: readonly string[] | undefined,
  ) {}
}

/**
 * `compute`'s value wrapped for a cache: with its reads when they are being noted.
 *
 * @internal
 * @example
 * ```ts
 * trie.get(key, () => computeNoted(compute));
 * ```
 */
export function computeNoted(compute: () => unknown): Noted {
  if (NOTES.current === undefined) return new Noted(compute(), undefined);
  const [value, reads] = withReads(compute);
  return new Noted(value, [...reads]);
}

/**
 * The value of a cached {@link Noted}, noting its reads again when they are being noted (and
 * computing them once, by `recompute`, when the value was kept before anyone noted).
 *
 * @internal
 * @example
 * ```ts
 * return foundNoted(trie.get(key, () => computeNoted(compute)), compute);
 * ```
 */
export function foundNoted(n: Noted, recompute: () => unknown): unknown {
  const c = NOTES.current;
  if (c !== undefined) {
    const reads = n.reads;
    if (reads === undefined) n.reads = [...withReads(recompute)[1]];
    else for (let i = 0; i < reads.length; i++) c.add(reads[i] as string);
  }
  return n.value;
}
