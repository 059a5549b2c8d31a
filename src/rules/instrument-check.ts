/**
 * The citation checks of policy validation: every `cite` that names an instrument must name
 * one the registry holds (or one the policy brings in its `instruments`), and what it copies
 * from the instrument (kind, issuer, title, number, official URL, dates) must agree with it, so
 * a policy file stays self-describing without drifting from its sources. A citation without
 * `instrument` is ad hoc (a tester's what-if: `{ issuer: 'what-if', title: 'Fee halved' }`) and
 * is only checked by its schema.
 *
 * The checks read raw input: parts that are not objects are left to the structural checks.
 *
 * @module
 */
import type { Issue, Locale, LocalizedText } from './errors.js';
import { type Instrument, citationMismatches } from './instrument.js';
import { instrumentSchema } from './instrument-schema.js';
import { CITABLE_INSTRUMENTS } from './instruments/registry.js';
import { issuesOf, REPORT_INPUT } from './zod-issues.js';

type Obj = Readonly<Record<string, unknown>>;

const isObject = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const own = (o: Obj, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);

function issue(path: readonly PropertyKey[], code: string, messages: LocalizedText, locale: Locale): Issue {
  return { path, code, message: messages[locale], messages };
}

/**
 * The instruments a policy brings (`policy.instruments`), by id, and the problems with them:
 * an invalid instrument, an id used twice or already in the registry.
 */
function carried(input: Obj, locale: Locale, issues: Issue[]): ReadonlyMap<string, Instrument> {
  const out = new Map<string, Instrument>();
  const list = own(input, 'instruments');
  if (list === undefined) return out;
  if (!Array.isArray(list)) {
    issues.push(issue(['instruments'], 'invalid_type', { 'zh-CN': '应为文件（instrument）的数组', en: 'expected an array of instruments' }, locale));
    return out;
  }
  list.forEach((raw: unknown, i) => {
    const r = instrumentSchema.safeParse(raw, REPORT_INPUT);
    if (!r.success) {
      issues.push(...issuesOf(r.error, ['instruments', i], locale));
      return;
    }
    const id = r.data.id;
    if (CITABLE_INSTRUMENTS.has(id) || out.has(id)) {
      issues.push(issue(['instruments', i, 'id'], 'duplicate-instrument', { 'zh-CN': `文件编号${id}已被使用`, en: `instrument id ${id} is already defined` }, locale));
      return;
    }
    out.set(id, r.data as Instrument);
  });
  return out;
}

function checkCite(cite: unknown, path: readonly PropertyKey[], more: ReadonlyMap<string, Instrument>, locale: Locale, issues: Issue[]): void {
  if (!isObject(cite)) return;
  const id = own(cite, 'instrument');
  if (typeof id !== 'string') return;
  const instrument = CITABLE_INSTRUMENTS.get(id) ?? more.get(id);
  if (!instrument) {
    issues.push(
      issue([...path, 'instrument'], 'unknown-instrument', { 'zh-CN': `没有编号为${id}的文件：请引用登记在册的文件，或在政策的instruments中加入它`, en: `no instrument ${id}: cite a registered instrument, or add it to the policy's instruments` }, locale),
    );
    return;
  }
  for (const field of citationMismatches(cite as never, instrument)) {
    const want = instrument[field];
    const shown = want === undefined ? '(none)' : JSON.stringify(want);
    issues.push(issue([...path, field], 'citation-mismatch', { 'zh-CN': `与文件${id}不一致：应为${shown}`, en: `does not agree with instrument ${id}: expected ${shown}` }, locale));
  }
}

function checkTableCites(t: unknown, path: readonly PropertyKey[], more: ReadonlyMap<string, Instrument>, locale: Locale, issues: Issue[]): void {
  if (!isObject(t)) return;
  for (const key of ['entries', 'members']) {
    const items = own(t, key);
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (isObject(item)) checkCite(own(item, 'cite'), [...path, key, i, 'cite'], more, locale, issues);
    });
  }
}

/**
 * The citation problems of a policy (raw input): its own `instruments`, then every cite of its
 * national and local tables and of its changes.
 *
 * @internal
 * @example
 * ```ts
 * policyCitationIssues({ schema: 'churujing.policy/1', id: 'x', national: {}, local: {}, changes: [{ op: 'end', table: 't', from: '2027-01-01', cite: { instrument: 'nope', issuer: 'x', title: 'y' } }] }, 'en');
 * // [{ path: ['changes', 0, 'cite', 'instrument'], code: 'unknown-instrument', … }]
 * ```
 */
export function policyCitationIssues(input: unknown, locale: Locale = 'en'): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(input)) return issues;
  const more = carried(input, locale, issues);
  const national = own(input, 'national');
  if (isObject(national)) for (const [id, t] of Object.entries(national)) checkTableCites(t, ['national', id], more, locale, issues);
  const local = own(input, 'local');
  if (isObject(local)) {
    for (const [code, m] of Object.entries(local)) {
      const tables = isObject(m) ? own(m, 'tables') : undefined;
      if (isObject(tables)) for (const [id, t] of Object.entries(tables)) checkTableCites(t, ['local', code, 'tables', id], more, locale, issues);
    }
  }
  const changes = own(input, 'changes');
  if (Array.isArray(changes)) changes.forEach((c: unknown, i) => isObject(c) && checkCite(own(c, 'cite'), ['changes', i, 'cite'], more, locale, issues));
  return issues;
}

/**
 * The citation problems of changes added to a validated policy (`offset`: how many changes it
 * already has), against the registry and the policy's own instruments.
 *
 * @internal
 * @example
 * ```ts
 * changeCitationIssues(changes, policy.changes.length, policy.instruments, 'en');
 * ```
 */
export function changeCitationIssues(changes: readonly unknown[], offset: number, instruments: readonly Instrument[] | undefined, locale: Locale = 'en'): Issue[] {
  const issues: Issue[] = [];
  const more = new Map((instruments ?? []).map((i) => [i.id, i]));
  changes.forEach((c, i) => isObject(c) && checkCite(own(c, 'cite'), ['changes', offset + i, 'cite'], more, locale, issues));
  return issues;
}
