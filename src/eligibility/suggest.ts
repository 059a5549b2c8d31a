/**
 * "Did you mean …": the catalogue values nearest to an unknown one, so that an issue about
 * `'photo'` can name `'photo-capture'`, and one about `'id-card'` can name `'resident-id-card'`.
 *
 * Nearest means, in this order: the same words written differently (case, `_` or a space for
 * `-`); a catalogue value that contains the given one as whole words (`photo` in
 * `photo-capture`, `id-card` in `resident-id-card`) or is contained in it; then a small edit
 * distance (optimal string alignment: insertions, deletions, substitutions and swaps of two
 * neighbours), at most a quarter of the value's length (and at least 1). Values longer than
 * {@link SUGGEST_MAX_LENGTH} get no suggestion (the search stays bounded whatever the input).
 *
 * @module
 */

/**
 * The longest value a suggestion is searched for.
 *
 * @internal
 * @example
 * ```ts
 * SUGGEST_MAX_LENGTH; // 48
 * ```
 */
export const SUGGEST_MAX_LENGTH = 48;

const normalise = (s: string): string => s.trim().toLowerCase().replace(/[_\s]+/g, '-');

/** Whether `inner` occurs in `outer` as whole hyphen-separated words. */
function containsWords(outer: string, inner: string): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false;
  return `-${outer}-`.includes(`-${inner}-`);
}

/** Optimal string alignment distance, or `limit + 1` once it exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let best = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n] as number;
}

/**
 * Up to three catalogue values nearest to `value` (see the module note), nearest first; none
 * when nothing is near or `value` is not a short string.
 *
 * @internal
 * @example
 * ```ts
 * suggest('photo', MATERIAL_IDS);   // ['photo-capture']
 * suggest('id-card', MATERIAL_IDS); // ['resident-id-card']
 * suggest('fingerprint', MATERIAL_IDS); // ['fingerprints']
 * ```
 */
export function suggest(value: unknown, candidates: readonly string[]): string[] {
  if (typeof value !== 'string' || value.length === 0 || value.length > SUGGEST_MAX_LENGTH) return [];
  const v = normalise(value);
  const scored: [string, number][] = [];
  const limit = Math.max(1, Math.floor(v.length / 4));
  for (const c of candidates) {
    if (c === value) continue;
    if (normalise(c) === v) scored.push([c, 0]);
    else if (containsWords(c, v) || containsWords(v, c)) scored.push([c, 1 + Math.abs(c.length - v.length) / 100]);
    else {
      const d = distance(v, c, limit);
      if (d <= limit) scored.push([c, 2 + d]);
    }
  }
  scored.sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return scored.slice(0, 3).map(([c]) => c);
}

/**
 * The "did you mean …" tail of a message in both locales (empty strings when there is nothing
 * to suggest).
 *
 * @internal
 * @example
 * ```ts
 * didYouMean(['photo-capture']); // { 'zh-CN': '，是否为"photo-capture"？', en: ': did you mean "photo-capture"?' }
 * ```
 */
export function didYouMean(suggestions: readonly string[]): { readonly 'zh-CN': string; readonly en: string } {
  if (suggestions.length === 0) return { 'zh-CN': '', en: '' };
  const quoted = suggestions.map((s) => JSON.stringify(s));
  return { 'zh-CN': `，是否为${quoted.join('、')}？`, en: `: did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?` };
}
