/**
 * For the tests that show values shared between calls cannot be changed through a result:
 * tries to change every object and array reachable from `value`; frozen parts refuse (and that
 * is fine — the test then checks that the next result is unchanged).
 */
export function scribble(value: unknown, seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  for (const v of Object.values(value)) scribble(v, seen);
  try {
    if (Array.isArray(value)) value.push('scribbled');
    else (value as Record<string, unknown>)['scribbled'] = true;
  } catch {
    // frozen
  }
}
